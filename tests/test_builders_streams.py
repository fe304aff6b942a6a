"""Builders for streams and messaging: valid, detected, round-tripping, arguments in place."""

from __future__ import annotations

import base64
import json
import re
import uuid
from typing import Any

import pytest

from lambda_events import (
    ActiveMQEvent,
    EventBridgeEvent,
    KafkaEvent,
    KinesisFirehoseEvent,
    RabbitMQEvent,
    S3EventBridgeNotificationEvent,
    SESEvent,
    converter,
    detect,
)
from lambda_events.testing import (
    SAMPLES,
    activemq_event,
    eventbridge_event,
    firehose_event,
    kafka_event,
    rabbitmq_event,
    s3_eventbridge_event,
    ses_event,
)
from lambda_events.testing._ids import ACCOUNT, REGION, md5_hex

from ._support import assert_round_trip

EXPECTED = {
    "firehose": KinesisFirehoseEvent,
    "firehose-kinesis": KinesisFirehoseEvent,
    "kafka": KafkaEvent,
    "kafka-self-managed": KafkaEvent,
    "rabbitmq": RabbitMQEvent,
    "activemq": ActiveMQEvent,
    "eventbridge": EventBridgeEvent,
    "s3-eventbridge": S3EventBridgeNotificationEvent,
    "s3-eventbridge-deleted": S3EventBridgeNotificationEvent,
    "ses": SESEvent,
}
STREAM_SAMPLES = {name: SAMPLES[name] for name in EXPECTED}


def _raw(event: Any) -> Any:
    raw = converter.unstructure(event)
    json.dumps(raw)
    return raw


def test_every_sample_is_listed() -> None:
    assert set(EXPECTED) <= set(SAMPLES)


@pytest.mark.parametrize("source", sorted(STREAM_SAMPLES))
def test_default_event_is_valid_detected_and_round_trips(source: str) -> None:
    event = STREAM_SAMPLES[source]()
    raw = _raw(event)
    cls = detect(raw)
    assert cls is EXPECTED[source]
    assert isinstance(event, cls)
    assert assert_round_trip(raw, cls) == event


@pytest.mark.parametrize("source", sorted(set(STREAM_SAMPLES) - {"kafka-self-managed"}))
def test_ids_are_fresh(source: str) -> None:
    # (a self-managed Kafka event has no id of any kind: nothing to refresh)
    assert _raw(STREAM_SAMPLES[source]()) != _raw(STREAM_SAMPLES[source]())


# --------------------------------------------------------------------------- Firehose


def test_firehose_direct_put() -> None:
    event = firehose_event([b"a", b"\xff\xfe binary"], delivery_stream="logs", region="eu-west-1")
    raw = _raw(event)
    assert raw["deliveryStreamArn"] == f"arn:aws:firehose:eu-west-1:{ACCOUNT}:deliverystream/logs"
    assert raw["region"] == "eu-west-1"
    assert "sourceKinesisStreamArn" not in raw
    assert uuid.UUID(raw["invocationId"])
    assert [base64.b64decode(r["data"]) for r in raw["records"]] == [b"a", b"\xff\xfe binary"]
    assert all("kinesisRecordMetadata" not in r for r in raw["records"])
    assert len({r["recordId"] for r in raw["records"]}) == 2
    assert event.records[1].data_as_bytes == b"\xff\xfe binary"


def test_firehose_kinesis_source_metadata_matches_records() -> None:
    event = firehose_event([b'{"n": 1}', b'{"n": 2}'], source_stream="clicks")
    raw = _raw(event)
    assert raw["sourceKinesisStreamArn"] == f"arn:aws:kinesis:{REGION}:{ACCOUNT}:stream/clicks"
    for record in raw["records"]:
        meta = record["kinesisRecordMetadata"]
        assert meta["sequenceNumber"] == record["recordId"]
        assert meta["approximateArrivalTimestamp"] == record["approximateArrivalTimestamp"]
        assert meta["shardId"].startswith("shardId-")
    assert [r.data_as_json for r in event.records] == [{"n": 1}, {"n": 2}]
    assert event.records[0].metadata is not None


# ------------------------------------------------------------------------------ Kafka


def test_kafka_msk_key_value_headers() -> None:
    event = kafka_event(
        [b'{"id": 1}', None],
        topic="orders",
        partition=3,
        key=b"customer-7",
        headers={"traceparent": "00-abc-01", "sig": b"\xde\xad"},
        first_offset=41,
        cluster="prod",
        region="eu-west-1",
    )
    raw = _raw(event)
    assert raw["eventSource"] == "aws:kafka"
    assert raw["eventSourceArn"].startswith(f"arn:aws:kafka:eu-west-1:{ACCOUNT}:cluster/prod/")
    assert all(
        ".kafka.eu-west-1.amazonaws.com:9098" in s for s in raw["bootstrapServers"].split(",")
    )
    assert list(raw["records"]) == ["orders-3"]
    first, tombstone = raw["records"]["orders-3"]
    assert (first["topic"], first["partition"], first["offset"]) == ("orders", 3, 41)
    assert tombstone["offset"] == 42
    assert base64.b64decode(first["key"]) == b"customer-7"
    assert base64.b64decode(first["value"]) == b'{"id": 1}'
    assert "value" not in tombstone
    assert first["headers"] == [{"traceparent": list(b"00-abc-01")}, {"sig": [0xDE, 0xAD]}]
    assert first["timestampType"] == "CREATE_TIME"
    record = event.records[0]
    assert record.value_as_json() == {"id": 1}
    assert record.decoded_headers["TraceParent"] == b"00-abc-01"
    assert event.records[1].value is None


def test_kafka_self_managed() -> None:
    event = kafka_event([b"x"], key=None, self_managed=True, bootstrap_servers="k1:9092")
    raw = _raw(event)
    assert raw["eventSource"] == "SelfManagedKafka"
    assert "eventSourceArn" not in raw
    assert raw["bootstrapServers"] == "k1:9092"
    assert "key" not in raw["records"]["my-topic-0"][0]
    assert event.decoded_bootstrap_servers == ["k1:9092"]


# --------------------------------------------------------------------------- Amazon MQ


def test_rabbitmq_properties_and_headers() -> None:
    body = b'{"order": "o-1"}'
    event = rabbitmq_event(
        [body, b"second"],
        queue="orders",
        virtual_host="/prod",
        content_type="text/plain",
        headers={"x-tenant": "acme", "x-retry": 2},
        broker="orders-broker",
    )
    raw = _raw(event)
    assert raw["eventSource"] == "aws:rmq"
    assert re.fullmatch(
        rf"arn:aws:mq:{REGION}:{ACCOUNT}:broker:orders-broker:b-[0-9a-f-]{{36}}",
        raw["eventSourceArn"],
    )
    messages = raw["rmqMessagesByQueue"]["orders::/prod"]
    props = messages[0]["basicProperties"]
    assert props["contentType"] == "text/plain"
    assert props["bodySize"] == len(body)
    assert messages[1]["basicProperties"]["bodySize"] == len(b"second")
    assert props["headers"] == {"x-tenant": {"bytes": list(b"acme")}, "x-retry": 2}
    # every basic property is written, null when unset, as Lambda sends them
    assert props["replyTo"] is None
    assert props["clusterId"] is None
    assert len(props) == 15
    assert re.fullmatch(
        r"[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d [AP]M", props["timestamp"]
    )
    assert base64.b64decode(messages[0]["data"]) == body
    assert event.messages[0].data_as_json() == {"order": "o-1"}
    assert event.messages[0].basic_properties.decoded_headers["x-tenant"] == b"acme"


def test_activemq_messages() -> None:
    event = activemq_event(
        [b"one", b"two"],
        queue="invoices",
        properties={"tenant": "acme"},
        correlation_id="corr-1",
        region="eu-west-2",
    )
    raw = _raw(event)
    assert raw["eventSource"] == "aws:mq"
    assert raw["eventSourceArn"].startswith(f"arn:aws:mq:eu-west-2:{ACCOUNT}:broker:my-broker:b-")
    broker_id = raw["eventSourceArn"].rpartition(":")[2]
    ids = [m["messageID"] for m in raw["messages"]]
    assert all(i.startswith(f"ID:{broker_id}-1.mq.eu-west-2.amazonaws.com-") for i in ids)
    assert [i.rpartition(":")[2] for i in ids] == ["1", "2"]
    for message in raw["messages"]:
        assert message["destination"] == {"physicalName": "invoices"}
        assert message["properties"] == {"tenant": "acme"}
        assert message["correlationID"] == "corr-1"
        assert message["timestamp"] == message["brokerInTime"] <= message["brokerOutTime"]
    assert [m.data_as_text() for m in event.messages] == ["one", "two"]
    assert event.message.destination_physicalname == "invoices"


# ------------------------------------------------------------------------ EventBridge


def test_eventbridge_detail_type_source() -> None:
    detail = {"orderId": "o-9", "items": [1, 2], "total": 9.5}
    event = eventbridge_event(
        detail, detail_type="OrderPlaced", source="com.shop", resources=["arn:x"]
    )
    raw = _raw(event)
    assert raw["detail"] == detail
    assert (raw["detail-type"], raw["source"]) == ("OrderPlaced", "com.shop")
    assert raw["resources"] == ["arn:x"]
    assert (raw["account"], raw["region"], raw["version"]) == (ACCOUNT, REGION, "0")
    assert uuid.UUID(raw["id"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", raw["time"])
    assert event.detail == detail
    assert event.detail is not detail  # a copy: the caller's dict is not shared


def test_s3_eventbridge_object_created() -> None:
    event = s3_eventbridge_event(
        "photos/my photo (1).jpg", bucket="media", size=2048, version_id="v1", region="us-east-2"
    )
    raw = _raw(event)
    assert raw["detail-type"] == "Object Created"
    assert raw["resources"] == ["arn:aws:s3:::media"]
    assert raw["region"] == "us-east-2"
    obj = raw["detail"]["object"]
    assert obj["key"] == "photos/my+photo+%281%29.jpg"
    assert obj["size"] == 2048
    assert obj["version-id"] == "v1"
    assert obj["etag"] == md5_hex("photos/my photo (1).jpg")
    assert raw["detail"]["reason"] == "PutObject"
    assert raw["detail"]["bucket"] == {"name": "media"}
    assert re.fullmatch(r"[0-9A-Z]{16}", raw["detail"]["request-id"])
    assert "deletion-type" not in raw["detail"]
    assert event.object_key == "photos/my photo (1).jpg"
    assert event.bucket_name == "media"


def test_s3_eventbridge_object_deleted() -> None:
    raw = _raw(s3_eventbridge_event("tmp/x.part", detail_type="Object Deleted"))
    assert raw["detail-type"] == "Object Deleted"
    assert set(raw["detail"]["object"]) == {"key", "sequencer"}
    assert raw["detail"]["reason"] == "DeleteObject"
    assert raw["detail"]["deletion-type"] == "Permanently Deleted"
    versioned = _raw(s3_eventbridge_event(detail_type="Object Deleted", version_id="v2"))
    assert versioned["detail"]["deletion-type"] == "Delete Marker Created"


# -------------------------------------------------------------------------------- SES


def test_ses_headers_agree() -> None:
    event = ses_event(
        "Invoice 42",
        sender="billing@vendor.example",
        recipients=["a@shop.example", "b@shop.example"],
        function="route-mail",
    )
    raw = _raw(event)
    record = raw["Records"][0]
    assert record["eventSource"] == "aws:ses"
    mail, receipt = record["ses"]["mail"], record["ses"]["receipt"]
    assert mail["source"] == "billing@vendor.example"
    assert mail["destination"] == receipt["recipients"] == ["a@shop.example", "b@shop.example"]
    common = mail["commonHeaders"]
    assert common["subject"] == "Invoice 42"
    assert common["from"] == ["billing@vendor.example"]
    assert common["to"] == ["a@shop.example", "b@shop.example"]
    assert event.mail.get_header_value("subject") == "Invoice 42"
    assert event.mail.get_header_value("Message-ID") == common["messageId"]
    assert event.mail.get_header_value("Date") == common["date"]
    assert event.mail.get_header_value("To") == "a@shop.example, b@shop.example"
    assert mail["timestamp"] == receipt["timestamp"]
    assert event.mail.timestamp.datetime.timestamp() >= _date(common["date"])
    assert receipt["action"] == {
        "type": "Lambda",
        "functionArn": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:route-mail",
        "invocationType": "Event",
    }


def _date(text: str) -> float:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(text).timestamp()
