"""SQS: process every message of a batch (port of the Powertools SQS example)."""

from __future__ import annotations

from typing import Any

from lambda_events import SQSEvent, SQSRecord, event_source


@event_source(SQSEvent)
def lambda_handler(event: SQSEvent, context: object) -> dict[str, Any]:
    # Multiple records can be delivered in a single event
    message = message_id = ""
    for record in event.records:
        message, message_id = process_record(record)
    return {"message": message, "message_id": message_id}


def process_record(record: SQSRecord) -> tuple[str, str]:
    return record.body, record.message_id
