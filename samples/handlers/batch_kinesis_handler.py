"""Kinesis with ReportBatchItemFailures: stop at the first bad record (sequence number)."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    KinesisStreamEvent,
    PartialBatchResponse,
    StructureError,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KinesisStreamEvent)
    response = PartialBatchResponse()
    for record in ev.records:
        try:
            reading = record.kinesis.data_as_json()
            if not isinstance(reading, dict) or "deviceId" not in reading:
                raise ValueError("not a reading")
        except (StructureError, ValueError):
            # Lambda retries from the lowest failed sequence number: report and stop here
            response = response.add_failure(record)
            break
    return to_json_dict(response)
