"""Builders for the core sources: SQS, SNS, S3, DynamoDB Streams, Kinesis, CloudWatch Logs."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..codecs import Base64Text, CompressedJsonText
from ..timestamps import EpochMillis, EpochMillisText, EpochSeconds
from ._ids import ACCOUNT, iso_now, md5_hex, now_ms

if TYPE_CHECKING:
    from ..cloudwatch_logs import CloudWatchLogsEvent
    from ..dynamodb import DynamoDBStreamEvent
    from ..kinesis import KinesisStreamEvent
    from ..s3 import S3Event
    from ..sns import SNSEvent
    from ..sqs import SQSEvent

__all__ = [
    "CORE_SAMPLES",
    "cloudwatch_logs_event",
    "dynamodb_stream_event",
    "kinesis_stream_event",
    "s3_event",
    "sns_event",
    "sqs_event",
]


def sqs_event(
    bodies: Iterable[str] = ("Hello from SQS!",),
    *,
    queue: str = "my-queue",
    region: str = "us-east-1",
    account: str = ACCOUNT,
) -> SQSEvent:
    """An `SQSEvent` with one record per body."""
    from ..sqs import SQSEvent, SQSRecord, SQSRecordAttributes

    sent = now_ms()
    records = tuple(
        SQSRecord(
            message_id=str(uuid.uuid4()),
            receipt_handle=f"AQEB{uuid.uuid4().hex}",
            body=body,
            attributes=SQSRecordAttributes(
                approximate_receive_count="1",
                sent_timestamp=EpochMillisText(sent + i),
                sender_id=f"AIDA{account}",
                approximate_first_receive_timestamp=EpochMillisText(sent + i + 5),
            ),
            message_attributes={},
            md5_of_body=md5_hex(body),
            event_source="aws:sqs",
            event_source_arn=f"arn:aws:sqs:{region}:{account}:{queue}",
            aws_region=region,
        )
        for i, body in enumerate(bodies)
    )
    return SQSEvent(records=records)


def sns_event(
    message: str = "Hello from SNS!", *, subject: str | None = None, topic: str = "my-topic"
) -> SNSEvent:
    """An `SNSEvent` carrying one notification."""
    from ..sns import SNSEvent, SNSEventRecord, SNSMessage

    topic_arn = f"arn:aws:sns:us-east-1:{ACCOUNT}:{topic}"
    sns = SNSMessage(
        message_id=str(uuid.uuid4()),
        type="Notification",
        topic_arn=topic_arn,
        message=message,
        timestamp=iso_now(),
        subject=subject,
        message_attributes={},
        signature_version="1",
        signature="EXAMPLE",
        signing_cert_url="https://sns.us-east-1.amazonaws.com/SimpleNotificationService.pem",
        unsubscribe_url=f"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={topic_arn}",
    )
    record = SNSEventRecord(
        event_version="1.0",
        event_subscription_arn=f"{topic_arn}:{uuid.uuid4()}",
        event_source="aws:sns",
        sns=sns,
    )
    return SNSEvent(records=(record,))


def s3_event(
    key: str = "example.txt",
    *,
    bucket: str = "my-bucket",
    event_name: str = "ObjectCreated:Put",
    size: int | None = 1024,
) -> S3Event:
    """An `S3Event` for one object (delete events have no size or ETag)."""
    from ..s3 import S3Bucket, S3Event, S3EventRecord, S3Identity, S3Message, S3Object
    from ..s3 import S3RequestParameters as Params

    deleted = event_name.startswith("ObjectRemoved")
    obj = S3Object(
        key=key,
        size=None if deleted else size,
        etag=None if deleted else hashlib.md5(key.encode()).hexdigest(),  # noqa: S324
        sequencer=f"{now_ms():016X}",
    )
    record = S3EventRecord(
        event_version="2.1",
        event_source="aws:s3",
        aws_region="us-east-1",
        event_time=iso_now(),
        event_name=event_name,
        user_identity=S3Identity(principal_id=f"AWS:AIDA{ACCOUNT}"),
        request_parameters=Params(source_ip_address="203.0.113.10"),
        response_elements={"x-amz-request-id": uuid.uuid4().hex[:16].upper(), "x-amz-id-2": "x"},
        s3=S3Message(
            s3_schema_version="1.0",
            configuration_id="notification",
            bucket=S3Bucket(
                name=bucket,
                owner_identity=S3Identity(principal_id="A3EXAMPLE"),
                arn=f"arn:aws:s3:::{bucket}",
            ),
            object=obj,
        ),
    )
    return S3Event(records=(record,))


def dynamodb_stream_event(
    inserts: Iterable[Mapping[str, Any]] = ({"id": "1"},),
    *,
    key: str = "id",
    table: str = "my-table",
) -> DynamoDBStreamEvent:
    """A `DynamoDBStreamEvent` with one INSERT record per new item (plain Python values)."""
    from ..dynamodb import DynamoDBRecord, DynamoDBStreamEvent, StreamRecord, StreamViewType

    arn = f"arn:aws:dynamodb:us-east-1:{ACCOUNT}:table/{table}/stream/2024-01-01T00:00:00.000"
    records = tuple(
        DynamoDBRecord(
            event_id=uuid.uuid4().hex,
            event_name="INSERT",
            event_version="1.1",
            event_source="aws:dynamodb",
            aws_region="us-east-1",
            dynamodb=StreamRecord(
                keys={key: item[key]},
                new_image=dict(item),
                approximate_creation_date_time=EpochSeconds(int(time.time())),
                sequence_number=str(100000000000000000000 + i),
                size_bytes=len(json.dumps(item, default=str)),
                stream_view_type=StreamViewType.NEW_AND_OLD_IMAGES,
            ),
            event_source_arn=arn,
        )
        for i, item in enumerate(inserts)
    )
    return DynamoDBStreamEvent(records=records)


def kinesis_stream_event(
    payloads: Iterable[bytes] = (b"Hello from Kinesis!",), *, stream: str = "my-stream"
) -> KinesisStreamEvent:
    """A `KinesisStreamEvent` with one record per payload."""
    from ..kinesis import KinesisStreamEvent, KinesisStreamRecord, KinesisStreamRecordPayload

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


def cloudwatch_logs_event(
    messages: Iterable[str] = ("Hello from CloudWatch Logs",), *, log_group: str = "/aws/lambda/x"
) -> CloudWatchLogsEvent:
    """A `CloudWatchLogsEvent` delivering one log event per message."""
    from ..cloudwatch_logs import (
        CloudWatchLogsData,
        CloudWatchLogsDecodedData,
        CloudWatchLogsEvent,
        CloudWatchLogsLogEvent,
    )

    start = now_ms()
    events = tuple(
        CloudWatchLogsLogEvent(
            id=str(start * 1000 + i), timestamp=EpochMillis(start + i), message=m
        )
        for i, m in enumerate(messages)
    )
    data = CloudWatchLogsDecodedData(
        owner=ACCOUNT,
        log_group=log_group,
        log_stream="2024/01/01/[$LATEST]0123456789abcdef",
        subscription_filters=("my-filter",),
        message_type="DATA_MESSAGE",
        log_events=events,
    )
    return CloudWatchLogsEvent(awslogs=CloudWatchLogsData(data=CompressedJsonText.compress(data)))


CORE_SAMPLES: dict[str, Callable[[], Any]] = {
    "sqs": sqs_event,
    "sns": sns_event,
    "s3": s3_event,
    "dynamodb": dynamodb_stream_event,
    "kinesis": kinesis_stream_event,
    "cloudwatch-logs": cloudwatch_logs_event,
}
