"""DynamoDB Streams with ReportBatchItemFailures: removals are not handled yet."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    DynamoDBRecordEventName,
    DynamoDBStreamEvent,
    PartialBatchResponse,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, DynamoDBStreamEvent)
    failed = [r for r in ev.records if r.event_name == DynamoDBRecordEventName.REMOVE]
    return to_json_dict(PartialBatchResponse.from_failed_records(failed))
