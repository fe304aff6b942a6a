"""SQS with ReportBatchItemFailures: report the messages that could not be processed."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    PartialBatchResponse,
    SQSEvent,
    SQSRecord,
    StructureError,
    converter,
    to_json_dict,
)


def process(record: SQSRecord[str]) -> None:
    body = record.json_body  # raises StructureError for a body that is not JSON
    if not isinstance(body, dict) or "orderId" not in body:
        raise ValueError("not an order")


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, SQSEvent)
    failed = []
    for record in ev.records:
        try:
            process(record)
        except (StructureError, ValueError):
            failed.append(record)
    return to_json_dict(PartialBatchResponse.from_failed_records(failed))
