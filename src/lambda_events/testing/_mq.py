"""Builders for Amazon MQ events: RabbitMQ and ActiveMQ brokers."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..codecs import Base64Text
from ..timestamps import EpochMillis
from ._ids import ACCOUNT, REGION, now_ms

if TYPE_CHECKING:
    from .. import ActiveMQEvent, BasicProperties, RabbitMQEvent

__all__ = ["activemq_event", "rabbitmq_event"]


def _broker_arn(broker: str, region: str, account: str) -> tuple[str, str]:
    broker_id = f"b-{uuid.uuid4()}"
    return broker_id, f"arn:aws:mq:{region}:{account}:broker:{broker}:{broker_id}"


def _amqp_timestamp(ms: int) -> str:
    """How Lambda writes an AMQP timestamp: `Jan 5, 2026, 10:15:00 AM`."""
    moment = time.gmtime(ms / 1000)
    hour = moment.tm_hour % 12 or 12
    day = time.strftime("%b", moment) + f" {moment.tm_mday}, {moment.tm_year}"
    half = "AM" if moment.tm_hour < 12 else "PM"
    return f"{day}, {hour}:{moment.tm_min:02d}:{moment.tm_sec:02d} {half}"


_AMQP_KEYS = (
    "contentType",
    "contentEncoding",
    "headers",
    "deliveryMode",
    "priority",
    "correlationId",
    "replyTo",
    "expiration",
    "messageId",
    "timestamp",
    "type",
    "userId",
    "appId",
    "clusterId",
    "bodySize",
)


def _amqp_header(value: str | bytes | int | bool) -> Any:
    """Lambda sends AMQP string (long string) headers as `{"bytes": [...]}`."""
    if isinstance(value, str):
        value = value.encode()
    if isinstance(value, bytes):
        return {"bytes": list(value)}
    return value


def _basic_properties(
    body: bytes, content_type: str | None, headers: Mapping[str, Any] | None, sent: int
) -> BasicProperties:
    """Every AMQP basic property, `null` when unset, as Lambda writes them.

    Structuring keeps those nulls, so the event unstructures with all of them.
    """
    from .. import BasicProperties
    from .._payload import shared_converter

    wire: dict[str, Any] = dict.fromkeys(_AMQP_KEYS)
    wire.update(
        contentType=content_type,
        headers=headers,
        deliveryMode=2,
        messageId=str(uuid.uuid4()),
        timestamp=_amqp_timestamp(sent),
        bodySize=len(body),
    )
    return shared_converter().structure(wire, BasicProperties)


def rabbitmq_event(
    bodies: Iterable[bytes] = (b'{"message": "Hello from RabbitMQ!"}',),
    *,
    queue: str = "my-queue",
    virtual_host: str = "/",
    content_type: str | None = "application/json",
    headers: Mapping[str, str | bytes | int | bool] | None = None,
    broker: str = "my-broker",
    region: str = REGION,
    account: str = ACCOUNT,
) -> RabbitMQEvent:
    """A `RabbitMQEvent` with one message per body on `queue::virtual_host`.

    Every message carries all AMQP basic properties the way Lambda sends them (`null` when
    unset), a fresh `messageId`, `bodySize` equal to the body's length and `headers` (text
    and bytes as `{"bytes": [...]}`, numbers and booleans as they are).
    """
    from .. import RabbitMessage, RabbitMQEvent

    _, arn = _broker_arn(broker, region, account)
    wire_headers = None if headers is None else {k: _amqp_header(v) for k, v in headers.items()}
    sent = now_ms()
    messages = tuple(
        RabbitMessage(
            basic_properties=_basic_properties(body, content_type, wire_headers, sent),
            data=Base64Text.from_bytes(body),
            redelivered=False,
        )
        for body in bodies
    )
    return RabbitMQEvent(
        event_source="aws:rmq",
        event_source_arn=arn,
        rmq_messages_by_queue={f"{queue}::{virtual_host}": messages},
    )


def activemq_event(
    bodies: Iterable[bytes] = (b"Hello from ActiveMQ!",),
    *,
    queue: str = "my-queue",
    message_type: str = "jms/text-message",
    properties: Mapping[str, str] | None = None,
    correlation_id: str | None = None,
    broker: str = "my-broker",
    region: str = REGION,
    account: str = ACCOUNT,
) -> ActiveMQEvent:
    """An `ActiveMQEvent` with one JMS message per body, sent to `queue`.

    Message ids follow the broker's `ID:<broker-host>-<port>-<start>-1:1:1:1:<n>` form;
    `timestamp` and `brokerInTime` match, `brokerOutTime` follows; `properties` (JMS
    string properties) and `correlation_id` land on every message.
    """
    from .. import ActiveMQDestination, ActiveMQEvent, ActiveMQMessage

    broker_id, arn = _broker_arn(broker, region, account)
    sent = now_ms()
    port = random.randint(30000, 60000)  # noqa: S311 - a port, not a secret
    connection = f"ID:{broker_id}-1.mq.{region}.amazonaws.com-{port}-{sent}-1"
    messages = tuple(
        ActiveMQMessage(
            message_id=f"{connection}:1:1:1:{i + 1}",
            message_type=message_type,
            data=Base64Text.from_bytes(body),
            destination=ActiveMQDestination(physical_name=queue),
            timestamp=EpochMillis(sent + i),
            broker_in_time=EpochMillis(sent + i),
            broker_out_time=EpochMillis(sent + i + 3),
            delivery_mode=2,
            redelivered=False,
            priority=4,
            correlation_id=correlation_id,
            properties=None if properties is None else dict(properties),
        )
        for i, body in enumerate(bodies)
    )
    return ActiveMQEvent(event_source="aws:mq", event_source_arn=arn, messages=messages)
