"""Builder for Amazon Data Firehose transformation events."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..codecs import Base64Text
from ..timestamps import EpochMillis
from ._ids import ACCOUNT, REGION, now_ms

if TYPE_CHECKING:
    from .. import KinesisFirehoseEvent, KinesisFirehoseRecordMetadata

__all__ = ["firehose_event", "firehose_kinesis_event"]


def _sequence(base: int, i: int) -> str:
    """A Kinesis-style 56-digit sequence number."""
    return str(49_650_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000 + base * 1000 + i)


def _metadata(i: int, record_id: str, at: EpochMillis) -> KinesisFirehoseRecordMetadata:
    """Where a record read from a Kinesis data stream came from."""
    from .. import KinesisFirehoseRecordMetadata

    return KinesisFirehoseRecordMetadata(
        shard_id="shardId-000000000000",
        partition_key=f"partition-{i}",
        approximate_arrival_timestamp=at,
        sequence_number=record_id,
        subsequence_number=0,
    )


_PAYLOADS = (b'{"message": "Hello from Firehose!"}',)


def firehose_event(
    payloads: Iterable[bytes] = _PAYLOADS,
    *,
    delivery_stream: str = "my-delivery-stream",
    source_stream: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> KinesisFirehoseEvent:
    """A `KinesisFirehoseEvent` (data transformation) with one record per payload.

    Direct PUT by default; with `source_stream` the delivery stream reads that Kinesis data
    stream: the event carries `sourceKinesisStreamArn` and every record its
    `kinesisRecordMetadata` (shard, partition key, the record's sequence number and arrival
    time).
    """
    from .. import KinesisFirehoseEvent, KinesisFirehoseRecord

    arrived = now_ms()
    base = arrived % 1_000_000_000
    records = []
    for i, data in enumerate(payloads):
        record_id = _sequence(base, i)
        at = EpochMillis(arrived + i)
        records.append(
            KinesisFirehoseRecord(
                record_id=record_id,
                approximate_arrival_timestamp=at,
                data=Base64Text.from_bytes(data),
                kinesis_record_metadata=None
                if source_stream is None
                else _metadata(i, record_id, at),
            )
        )
    return KinesisFirehoseEvent(
        invocation_id=str(uuid.uuid4()),
        delivery_stream_arn=f"arn:aws:firehose:{region}:{account}:deliverystream/{delivery_stream}",
        region=region,
        records=tuple(records),
        source_kinesis_stream_arn=(
            None
            if source_stream is None
            else f"arn:aws:kinesis:{region}:{account}:stream/{source_stream}"
        ),
    )


def firehose_kinesis_event(
    payloads: Iterable[bytes] = _PAYLOADS, *, source_stream: str = "my-stream"
) -> KinesisFirehoseEvent:
    """A `KinesisFirehoseEvent` of a delivery stream reading the Kinesis data stream
    `source_stream` (`firehose_event(source_stream=...)`)."""
    return firehose_event(payloads, source_stream=source_stream)
