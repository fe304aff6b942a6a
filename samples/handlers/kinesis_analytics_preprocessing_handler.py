"""Kinesis Data Analytics preprocessing: JSON clicks to CSV rows, bots dropped."""

from __future__ import annotations

import json
from typing import Any

from lambda_events import (
    KinesisAnalyticsInputPreprocessingEvent,
    KinesisAnalyticsInputPreprocessingResponse,
    KinesisAnalyticsInputPreprocessingResponseRecord,
    converter,
    to_json_dict,
)

BOT_THRESHOLD_MS = 100  # a page read faster than this is a crawler


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KinesisAnalyticsInputPreprocessingEvent)
    answers = [preprocess(r.record_id, r.data.decoded) for r in ev.records]
    return to_json_dict(KinesisAnalyticsInputPreprocessingResponse(records=tuple(answers)))


def preprocess(record_id: str, data: bytes) -> KinesisAnalyticsInputPreprocessingResponseRecord:
    record = KinesisAnalyticsInputPreprocessingResponseRecord
    try:
        click = json.loads(data)
        row = f"{click['user']},{click['page']},{int(click['ms'])}\n"
    except (ValueError, KeyError, TypeError):
        return record(record_id=record_id, result="ProcessingFailed")
    if int(click["ms"]) < BOT_THRESHOLD_MS:
        return record(record_id=record_id, result="Dropped")
    return record.ok(record_id, row)
