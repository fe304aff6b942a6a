"""SQS with ReportBatchItemFailures, the short way: one typed order per message.

`process_partial_response` structures each body into `Order`, calls `handle_order`, and
reports the messages whose body did not fit or whose handling raised.
"""

from __future__ import annotations

import logging

import attrs

from lambda_events import (
    PartialBatchResponse,
    SQSEvent,
    SQSRecord,
    event_source,
    process_partial_response,
)

logger = logging.getLogger(__name__)


@attrs.frozen
class Order:
    orderId: str  # noqa: N815 - the producer's JSON keys
    total: float


def handle_order(record: SQSRecord[str], order: Order) -> None:
    if order.total <= 0:
        raise ValueError("an order needs a positive total")
    logger.info("order %s from message %s: %.2f", order.orderId, record.message_id, order.total)


@event_source(SQSEvent)
def lambda_handler(event: SQSEvent, context: object) -> PartialBatchResponse:
    return process_partial_response(event, handle_order, payload=Order)
