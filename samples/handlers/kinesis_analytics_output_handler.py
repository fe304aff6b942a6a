"""Kinesis Data Analytics output: deliver session summaries, report each record's result."""

from __future__ import annotations

import json
from typing import Any

from lambda_events import (
    KinesisAnalyticsDeliveryResult,
    KinesisAnalyticsOutputDeliveryEvent,
    KinesisAnalyticsOutputDeliveryResponse,
    converter,
    to_json_dict,
)

DELIVERED: list[dict[str, Any]] = []  # stands in for the real destination


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KinesisAnalyticsOutputDeliveryEvent)
    results: dict[str, KinesisAnalyticsDeliveryResult | str] = {}
    for record in ev.records:
        try:
            DELIVERED.append(json.loads(record.data.decoded))
        except ValueError:
            results[record.record_id] = KinesisAnalyticsDeliveryResult.DELIVERY_FAILED
        else:
            results[record.record_id] = KinesisAnalyticsDeliveryResult.OK
    return to_json_dict(KinesisAnalyticsOutputDeliveryResponse.from_results(results))
