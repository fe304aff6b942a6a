"""Hardening, round two (issue 13): limits, copying, sets, recursion, errors and the CLI.

Each test names the item it guards; each fails on the code before its fix.
"""

from __future__ import annotations

import base64
import copy
import gzip
import io
import json
import pickle
import tempfile
import time
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest

import lambda_events
from lambda_events import SQSEvent, StructureError, converter, make_converter, testing
from lambda_events.__main__ import decoded, main, render
from lambda_events._model import EMPTY, Model, model
from lambda_events.attribute_values import DynamoNumber, deserialize, serialize
from lambda_events.codecs import decompress
from lambda_events.headers import SAFE_HEADERS

from ._support import SAMPLES, detected_samples, load_sample


def _detected_samples() -> list[Any]:
    return [pytest.param(path, cls, id=path.name) for path, _, cls in detected_samples()]


SQS_ONE = {**load_sample("sqs.json"), "Records": load_sample("sqs.json")["Records"][:1]}

# ------------------------------------------------------------- 11. limits are checked


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "1", None])
def test_limits_must_be_positive_integers(value: Any) -> None:
    with pytest.raises(ValueError, match="must be a positive integer"):
        make_converter(max_decompressed_size=value)
    with pytest.raises(ValueError, match="must be a positive integer"):
        make_converter(max_depth=value)


def test_converter_copy_checks_its_limits() -> None:
    with pytest.raises(ValueError, match="max_depth must be a positive integer"):
        converter.copy(max_depth=0)
    with pytest.raises(ValueError, match="max_decompressed_size must be a positive integer"):
        converter.copy(max_decompressed_size=0)
    with pytest.raises(ValueError, match="max_decompressed_size must be a positive integer"):
        make_converter(max_decompressed_size=-1)
    mine = converter.copy(max_depth=3, max_decompressed_size=10)
    assert (mine.max_depth, mine.max_decompressed_size) == (3, 10)
    assert (converter.max_depth, converter.max_decompressed_size) == (32, 32 * 1024 * 1024)


# ------------------------------------------------- 7. DynamoDB sets round-trip exactly


@pytest.mark.parametrize(
    "av",
    [{"SS": ["a", "a"]}, {"NS": ["1", "1.0"]}, {"NS": ["1e5", "100000"]}, {"BS": ["AA==", "AA=="]}],
    ids=["SS-duplicates", "NS-1-and-1.0", "NS-1e5-and-100000", "BS-duplicates"],
)
def test_dynamodb_sets_write_back_what_came_in(av: dict[str, Any]) -> None:
    value = deserialize(av)
    assert len(value) == 1  # one member: the wire spellings are equal values
    assert serialize(value) == av
    item = {"k": av}
    obj = converter.structure(item, lambda_events.AttributeValueMap)
    assert converter.unstructure(obj, lambda_events.AttributeValueMap) == item


# ------------------------------------------------------------ 6. pickle, deepcopy, hash


@pytest.mark.parametrize(("path", "cls"), _detected_samples())
def test_every_event_survives_pickle_and_deepcopy(path: Path, cls: Any) -> None:
    raw = json.loads(path.read_text())
    obj = converter.structure(raw, cls)
    for copied in (pickle.loads(pickle.dumps(obj)), copy.deepcopy(obj), copy.copy(obj)):
        assert copied == obj
        assert converter.unstructure(copied, cls) == raw
        if not isinstance(obj, list):
            assert hash(copied) == hash(obj)


def test_equal_events_hash_equal_and_work_in_sets() -> None:
    raw = load_sample("apigw-rest-proxy.json")
    one = converter.structure(raw, lambda_events.APIGatewayProxyEvent)
    two = converter.structure(json.loads(json.dumps(raw)), lambda_events.APIGatewayProxyEvent)
    assert one == two and hash(one) == hash(two) and len({one, two}) == 1
    # an empty dict equals the shared empty mapping: both hash alike
    plain = lambda_events.SQSMessageAttribute(data_type="String", string_value="x")
    assert plain.unknown_keys is EMPTY
    other = lambda_events.SQSMessageAttribute(data_type="String", string_value="x", unknown_keys={})
    assert plain == other and hash(plain) == hash(other)
    with_unknown = converter.structure({**SQS_ONE, "extra": {"a": [1]}}, SQSEvent)
    assert with_unknown in {with_unknown}


def test_the_empty_mapping_is_a_picklable_singleton() -> None:
    assert pickle.loads(pickle.dumps(EMPTY)) is EMPTY
    assert copy.deepcopy(EMPTY) is EMPTY
    assert EMPTY == {} and not EMPTY and repr(EMPTY) == "{}"
    with pytest.raises(TypeError):
        EMPTY["k"] = 1  # type: ignore[index]


def test_a_pickled_structure_error_keeps_its_problems() -> None:
    with pytest.raises(StructureError) as caught:
        converter.structure({"Records": [{"messageId": 1}]}, SQSEvent)
    error = caught.value
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is StructureError
    assert back.problems == error.problems and str(back) == str(error)
    assert back.cls is SQSEvent
    assert copy.deepcopy(error).problems == error.problems


def test_a_pickled_dynamo_number_keeps_its_text() -> None:
    value = deserialize({"N": "1e5"})
    assert isinstance(value, DynamoNumber)
    back = pickle.loads(pickle.dumps(value))
    assert back == Decimal(100000) and serialize(back) == {"N": "1e5"}
    sets = pickle.loads(pickle.dumps(deserialize({"NS": ["1", "1.0"]})))
    assert serialize(sets) == {"NS": ["1", "1.0"]}


def test_wire_values_pickle_with_their_field_and_payload_class() -> None:
    raw = load_sample("cloudwatch-logs.json")
    event = pickle.loads(pickle.dumps(converter.structure(raw, lambda_events.CloudWatchLogsEvent)))
    assert isinstance(event.parse_logs_data(), lambda_events.CloudWatchLogsDecodedData)
    record = converter.structure(SQS_ONE, SQSEvent).records[0]
    stamp = pickle.loads(pickle.dumps(record.attributes.sent_timestamp))
    assert stamp == record.attributes.sent_timestamp and stamp.datetime.year > 2000
    record = _with_attribute("SentTimestamp", "soon")
    stamp = pickle.loads(pickle.dumps(record.attributes.sent_timestamp))
    with pytest.raises(lambda_events.ContentError, match=r"^SQSRecordAttributes\.sent_timestamp"):
        stamp.datetime
    text = lambda_events.Base64Text("bm90IGJhc2U2NA==")
    assert pickle.loads(pickle.dumps(text)).decoded == b"not base64"


def _with_attribute(key: str, value: Any) -> Any:
    raw = copy.deepcopy(SQS_ONE)
    raw["Records"][0]["attributes"][key] = value
    return converter.structure(raw, SQSEvent).records[0]


# ------------------------------------------------- 8. objects own their containers


def test_structured_objects_do_not_share_the_callers_containers() -> None:
    raw = load_sample("eventbridge-custom-order.json")
    event = converter.structure(raw, lambda_events.EventBridgeEvent)
    before = copy.deepcopy(event.detail)
    raw["detail"]["injected"] = True
    assert event.detail == before
    raw = {**copy.deepcopy(SQS_ONE), "extra": {"a": [1]}}
    sqs = converter.structure(raw, SQSEvent)
    raw["extra"]["a"].append(2)
    assert sqs.unknown_keys == {"extra": {"a": [1]}}
    raw = load_sample("apigw-rest-proxy.json")
    rest = converter.structure(raw, lambda_events.APIGatewayProxyEvent)
    raw["requestContext"]["authorizer"]["claims"]["sub"] = "someone-else"
    assert rest.request_context.authorizer is not None
    assert rest.request_context.authorizer.claims["sub"] == "u-42"


def test_unstructured_output_does_not_share_the_objects_containers() -> None:
    sqs = converter.structure({**SQS_ONE, "extra": {"a": [1]}}, SQSEvent)
    back = converter.unstructure(sqs)
    back["extra"]["a"].append(2)
    assert sqs.unknown_keys == {"extra": {"a": [1]}}
    event = converter.structure(
        load_sample("eventbridge-custom-order.json"), lambda_events.EventBridgeEvent
    )
    out = converter.unstructure(event)
    out["detail"]["injected"] = True
    assert "injected" not in event.detail
    stream = converter.structure(
        load_sample("dynamodb-stream.json"), lambda_events.DynamoDBStreamEvent
    )
    image = converter.unstructure(stream)["Records"][0]["dynamodb"]["Keys"]
    image.clear()
    assert stream.records[0].dynamodb is not None and stream.records[0].dynamodb.keys


# ------------------------------------------------------- 4. no bare RecursionError


def _nested(depth: int) -> dict[str, Any]:
    root: dict[str, Any] = {}
    node = root
    for _ in range(depth):
        node["a"] = node = {}
    return root


def _depth(value: Any) -> int:
    depth = 0
    while value:
        value, depth = value["a"], depth + 1
    return depth


def test_a_deeply_nested_detail_structures_and_unstructures() -> None:
    raw = {**load_sample("eventbridge-custom-order.json"), "detail": _nested(5000)}
    event = converter.structure(raw, lambda_events.EventBridgeEvent)
    assert _depth(event.detail) == 5000
    assert _depth(converter.unstructure(event)["detail"]) == 5000
    assert _depth(converter.unstructure(event, lambda_events.EventBridgeEvent)["detail"]) == 5000


def test_a_cyclic_value_is_the_librarys_error() -> None:
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    raw = {**load_sample("eventbridge-custom-order.json"), "detail": cyclic}
    with pytest.raises(StructureError, match=r"^detail: nested deeper than 10000 levels"):
        converter.structure(raw, lambda_events.EventBridgeEvent)
    event = converter.structure(
        load_sample("eventbridge-custom-order.json"), lambda_events.EventBridgeEvent
    )
    with pytest.raises(lambda_events.ResponseError, match="or cyclic"):
        converter.unstructure(attrs.evolve(event, detail=cyclic))


def test_detecting_a_deeply_nested_list_is_a_detection_error() -> None:
    raw: list[Any] = []
    node = raw
    for _ in range(995):
        node.append([])
        node = node[0]
    with pytest.raises(lambda_events.DetectionError, match="cannot detect an event class"):
        lambda_events.detect(raw)


@model
class _Tree(Model):
    name: str
    children: tuple[_Tree, ...] = ()
    parent: _Tree | None = None


def test_a_class_that_contains_itself_gets_hooks() -> None:
    raw = {
        "name": "a",
        "children": [{"name": "b", "children": [{"name": "c"}]}],
        "parent": {"name": "p"},
    }
    fresh = make_converter()
    tree = fresh.structure(raw, _Tree)
    assert tree.children[0].children[0].name == "c" and tree.parent is not None
    assert fresh.unstructure(tree) == raw
    with pytest.raises(
        StructureError, match=r"children\[0\]\.children\[0\]\.name: expected a string"
    ):
        fresh.structure(
            {"name": "a", "children": [{"name": "b", "children": [{"name": 1}]}]}, _Tree
        )


# --------------------------------------------- 1. typed payloads never coerce values


@attrs.frozen
class _Order:
    id: str
    total: float


@attrs.frozen
class _Primitives:
    n: int
    s: str
    b: bool


@attrs.frozen
class _Containers:
    tags: list[str] = attrs.Factory(list)
    pair: tuple[int, str] | None = None
    kinds: frozenset[str] = frozenset()
    counts: dict[str, int] = attrs.Factory(dict)
    level: Literal[1, 2] | None = None
    blob: bytes | None = None


def _sqs_with_body(body: str) -> dict[str, Any]:
    raw = copy.deepcopy(SQS_ONE)
    raw["Records"][0]["body"] = body
    return raw


@pytest.mark.parametrize(
    ("cls", "body", "problems"),
    [
        (
            _Order,
            '{"id": null, "total": "1e999"}',
            ["id: expected a string", "total: expected a number"],
        ),
        (
            _Order,
            '{"id": ["x"], "total": true}',
            ["id: expected a string", "total: expected a number"],
        ),
        (_Order, '{"id": "x", "total": 1e999}', ["total: expected a finite number"]),
        (_Order, '{"id": "x", "total": NaN}', ["total: expected a finite number"]),
        (_Order, '["x", 1.5]', ["body: expected an object, got list"]),
        (
            _Primitives,
            '{"n": 1.9, "s": 5, "b": "no"}',
            ["n: expected an integer", "s: expected a string", "b: expected true or false"],
        ),
        (
            _Primitives,
            '{"n": true, "s": "x", "b": 1}',
            ["n: expected an integer, got bool", "b: expected true or false, got int"],
        ),
        (_Containers, '{"tags": "ab"}', ["tags: expected a list, got str"]),
        (_Containers, '{"tags": {"a": 1}}', ["tags: expected a list, got dict"]),
        (_Containers, '{"pair": [1, 2]}', ["pair[1]: expected a string, got int"]),
        (_Containers, '{"pair": [1, "a", 3]}', ["pair: expected a list of 2 items, got 3"]),
        (_Containers, '{"kinds": "abc"}', ["kinds: expected a list, got str"]),
        (_Containers, '{"counts": [["a", 1]]}', ["counts: expected an object, got list"]),
        (_Containers, '{"counts": {"a": true}}', ["counts.a: expected an integer, got bool"]),
        (_Containers, '{"level": true}', ["level: expected one of 1, 2, got another bool"]),
        (_Containers, '{"level": 1.0}', ["level: expected one of 1, 2, got another float"]),
        (_Containers, '{"blob": 5}', ["blob: expected bytes, which JSON cannot carry"]),
        (_Containers, '{"blob": [1, 2]}', ["blob: expected bytes, which JSON cannot carry"]),
    ],
)
def test_typed_payloads_of_plain_attrs_classes_do_not_coerce(
    cls: type, body: str, problems: list[str]
) -> None:
    with pytest.raises(StructureError) as caught:
        converter.structure(_sqs_with_body(body), SQSEvent[cls])  # type: ignore[valid-type]
    message = str(caught.value)
    for problem in problems:
        assert problem in message
    assert all(str(p).startswith("Records[0].body") for p in caught.value.problems)


def test_typed_payloads_keep_what_fits() -> None:
    body = '{"tags": ["a"], "pair": [1, "a"], "kinds": ["k"], "counts": {"a": 1}, "level": 2}'
    event = converter.structure(_sqs_with_body(body), SQSEvent[_Containers])
    payload = event.records[0].body
    assert payload == _Containers(
        tags=["a"], pair=(1, "a"), kinds=frozenset({"k"}), counts={"a": 1}, level=2
    )
    order = converter.structure(_sqs_with_body('{"id": "x", "total": 1}'), SQSEvent[_Order])
    assert order.records[0].body.total == 1.0 and type(order.records[0].body.total) is float
    back = converter.unstructure(payload)
    assert back["pair"] == [1, "a"] and back["kinds"] == ["k"]  # JSON lists, not tuples/sets


# ------------------------------------------------------------- 2. decompression


def _logs_payload() -> bytes:
    event = converter.structure(
        load_sample("cloudwatch-logs.json"), lambda_events.CloudWatchLogsEvent
    )
    return event.decompress_logs_data


def _cloudwatch_logs_event(data: bytes) -> Any:
    raw = {"awslogs": {"data": base64.b64encode(data).decode()}}
    return converter.structure(raw, lambda_events.CloudWatchLogsEvent)


def test_gzip_followed_by_other_bytes_is_rejected() -> None:
    payload = _logs_payload()
    for tail in (b"garbage", b"\x00\x00", zlib.compress(b"{}")):
        event = _cloudwatch_logs_event(gzip.compress(payload) + tail)
        with pytest.raises(
            lambda_events.ContentError, match="unexpected bytes after the compressed"
        ):
            event.parse_logs_data()
    with pytest.raises(ValueError, match="unexpected bytes after the compressed data"):
        decompress(zlib.compress(b"{}") + gzip.compress(b"{}"), 100)


def test_every_gzip_member_is_decoded_within_the_limit() -> None:
    assert decompress(gzip.compress(b'{"a":') + gzip.compress(b"1}"), 100) == b'{"a":1}'
    with pytest.raises(ValueError, match="exceeds the 10-byte limit"):
        decompress(gzip.compress(b"x" * 6) + gzip.compress(b"y" * 6), 10)
    event = _cloudwatch_logs_event(gzip.compress(_logs_payload()) + gzip.compress(b" "))
    assert event.parse_logs_data().log_events  # JSON text split across two members


def _kinesis_of(datas: list[bytes]) -> Any:
    raw = copy.deepcopy(load_sample("kinesis-cloudwatch-logs.json"))
    template = raw["Records"][0]
    raw["Records"] = []
    for data in datas:
        record = copy.deepcopy(template)
        record["kinesis"]["data"] = base64.b64encode(data).decode()
        raw["Records"].append(record)
    return converter.structure(raw, lambda_events.KinesisStreamEvent)


def test_extracting_logs_from_many_records_shares_one_decompression_budget() -> None:
    payload = _logs_payload()
    event = _kinesis_of([gzip.compress(payload)] * 3)
    assert len(lambda_events.extract_cloudwatch_logs_from_event(event)) == 3
    small = converter.copy(max_decompressed_size=3 * len(payload) - 1)
    for record in event.records:  # each record alone fits
        assert record.kinesis.cloudwatch_logs(small).log_events
    with pytest.raises(lambda_events.ContentError) as caught:
        lambda_events.extract_cloudwatch_logs_from_event(event, small)
    assert str(caught.value).startswith("Records[2].kinesis.data: decompressed size exceeds")
    assert "shared by this call's records" in str(caught.value)


def test_bad_compressed_record_data_is_a_content_error_naming_the_field() -> None:
    event = _kinesis_of([b"\x1f\x8bnot gzip"])
    with pytest.raises(
        lambda_events.ContentError, match=r"^KinesisStreamRecordPayload\.data: not valid gzip"
    ):
        event.records[0].kinesis.data_zlib_compressed_as_json()
    with pytest.raises(
        lambda_events.ContentError, match=r"^Records\[0\]\.kinesis\.data: not valid gzip"
    ):
        lambda_events.extract_cloudwatch_logs_from_event(event)
    with pytest.raises(
        lambda_events.ContentError, match=r"^KinesisStreamRecordPayload\.data: not valid"
    ):
        event.records[0].kinesis.cloudwatch_logs()


# ------------------------------------------------- 5. DynamoDB number-set hash flooding

_COLLIDING = [str((2**61 - 1) * k) for k in range(1, 17_001)]  # hash(Decimal) == 0 for all


def test_a_number_set_of_colliding_members_builds_in_well_under_a_second() -> None:
    assert {hash(Decimal(text)) for text in _COLLIDING[:100]} == {0}
    raw = copy.deepcopy(load_sample("dynamodb-stream.json"))
    raw["Records"] = raw["Records"][:1]
    raw["Records"][0]["dynamodb"]["NewImage"] = {"flood": {"NS": _COLLIDING}}
    started = time.perf_counter()
    event = converter.structure(raw, lambda_events.DynamoDBStreamEvent)
    image = event.records[0].dynamodb.new_image  # type: ignore[union-attr]
    assert image is not None
    members = image["flood"]
    assert len(members) == 17_000 and Decimal(_COLLIDING[-1]) in members and 0 not in members
    assert members == deserialize({"NS": _COLLIDING}) and hash(members) == hash(members)
    assert converter.unstructure(event) == raw
    assert time.perf_counter() - started < 1.0


def test_dynamo_sets_are_read_only_sets_equal_to_frozensets() -> None:
    numbers = deserialize({"NS": ["1", "1.0", "1e5", "-0", "0.10"]})
    assert numbers == {Decimal(1), Decimal(100000), Decimal(0), Decimal("0.1")}
    assert frozenset({1, 100000, 0, Decimal("0.1")}) == numbers and len(numbers) == 4
    assert 1 in numbers and 1.0 in numbers and 0 in numbers and "1" not in numbers
    assert 0.1 not in numbers  # the float 0.1 is not exactly 0.1
    assert hash(deserialize({"SS": ["a", "b"]})) == hash(frozenset({"a", "b"}))
    assert deserialize({"SS": ["a"]}) | {"b"} == {"a", "b"}
    assert deserialize({"BS": ["AA=="]}) == {b"\x00"} and bytearray(b"\x00") in deserialize(
        {"BS": ["AA=="]}
    )
    assert serialize(lambda_events.DynamoSet([Decimal(2), Decimal(1)], "NS")) == {"NS": ["1", "2"]}
    with pytest.raises(AttributeError):
        numbers.add(2)  # type: ignore[attr-defined]


# ------------------------------------------- 9. public methods raise the library's errors


@attrs.frozen
class _Text:
    s: str


def test_a_lone_surrogate_in_a_typed_payload_unstructures_to_valid_utf8() -> None:
    sqs = converter.structure(_sqs_with_body('{"s": "\\ud800 \u00e9"}'), SQSEvent[_Text])
    assert sqs.records[0].body.s == "\ud800 \u00e9"
    body = converter.unstructure(sqs)["Records"][0]["body"]
    body.encode()  # valid UTF-8: the surrogate is a JSON escape
    assert converter.structure(converter.unstructure(sqs), SQSEvent[_Text]) == sqs
    raw = copy.deepcopy(load_sample("kinesis-stream.json"))
    raw["Records"] = raw["Records"][:1]
    raw["Records"][0]["kinesis"]["data"] = base64.b64encode(b'{"s": "\\ud800"}').decode()
    kinesis = converter.structure(raw, lambda_events.KinesisStreamEvent[_Text])
    back = converter.unstructure(kinesis)
    assert converter.structure(back, lambda_events.KinesisStreamEvent[_Text]) == kinesis


def test_record_accessors_raise_content_errors() -> None:
    event = _kinesis_of([b"\xff\xfe"])
    with pytest.raises(
        lambda_events.ContentError, match=r"^KinesisStreamRecordPayload\.data: not valid UTF-8"
    ):
        event.records[0].kinesis.data_as_text()
    with pytest.raises(lambda_events.ContentError, match="not valid gzip or zlib"):
        event.records[0].kinesis.data_zlib_compressed_as_json()
    with pytest.raises(lambda_events.StructureError, match="not valid JSON"):
        event.records[0].kinesis.data_as_json()


def test_an_http_body_with_a_lone_surrogate_is_a_structure_error() -> None:
    raw = {**load_sample("apigw-rest-proxy.json"), "body": "\ud800", "isBase64Encoded": False}
    event = converter.structure(raw, lambda_events.APIGatewayProxyEvent)
    with pytest.raises(StructureError, match=r"^body: not valid UTF-8 text"):
        event.decoded_body_bytes
    with pytest.raises(StructureError, match=r"^body: not valid UTF-8 text"):
        event.json_body


def test_a_firehose_answer_with_a_lone_surrogate() -> None:
    event = converter.structure(
        load_sample("firehose-direct-put.json"), lambda_events.KinesisFirehoseEvent
    )
    record = event.records[0]
    with pytest.raises(lambda_events.ResponseError, match="not valid UTF-8"):
        lambda_events.KinesisFirehoseDataTransformationRecord.create(
            record.record_id, data="\ud800"
        )
    with pytest.raises(lambda_events.ResponseError, match="not base64"):
        record.build_data_transformation_response("Ok", "\ud800")
    answer = record.build_data_transformation_response("Ok", {"s": "\ud800"})
    assert json.loads(answer.data) == {"s": "\ud800"}


# --------------------------------------------------------- 3. the redaction policy

SECRET = "S3CR3T-do-not-log"


def _shown_everywhere(obj: Any) -> list[str]:
    """What repr, `lambda-events show` and `show --json` print of an object."""
    return [repr(obj), render(obj), json.dumps(decoded(obj))]


@pytest.mark.parametrize(
    "name",
    ["Authorization", "X-Internal-Token", "Referer", "Cookie", "Proxy-Authorization", "Location"],
)
def test_headers_outside_the_allow_list_are_redacted(name: str) -> None:
    safe = {"Content-Type": "text/plain", "CloudFront-Viewer-Country": "PT", "Host": "example.com"}
    single = lambda_events.Headers({name: SECRET, **safe})
    multi = lambda_events.MultiValueHeaders({name: (SECRET, SECRET), "Accept": ("text/html",)})
    for shown in (*_shown_everywhere(single), *_shown_everywhere(multi)):
        assert SECRET not in shown
    assert "text/plain" in repr(single) and "PT" in repr(single) and "text/html" in repr(multi)
    event = testing.api_gateway_v1_event(headers={name: SECRET, "Accept": "text/html"})
    for shown in _shown_everywhere(event):
        assert SECRET not in shown and "text/html" in shown


def test_every_header_name_on_the_allow_list_is_harmless() -> None:
    assert {"authorization", "cookie", "set-cookie", "referer", "x-api-key", "location"}.isdisjoint(
        SAFE_HEADERS
    )
    assert all(name == name.lower() for name in SAFE_HEADERS)


@pytest.mark.parametrize(
    "response",
    [
        lambda_events.APIGatewayProxyResponse(
            status_code=200,
            headers={"Set-Cookie": SECRET, "Content-Type": "text/plain"},
            multi_value_headers={"Set-Cookie": [SECRET]},
        ),
        lambda_events.APIGatewayProxyResponseV2(
            status_code=200, headers={"set-cookie": SECRET}, cookies=[SECRET]
        ),
        lambda_events.ALBResponse(
            status_code=200,
            headers={"X-Session": SECRET},
            multi_value_headers={"Set-Cookie": [SECRET]},
        ),
        lambda_events.VPCLatticeResponse(status_code=200, headers={"Set-Cookie": SECRET}),
    ],
    ids=lambda r: type(r).__name__,
)
def test_response_headers_and_cookies_are_redacted(response: Any) -> None:
    for shown in _shown_everywhere(response):
        assert SECRET not in shown
    assert SECRET in json.dumps(converter.unstructure(response))


def test_query_string_values_are_redacted_and_names_kept() -> None:
    query = {"token": [SECRET], "page": ["2"]}
    events = [
        testing.api_gateway_v1_event(query=query),
        testing.api_gateway_v2_event(query=query),
        testing.api_gateway_websocket_event("CONNECT", query=query),
        testing.alb_event(query=query),
        testing.lambda_function_url_event(query=query),
        testing.vpc_lattice_event(query=query),
        testing.vpc_lattice_v2_event(query=query),
    ]
    for event in events:
        for shown in _shown_everywhere(event):
            assert SECRET not in shown and "token" in shown, type(event).__name__
        assert SECRET in json.dumps(converter.unstructure(event))
    assert "token=***&page=***" in repr(events[1])


def test_presigned_urls_keep_host_and_path_but_not_their_query() -> None:
    event = testing.s3_object_lambda_event("orders/1.json")
    raw = converter.unstructure(event)
    url = raw["getObjectContext"]["inputS3Url"]
    signature = url.rpartition("X-Amz-Signature=")[2]
    raw["userRequest"]["url"] += f"?X-Amz-Security-Token={SECRET}"
    event = converter.structure(raw, lambda_events.S3ObjectLambdaEvent)
    for shown in _shown_everywhere(event):
        assert SECRET not in shown and signature not in shown
        assert "X-Amz-Signature=***" in shown and "orders/1.json?" in shown


@pytest.mark.parametrize(
    ("sample", "keys"),
    [
        ("cognito-pre-sign-up.json", ("validationData", "clientMetadata")),
        ("cloudformation-update.json", ("ResourceProperties", "OldResourceProperties")),
    ],
)
def test_free_form_maps_that_carry_secrets_are_redacted(sample: str, keys: tuple[str, ...]) -> None:
    raw = load_sample(sample)
    target = raw.get("request", raw)
    for key in keys:
        target[key] = {"apiKey": SECRET}
    obj = converter.structure(raw, lambda_events.detect(raw))
    for shown in _shown_everywhere(obj):
        assert SECRET not in shown
    out = io.StringIO()
    path = Path(tempfile.mkdtemp()) / sample
    path.write_text(json.dumps(raw))
    for argv in (["show", str(path)], ["show", "--json", str(path)]):
        assert main(argv, out) == 0
    assert SECRET not in out.getvalue()


def test_cli_show_json_redacts_the_authorization_header() -> None:
    raw = load_sample("apigw-rest-proxy.json")
    token = raw["headers"]["Authorization"]
    out = io.StringIO()
    assert main(["show", "--json", str(SAMPLES / "apigw-rest-proxy.json")], out) == 0
    assert token not in out.getvalue() and '"Authorization": "***"' in out.getvalue()


# ------------------------------------------------ 3. error messages never echo values


def test_detection_errors_quote_at_most_a_few_characters() -> None:
    huge = "x" * 10_000_000
    with pytest.raises(lambda_events.DetectionError) as caught:
        lambda_events.detect({"source": huge, huge: 1})
    assert len(str(caught.value)) < 300


def test_structure_errors_bound_keys_and_values() -> None:
    huge = "k" * 100_000
    strict = converter.copy(forbid_extra_keys=True)
    with pytest.raises(StructureError) as caught:
        strict.structure({**SQS_ONE, huge: 1}, SQSEvent)
    assert len(str(caught.value)) < 200
    with pytest.raises(StructureError) as caught:
        converter.structure({"k": {"N": "9" * 100_000}}, lambda_events.AttributeValueMap)
    assert len(str(caught.value)) < 200
    with pytest.raises(StructureError) as caught:
        converter.structure({"k": {huge: "x"}}, lambda_events.AttributeValueMap)
    assert len(str(caught.value)) < 200


def test_errors_about_secret_fields_never_quote_them() -> None:
    raw = load_sample("transfer-family-password.json")
    raw["password"] = [SECRET]
    with pytest.raises(StructureError) as caught:
        converter.structure(raw, lambda_events.TransferFamilyAuthorizer)
    assert SECRET not in str(caught.value) and "password: expected a string" in str(caught.value)
    raw = load_sample("apigw-authorizer-token.json")
    raw["authorizationToken"] = {"bearer": SECRET}
    with pytest.raises(StructureError) as caught:
        converter.structure(raw, lambda_events.APIGatewayAuthorizerTokenEvent)
    assert SECRET not in str(caught.value)


# ------------------------------------------------- 10. the command line never tracebacks


def _run(argv: list[str], capsys: Any) -> tuple[int, str, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    status = main(argv, out)
    out.flush()
    text = out.buffer.getvalue().decode()  # type: ignore[attr-defined]
    return status, text, capsys.readouterr().err


@pytest.fixture
def bad_files(tmp_path: Path) -> Path:
    (tmp_path / "not-utf8.json").write_bytes(b'{"a": "\xff"}')
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "good.json").write_text(json.dumps(SQS_ONE))
    surrogate = copy.deepcopy(SQS_ONE)
    surrogate["Records"][0]["body"] = "\ud800"
    (tmp_path / "surrogate.txt").write_text(json.dumps(surrogate))  # not *.json: for show only
    return tmp_path


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "{dir}"], "is a directory"),
        (["show", "{dir}/not-utf8.json"], "is not UTF-8 text"),
        (["show", "{dir}/deep.json"], "JSON nested too deeply"),
        (["show", "--type", "converter", "{dir}/good.json"], "unknown event class 'converter'"),
        (["show", "--type", "__class__", "{dir}/good.json"], "unknown event class"),
        (["show", "{dir}/missing.json"], "No such file or directory"),
    ],
)
def test_cli_input_errors_are_one_line_and_exit_2(
    argv: list[str], message: str, bad_files: Path, capsys: Any
) -> None:
    status, _, err = _run([a.format(dir=bad_files) for a in argv], capsys)
    assert status == 2
    assert message in err and err.startswith("lambda-events: ") and err.count("\n") == 1


def test_cli_show_json_writes_a_lone_surrogate_as_an_escape(bad_files: Path, capsys: Any) -> None:
    status, text, _ = _run(["show", "--json", str(bad_files / "surrogate.txt")], capsys)
    assert status == 0
    assert json.loads(text)["records"][0]["body"] == "\ud800"
    status, text, _ = _run(["show", str(bad_files / "surrogate.txt")], capsys)
    assert status == 0 and "\\ud800" in text


def test_cli_show_of_a_deeply_nested_event_exits_2(tmp_path: Path, capsys: Any) -> None:
    raw = {**load_sample("eventbridge-custom-order.json"), "detail": _nested(1500)}
    path = tmp_path / "deep-detail.json"
    path.write_text(_dumps_deep(raw))
    status, _, err = _run(["show", "--json", str(path)], capsys)
    assert status == 2 and "nested too deeply" in err  # when reading or when showing
    status, _, err = _run(["show", str(path)], capsys)  # repr may go deeper than --json
    assert status == 0 or (status == 2 and "nested too deeply" in err)


def test_cli_check_reports_every_file_and_exits_1(bad_files: Path, capsys: Any) -> None:
    status, text, _ = _run(["check", str(bad_files)], capsys)
    assert status == 1
    assert "FAIL " in text and "deep.json" in text and "nested too deeply" in text
    assert "not-utf8.json" in text and "not UTF-8 text" in text
    assert f"ok   {bad_files / 'good.json'} SQSEvent" in text
    assert text.rstrip().endswith("1 passed, 2 failed")


def _dumps_deep(raw: dict[str, Any]) -> str:
    """JSON text of an event whose `detail` is `{"a": {"a": ...}}`, without recursion."""
    depth = _depth(raw["detail"])
    rest = {key: value for key, value in raw.items() if key != "detail"}
    head = json.dumps({**rest, "detail": None}).rpartition("null")  # detail last
    return head[0] + '{"a": ' * depth + "{}" + "}" * depth + head[2]
