"""Kinesis: each record's data as JSON when it is JSON, as text otherwise."""

from __future__ import annotations

from typing import Any

from lambda_events import KinesisStreamEvent, StructureError, event_source


@event_source(KinesisStreamEvent)
def lambda_handler(event: KinesisStreamEvent, context: object) -> dict[str, Any]:
    payloads: list[Any] = []
    for record in event.records:
        try:
            payloads.append(record.kinesis.data_as_json())
        except StructureError:  # not JSON: keep the text
            payloads.append(record.kinesis.data_as_text())
    return {"statusCode": 200, "payloads": payloads}
