"""The reading contract (README, "What structure checks"), one rule at a time.

1. Shape is strict; where AWS sends two shapes, both are modelled.
2. Required means AWS always sends it.
3. Content never bounces an incoming event: it is decoded when read.
4. Enums are open on input.
5. What the user asks for (typed payloads, constructed responses) is strict.
"""

from __future__ import annotations

import copy
import json
import traceback
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import ContentError, LambdaEventsError, StructureError, converter

from ._support import (
    CORPUS_MAP,
    CORPUS_ROOTS,
    SHARED,
    assert_round_trip,
    load_sample,
    structure_error,
)

# ------------------------------------------------------------------ 1. shape is strict


def test_a_number_is_not_a_string_and_false_is_not_a_boolean() -> None:
    raw = load_sample("sqs.json")
    raw["Records"][0]["messageId"] = 12
    raw["Records"][1]["attributes"]["ApproximateReceiveCount"] = 1
    msg = structure_error(raw, le.SQSEvent)
    assert "Records[0].messageId: expected a string, got int" in msg
    assert "Records[1].attributes.ApproximateReceiveCount: expected a string, got int" in msg
    api = load_sample("apigw-rest-proxy.json")
    api["isBase64Encoded"] = "false"
    assert "isBase64Encoded: expected true or false, got str" in structure_error(
        api, le.APIGatewayProxyEvent
    )


@pytest.mark.parametrize("shape", ["execute-api:Invoke", ["execute-api:Invoke", "x:y"]])
def test_iam_action_and_resource_come_as_a_string_or_a_list(shape: Any) -> None:
    raw = {
        "principalId": "user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": shape, "Effect": "Allow", "Resource": shape}],
        },
    }
    policy = assert_round_trip(raw, le.APIGatewayAuthorizerResponse)
    statement = policy.policy_document.statement[0]
    expected = (shape,) if isinstance(shape, str) else tuple(shape)
    assert statement.resources == expected


def test_firehose_arrival_time_is_epoch_millis_or_iso_text() -> None:
    raw = load_sample("firehose-direct-put.json")
    raw["records"][0]["approximateArrivalTimestamp"] = "2012-04-23T18:25:43.511Z"
    event = assert_round_trip(raw, le.KinesisFirehoseEvent)
    stamps = [r.approximate_arrival_timestamp for r in event.records]
    assert isinstance(stamps[0], le.IsoTimestamp) and isinstance(stamps[1], le.EpochMillis)
    assert stamps[0].datetime.year == 2012


# ------------------------------------------------------- 2. required means always sent


@pytest.mark.parametrize(
    ("sample", "cls", "drop"),
    [
        ("cloudformation-create.json", "CloudFormationCustomResourceEvent", ("ServiceToken",)),
        ("function-url-request.json", "LambdaFunctionUrlEvent", ("routeKey",)),
        ("function-url-request.json", "LambdaFunctionUrlEvent", ("requestContext", "routeKey")),
        ("function-url-request.json", "LambdaFunctionUrlEvent", ("requestContext", "stage")),
        ("firehose-direct-put.json", "KinesisFirehoseEvent", ("deliveryStreamArn",)),
        ("appsync-authorizer.json", "AppSyncAuthorizerEvent", ("requestContext", "queryString")),
        (
            "cognito-post-confirmation.json",
            "PostConfirmationTriggerEvent",
            ("callerContext", "clientId"),
        ),
        (
            "ses-receipt.json",
            "SESEvent",
            ("Records", 0, "ses", "mail", "commonHeaders", "messageId"),
        ),
    ],
)
def test_keys_that_real_events_omit_are_optional(
    sample: str, cls: str, drop: tuple[Any, ...]
) -> None:
    raw = load_sample(sample)
    parent = raw
    for part in drop[:-1]:
        parent = parent[part]
    del parent[drop[-1]]
    assert_round_trip(raw, getattr(le, cls))


def test_s3_test_event_without_records_does_not_bounce_an_sqs_batch() -> None:
    test_event = {
        "Service": "Amazon S3",
        "Event": "s3:TestEvent",
        "Time": "2026-01-01T00:00:00.000Z",
        "Bucket": "my-bucket",
        "RequestId": "5582815E1AEA5ADF",
        "HostId": "8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE",
    }
    raw = load_sample("sqs-nested-s3.json")
    raw["Records"].append({**raw["Records"][0], "body": json.dumps(test_event)})
    event = converter.structure(raw, le.SQSEvent[le.S3Event])
    assert event.records[-1].body.records == ()
    assert event.records[-1].body.unknown_keys["Event"] == "s3:TestEvent"


def test_firehose_records_from_an_msk_source() -> None:
    raw = {
        "invocationId": "12345621-4787-0000-a418-36e56Example",
        "sourceMSKArn": "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc",
        "deliveryStreamArn": "arn:aws:firehose:us-east-1:123456789012:deliverystream/orders",
        "region": "us-east-1",
        "records": [
            {
                "recordId": "49546986683135544286507457936321625675700192471156785154",
                "approximateArrivalTimestamp": 1716369573887,
                "mskRecordMetadata": {
                    "offset": "0",
                    "partitionId": "1",
                    "approximateArrivalTimestamp": 1716369573887,
                },
                "kafkaRecordValue": "eyJOYW1lIjoiSGVsbG8gV29ybGQifQ==",
            }
        ],
    }
    event = assert_round_trip(raw, le.KinesisFirehoseEvent)
    record = event.records[0]
    assert event.source_msk_arn == raw["sourceMSKArn"]
    assert record.data is None and record.msk_record_metadata is not None
    assert record.msk_record_metadata.partition_id == "1"
    assert record.data_as_json == {"Name": "Hello World"}


# ------------------------------------------------------------- 3. content never bounces


def test_one_bad_value_does_not_bounce_the_batch() -> None:
    raw = load_sample("kinesis-stream.json")
    raw["Records"][0]["kinesis"]["data"] = "base64Str"  # a test tool's placeholder
    event = assert_round_trip(raw, le.KinesisStreamEvent)
    assert all(r.kinesis.data_as_bytes() for r in event.records[1:])
    with pytest.raises(ContentError) as info:
        event.records[0].kinesis.data_as_bytes()
    assert str(info.value) == "KinesisStreamRecordPayload.data: not valid base64"

    sqs = load_sample("sqs.json")
    sqs["Records"][1]["attributes"]["SentTimestamp"] = "not a time"
    batch = assert_round_trip(sqs, le.SQSEvent)
    assert batch.records[0].attributes.sent_timestamp.datetime.year >= 2020
    with pytest.raises(LambdaEventsError, match=r"^SQSRecordAttributes.sent_timestamp: "):
        batch.records[1].attributes.sent_timestamp.datetime


def test_content_errors_are_never_bare_value_or_overflow_errors() -> None:
    for value in (le.EpochMillis(10**30), le.EpochSeconds(1e300), le.IsoTimestamp("9999-99-99T")):
        with pytest.raises(ContentError):
            value.datetime
    assert issubclass(ContentError, LambdaEventsError)


def test_wire_text_is_kept_exactly() -> None:
    raw = load_sample("kinesis-stream.json")
    raw["Records"][0]["kinesis"]["data"] = "YR=="  # non-canonical: "a" is "YQ=="
    event = assert_round_trip(raw, le.KinesisStreamEvent)
    assert event.records[0].kinesis.data_as_bytes() == b"a"
    big = 2**53 + 1
    stamp = converter.structure(big, le.EpochSeconds)
    assert converter.unstructure(stamp) == big
    assert type(converter.unstructure(stamp)) is int


def test_decoded_values_are_cached_and_bounded_by_the_converter() -> None:
    event = converter.structure(load_sample("cloudwatch-logs.json"), le.CloudWatchLogsEvent)
    assert event.parse_logs_data() is event.parse_logs_data()
    small = converter.copy(max_decompressed_size=64)
    with pytest.raises(ContentError, match="exceeds the 64-byte limit"):
        small.structure(
            load_sample("cloudwatch-logs.json"), le.CloudWatchLogsEvent
        ).parse_logs_data()


# ------------------------------------------------------------------ 4. enums are open


def test_enums_and_literals_are_open_on_input() -> None:
    raw = load_sample("cognito-user-migration.json")
    raw["response"]["finalUserStatus"] = "<final_user_status>"
    event = assert_round_trip(raw, le.UserMigrationTriggerEvent)
    assert event.response.final_user_status == "<final_user_status>"
    answer = {"records": [{"recordId": "r", "result": "TRANSFORMED_STATE_OK", "data": ""}]}
    assert_round_trip(answer, le.KinesisFirehoseDataTransformationResponse)
    stream = load_sample("dynamodb-stream.json")
    stream["Records"][0]["eventName"] = "FUTURE"
    assert assert_round_trip(stream, le.DynamoDBStreamEvent).records[0].event_name == "FUTURE"


# ----------------------------------------------------- 5. what the user asks is strict


@attrs.frozen
class Order:
    id: str
    total: float


@attrs.frozen
class Primitives:
    n: int
    s: str
    b: bool


@pytest.mark.parametrize(
    ("body", "cls", "wrong"),
    [
        ({"id": None, "total": "1e999"}, Order, ["body.id", "body.total"]),
        ({"id": ["x"], "total": True}, Order, ["body.id", "body.total"]),
        ({"n": 1.9, "s": 5, "b": "no"}, Primitives, ["body.n", "body.s", "body.b"]),
    ],
)
def test_typed_payloads_check_every_primitive(body: Any, cls: Any, wrong: list[str]) -> None:
    raw = load_sample("sqs.json")
    raw["Records"] = raw["Records"][:1]
    raw["Records"][0]["body"] = json.dumps(body)
    msg = structure_error(raw, le.SQSEvent[cls])
    for path in wrong:
        assert f"Records[0].{path}: expected" in msg


def test_a_payload_key_cannot_forge_a_path() -> None:
    @attrs.frozen
    class Keyed:
        values: dict[str, int]

    raw = load_sample("sqs.json")
    raw["Records"] = raw["Records"][:1]
    raw["Records"][0]["body"] = json.dumps({"values": {"a @ $.Records[7].evil": "x"}})
    with pytest.raises(StructureError) as info:
        converter.structure(raw, le.SQSEvent[Keyed])
    (problem,) = info.value.problems
    assert problem.path[:3] == ("Records", 0, "body")
    assert "Records[7]" not in "".join(str(p) for p in problem.path[:-1])


def test_generated_code_is_named_per_converter() -> None:
    strict = converter.copy(forbid_extra_keys=True)
    raw = load_sample("sqs.json")
    raw["Records"][0]["surprise"] = 1
    with pytest.raises(StructureError) as info:
        strict.structure(raw, le.SQSEvent)
    assert "unknown key" in str(info.value)
    names = {
        frame.filename
        for frame in traceback.extract_stack(
            info.value.__traceback__.tb_frame if info.value.__traceback__ else None
        )
    }
    shared = converter.get_structure_hook(le.SQSRecord).__code__.co_filename
    assert shared not in names
    generated_now = strict.get_structure_hook(le.SQSRecord).__code__.co_filename
    assert generated_now != shared and "lambda_events.sqs.SQSRecord" in generated_now
    assert shared.endswith("sqs.py")  # shipped compiled (tests/test_converter_ahead.py)


# ----------------------------------------------------------------- the shared corpora


def _corpus() -> list[Any]:
    if not CORPUS_MAP.exists():
        return [pytest.param(None, None, marks=pytest.mark.skip(reason="../shared is absent"))]
    out = []
    for rel, name in sorted(json.loads(CORPUS_MAP.read_text()).items()):
        if name and hasattr(le, name):
            corpus, _, path = rel.partition("/")
            out.append(pytest.param(CORPUS_ROOTS[corpus] / path, name, id=rel))
    return out


@pytest.mark.parametrize(("path", "name"), _corpus())
def test_every_shared_corpus_file_reads_and_round_trips(path: Path, name: str) -> None:
    raw = json.loads(path.read_text())
    cls = getattr(le, name)
    assert_round_trip(raw, list[cls] if isinstance(raw, list) else cls)
    if "Response" not in name:
        assert le.detect_name(copy.deepcopy(raw)) == name


@pytest.mark.skipif(not (SHARED / "seed").exists(), reason="../shared is absent")
def test_check_command_passes_on_the_seed_events() -> None:
    import io

    from lambda_events.__main__ import main

    out = io.StringIO()
    assert main(["check", str(SHARED / "seed" / "events")], out) == 0, out.getvalue()


def test_parse_can_expect_a_class() -> None:
    raw = load_sample("sqs.json")
    event = le.parse(raw, expect=le.SQSEvent)
    assert event.records[0].message_id == raw["Records"][0]["messageId"]
    with pytest.raises(le.DetectionError, match="expected a SNSEvent event, got a SQSEvent"):
        le.parse(raw, expect=le.SNSEvent)


def test_a_typed_body_is_read_again_without_the_record() -> None:
    @attrs.frozen
    class Placed:
        orderId: str  # noqa: N815 - the producer's JSON key
        total: float

    raw = load_sample("sqs.json")
    raw["Records"] = raw["Records"][:1]
    typed = converter.structure(raw, le.SQSEvent[Placed])
    assert typed.records[0].body_as(dict) == json.loads(raw["Records"][0]["body"])


@attrs.frozen
class _Leaf:
    n: int


@le.model
class _Tree(le.Model):
    leaves: tuple[_Leaf, ...] = ()
    children: tuple[_Tree, ...] = ()


def test_the_error_path_runs_each_element_once_at_every_depth() -> None:
    """A bad value deep inside nested lists is found without re-running what succeeded."""
    calls = 0
    counting = converter.copy()
    structure_leaf = counting.get_structure_hook(_Leaf)

    def leaf(value: Any, cls: Any) -> Any:
        nonlocal calls
        calls += 1
        return structure_leaf(value, cls)

    counting.register_structure_hook(_Leaf, leaf)
    depth = 20
    tree: Any = {"leaves": [{"n": "bad"}]}
    for _ in range(depth):
        tree = {"children": [{"leaves": [{"n": 1}]}, tree]}
    with pytest.raises(StructureError) as info:
        counting.structure(tree, _Tree)
    assert calls == depth + 1  # every leaf once: about 2**depth when successes are re-run
    (problem,) = info.value.problems
    assert problem.path == (*["children", 1] * depth, "leaves", 0, "n")
