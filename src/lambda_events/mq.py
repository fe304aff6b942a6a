"""Amazon MQ messages delivered to Lambda: RabbitMQ and ActiveMQ brokers.

Message `data` keeps its base64 text (bytes on access); `RabbitMQEvent[Order]` and
`ActiveMQEvent[Order]` structure every JSON message into `Order`. Byte-exact round trips
apply to the unparameterised classes; a typed payload re-serializes to equal JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._model import Model, field, model
from ._payload import Base64DataAccessors
from .codecs import Base64Payload, Base64Text
from .errors import quoted
from .timestamps import EpochMillis

if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVar

    DataT = _TypeVar("DataT", default=Base64Text)
else:
    DataT = TypeVar("DataT")

__all__ = [
    "ActiveMQDestination",
    "ActiveMQEvent",
    "ActiveMQMessage",
    "BasicProperties",
    "RabbitMQEvent",
    "RabbitMessage",
]


class _MessageData(Base64DataAccessors):
    """Helpers shared by RabbitMQ and ActiveMQ messages (their `data` field)."""

    __slots__ = ()

    @property
    def decoded_data(self) -> str:
        """The message's bytes as UTF-8 text."""
        return self.data_as_text()

    @property
    def json_data(self) -> Any:
        """The message parsed as JSON."""
        return self.data_as_json()


# --------------------------------------------------------------------------- RabbitMQ


def _header_value(value: Any) -> Any:
    if isinstance(value, Mapping) and isinstance(value.get("bytes"), list):
        return bytes(b & 0xFF for b in value["bytes"])
    return value


@model
class BasicProperties(Model):
    """AMQP basic properties of a RabbitMQ message; the broker sends `null` for unset ones.

    `headers` stays as sent (`{"bytes": [...]}` objects, numbers, strings); use
    `decoded_headers` for byte arrays decoded to `bytes`.
    """

    content_type: str | None = None
    content_encoding: str | None = None
    headers: Mapping[str, Any] | None = None
    delivery_mode: int | None = None
    priority: int | None = None
    correlation_id: str | None = None
    reply_to: str | None = None
    expiration: str | None = None
    message_id: str | None = None
    timestamp: str | None = None
    type: str | None = None
    user_id: str | None = None
    app_id: str | None = None
    cluster_id: str | None = None
    body_size: int | None = None

    @property
    def decoded_headers(self) -> dict[str, Any]:
        """Headers with `{"bytes": [...]}` values decoded to `bytes`; others unchanged."""
        return {k: _header_value(v) for k, v in (self.headers or {}).items()}


@model
class RabbitMessage(_MessageData, Model, Generic[DataT]):
    """One RabbitMQ message: properties and `data` (bytes, or `DataT` when typed)."""

    basic_properties: BasicProperties
    data: Base64Payload[DataT]
    redelivered: bool | None = None


@model
class RabbitMQEvent(Model, Generic[DataT]):
    """Amazon MQ for RabbitMQ: messages grouped by `queue::virtual-host`."""

    event_source: str
    event_source_arn: str
    rmq_messages_by_queue: Mapping[str, tuple[RabbitMessage[DataT], ...]]

    @cached_property
    def messages(self) -> tuple[RabbitMessage[DataT], ...]:
        """Every message of every queue, in delivery order."""
        return tuple(m for batch in self.rmq_messages_by_queue.values() for m in batch)


# ---------------------------------------------------------------------------- ActiveMQ


@model
class ActiveMQDestination(Model):
    """The queue or topic of an ActiveMQ message (`physicalName`, sometimes `physicalname`)."""

    physical_name: str = field(wire="physicalName", alt=("physicalname",))


@model
class ActiveMQMessage(_MessageData, Model, Generic[DataT]):
    """One ActiveMQ (JMS) message; `data` is bytes (or `DataT` when typed).

    `expiration` is `Any`: the broker sends it as a number or as a string of digits
    (`expiration_millis` reads both).
    """

    message_id: str = field(wire="messageID")
    message_type: str
    data: Base64Payload[DataT]
    destination: ActiveMQDestination
    timestamp: EpochMillis
    broker_in_time: EpochMillis | None = None
    broker_out_time: EpochMillis | None = None
    connection_id: str | None = None
    redelivered: bool | None = None
    persistent: bool | None = None
    properties: Mapping[str, Any] | None = None
    delivery_mode: int | None = None
    correlation_id: str | None = field(wire="correlationID", alt=("correlationId",), default=None)
    reply_to: str | None = None
    type: str | None = None
    expiration: Any = None
    priority: int | None = None

    @property
    def destination_physicalname(self) -> str:
        """The destination's physical name (either wire spelling)."""
        return self.destination.physical_name

    @property
    def expiration_millis(self) -> int | None:
        """`expiration` as an integer (epoch milliseconds; 0 means never), or `None`."""
        value = self.expiration
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise ValueError(f"expiration is not a number: {quoted(value)}")
        return int(value)


@model
class ActiveMQEvent(Model, Generic[DataT]):
    """Amazon MQ for ActiveMQ: a batch of JMS messages."""

    event_source: str
    event_source_arn: str
    messages: tuple[ActiveMQMessage[DataT], ...]

    @property
    def message(self) -> ActiveMQMessage[DataT]:
        """The first message (the same one on every access)."""
        return self.messages[0]
