"""Firehose with typed records: orders partitioned by customer tier (dynamic partitioning)."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import (
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseEvent,
    KinesisFirehoseRecord,
    converter,
    to_json_dict,
)


@attrs.frozen
class Customer:
    id: int
    tier: str


@attrs.frozen
class Order:
    orderId: str  # noqa: N815 - the producer's JSON keys
    customer: Customer
    total: float


def to_line(record: KinesisFirehoseRecord[Order]) -> KinesisFirehoseDataTransformationRecord:
    order = record.payload
    line = f"{order.orderId},{order.customer.id},{order.total}\n"
    return record.build_data_transformation_response(
        data=line.encode(), partition_keys={"tier": order.customer.tier}
    )


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KinesisFirehoseEvent[Order])
    return to_json_dict(ev.build_data_transformation_response(to_line))
