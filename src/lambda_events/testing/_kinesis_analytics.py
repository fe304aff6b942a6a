"""Builders for Amazon Kinesis Data Analytics events."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..timestamps import EpochMillis
from ._ids import arn, now_ms, random_id

if TYPE_CHECKING:
    from .. import KinesisAnalyticsInputPreprocessingEvent, KinesisAnalyticsOutputDeliveryEvent

__all__ = ["kinesis_analytics_output_delivery_event", "kinesis_analytics_preprocessing_event"]


def _kinesis_sequence() -> str:
    return str(secrets.randbits(180)).zfill(56)[:56]


def kinesis_analytics_preprocessing_event(
    payloads: Iterable[str | bytes] = ('{"ticker":"AMZN","price":187.5}',),
    *,
    application: str = "my-application",
    stream: str = "my-stream",
) -> KinesisAnalyticsInputPreprocessingEvent:
    """A `KinesisAnalyticsInputPreprocessingEvent` from a Kinesis data stream."""
    from .. import (
        Base64Text,
        KinesisAnalyticsInputPreprocessingEvent,
        KinesisAnalyticsInputPreprocessingRecord,
        KinesisAnalyticsStreamRecordMetadata,
    )

    records = []
    for payload in payloads:
        sequence = _kinesis_sequence()
        data = payload.encode() if isinstance(payload, str) else payload
        records.append(
            KinesisAnalyticsInputPreprocessingRecord(
                record_id=sequence,
                data=Base64Text.from_bytes(data),
                kinesis_stream_record_metadata=KinesisAnalyticsStreamRecordMetadata(
                    sequence_number=sequence,
                    partition_key=random_id(8),
                    shard_id="shardId-000000000000",
                    approximate_arrival_timestamp=EpochMillis(now_ms()),
                ),
            )
        )
    return KinesisAnalyticsInputPreprocessingEvent(
        invocation_id=str(uuid.uuid4()),
        application_arn=arn("kinesisanalytics", f"application/{application}"),
        stream_arn=arn("kinesis", f"stream/{stream}"),
        records=tuple(records),
    )


def kinesis_analytics_output_delivery_event(
    payloads: Iterable[str | bytes] = ('{"TICKER":"AMZN","AVG_PRICE":187.5}\n',),
    *,
    application: str = "my-application",
) -> KinesisAnalyticsOutputDeliveryEvent:
    """A `KinesisAnalyticsOutputDeliveryEvent` with one record per payload."""
    from .. import (
        Base64Text,
        KinesisAnalyticsLambdaDeliveryRecordMetadata,
        KinesisAnalyticsOutputDeliveryEvent,
        KinesisAnalyticsOutputDeliveryRecord,
    )

    records = tuple(
        KinesisAnalyticsOutputDeliveryRecord(
            record_id=str(uuid.uuid4()),
            data=Base64Text.from_bytes(p.encode() if isinstance(p, str) else p),
            lambda_delivery_record_metadata=KinesisAnalyticsLambdaDeliveryRecordMetadata(
                retry_hint=0
            ),
        )
        for p in payloads
    )
    return KinesisAnalyticsOutputDeliveryEvent(
        invocation_id=str(uuid.uuid4()),
        application_arn=arn("kinesisanalytics", f"application/{application}"),
        records=records,
    )
