"""Builder for Amazon MSK and self-managed Apache Kafka events."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..codecs import Base64Text
from ..timestamps import EpochMillis
from ._ids import ACCOUNT, REGION, now_ms

if TYPE_CHECKING:
    from .. import KafkaEvent

__all__ = ["kafka_event", "kafka_self_managed_event"]

HeaderValue = bytes | str
"""A Kafka header value: bytes, or text sent as its UTF-8 bytes."""


_VALUES: tuple[bytes | None, ...] = (b'{"message": "Hello from Kafka!"}',)


def kafka_event(
    values: Iterable[bytes | None] = _VALUES,
    *,
    topic: str = "my-topic",
    partition: int = 0,
    key: bytes | None = b"my-key",
    headers: Mapping[str, HeaderValue] | None = None,
    first_offset: int = 0,
    self_managed: bool = False,
    cluster: str = "my-cluster",
    bootstrap_servers: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> KafkaEvent:
    """A `KafkaEvent` with one record per value, all on `topic`-`partition`.

    Amazon MSK by default (`eventSource` `aws:kafka`, the cluster's ARN and its broker
    endpoints); `self_managed=True` makes a self-managed cluster's event (`SelfManagedKafka`,
    no ARN, `bootstrap_servers` as given). Every record carries `key` (omitted when `None`)
    and `headers` (text is sent as UTF-8 bytes); a `None` value is a tombstone. Offsets count
    up from `first_offset`, timestamps are the producer's `CREATE_TIME`.
    """
    from .. import KafkaEvent, KafkaEventRecord, KafkaTimestampType

    wire_headers = tuple(
        {name: value.encode() if isinstance(value, str) else bytes(value)}
        for name, value in (headers or {}).items()
    )
    created = now_ms()
    records = tuple(
        KafkaEventRecord(
            topic=topic,
            partition=partition,
            offset=first_offset + i,
            timestamp=EpochMillis(created + i),
            timestamp_type=KafkaTimestampType.CREATE_TIME,
            value=None if value is None else Base64Text.from_bytes(value),
            key=None if key is None else Base64Text.from_bytes(key),
            headers=wire_headers,
        )
        for i, value in enumerate(values)
    )
    by_partition = {f"{topic}-{partition}": records}
    if self_managed:
        return KafkaEvent(
            event_source="SelfManagedKafka",
            bootstrap_servers=bootstrap_servers
            or "kafka-1.example.internal:9092,kafka-2.example.internal:9092",
            records_by_partition=by_partition,
        )
    host = f"{cluster}.a1b2c3.c2.kafka.{region}.amazonaws.com:9098"
    return KafkaEvent(
        event_source="aws:kafka",
        event_source_arn=f"arn:aws:kafka:{region}:{account}:cluster/{cluster}/{uuid.uuid4()}-2",
        bootstrap_servers=bootstrap_servers or f"b-1.{host},b-2.{host}",
        records_by_partition=by_partition,
    )


def kafka_self_managed_event(
    values: Iterable[bytes | None] = _VALUES, *, bootstrap_servers: str | None = None
) -> KafkaEvent:
    """A self-managed Apache Kafka cluster's `KafkaEvent` (`kafka_event(self_managed=True)`)."""
    return kafka_event(values, self_managed=True, bootstrap_servers=bootstrap_servers)
