"""EventBridge with a typed detail: `EventBridgeEvent[OrderPlaced]`."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import EventBridgeEvent, converter


@attrs.frozen
class Customer:
    id: int
    tier: str


@attrs.frozen
class OrderPlaced:
    orderId: str  # noqa: N815 - the producer's JSON keys
    customer: Customer
    total: float


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, EventBridgeEvent[OrderPlaced])
    when = ev.time.datetime.isoformat() if ev.time is not None else None
    return {"order": ev.detail.orderId, "customer": ev.detail.customer.id, "at": when}
