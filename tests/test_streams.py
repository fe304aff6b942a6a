"""Issue 4 events: Firehose, Kafka, RabbitMQ, ActiveMQ, EventBridge, S3 via EventBridge, SES,
typed payloads and nested envelopes."""

from __future__ import annotations

import base64
import copy
import gzip
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    ActiveMQEvent,
    ContentError,
    EventBridgeEvent,
    KafkaEvent,
    KafkaTimestampType,
    KinesisFirehoseEvent,
    KinesisStreamEvent,
    RabbitMQEvent,
    S3Event,
    S3EventBridgeNotificationEvent,
    SESEvent,
    SNSEvent,
    SNSMessage,
    SQSEvent,
    SQSRecord,
    StructureError,
    converter,
)

from ._support import (
    assert_round_trip,
    assert_same_json,
    load_sample,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, Any] = {
    "firehose-kinesis-source.json": KinesisFirehoseEvent,
    "firehose-direct-put.json": KinesisFirehoseEvent,
    "firehose-cloudwatch-logs.json": KinesisFirehoseEvent,
    "kafka-msk.json": KafkaEvent,
    "kafka-self-managed.json": KafkaEvent,
    "rabbitmq-orders.json": RabbitMQEvent,
    "activemq-messages.json": ActiveMQEvent,
    "activemq-bytes.json": ActiveMQEvent,
    "eventbridge-ec2-state-change.json": EventBridgeEvent,
    "eventbridge-custom-order.json": EventBridgeEvent,
    "eventbridge-scheduler.json": EventBridgeEvent,
    "s3-eventbridge-object-created.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-object-deleted.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-restore-initiated.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-restore-completed.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-restore-expired.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-tags-added.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-acl-updated.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-storage-class-changed.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-access-tier-changed.json": S3EventBridgeNotificationEvent,
    "ses-receipt.json": SESEvent,
    "sqs-nested-s3.json": SQSEvent,
    "sqs-nested-sns.json": SQSEvent,
    "sqs-nested-sns-s3.json": SQSEvent,
}
MY_CLASSES = (
    "KinesisFirehoseEvent",
    "KafkaEvent",
    "RabbitMQEvent",
    "ActiveMQEvent",
    "EventBridgeEvent",
    "S3EventBridgeNotificationEvent",
    "SESEvent",
)


# ------------------------------------------------------------------ user payload classes


@attrs.frozen
class Customer:
    id: int
    tier: str


@attrs.frozen
class Order:
    orderId: str  # noqa: N815 - the producer's JSON keys
    customer: Customer
    total: float


@attrs.frozen
class ScheduleDetail:
    target: str = "nightly"


@attrs.frozen
class Ec2StateChange:
    state: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _semantic_round_trip(raw: Any, cls: Any, payload_keys: set[str]) -> Any:
    """Structure and unstructure a typed event; payload strings compare as equal JSON."""
    obj = converter.structure(raw, cls)
    back = converter.unstructure(obj, cls)
    _assert_semantic(back, raw, payload_keys)
    assert converter.structure(back, cls) == obj
    return obj


def _decode_payload(key: str, value: str) -> Any:
    if key == "data" or key == "value":
        return json.loads(base64.b64decode(value))
    return json.loads(value)


def _assert_semantic(actual: Any, expected: Any, payload_keys: set[str], key: str = "") -> None:
    if key in payload_keys and isinstance(expected, str):
        assert isinstance(actual, str)
        assert _decode_payload(key, actual) == _decode_payload(key, expected)
    elif isinstance(expected, dict):
        assert set(actual) == set(expected)
        for k in expected:
            _assert_semantic(actual[k], expected[k], payload_keys, k)
    elif isinstance(expected, list):
        assert len(actual) == len(expected)
        for a, e in zip(actual, expected, strict=True):
            _assert_semantic(a, e, payload_keys, key)
    else:
        assert_same_json(actual, expected)


# ------------------------------------------------------------------- exact round trips


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*MY_CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    import lambda_events

    assert_round_trip(json.loads(path.read_text()), getattr(lambda_events, cls_name))


def test_unknown_keys_survive_in_new_families() -> None:
    raw = load_sample("kafka-msk.json")
    raw["records"]["orders-0"][0]["leaderEpoch"] = 3
    raw["newField"] = True
    event = assert_round_trip(raw, KafkaEvent)
    assert event.unknown_keys == {"newField": True}
    assert event.records[0].unknown_keys == {"leaderEpoch": 3}


# ------------------------------------------------------------------------------ Firehose


def test_firehose_kinesis_source_metadata_and_helpers() -> None:
    event = converter.structure(load_sample("firehose-kinesis-source.json"), KinesisFirehoseEvent)
    assert (
        event.source_kinesis_stream_arn
        == "arn:aws:kinesis:eu-central-1:210987654321:stream/clickstream"
    )
    first = event.records[0]
    assert first.metadata is not None
    assert first.metadata.shard_id == "shardId-000000000003"
    assert first.metadata.subsequence_number == 0
    assert first.approximate_arrival_timestamp.datetime == datetime(
        2026, 1, 1, 0, 0, 0, 123000, tzinfo=timezone.utc
    )
    assert first.data_as_json == {
        "orderId": "o-2001",
        "customer": {"id": 7, "tier": "gold"},
        "total": 99.5,
    }
    assert first.data_as_text.startswith('{"orderId": "o-2001"')


def test_firehose_direct_put_has_no_metadata_and_keeps_binary_data() -> None:
    event = converter.structure(load_sample("firehose-direct-put.json"), KinesisFirehoseEvent)
    assert event.source_kinesis_stream_arn is None
    assert [r.metadata for r in event.records] == [None, None, None]
    assert event.records[0].data_as_text == "GET /health 200 3ms"
    assert event.records[2].data_as_bytes == b"\xff\xfe not utf-8"
    with pytest.raises(StructureError, match="not valid JSON"):
        event.records[0].data_as_json


def test_firehose_records_carrying_cloudwatch_logs() -> None:
    raw = load_sample("firehose-cloudwatch-logs.json")
    event = converter.structure(raw, KinesisFirehoseEvent)
    logs = event.records[0].cloudwatch_logs()
    assert logs.log_group == "/aws/lambda/payments"
    assert [e.message for e in logs.log_events][1] == "ERROR card declined order=o-3002"
    assert event.records[0].data_zlib_compressed_as_json()["owner"] == "456789012345"


def test_firehose_typed_records() -> None:
    raw = load_sample("firehose-kinesis-source.json")
    event = _semantic_round_trip(raw, KinesisFirehoseEvent[Order], {"data"})
    assert event.records[1].data == Order("o-2002", Customer(12, "basic"), 15)
    with pytest.raises(TypeError):
        event.records[0].data_as_bytes


def test_firehose_typed_record_error_names_path_into_payload() -> None:
    raw = load_sample("firehose-kinesis-source.json")
    raw["records"][1]["data"] = _b64(
        b'{"orderId": "x", "customer": {"id": "7x", "tier": "a"}, "total": 1}'
    )
    msg = structure_error(raw, KinesisFirehoseEvent[Order])
    assert "records[1].data.customer.id: expected an integer, got" in msg


def test_firehose_records_carrying_sqs_messages() -> None:
    from ._support import CORPUS_ROOTS

    path = CORPUS_ROOTS["powertools"] / "kinesisFirehoseSQSEvent.json"
    if not path.exists():
        pytest.skip("../shared is absent")
    event = converter.structure(json.loads(path.read_text()), KinesisFirehoseEvent[SQSRecord])
    message = event.records[0].data
    assert message.body == "Test message."
    assert message.queue_name == "SNS"


def test_firehose_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("firehose-kinesis-source.json")
    raw["records"][0]["data"] = 7
    raw["records"][1]["approximateArrivalTimestamp"] = 1.5
    del raw["records"][1]["kinesisRecordMetadata"]["shardId"]
    del raw["invocationId"]
    msg = structure_error(raw, KinesisFirehoseEvent)
    assert "records[0].data: expected a string, got int" in msg
    assert "records[1].approximateArrivalTimestamp: expected an integer or a string" in msg
    assert "records[1].kinesisRecordMetadata.shardId: missing required key" in msg
    assert "invocationId: missing required key" in msg


# --------------------------------------------------------------------------------- Kafka


def test_kafka_records_are_flattened_and_stable() -> None:
    event = converter.structure(load_sample("kafka-msk.json"), KafkaEvent)
    assert [r.offset for r in event.records] == [4107, 4108, 88]
    assert event.record is event.record
    assert event.record.offset == 4107
    assert event.decoded_bootstrap_servers[1].startswith("b-2.orders-cluster")
    assert event.event_source_arn is not None
    first = event.records[0]
    assert first.decoded_key == b"customer-7"
    assert first.decoded_key == b"customer-7"
    assert first.key_as_text() == "customer-7"
    assert first.value_as_json() == first.json_value
    assert first.json_value["customer"] == {"id": 7, "tier": "gold"}
    assert first.timestamp_type is KafkaTimestampType.CREATE_TIME
    assert event.records[2].timestamp_type is KafkaTimestampType.LOG_APPEND_TIME
    assert first.timestamp.datetime == datetime(2026, 1, 4, tzinfo=timezone.utc)


def test_kafka_key_null_and_absent() -> None:
    msk = converter.structure(load_sample("kafka-msk.json"), KafkaEvent)
    assert msk.records[2].key is None and msk.records[2].key_as_text() is None
    assert converter.unstructure(msk)["records"]["orders-1"][0]["key"] is None
    managed = converter.structure(load_sample("kafka-self-managed.json"), KafkaEvent)
    assert managed.event_source_arn is None
    assert managed.records[1].key is None
    assert "key" not in converter.unstructure(managed)["records"]["sensor-readings-3"][1]


def test_kafka_headers_decode_to_bytes_case_insensitively() -> None:
    event = converter.structure(load_sample("kafka-msk.json"), KafkaEvent)
    headers = event.records[0].decoded_headers
    assert headers["TRACEPARENT"] == b"00-4bf92f3577b34da6-00f067aa0ba902b7-01"
    assert headers["Content-Type"] == b"application/json"
    assert list(headers) == ["traceparent", "content-type"]
    assert dict(event.records[1].decoded_headers) == {}


def test_kafka_signed_header_bytes_decode_and_are_written_back_signed() -> None:
    raw = load_sample("kafka-self-managed.json")
    event = converter.structure(raw, KafkaEvent)
    signed, unsigned = event.records
    assert signed.decoded_headers["signature"] == b"\xde\xad\xbe\xef\x01"
    assert unsigned.decoded_headers["signature"] == b"\xde\xad\xbe\xef\x02"
    back = converter.unstructure(event)["records"]["sensor-readings-3"]
    assert back[0]["headers"][0]["signature"] == [-34, -83, -66, -17, 1]
    assert back[1]["headers"][0]["signature"] == [222, 173, 190, 239, 2]
    # a repeated name (any casing) keeps every value in order
    assert signed.get_header_values("REGION") == [b"eu", b"eu-2"]
    assert signed.decoded_headers["region"] == b"eu-2"
    assert list(signed.decoded_headers) == ["signature", "Region"]


def test_kafka_headers_built_in_python_unstructure_as_unsigned() -> None:
    event = converter.structure(load_sample("kafka-self-managed.json"), KafkaEvent)
    record = attrs.evolve(event.records[1], headers=({"h": b"\xff\x00"},))
    assert converter.unstructure(record)["headers"] == [{"h": [255, 0]}]


def test_kafka_schema_metadata_and_binary_values() -> None:
    event = converter.structure(load_sample("kafka-self-managed.json"), KafkaEvent)
    record = event.records[0]
    assert record.key_schema_metadata is not None
    assert record.key_schema_metadata.data_format == "AVRO"
    assert record.value_schema_metadata is not None
    assert record.value_schema_metadata.schema_id == "a1b2c3d4-0002"
    assert record.value_as_bytes() == b"\x0a\x09sensor-17\x15\x00\x00\xa8\x41"
    assert event.records[1].key_schema_metadata is None


def test_kafka_tombstone_and_unknown_timestamp_type() -> None:
    raw = load_sample("kafka-self-managed.json")
    raw["records"]["sensor-readings-3"][1]["value"] = None
    raw["records"]["sensor-readings-3"][1]["timestampType"] = "FUTURE_TIME"
    event = assert_round_trip(raw, KafkaEvent)
    record = event.records[1]
    assert record.value is None and record.value_as_text() is None
    assert record.timestamp_type == "FUTURE_TIME"
    assert not isinstance(record.timestamp_type, KafkaTimestampType)


def test_kafka_typed_values() -> None:
    raw = load_sample("kafka-msk.json")
    event = _semantic_round_trip(raw, KafkaEvent[Order], {"value"})
    assert event.records[2].value == Order("o-4003", Customer(21, "gold"), 150)
    assert event.records[0].value_as_json() == Order("o-4001", Customer(7, "gold"), 12.25)
    assert event.records[0].decoded_key == b"customer-7"


def test_kafka_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("kafka-msk.json")
    raw["records"]["orders-0"][0]["headers"][0]["traceparent"][3] = 300
    raw["records"]["orders-0"][1]["headers"] = [{"x": "text"}]
    raw["records"]["orders-1"][0]["partition"] = "1"
    raw["records"]["orders-1"][0]["key"] = ["not", "text"]
    msg = structure_error(raw, KafkaEvent)
    assert (
        "records.orders-0[0].headers[0].traceparent[3]: expected a byte value (-128..255), got 300"
        in msg
    )
    assert "records.orders-0[1].headers[0].x: expected a list of byte values, got str" in msg
    assert "records.orders-1[0].partition: expected an integer, got str" in msg
    assert "records.orders-1[0].key: expected a string, got list" in msg


def test_kafka_typed_value_error_names_path_into_payload() -> None:
    raw = load_sample("kafka-msk.json")
    raw["records"]["orders-0"][1]["value"] = _b64(
        b'{"orderId": "o", "customer": {"tier": "x"}, "total": 1}'
    )
    msg = structure_error(raw, KafkaEvent[Order])
    assert "records.orders-0[1].value.customer.id: missing required key" in msg


# ------------------------------------------------------------------------------ RabbitMQ


def test_rabbitmq_messages_properties_and_headers() -> None:
    event = converter.structure(load_sample("rabbitmq-orders.json"), RabbitMQEvent)
    assert list(event.rmq_messages_by_queue) == ["orders::/", "orders::/priority"]
    first, second = event.messages
    props = first.basic_properties
    assert props.message_id == "m-5001"
    assert props.content_encoding is None
    assert props.decoded_headers == {
        "x-tenant": b"acme",
        "x-retry": 2,
        "x-signed": b"\xde\xad\x01",
    }
    assert first.json_data == {
        "orderId": "o-5001",
        "customer": {"id": 3, "tier": "gold"},
        "total": 20,
    }
    assert first.decoded_data.startswith('{"orderId"')
    assert second.redelivered is True
    assert second.basic_properties.headers is None
    assert second.basic_properties.decoded_headers == {}
    assert second.basic_properties.type == "order.created"
    back = converter.unstructure(event)["rmqMessagesByQueue"]["orders::/"][0]
    assert back["basicProperties"]["headers"]["x-signed"] == {"bytes": [-34, -83, 1]}


def test_rabbitmq_typed_and_malformed() -> None:
    raw = load_sample("rabbitmq-orders.json")
    event = _semantic_round_trip(raw, RabbitMQEvent[Order], {"data"})
    assert event.messages[1].data == Order("o-5002", Customer(4, "basic"), 8)
    raw["rmqMessagesByQueue"]["orders::/"][0]["data"] = None
    raw["rmqMessagesByQueue"]["orders::/priority"][0]["basicProperties"]["priority"] = "high"
    msg = structure_error(raw, RabbitMQEvent)
    assert "rmqMessagesByQueue['orders::/'][0].data: expected a string, got null" in msg
    assert (
        "rmqMessagesByQueue['orders::/priority'][0].basicProperties.priority: "
        "expected an integer, got str" in msg
    )


# ------------------------------------------------------------------------------ ActiveMQ


def test_activemq_both_physical_name_spellings_are_read_and_written_back() -> None:
    raw = load_sample("activemq-messages.json")
    event = converter.structure(raw, ActiveMQEvent)
    first, second = event.messages
    assert first.destination_physicalname == "invoices"
    assert second.destination_physicalname == "invoices"
    assert first.destination == second.destination  # spelling is not part of equality
    back = converter.unstructure(event)["messages"]
    assert back[0]["destination"] == {"physicalName": "invoices"}
    assert back[1]["destination"] == {"physicalname": "invoices"}


def test_activemq_fields_and_helpers() -> None:
    event = converter.structure(load_sample("activemq-messages.json"), ActiveMQEvent)
    first, second = event.messages
    assert event.message is event.messages[0]
    assert first.correlation_id == "corr-6001"
    assert first.json_data["orderId"] == "o-6001"
    assert first.expiration == "0" and first.expiration_millis == 0
    assert second.expiration == 1767661200200 and second.expiration_millis == 1767661200200
    assert second.redelivered is None and second.persistent is True
    assert second.connection_id == "invoice-producer-2"
    assert first.properties == {"index": "1", "tenant": "acme"}
    assert first.broker_out_time is not None and first.broker_out_time - first.timestamp == 4
    binary = converter.structure(load_sample("activemq-bytes.json"), ActiveMQEvent).message
    assert binary.data_as_bytes() == bytes(range(200, 216))
    assert binary.correlation_id == "corr-6003"
    assert binary.expiration_millis is None
    assert "correlationID" in converter.unstructure(binary)
    with pytest.raises(ContentError, match="data: not valid UTF-8 text"):
        _ = binary.decoded_data


def test_activemq_typed_and_malformed() -> None:
    event = _semantic_round_trip(
        load_sample("activemq-messages.json"), ActiveMQEvent[Order], {"data"}
    )
    assert event.message.data.customer == Customer(30, "gold")
    raw = load_sample("activemq-messages.json")
    del raw["messages"][0]["destination"]["physicalName"]
    raw["messages"][1]["timestamp"] = "1767657600200"
    msg = structure_error(raw, ActiveMQEvent)
    assert "messages[0].destination.physicalName: missing required key" in msg
    assert "messages[1].timestamp: expected epoch milliseconds as an integer, got str" in msg


# --------------------------------------------------------------------------- EventBridge


def test_eventbridge_envelope_fields() -> None:
    event = converter.structure(load_sample("eventbridge-custom-order.json"), EventBridgeEvent)
    assert event.detail_type == "OrderPlaced"
    assert event.replay_name == "checkout-replay-2026-01"
    assert event.id == "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c60"
    assert event.resources == ()
    assert event.time is not None
    assert event.time.datetime == datetime(2026, 1, 7, 9, 0, 0, 123000, tzinfo=timezone.utc)
    assert event.detail["customer"] == {"id": 44, "tier": "gold"}
    ec2 = converter.structure(load_sample("eventbridge-ec2-state-change.json"), EventBridgeEvent)
    assert ec2.replay_name is None
    assert ec2.resources == ("arn:aws:ec2:ca-central-1:890123456789:instance/i-0a1b2c3d4e5f67890",)


def test_eventbridge_scheduler_string_detail_round_trips() -> None:
    raw = load_sample("eventbridge-scheduler.json")
    event = assert_round_trip(raw, EventBridgeEvent)
    assert event.detail == "{}"
    typed = converter.structure(raw, EventBridgeEvent[ScheduleDetail])
    assert typed.detail == ScheduleDetail()
    assert converter.unstructure(typed, EventBridgeEvent[ScheduleDetail])["detail"] == {
        "target": "nightly"
    }


def test_eventbridge_typed_detail() -> None:
    raw = load_sample("eventbridge-custom-order.json")
    event = converter.structure(raw, EventBridgeEvent[Order])
    assert event.detail == Order("o-7001", Customer(44, "gold"), 310.75)
    back = converter.unstructure(event, EventBridgeEvent[Order])
    assert_same_json(back, raw)
    assert converter.structure(back, EventBridgeEvent[Order]) == event
    ec2 = converter.structure(
        load_sample("eventbridge-ec2-state-change.json"), EventBridgeEvent[Ec2StateChange]
    )
    assert ec2.detail == Ec2StateChange("stopped")


def test_eventbridge_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("eventbridge-custom-order.json")
    raw["detail"]["customer"]["id"] = "forty-four"
    msg = structure_error(raw, EventBridgeEvent[Order])
    assert "detail.customer.id: expected an integer, got" in msg
    raw = load_sample("eventbridge-scheduler.json")
    raw["detail"] = "{not json"
    assert "detail: not valid JSON" in structure_error(raw, EventBridgeEvent[ScheduleDetail])
    raw = load_sample("eventbridge-ec2-state-change.json")
    del raw["detail-type"]
    raw["time"] = 1700000000
    raw["resources"] = "arn:aws:ec2:x"
    msg = structure_error(raw, EventBridgeEvent)
    assert "detail-type: missing required key" in msg
    assert "time: expected a string, got int" in msg
    assert "resources: expected a list, got str" in msg


# ------------------------------------------------------------------- S3 via EventBridge


S3_EB_DETAILS = {
    "s3-eventbridge-object-created.json": ("Object Created", "reason", "CompleteMultipartUpload"),
    "s3-eventbridge-object-deleted.json": (
        "Object Deleted",
        "deletion_type",
        "Permanently Deleted",
    ),
    "s3-eventbridge-restore-initiated.json": (
        "Object Restore Initiated",
        "source_storage_class",
        "DEEP_ARCHIVE",
    ),
    "s3-eventbridge-restore-completed.json": (
        "Object Restore Completed",
        "source_storage_class",
        "DEEP_ARCHIVE",
    ),
    "s3-eventbridge-restore-expired.json": (
        "Object Restore Expired",
        "requester",
        "s3.amazonaws.com",
    ),
    "s3-eventbridge-tags-added.json": ("Object Tags Added", "source_ip_address", "198.51.100.24"),
    "s3-eventbridge-acl-updated.json": ("Object ACL Updated", "source_ip_address", "198.51.100.24"),
    "s3-eventbridge-storage-class-changed.json": (
        "Object Storage Class Changed",
        "destination_storage_class",
        "GLACIER_IR",
    ),
    "s3-eventbridge-access-tier-changed.json": (
        "Object Access Tier Changed",
        "destination_access_tier",
        "ARCHIVE_ACCESS",
    ),
}


@pytest.mark.parametrize("name", sorted(S3_EB_DETAILS))
def test_s3_eventbridge_every_detail_type(name: str) -> None:
    detail_type, attr, value = S3_EB_DETAILS[name]
    event = converter.structure(load_sample(name), S3EventBridgeNotificationEvent)
    assert isinstance(event, EventBridgeEvent)
    assert event.detail_type == detail_type
    assert getattr(event.detail, attr) == value
    assert event.bucket_name == "media-archive-prod"


def test_s3_eventbridge_object_fields() -> None:
    created = converter.structure(
        load_sample("s3-eventbridge-object-created.json"), S3EventBridgeNotificationEvent
    )
    obj = created.detail.object
    assert obj.key == "videos/2026/launch+day%281%29.mp4"
    assert obj.decoded_key == created.object_key == "videos/2026/launch day(1).mp4"
    assert obj.version_id == "3HL4kqtJvjVBH40Nrjfkd"
    assert obj.size == 52428800
    assert created.detail.request_id == "N4N7GDK58NMKJ12R"
    deleted = converter.structure(
        load_sample("s3-eventbridge-object-deleted.json"), S3EventBridgeNotificationEvent
    )
    assert deleted.detail.object.version_id is None  # unversioned bucket: no KeyError
    assert deleted.detail.object.size is None and deleted.detail.object.etag is None
    restored = converter.structure(
        load_sample("s3-eventbridge-restore-completed.json"), S3EventBridgeNotificationEvent
    )
    assert restored.detail.restore_expiry_time is not None
    assert restored.detail.restore_expiry_time.datetime == datetime(
        2026, 1, 16, tzinfo=timezone.utc
    )


def test_s3_eventbridge_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("s3-eventbridge-object-created.json")
    del raw["detail"]["request-id"]
    raw["detail"]["object"]["size"] = "big"
    raw["detail"]["object"]["version-id"] = 7
    msg = structure_error(raw, S3EventBridgeNotificationEvent)
    assert "detail.request-id: missing required key" in msg
    assert "detail.object.size: expected an integer, got str" in msg
    assert "detail.object.version-id: expected a string, got int" in msg


# ----------------------------------------------------------------------------------- SES


def test_ses_shortcuts_and_headers() -> None:
    event = converter.structure(load_sample("ses-receipt.json"), SESEvent)
    assert event.record is event.records[0]
    mail, receipt = event.mail, event.receipt
    assert mail.common_headers.from_ == ("Vendor Billing <billing@vendor.example.org>",)
    assert mail.common_headers.cc == ("audit@shop.example.com",)
    assert mail.common_headers.bcc is None
    assert mail.get_header_value("message-id") == "<inv-2026-0042@vendor.example.org>"
    assert len(mail.get_header_values("RECEIVED")) == 2
    assert mail.get_header_value("X-Missing") is None
    assert mail.timestamp.datetime.year == 2026
    assert receipt.processing_time_millis == 431
    assert receipt.dkim_verdict.status == "GRAY"
    assert receipt.action.function_arn is not None and receipt.action.topic_arn is None
    assert converter.unstructure(mail.common_headers)["from"] == [
        "Vendor Billing <billing@vendor.example.org>"
    ]


def test_ses_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("ses-receipt.json")
    del raw["Records"][0]["ses"]["mail"]["commonHeaders"]
    raw["Records"][0]["ses"]["mail"]["headersTruncated"] = "false"
    raw["Records"][0]["ses"]["receipt"]["spamVerdict"] = {}
    msg = structure_error(raw, SESEvent)
    assert "Records[0].ses.mail.commonHeaders: missing required key" in msg
    assert "Records[0].ses.mail.headersTruncated: expected true or false, got str" in msg
    assert "Records[0].ses.receipt.spamVerdict.status: missing required key" in msg


# --------------------------------------------------------- typed payloads (core sources)


def _order_json(i: int, customer_id: Any = None) -> str:
    cid = i if customer_id is None else customer_id
    return json.dumps({"orderId": f"o-{i}", "customer": {"id": cid, "tier": "gold"}, "total": i})


def _sqs_orders(bad_index: int | None = None) -> dict[str, Any]:
    raw = load_sample("sqs.json")
    template = raw["Records"][0]
    records = []
    for i in range(3):
        record = copy.deepcopy(template)
        record["messageId"] = f"msg-{i}"
        record["body"] = _order_json(i, "seven" if i == bad_index else None)
        records.append(record)
    return {"Records": records}


def test_sqs_typed_payload_round_trips_semantically() -> None:
    raw = _sqs_orders()
    event = _semantic_round_trip(raw, SQSEvent[Order], {"body"})
    assert [r.body.customer.id for r in event.records] == [0, 1, 2]
    assert event.records[1].json_body == Order("o-1", Customer(1, "gold"), 1)


def test_sqs_typed_payload_error_names_record_and_payload_path() -> None:
    msg = structure_error(_sqs_orders(bad_index=2), SQSEvent[Order])
    assert msg == "Records[2].body.customer.id: expected an integer, got str"


def test_sns_typed_payload() -> None:
    raw = load_sample("sns.json")
    raw["Records"][0]["Sns"]["Message"] = _order_json(5)
    event = _semantic_round_trip(raw, SNSEvent[Order], {"Message"})
    assert event.sns_message == Order("o-5", Customer(5, "gold"), 5)
    raw["Records"][0]["Sns"]["Message"] = _order_json(5).replace(', "tier": "gold"', "")
    msg = structure_error(raw, SNSEvent[Order])
    assert "Records[0].Sns.Message.customer.tier: missing required key" in msg


def test_kinesis_typed_payload() -> None:
    raw = load_sample("kinesis-stream.json")
    for i, record in enumerate(raw["Records"]):
        record["kinesis"]["data"] = _b64(_order_json(i).encode())
    event = _semantic_round_trip(raw, KinesisStreamEvent[Order], {"data"})
    assert event.records[1].kinesis.data == Order("o-1", Customer(1, "gold"), 1)
    raw["Records"][1]["kinesis"]["data"] = _b64(_order_json(1, customer_id=[1]).encode())
    msg = structure_error(raw, KinesisStreamEvent[Order])
    assert "Records[1].kinesis.data.customer.id: expected an integer, got" in msg


# ------------------------------------------------------------------- nested envelopes


def test_s3_via_sqs_in_one_call() -> None:
    raw = load_sample("sqs-nested-s3.json")
    event = _semantic_round_trip(raw, SQSEvent[S3Event], {"body"})
    notification = event.records[0].body
    assert notification.bucket_name == "media-archive-prod"
    assert notification.object_key == "thumbs/cat photo.jpg"
    untyped = converter.structure(raw, SQSEvent)
    assert untyped.records[0].decoded_nested_s3_event == notification


def test_sns_via_sqs_both_url_spellings() -> None:
    raw = load_sample("sqs-nested-sns.json")
    event = _semantic_round_trip(raw, SQSEvent[SNSMessage], {"body"})
    upper, lower = (r.body for r in event.records)
    assert upper.signing_cert_url == lower.signing_cert_url
    assert upper.unsubscribe_url is not None and upper.unsubscribe_url.startswith("https://")
    bodies = [json.loads(r["body"]) for r in converter.unstructure(event)["Records"]]
    assert "SigningCertURL" in bodies[0] and "UnsubscribeURL" in bodies[0]
    assert "SigningCertUrl" in bodies[1] and "UnsubscribeUrl" in bodies[1]
    typed = converter.structure(raw, SQSEvent[SNSMessage[Order]])
    assert typed.records[1].body.message == Order("o-8002", Customer(52, "basic"), 7)


def test_sns_via_sqs_corpus_files() -> None:
    from ._support import CORPUS_ROOTS

    root = CORPUS_ROOTS["powertools"]
    if not root.exists():
        pytest.skip("../shared is absent")
    for name in ("snsSqsEvent.json", "snsSqsFifoEvent.json"):
        raw = json.loads((root / name).read_text())
        event = _semantic_round_trip(raw, SQSEvent[SNSMessage], {"body"})
        assert event.records[0].body.unsubscribe_url is not None
    s3 = _semantic_round_trip(
        json.loads((root / "s3SqsEvent.json").read_text()), SQSEvent[S3Event], {"body"}
    )
    assert s3.records[0].body.records[0].s3.get_object.key == "test.pdf"


def test_s3_via_sns_via_sqs_in_one_call() -> None:
    raw = load_sample("sqs-nested-sns-s3.json")
    event = converter.structure(raw, SQSEvent[SNSMessage[S3Event]])
    s3 = event.records[0].body.message
    assert s3.records[0].s3.get_object.size == 20480
    back = converter.unstructure(event, SQSEvent[SNSMessage[S3Event]])
    sns_back, sns_raw = (
        json.loads(back["Records"][0]["body"]),
        json.loads(raw["Records"][0]["body"]),
    )
    assert json.loads(sns_back.pop("Message")) == json.loads(sns_raw.pop("Message"))
    assert sns_back == sns_raw
    assert converter.structure(back, SQSEvent[SNSMessage[S3Event]]) == event


def test_nested_envelope_errors_name_the_full_path() -> None:
    raw = load_sample("sqs-nested-sns-s3.json")
    sns = json.loads(raw["Records"][0]["body"])
    s3 = json.loads(sns["Message"])
    s3["Records"][0]["s3"]["object"]["size"] = "large"
    sns["Message"] = json.dumps(s3)
    raw["Records"][0]["body"] = json.dumps(sns)
    msg = structure_error(raw, SQSEvent[SNSMessage[S3Event]])
    assert "Records[0].body.Message.Records[0].s3.object.size: expected an integer, got str" in msg
    raw["Records"][0]["body"] = "not json"
    assert "Records[0].body: not valid JSON" in structure_error(raw, SQSEvent[S3Event])


def test_gzip_bytes_in_firehose_are_kept_exactly() -> None:
    # Firehose data is plain base64 bytes: gzip content is not re-compressed on the way out.
    raw = load_sample("firehose-cloudwatch-logs.json")
    data = base64.b64decode(raw["records"][0]["data"])
    assert gzip.decompress(data)
    back = converter.unstructure(converter.structure(raw, KinesisFirehoseEvent))
    assert back["records"][0]["data"] == raw["records"][0]["data"]
