"""Firehose: transform every record (ported from Powertools' "Transforming streaming records")."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    ContentError,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseEvent,
    KinesisFirehoseRecord,
    converter,
    to_json_dict,
)


def transform(record: KinesisFirehoseRecord) -> KinesisFirehoseDataTransformationRecord:
    try:
        original: Any = record.data_as_text
    except ContentError:  # binary payloads cannot be transformed: send them back
        return record.build_data_transformation_response("ProcessingFailed", record.data_as_bytes)
    transformed = {"new_data": "transformed data using lambda-events", "original_payload": original}
    return record.build_data_transformation_response(data=transformed)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KinesisFirehoseEvent)
    response = ev.build_data_transformation_response(transform)
    return to_json_dict(response)
