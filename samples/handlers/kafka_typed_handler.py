"""Kafka with typed values: every JSON record value is structured into `Order`."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import KafkaEvent, converter


@attrs.frozen
class Customer:
    id: int
    tier: str


@attrs.frozen
class Order:
    orderId: str  # noqa: N815 - the producer's JSON keys
    customer: Customer
    total: float


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KafkaEvent[Order])
    orders = [r.value for r in ev.records if r.value is not None]
    by_partition = {name: len(batch) for name, batch in ev.records_by_partition.items()}
    return {
        "orders": [o.orderId for o in orders],
        "gold_total": sum(o.total for o in orders if o.customer.tier == "gold"),
        "by_partition": by_partition,
    }
