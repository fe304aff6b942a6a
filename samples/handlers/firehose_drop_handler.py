"""Firehose: keep JSON records, drop the others (ported from "Dropping invalid records")."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    ContentError,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEvent,
    StructureError,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KinesisFirehoseEvent)
    answers: list[KinesisFirehoseDataTransformationRecord] = []
    for record in ev.records:
        try:
            payload = record.data_as_json
        except (StructureError, ContentError):
            # our producers ingest JSON payloads only; drop malformed records from the stream
            answers.append(
                record.build_data_transformation_response("Dropped", record.data_as_bytes)
            )
            continue
        transformed = {"tool_used": "lambda-events", "original_payload": payload}
        answers.append(record.build_data_transformation_response(data=transformed))
    response = KinesisFirehoseDataTransformationResponse.for_event(ev, answers)
    return to_json_dict(response)
