"""Builder for Amazon Kinesis Data Streams events."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..codecs import Base64Text
from ..timestamps import EpochSeconds
from ._ids import ACCOUNT

if TYPE_CHECKING:
    from .. import KinesisStreamEvent

__all__ = ["kinesis_stream_event"]


def kinesis_stream_event(
    payloads: Iterable[bytes] = (b"Hello from Kinesis!",), *, stream: str = "my-stream"
) -> KinesisStreamEvent:
    """A `KinesisStreamEvent` with one record per payload."""
    from .. import KinesisStreamEvent, KinesisStreamRecord, KinesisStreamRecordPayload

    arn = f"arn:aws:kinesis:us-east-1:{ACCOUNT}:stream/{stream}"
    records = []
    for i, data in enumerate(payloads):
        sequence = f"{49590338271490256608559692538361571095921575989136588898 + i}"
        payload = KinesisStreamRecordPayload(
            kinesis_schema_version="1.0",
            partition_key=str(i),
            sequence_number=sequence,
            data=Base64Text.from_bytes(data),
            approximate_arrival_timestamp=EpochSeconds(time.time()),
        )
        records.append(
            KinesisStreamRecord(
                kinesis=payload,
                event_source="aws:kinesis",
                event_version="1.0",
                event_id=f"shardId-000000000000:{sequence}",
                event_name="aws:kinesis:record",
                invoke_identity_arn=f"arn:aws:iam::{ACCOUNT}:role/lambda-role",
                aws_region="us-east-1",
                event_source_arn=arn,
            )
        )
    return KinesisStreamEvent(records=tuple(records))
