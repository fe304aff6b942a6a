"""Amazon SQS: the event, typed bodies, SNS and S3 notifications carried in SQS messages, and
the sample handlers."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    ContentError,
    S3Event,
    SNSMessage,
    SQSEvent,
    SQSRecord,
    StructureError,
    converter,
)

from ._support import (
    Customer,
    Order,
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    order_json,
    sample_handler,
    semantic_round_trip,
    shared_files,
    structure_error,
)

SAMPLES = {
    "sqs.json": SQSEvent,
    "sqs-fifo-china.json": SQSEvent,
    "sqs-nested-s3.json": SQSEvent,
    "sqs-nested-sns.json": SQSEvent,
    "sqs-nested-sns-s3.json": SQSEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}

PLACEHOLDER_BASE64 = {"sqs.json", "sqsEvent.json"}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    event = assert_corpus_round_trip(path, cls_name)
    if path.name in PLACEHOLDER_BASE64:  # "base64Str": read, kept, refused only when decoded
        value = event.records[0].message_attributes["testAttr"].binary_value
        assert value == "base64Str"
        with pytest.raises(ContentError, match=r"^SQSMessageAttribute.binary_value: not valid"):
            value.decoded


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
class OrderTotal:
    orderId: str  # noqa: N815 - the user's own wire names
    total: float


def test_sqs_typed_body() -> None:
    raw = load_sample("sqs.json")
    raw["Records"] = raw["Records"][:1]
    event = converter.structure(raw, SQSEvent[OrderTotal])
    assert event.records[0].body == OrderTotal("o-1001", 42.5)
    back = converter.unstructure(event, SQSEvent[OrderTotal])
    assert json.loads(back["Records"][0]["body"]) == json.loads(raw["Records"][0]["body"])
    assert converter.structure(back, SQSEvent[OrderTotal]) == event


def test_sqs_typed_body_error_names_path_into_payload() -> None:
    raw = load_sample("sqs.json")
    raw["Records"][1]["body"] = '{"orderId": "o-2", "total": "lots"}'
    raw["Records"][0]["body"] = '{"total": 1}'
    msg = structure_error(raw, SQSEvent[OrderTotal])
    assert "Records[1].body.total: expected a number, got" in msg
    assert "Records[0].body.orderId: missing required key" in msg


def test_sqs_body_as_and_nested_decoding() -> None:
    event = converter.structure(load_sample("sqs.json"), SQSEvent)
    assert event.records[0].body_as(OrderTotal) == OrderTotal("o-1001", 42.5)
    with pytest.raises(StructureError, match="not valid JSON"):
        event.records[1].body_as(OrderTotal)


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


def _sqs_orders(bad_index: int | None = None) -> dict[str, Any]:
    raw = load_sample("sqs.json")
    template = raw["Records"][0]
    records = []
    for i in range(3):
        record = copy.deepcopy(template)
        record["messageId"] = f"msg-{i}"
        record["body"] = order_json(i, "seven" if i == bad_index else None)
        records.append(record)
    return {"Records": records}


def test_sqs_typed_payload_round_trips_semantically() -> None:
    raw = _sqs_orders()
    event = semantic_round_trip(raw, SQSEvent[Order], {"body"})
    assert [r.body.customer.id for r in event.records] == [0, 1, 2]
    assert event.records[1].json_body == Order("o-1", Customer(1, "gold"), 1)


def test_sqs_typed_payload_error_names_record_and_payload_path() -> None:
    msg = structure_error(_sqs_orders(bad_index=2), SQSEvent[Order])
    assert msg == "Records[2].body.customer.id: expected an integer, got str"


def test_s3_via_sqs_in_one_call() -> None:
    raw = load_sample("sqs-nested-s3.json")
    event = semantic_round_trip(raw, SQSEvent[S3Event], {"body"})
    notification = event.records[0].body
    assert notification.bucket_name == "media-archive-prod"
    assert notification.object_key == "thumbs/cat photo.jpg"
    untyped = converter.structure(raw, SQSEvent)
    assert untyped.records[0].decoded_nested_s3_event == notification


def test_sns_via_sqs_both_url_spellings() -> None:
    raw = load_sample("sqs-nested-sns.json")
    event = semantic_round_trip(raw, SQSEvent[SNSMessage], {"body"})
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
        event = semantic_round_trip(raw, SQSEvent[SNSMessage], {"body"})
        assert event.records[0].body.unsubscribe_url is not None
    s3 = semantic_round_trip(
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


CASES: list[tuple[str, str, Any]] = [
    (
        "sqs_handler",
        "sqs.json",
        {"message": "plain text body", "message_id": "9f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4011"},
    ),
    ("sqs_typed_handler", "sqs-fifo-china.json", {"orders": ["o-1001"], "total": 42.5}),
]


@pytest.mark.parametrize(("module", "sample", "expected"), CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


def test_decorated_handler_surfaces_structure_errors_unchanged() -> None:
    handler = sample_handler("sqs_handler")
    with pytest.raises(StructureError, match="Records: missing required key"):
        handler({}, None)
