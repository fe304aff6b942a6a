"""Firehose carrying CloudWatch Logs: keep only ERROR lines, one per output line."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseEvent,
    KinesisFirehoseRecord,
    converter,
    to_json_dict,
)


def errors_only(record: KinesisFirehoseRecord) -> KinesisFirehoseDataTransformationRecord:
    logs = record.cloudwatch_logs()
    if logs.message_type != "DATA_MESSAGE":  # CONTROL_MESSAGE: nothing to deliver
        return record.build_data_transformation_response("Dropped")
    lines = [e.message for e in logs.log_events if e.message.startswith("ERROR")]
    if not lines:
        return record.build_data_transformation_response("Dropped")
    text = "".join(f"{logs.log_group} {line}\n" for line in lines)
    return record.build_data_transformation_response(data=text.encode())


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KinesisFirehoseEvent)
    return to_json_dict(ev.build_data_transformation_response(errors_only))
