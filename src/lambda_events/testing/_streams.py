"""Builders for streams and messaging: Firehose, Kafka, Amazon MQ, EventBridge, S3 via
EventBridge and SES email receiving."""

from __future__ import annotations

import random
import string
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote_plus

from ..codecs import Base64Text
from ._ids import ACCOUNT, REGION, md5_hex, now_ms

if TYPE_CHECKING:
    from ..eventbridge import EventBridgeEvent, S3EventBridgeNotificationEvent
    from ..firehose import KinesisFirehoseEvent
    from ..kafka import KafkaEvent
    from ..mq import ActiveMQEvent, RabbitMQEvent
    from ..ses import SESEvent

__all__ = [
    "STREAM_SAMPLES",
    "activemq_event",
    "eventbridge_event",
    "firehose_event",
    "kafka_event",
    "rabbitmq_event",
    "s3_eventbridge_event",
    "ses_event",
]

HeaderValue = bytes | str
"""A Kafka header value: bytes, or text sent as its UTF-8 bytes."""


def _iso(ms: int, *, millis: bool = True) -> str:
    """`2024-01-01T12:00:00.000Z` (or without the fraction, as EventBridge writes `time`)."""
    text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000))
    return text + (f".{ms % 1000:03d}Z" if millis else "Z")


def _sequence(base: int, i: int) -> str:
    """A Kinesis-style 56-digit sequence number."""
    return str(49_650_000_000_000_000_000_000_000_000_000_000_000_000_000_000_000 + base * 1000 + i)


def _upper_id(length: int) -> str:
    """An id like S3's `request-id`: upper-case letters and digits."""
    alphabet = string.ascii_uppercase + string.digits
    return "".join(random.choices(alphabet, k=length))  # noqa: S311 - an id, not a secret


# --------------------------------------------------------------------------- Firehose


def firehose_event(
    payloads: Iterable[bytes] = (b'{"message": "Hello from Firehose!"}',),
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
    from ..firehose import KinesisFirehoseEvent, KinesisFirehoseRecord
    from ..firehose import KinesisFirehoseRecordMetadata as Metadata
    from ..timestamps import EpochMillis

    arrived = now_ms()
    base = arrived % 1_000_000_000
    records = []
    for i, data in enumerate(payloads):
        record_id = _sequence(base, i)
        at = EpochMillis(arrived + i)
        metadata = (
            None
            if source_stream is None
            else Metadata(
                shard_id="shardId-000000000000",
                partition_key=f"partition-{i}",
                approximate_arrival_timestamp=at,
                sequence_number=record_id,
                subsequence_number=0,
            )
        )
        records.append(
            KinesisFirehoseRecord(
                record_id=record_id,
                approximate_arrival_timestamp=at,
                data=Base64Text.from_bytes(data),
                kinesis_record_metadata=metadata,
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


# ------------------------------------------------------------------------------ Kafka


def kafka_event(
    values: Iterable[bytes | None] = (b'{"message": "Hello from Kafka!"}',),
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
    from ..kafka import KafkaEvent, KafkaEventRecord, KafkaTimestampType
    from ..timestamps import EpochMillis

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


# --------------------------------------------------------------------------- Amazon MQ


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
    from .._payload import shared_converter
    from ..mq import BasicProperties, RabbitMessage, RabbitMQEvent

    _, arn = _broker_arn(broker, region, account)
    wire_headers = None if headers is None else {k: _amqp_header(v) for k, v in headers.items()}
    sent = now_ms()
    messages = []
    for body in bodies:
        # Lambda writes every basic property, `null` when the producer left it unset;
        # structuring keeps those nulls so the event unstructures with all of them.
        wire: dict[str, Any] = dict.fromkeys(_AMQP_KEYS)
        wire.update(
            contentType=content_type,
            headers=wire_headers,
            deliveryMode=2,
            messageId=str(uuid.uuid4()),
            timestamp=_amqp_timestamp(sent),
            bodySize=len(body),
        )
        properties = shared_converter().structure(wire, BasicProperties)
        messages.append(
            RabbitMessage(
                basic_properties=properties, data=Base64Text.from_bytes(body), redelivered=False
            )
        )
    return RabbitMQEvent(
        event_source="aws:rmq",
        event_source_arn=arn,
        rmq_messages_by_queue={f"{queue}::{virtual_host}": tuple(messages)},
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
    from ..mq import ActiveMQDestination, ActiveMQEvent, ActiveMQMessage
    from ..timestamps import EpochMillis

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


# ------------------------------------------------------------------------ EventBridge


def eventbridge_event(
    detail: Mapping[str, Any] | None = None,
    *,
    detail_type: str = "Order Placed",
    source: str = "com.example.orders",
    resources: Iterable[str] = (),
    region: str = REGION,
    account: str = ACCOUNT,
) -> EventBridgeEvent:
    """An `EventBridgeEvent` from a custom bus: `detail` (any JSON object) as sent.

    `detail` defaults to `{"orderId": "order-1"}`. A `source` of `aws.s3` makes an event
    that detects as an S3 notification: use `s3_eventbridge_event` for those.
    """
    from ..eventbridge import EventBridgeEvent
    from ..timestamps import IsoTimestamp

    return EventBridgeEvent[Any](
        version="0",
        id=str(uuid.uuid4()),
        detail_type=detail_type,
        source=source,
        account=account,
        time=IsoTimestamp(_iso(now_ms(), millis=False)),
        region=region,
        resources=tuple(resources),
        detail={"orderId": "order-1"} if detail is None else dict(detail),
    )


def s3_eventbridge_event(
    key: str = "example.txt",
    *,
    bucket: str = "my-bucket",
    detail_type: Literal["Object Created", "Object Deleted"] = "Object Created",
    size: int = 1024,
    version_id: str | None = None,
    source_ip_address: str = "203.0.113.10",
    region: str = REGION,
    account: str = ACCOUNT,
) -> S3EventBridgeNotificationEvent:
    """An `S3EventBridgeNotificationEvent`: an object created (`PutObject`) or deleted.

    `key` is the plain key; it travels URL-encoded as S3 sends it (`object_key` gives it
    back). A created object has `size` and an ETag; a deleted one has neither, and its
    `deletion-type` says whether a delete marker was created (versioned, `version_id` given)
    or the object permanently deleted.
    """
    from ..eventbridge import (
        S3EventBridgeNotificationDetail,
        S3EventBridgeNotificationEvent,
        S3EventBridgeNotificationObject,
        S3EventNotificationEventBridgeBucket,
    )
    from ..timestamps import IsoTimestamp

    deleted = detail_type == "Object Deleted"
    ms = now_ms()
    obj = S3EventBridgeNotificationObject(
        key=quote_plus(key, safe="/"),
        size=None if deleted else size,
        etag=None if deleted else md5_hex(key),
        version_id=version_id,
        sequencer=f"{ms:018X}",
    )
    deletion_type = None
    if deleted:
        deletion_type = "Delete Marker Created" if version_id else "Permanently Deleted"
    detail = S3EventBridgeNotificationDetail(
        version="0",
        bucket=S3EventNotificationEventBridgeBucket(name=bucket),
        object=obj,
        request_id=_upper_id(16),
        requester=account,
        source_ip_address=source_ip_address,
        reason="DeleteObject" if deleted else "PutObject",
        deletion_type=deletion_type,
    )
    return S3EventBridgeNotificationEvent(
        version="0",
        id=str(uuid.uuid4()),
        detail_type=detail_type,
        source="aws.s3",
        account=account,
        time=IsoTimestamp(_iso(ms, millis=False)),
        region=region,
        resources=(f"arn:aws:s3:::{bucket}",),
        detail=detail,
    )


# -------------------------------------------------------------------------------- SES


def ses_event(
    subject: str = "Hello from SES!",
    *,
    sender: str = "sender@example.com",
    recipients: Iterable[str] = ("recipient@example.com",),
    function: str = "my-function",
    region: str = REGION,
    account: str = ACCOUNT,
) -> SESEvent:
    """An `SESEvent`: one email received by a receipt rule whose Lambda action calls `function`.

    The mail's `headers` and `commonHeaders` agree (From, To, Subject, Date, Message-ID);
    every verdict is `PASS`.
    """
    from ..ses import (
        SESEvent,
        SESEventRecord,
        SESMail,
        SESMailCommonHeaders,
        SESMailHeader,
        SESMessage,
        SESReceipt,
        SESReceiptAction,
        SESReceiptStatus,
    )
    from ..timestamps import IsoTimestamp

    to = tuple(recipients)
    received = now_ms()
    sent_at = datetime.fromtimestamp(received / 1000 - 2, tz=timezone.utc).replace(microsecond=0)
    date = format_datetime(sent_at)
    domain = sender.rpartition("@")[2] or "example.com"
    header_id = f"<{uuid.uuid4()}@{domain}>"
    headers = (
        ("Return-Path", f"<{sender}>"),
        ("Received", f"from mail.{domain} by inbound-smtp.{region}.amazonaws.com"),
        ("From", sender),
        ("To", ", ".join(to)),
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", header_id),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="UTF-8"'),
    )
    stamp = IsoTimestamp(_iso(received))
    alphabet = string.ascii_lowercase + string.digits
    mail = SESMail(
        timestamp=stamp,
        source=sender,
        message_id="".join(random.choices(alphabet, k=40)),  # noqa: S311 - an id
        destination=to,
        headers_truncated=False,
        headers=tuple(SESMailHeader(name=n, value=v) for n, v in headers),
        common_headers=SESMailCommonHeaders(
            return_path=sender,
            from_=(sender,),
            date=date,
            to=to,
            message_id=header_id,
            subject=subject,
        ),
    )
    passed = SESReceiptStatus(status="PASS")
    receipt = SESReceipt(
        timestamp=stamp,
        processing_time_millis=random.randint(200, 900),  # noqa: S311
        recipients=to,
        spam_verdict=passed,
        virus_verdict=passed,
        spf_verdict=passed,
        dkim_verdict=passed,
        dmarc_verdict=passed,
        dmarc_policy="none",
        action=SESReceiptAction(
            type="Lambda",
            function_arn=f"arn:aws:lambda:{region}:{account}:function:{function}",
            invocation_type="Event",
        ),
    )
    record = SESEventRecord(
        event_source="aws:ses", event_version="1.0", ses=SESMessage(mail=mail, receipt=receipt)
    )
    return SESEvent(records=(record,))


def _firehose_from_kinesis() -> KinesisFirehoseEvent:
    return firehose_event(source_stream="my-stream")


def _kafka_self_managed() -> KafkaEvent:
    return kafka_event(self_managed=True)


def _s3_eventbridge_deleted() -> S3EventBridgeNotificationEvent:
    return s3_eventbridge_event(detail_type="Object Deleted")


STREAM_SAMPLES: dict[str, Callable[[], Any]] = {
    "firehose": firehose_event,
    "firehose-kinesis": _firehose_from_kinesis,
    "kafka": kafka_event,
    "kafka-self-managed": _kafka_self_managed,
    "rabbitmq": rabbitmq_event,
    "activemq": activemq_event,
    "eventbridge": eventbridge_event,
    "s3-eventbridge": s3_eventbridge_event,
    "s3-eventbridge-deleted": _s3_eventbridge_deleted,
    "ses": ses_event,
}
