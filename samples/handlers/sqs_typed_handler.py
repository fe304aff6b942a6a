"""SQS with a typed body: every message body is structured into `Order`."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import SQSEvent, converter


@attrs.frozen
class Order:
    orderId: str  # noqa: N815 - the producer's JSON keys
    total: float


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    orders = converter.structure(event, SQSEvent[Order])
    total = sum(record.body.total for record in orders.records)
    return {"orders": [r.body.orderId for r in orders.records], "total": total}
