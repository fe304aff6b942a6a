"""The six core sources: SQS, SNS, S3, DynamoDB Streams, Kinesis, CloudWatch Logs."""

from __future__ import annotations

import base64
import copy
import gzip
import json
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    CloudWatchLogsEvent,
    CompressedJsonText,
    ContentError,
    DynamoDBRecordEventName,
    DynamoDBStreamEvent,
    KinesisStreamEvent,
    LambdaEventsError,
    S3Event,
    SNSEvent,
    SQSEvent,
    SQSRecord,
    StreamViewType,
    StructureError,
    converter,
    extract_cloudwatch_logs_from_event,
)

from ._support import assert_round_trip, load_sample, shared_files, structure_error

CORE_SAMPLES = {
    "sqs.json": SQSEvent,
    "sqs-fifo-china.json": SQSEvent,
    "sns.json": SNSEvent,
    "s3.json": S3Event,
    "s3-delete.json": S3Event,
    "s3-glacier-restore.json": S3Event,
    "s3-intelligent-tiering.json": S3Event,
    "s3-replication.json": S3Event,
    "dynamodb-stream.json": DynamoDBStreamEvent,
    "dynamodb-stream-window.json": DynamoDBStreamEvent,
    "kinesis-stream.json": KinesisStreamEvent,
    "kinesis-stream-window.json": KinesisStreamEvent,
    "kinesis-cloudwatch-logs.json": KinesisStreamEvent,
    "cloudwatch-logs.json": CloudWatchLogsEvent,
}
CORE_CLASSES = {c.__name__ for c in CORE_SAMPLES.values()}
# The seed and Powertools SQS fixtures carry `"binaryValue": "base64Str"`, a documentation
# placeholder that is not base64. lambda-events rejects it on purpose (see README).
PLACEHOLDER_BASE64 = {"sqs.json", "sqsEvent.json"}


@pytest.mark.parametrize("name", sorted(CORE_SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), CORE_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CORE_CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    import lambda_events

    raw = json.loads(path.read_text())
    cls = getattr(lambda_events, cls_name)
    event = assert_round_trip(raw, cls)
    if path.name in PLACEHOLDER_BASE64:  # "base64Str": read, kept, refused only when decoded
        value = event.records[0].message_attributes["testAttr"].binary_value
        assert value == "base64Str"
        with pytest.raises(ContentError, match=r"^SQSMessageAttribute.binary_value: not valid"):
            value.decoded


# ----------------------------------------------------------------------------- SQS


def test_sqs_fields_and_helpers() -> None:
    event = converter.structure(load_sample("sqs.json"), SQSEvent)
    first, second = event.records
    assert first.json_body == {"orderId": "o-1001", "total": 42.5}
    assert first.attributes.sent_timestamp == "1732708800000"
    assert first.attributes.sent_timestamp.datetime == datetime(
        2024, 11, 27, 12, 0, tzinfo=timezone.utc
    )
    assert first.attributes.aws_trace_header is not None
    assert first.message_attributes["signature"].binary_value.decoded == b"\x01\x02sig"
    assert first.message_attributes["tenant"].string_value == "acme"
    assert first.md5_of_message_attributes is not None
    assert second.md5_of_message_attributes is None
    assert first.queue_name == "orders"
    assert first.queue_url == "https://sqs.eu-central-1.amazonaws.com/210987654321/orders"
    assert second.body == "plain text body"


def test_sqs_queue_url_uses_partition_domain() -> None:
    event = converter.structure(load_sample("sqs-fifo-china.json"), SQSEvent)
    record = event.records[0]
    assert record.queue_url == "https://sqs.cn-north-1.amazonaws.com.cn/210987654321/orders.fifo"
    assert record.attributes.message_group_id == "customer-7"


def test_sqs_null_and_absent_round_trip_but_compare_equal() -> None:
    raw = load_sample("sqs.json")
    with_null = raw["Records"][1]
    absent = copy.deepcopy(with_null)
    del absent["md5OfMessageAttributes"]
    a = converter.structure(with_null, SQSRecord)
    b = converter.structure(absent, SQSRecord)
    assert a == b
    assert converter.unstructure(a)["md5OfMessageAttributes"] is None
    assert "md5OfMessageAttributes" not in converter.unstructure(b)


@attrs.frozen
class Order:
    orderId: str  # noqa: N815 - the user's own wire names
    total: float


def test_sqs_typed_body() -> None:
    raw = load_sample("sqs.json")
    raw["Records"] = raw["Records"][:1]
    event = converter.structure(raw, SQSEvent[Order])
    assert event.records[0].body == Order("o-1001", 42.5)
    back = converter.unstructure(event, SQSEvent[Order])
    assert json.loads(back["Records"][0]["body"]) == json.loads(raw["Records"][0]["body"])
    assert converter.structure(back, SQSEvent[Order]) == event


def test_sqs_typed_body_error_names_path_into_payload() -> None:
    raw = load_sample("sqs.json")
    raw["Records"][1]["body"] = '{"orderId": "o-2", "total": "lots"}'
    raw["Records"][0]["body"] = '{"total": 1}'
    msg = structure_error(raw, SQSEvent[Order])
    assert "Records[1].body.total: expected a number, got" in msg
    assert "Records[0].body.orderId: missing required key" in msg


def test_sqs_body_as_and_nested_decoding() -> None:
    event = converter.structure(load_sample("sqs.json"), SQSEvent)
    assert event.records[0].body_as(Order) == Order("o-1001", 42.5)
    with pytest.raises(StructureError, match="not valid JSON"):
        event.records[1].body_as(Order)


def test_sqs_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("sqs.json")
    bad = copy.deepcopy(raw)
    bad["Records"][0]["messageAttributes"]["signature"]["binaryValue"] = 12
    bad["Records"][1]["attributes"]["SentTimestamp"] = 1732708800000
    del bad["Records"][1]["messageId"]
    msg = structure_error(bad, SQSEvent)
    assert "Records[0].messageAttributes.signature.binaryValue: expected a string, got int" in msg
    assert "Records[1].attributes.SentTimestamp: expected a string, got int" in msg
    assert "Records[1].messageId: missing required key" in msg
    assert "expected an object, got list" in structure_error([], SQSEvent)
    assert "Records: expected a list, got dict" in structure_error({"Records": {}}, SQSEvent)


def test_unknown_keys_survive_at_every_level() -> None:
    raw = load_sample("sqs.json")
    raw["newTopLevel"] = {"x": 1}
    raw["Records"][0]["futureField"] = [1, 2]
    raw["Records"][0]["attributes"]["NewAttribute"] = "v"
    event = assert_round_trip(raw, SQSEvent)
    assert event.unknown_keys == {"newTopLevel": {"x": 1}}
    assert event.records[0].unknown_keys == {"futureField": [1, 2]}


def test_repr_is_readable_and_omits_empty_parts() -> None:
    event = converter.structure(load_sample("sqs-fifo-china.json"), SQSEvent)
    text = repr(event.records[0].attributes)
    assert text.startswith("SQSRecordAttributes(approximate_receive_count='1'")
    assert "unknown_keys" not in text and "None" not in text


# ----------------------------------------------------------------------------- SNS


@attrs.frozen
class PriceChange:
    sku: str
    price: str


def test_sns_fields_typed_message_and_spellings() -> None:
    raw = load_sample("sns.json")
    event = converter.structure(raw, SNSEvent)
    sns = event.record.sns
    assert sns.type == "Notification"
    assert sns.subject is None
    assert sns.message_attributes is not None
    assert sns.message_attributes["priority"].value == "3"
    assert sns.timestamp.datetime.year == 2026
    typed = converter.structure(raw, SNSEvent[PriceChange])
    assert typed.sns_message == PriceChange("KB-104", "19.99")
    assert converter.unstructure(event)["Records"][0]["Sns"]["Subject"] is None


def test_sns_accepts_and_writes_back_both_url_spellings() -> None:
    raw = load_sample("sns.json")
    message = raw["Records"][0]["Sns"]
    message["SigningCertURL"] = message.pop("SigningCertUrl")
    event = assert_round_trip(raw, SNSEvent)
    assert event.record.sns.signing_cert_url is not None
    assert "SigningCertURL" in converter.unstructure(event)["Records"][0]["Sns"]


def test_sns_keeps_both_spellings_when_both_arrive() -> None:
    raw = load_sample("sns.json")
    message = raw["Records"][0]["Sns"]
    message["SigningCertURL"] = "https://elsewhere.example/cert.pem"
    event = assert_round_trip(raw, SNSEvent)
    assert event.record.sns.signing_cert_url == message["SigningCertUrl"]
    assert event.record.sns.unknown_keys == {"SigningCertURL": "https://elsewhere.example/cert.pem"}


# ------------------------------------------------------------------------------ S3


def test_s3_helpers_and_variants() -> None:
    event = converter.structure(load_sample("s3.json"), S3Event)
    assert event.bucket_name == "photo-uploads-prod"
    assert event.object_key == "albums/summer 2026/beach(1).jpg"
    assert event.record.s3.get_object.size == 2483921
    assert event.record.event_time.datetime.tzinfo is not None
    deleted = converter.structure(load_sample("s3-delete.json"), S3Event)
    assert deleted.record.s3.get_object.size is None
    assert deleted.record.s3.get_object.etag is None
    tiering = converter.structure(load_sample("s3-intelligent-tiering.json"), S3Event)
    assert tiering.object_key == "media/raw.mov"
    assert tiering.record.intelligent_tiering_event_data is not None
    restored = converter.structure(load_sample("s3-glacier-restore.json"), S3Event)
    data = restored.record.glacier_event_data
    assert data is not None and data.restore_event_data.lifecycle_restore_storage_class == "GLACIER"


# ------------------------------------------------------------------------ DynamoDB


def test_dynamodb_images_are_python_values() -> None:
    event = converter.structure(load_sample("dynamodb-stream.json"), DynamoDBStreamEvent)
    insert, modify, remove = event.records
    assert insert.event_name is DynamoDBRecordEventName.INSERT
    assert insert.dynamodb.stream_view_type is StreamViewType.NEW_AND_OLD_IMAGES
    image = insert.dynamodb.new_image
    assert image is not None
    assert image["balance"] == Decimal("1250.50") and str(image["balance"]) == "1250.50"
    assert image["avatar"] == b"\x89PNG"
    assert image["tags"] == frozenset({"vip", "beta"})
    assert image["scores"] == frozenset({Decimal(7), Decimal("9.5")})
    assert image["nickname"] is None and image["active"] is True
    assert image["address"] == {"city": "Sydney", "zip": Decimal(2000)}
    assert image["history"] == [Decimal(1), "two"]
    assert insert.dynamodb.old_image is None
    assert modify.dynamodb.new_image == {"pk": "CUSTOMER#17", "sk": 1, "balance": Decimal(1000)}
    assert remove.user_identity is not None
    assert remove.user_identity.principal_id == "dynamodb.amazonaws.com"


def test_dynamodb_creation_time_keeps_spelling() -> None:
    event = converter.structure(load_sample("dynamodb-stream.json"), DynamoDBStreamEvent)
    created = event.records[1].dynamodb.approximate_creation_date_time
    assert created == 1732708901.5
    assert created is not None and created.datetime.microsecond == 500000
    back = converter.unstructure(event)
    assert type(back["Records"][0]["dynamodb"]["ApproximateCreationDateTime"]) is int
    assert back["Records"][1]["dynamodb"]["NewImage"]["balance"] == {"N": "1e3"}


def test_dynamodb_unknown_event_name_stays_a_string() -> None:
    raw = load_sample("dynamodb-stream.json")
    raw["Records"][0]["eventName"] = "ARCHIVE"
    raw["Records"][0]["dynamodb"]["StreamViewType"] = "FUTURE_VIEW"
    event = assert_round_trip(raw, DynamoDBStreamEvent)
    assert event.records[0].event_name == "ARCHIVE"
    assert type(event.records[0].event_name) is str


def test_dynamodb_tumbling_window() -> None:
    event = converter.structure(load_sample("dynamodb-stream-window.json"), DynamoDBStreamEvent)
    assert event.window is not None
    assert event.window.end.datetime - event.window.start.datetime == (
        datetime(2026, 1, 1, 0, 5) - datetime(2026, 1, 1)
    )
    assert event.state == {"count": 3}
    assert event.is_final_invoke_for_window is False


def _nested_map(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"S": "leaf"}
    for _ in range(depth):
        value = {"M": {"k": value}}
    return value


def test_dynamodb_malformed_values_name_paths() -> None:
    raw = load_sample("dynamodb-stream.json")
    image = raw["Records"][0]["dynamodb"]["NewImage"]
    image["bad"] = {"X": "1"}
    image["num"] = {"N": "twelve"}
    image["deep"] = _nested_map(40)
    msg = structure_error(raw, DynamoDBStreamEvent)
    assert "Records[0].dynamodb.NewImage.bad: unknown AttributeValue type 'X'" in msg
    assert "Records[0].dynamodb.NewImage.num: N: not a DynamoDB number" in msg
    assert "nested deeper than 32 levels" in msg


# ------------------------------------------------------------------------- Kinesis


def test_kinesis_data_helpers() -> None:
    event = converter.structure(load_sample("kinesis-stream.json"), KinesisStreamEvent)
    payload = event.records[0].kinesis
    assert payload.data_as_bytes() == b'{"deviceId": "d-1", "temp": 21.5}'
    assert payload.data_as_text().startswith('{"deviceId"')
    assert payload.data_as_json() == {"deviceId": "d-1", "temp": 21.5}
    assert payload.approximate_arrival_timestamp.datetime.year == 2024


@attrs.frozen
class Reading:
    deviceId: str  # noqa: N815 - the user's own wire names
    temp: float


def test_kinesis_typed_data() -> None:
    event = converter.structure(load_sample("kinesis-stream.json"), KinesisStreamEvent[Reading])
    assert [r.kinesis.data for r in event.records] == [Reading("d-1", 21.5), Reading("d-2", 19)]
    back = converter.unstructure(event, KinesisStreamEvent[Reading])
    decoded = json.loads(base64.b64decode(back["Records"][0]["kinesis"]["data"]))
    assert decoded == {"deviceId": "d-1", "temp": 21.5}


def test_kinesis_carried_cloudwatch_logs() -> None:
    event = converter.structure(load_sample("kinesis-cloudwatch-logs.json"), KinesisStreamEvent)
    (logs,) = extract_cloudwatch_logs_from_event(event)
    assert logs.log_group == "/aws/lambda/checkout"
    assert logs.log_events[1].extracted_fields == {"level": "error"}


def test_kinesis_bad_base64_is_kept_and_refused_when_read() -> None:
    raw = load_sample("kinesis-stream.json")
    raw["Records"][1]["kinesis"]["data"] = "@@@"
    event = assert_round_trip(raw, KinesisStreamEvent)
    assert event.records[0].kinesis.data_as_bytes()  # the other records read fine
    with pytest.raises(ContentError) as info:
        event.records[1].kinesis.data_as_bytes()
    assert str(info.value) == "KinesisStreamRecordPayload.data: not valid base64"
    assert isinstance(info.value, LambdaEventsError)


# ----------------------------------------------------------------- CloudWatch Logs


def test_cloudwatch_logs_decoded_and_original_text_written_back() -> None:
    raw = load_sample("cloudwatch-logs.json")
    event = converter.structure(raw, CloudWatchLogsEvent)
    data = event.parse_logs_data()
    assert data.message_type == "DATA_MESSAGE"
    assert data.log_events[0].timestamp.datetime.year == 2024
    assert event.raw_logs_data == raw["awslogs"]["data"]
    assert converter.unstructure(event) == raw


def test_cloudwatch_logs_changed_data_is_recompressed() -> None:
    event = converter.structure(load_sample("cloudwatch-logs.json"), CloudWatchLogsEvent)
    data = event.parse_logs_data()
    new_text = CompressedJsonText.compress(attrs.evolve(data, log_events=data.log_events[:1]))
    changed = attrs.evolve(event, awslogs=attrs.evolve(event.awslogs, data=new_text))
    text = converter.unstructure(changed)["awslogs"]["data"]
    decoded = json.loads(gzip.decompress(base64.b64decode(text)))
    assert len(decoded["logEvents"]) == 1
    assert converter.structure(converter.unstructure(changed), CloudWatchLogsEvent) == changed
    assert changed.parse_logs_data().log_events == data.log_events[:1]


def _gzip_b64(payload: bytes) -> str:
    return base64.b64encode(gzip.compress(payload)).decode()


def test_cloudwatch_logs_malformed_payloads_are_kept_and_refused_when_read() -> None:
    def msg(data: str) -> str:
        raw = {"awslogs": {"data": data}}
        event = assert_round_trip(raw, CloudWatchLogsEvent)  # content never bounces
        with pytest.raises(ContentError) as info:
            event.parse_logs_data()
        return str(info.value)

    assert msg("%%%") == "CloudWatchLogsData.data: not valid base64"
    assert msg(base64.b64encode(b"not gzip").decode()) == (
        "CloudWatchLogsData.data: not valid gzip or zlib data"
    )
    truncated = base64.b64encode(gzip.compress(b'{"a": 1}')[:-12]).decode()
    assert msg(truncated) == "CloudWatchLogsData.data: truncated gzip or zlib data"
    assert msg(_gzip_b64(b"{nope")).startswith("CloudWatchLogsData.data: not valid JSON")
    assert "expected a string, got int" in structure_error(
        {"awslogs": {"data": 5}}, CloudWatchLogsEvent
    )


def test_gzip_bomb_fails_fast_with_bounded_memory() -> None:
    bomb = _gzip_b64(b"\0" * (64 * 1024 * 1024))
    event = converter.structure({"awslogs": {"data": bomb}}, CloudWatchLogsEvent)
    with pytest.raises(ContentError, match="exceeds the 33554432-byte limit"):
        event.parse_logs_data()
    small = converter.copy(max_decompressed_size=100)
    event = small.structure(load_sample("cloudwatch-logs.json"), CloudWatchLogsEvent)
    with pytest.raises(ContentError, match="exceeds the 100-byte limit"):
        event.parse_logs_data()
