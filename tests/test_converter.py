"""The converter, the declaration helper and the codecs, independent of any event source."""

from __future__ import annotations

import base64
import subprocess
import sys
import threading
from collections.abc import Mapping
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from boto3.dynamodb.types import Binary, TypeDeserializer

import lambda_events
import lambda_events.cognito
from lambda_events import (
    ContentError,
    EpochMillis,
    EpochSeconds,
    Headers,
    HttpDate,
    IsoTimestamp,
    Model,
    MultiValueHeaders,
    SQSEvent,
    SQSRecordAttributes,
    StrEnum,
    StructureError,
    converter,
    field,
    make_converter,
    model,
)
from lambda_events.attribute_values import deserialize, serialize
from lambda_events.errors import Problem, format_path

from ._support import assert_round_trip, load_sample

ROOT = Path(__file__).resolve().parents[1]


def test_import_is_lazy() -> None:
    code = (
        "import sys, lambda_events;"
        "bad = [m for m in sys.modules if m.startswith(('cattrs', 'attr', 'lambda_events.'))"
        " and m not in ('lambda_events.errors', 'lambda_events._registry')"
        " and not m.startswith('lambda_events._registry')];"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_public_name_resolves() -> None:
    for name in lambda_events.__all__:
        assert getattr(lambda_events, name) is not None, name


def _gen_init() -> Any:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import gen_init
    finally:
        sys.path.pop(0)
    return gen_init


def test_registry_and_inits_are_what_the_modules_declare() -> None:
    """`_registry.py` and the `__init__.py` typing blocks derive from the modules' `__all__`."""
    gen_init = _gen_init()
    src = ROOT / "src/lambda_events"
    assert gen_init.generate() == (src / "__init__.py").read_text(), (
        "run `python tools/gen_init.py`"
    )
    assert gen_init.generate_registry() == (src / "_registry.py").read_text(), (
        "run `python tools/gen_init.py`"
    )
    packages = gen_init.subpackages(gen_init.lazy_names())
    assert packages == ["api_gateway", "cognito"]
    for package in packages:
        init = ROOT / "src/lambda_events" / package / "__init__.py"
        assert gen_init.generate_subpackage(package) == init.read_text(), (
            "run `python tools/gen_init.py`"
        )


@pytest.mark.parametrize(
    ("module", "siblings"),
    [
        ("api_gateway.rest", ("http_api", "websocket", "authorizer", "_context_v2")),
        ("api_gateway.http_api", ("rest", "websocket", "authorizer")),
        ("api_gateway.websocket", ("rest", "http_api", "authorizer", "_context_v2")),
        ("cognito.sign_up", ("authentication", "token_generation", "dispatch", "challenges")),
        ("cognito.token_generation", ("sign_up", "messages", "dispatch", "federation")),
    ],
)
def test_a_submodule_does_not_import_its_siblings(module: str, siblings: tuple[str, ...]) -> None:
    package = module.partition(".")[0]
    code = (
        f"import sys, lambda_events.{module};"
        f"print([m for m in {siblings!r} if 'lambda_events.{package}.' + m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_subpackage_name_imports_only_its_module() -> None:
    code = (
        "import sys; from lambda_events.cognito import PreSignUpTriggerEvent as c;"
        "import lambda_events.cognito as pkg;"
        "loaded = sorted(m for m in sys.modules if m.startswith('lambda_events.cognito.'));"
        "print(c.__module__, loaded, pkg.PreSignUpTriggerEvent is c,"
        " 'PreSignUpTriggerEvent' in dir(pkg))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [
        "lambda_events.cognito.sign_up",
        "['lambda_events.cognito._common',",
        "'lambda_events.cognito.sign_up']",
        "True",
        "True",
    ]
    with pytest.raises(AttributeError, match="has no attribute 'SQSEvent'"):
        lambda_events.cognito.SQSEvent


class Color(StrEnum):
    RED = "red"


@model(case="kebab")
class Kebab(Model):
    detail_type: str
    color: Color | str | None = None


@model(case="snake")
class Snake(Model):
    raw_path: str
    is_base64_encoded: bool


@model(case="pascal")
class Pascal(Model):
    request_type: str
    response_url: str = field(wire="ResponseURL")
    token: str | None = field(default=None, secret=True)


def test_key_styles_and_irregular_keys() -> None:
    assert_round_trip({"detail-type": "x", "color": "red"}, Kebab)
    assert_round_trip({"raw_path": "/", "is_base64_encoded": False}, Snake)
    obj = assert_round_trip({"RequestType": "Create", "ResponseURL": "https://x"}, Pascal)
    assert obj.response_url == "https://x"


def test_constructor_takes_snake_case_keywords() -> None:
    obj = Pascal(request_type="Create", response_url="u", token="hunter2")
    assert converter.unstructure(obj) == {
        "RequestType": "Create",
        "ResponseURL": "u",
        "Token": "hunter2",
    }
    assert "hunter2" not in repr(obj) and "token='***'" in repr(obj)
    assert attrs.evolve(obj, request_type="Delete").request_type == "Delete"


def test_open_enum_known_and_unknown_values() -> None:
    assert converter.structure({"detail-type": "x", "color": "red"}, Kebab).color is Color.RED
    blue = converter.structure({"detail-type": "x", "color": "blue"}, Kebab)
    assert blue.color == "blue" and type(blue.color) is str
    assert converter.unstructure(blue)["color"] == "blue"


def test_primitives_are_strict() -> None:
    with pytest.raises(StructureError, match="is_base64_encoded: expected true or false, got str"):
        converter.structure({"raw_path": "/", "is_base64_encoded": "false"}, Snake)
    with pytest.raises(StructureError, match="raw_path: expected a string, got int"):
        converter.structure({"raw_path": 1, "is_base64_encoded": True}, Snake)
    with pytest.raises(StructureError, match="raw_path: expected a string, got null"):
        converter.structure({"raw_path": None, "is_base64_encoded": True}, Snake)


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(StructureError) as info:
        converter.structure({"raw_path": 1}, Snake)
    assert [str(p) for p in info.value.problems] == [
        "raw_path: expected a string, got int",
        "is_base64_encoded: missing required key",
    ]
    assert info.value.cls is Snake


def test_format_path() -> None:
    assert format_path(("Records", 0, "kinesis", "data")) == "Records[0].kinesis.data"
    assert format_path(("CodePipeline.job", "id")) == "['CodePipeline.job'].id"
    assert str(Problem((), "bad")) == "bad"


# --------------------------------------------------------------------- embedding


@attrs.frozen
class UserPayload:
    created: datetime


def test_copy_with_user_override_changes_only_the_copy() -> None:
    mine = converter.copy()
    mine.register_structure_hook(IsoTimestamp, lambda v, _: IsoTimestamp(v.upper()))
    raw = {"start": "2026-01-01t00:00:00z", "end": "2026-01-01T00:05:00Z"}
    from lambda_events import TumblingWindow

    assert mine.structure(raw, TumblingWindow).start == "2026-01-01T00:00:00Z"
    assert converter.structure(raw, TumblingWindow).start == "2026-01-01t00:00:00z"


def test_user_classes_keep_user_rules() -> None:
    mine = converter.copy()
    mine.register_structure_hook(datetime, lambda v, _: datetime.fromisoformat(v))
    assert mine.structure({"created": "2026-01-01T00:00:00"}, UserPayload) == UserPayload(
        datetime(2026, 1, 1)
    )
    assert converter.unstructure(UserPayload(datetime(2026, 1, 1))) == {
        "created": datetime(2026, 1, 1)
    }  # not camel-cased, not touched by the library's hooks


def test_strict_copy_reports_unknown_keys() -> None:
    strict = converter.copy(forbid_extra_keys=True)
    raw = {"RequestType": "Create", "ResponseURL": "u", "NewAwsField": 1}
    with pytest.raises(StructureError, match=r"NewAwsField: unknown key"):
        strict.structure(raw, Pascal)
    assert converter.structure(raw, Pascal).unknown_keys == {"NewAwsField": 1}


def test_make_converter_is_independent() -> None:
    fresh = make_converter(max_depth=2)
    assert fresh is not converter and fresh.max_depth == 2


def test_hooks_are_generated_on_first_use() -> None:
    fresh = make_converter()
    assert not fresh._structure_func.dispatch.cache_info().currsize  # type: ignore[attr-defined]
    fresh.structure({"raw_path": "/", "is_base64_encoded": False}, Snake)
    assert fresh._structure_func.dispatch.cache_info().currsize  # type: ignore[attr-defined]


def test_shared_converter_is_created_once_across_threads() -> None:
    seen: list[Any] = []
    threads = [threading.Thread(target=lambda: seen.append(lambda_events.converter))]
    threads += [threading.Thread(target=lambda: seen.append(lambda_events.converter))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(c is converter for c in seen)


# -------------------------------------------------------------------------- codecs


def test_timestamps_keep_wire_values() -> None:
    raw = {
        "ApproximateReceiveCount": "1",
        "SentTimestamp": "1700000000000",
        "SenderId": "x",
        "ApproximateFirstReceiveTimestamp": "1700000000001",
    }
    attrs_ = assert_round_trip(raw, SQSRecordAttributes)
    assert attrs_.sent_timestamp.datetime == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert EpochMillis(1700000000000).datetime.year == 2023
    assert EpochSeconds(0.5).datetime.microsecond == 500000
    assert IsoTimestamp("2026-11-27T10:00:00+01:00").datetime.hour == 9
    assert IsoTimestamp("2026-11-27T10:00:00.123456789Z").datetime.microsecond == 123456
    assert HttpDate("20/Aug/2021:14:36:50 -0100").datetime == datetime(
        2021, 8, 20, 15, 36, 50, tzinfo=timezone.utc
    )
    # Content is checked when read, never while structuring (the reading contract).
    yesterday = converter.structure("yesterday", IsoTimestamp)
    assert yesterday == "yesterday"
    with pytest.raises(ContentError, match="expected an ISO-8601 timestamp, got 'yesterday'"):
        yesterday.datetime
    with pytest.raises(ContentError, match="expected a time like"):
        converter.structure("20/Foo/2021:14:36:50 +0000", HttpDate).datetime
    with pytest.raises(StructureError, match="expected a string, got int"):
        converter.structure(5, IsoTimestamp)
    bad = dict(raw, SentTimestamp="soon")
    attrs_ = assert_round_trip(bad, SQSRecordAttributes)
    with pytest.raises(ContentError, match=r"^SQSRecordAttributes.sent_timestamp: expected"):
        attrs_.sent_timestamp.datetime
    with pytest.raises(ContentError, match="expected epoch milliseconds"):
        EpochMillis(10**20).datetime  # overflow is the library's error, not OverflowError


def test_epoch_numbers_beyond_two_to_the_53_round_trip_exactly() -> None:
    big = 2**53 + 1
    value = converter.structure(big, EpochSeconds)
    assert converter.unstructure(value) == big and converter.unstructure(value) is not None
    assert converter.unstructure(converter.structure(1.5, EpochSeconds)) == 1.5
    assert type(converter.unstructure(value)) is int


def test_headers_are_case_insensitive_and_keep_casing() -> None:
    headers = converter.structure({"Content-Type": "a", "Authorization": "secret"}, Headers)
    assert headers["content-type"] == "a" and "CONTENT-TYPE" in headers
    assert list(headers) == ["Content-Type", "Authorization"]
    assert converter.unstructure(headers) == {"Content-Type": "a", "Authorization": "secret"}
    assert "secret" not in repr(headers)
    assert headers == {"Content-Type": "a", "Authorization": "secret"}
    multi = converter.structure({"Accept": ["a", "b"]}, MultiValueHeaders)
    assert multi["accept"] == ("a", "b")
    assert converter.unstructure(multi) == {"Accept": ["a", "b"]}
    with pytest.raises(StructureError, match="X: expected a string, got int"):
        converter.structure({"X": 1}, Headers)


def test_headers_in_a_model() -> None:
    @model
    class Request(Model):
        headers: Headers | None = None

    obj = assert_round_trip({"headers": {"X-Id": "1"}}, Request)
    assert obj.headers is not None and obj.headers.get("x-id") == "1"
    assert isinstance(obj.headers, Mapping)


# -------------------------------------------------------------------- DynamoDB


AVS: list[dict[str, Any]] = [
    {"S": "text"},
    {"N": "123.4500"},
    {"N": "-0"},
    {"N": "1E+5"},
    {"BOOL": False},
    {"NULL": True},
    {"SS": ["a", "b"]},
    {"NS": ["1", "2.5"]},
    {"L": [{"S": "x"}, {"N": "1"}, {"M": {"k": {"BOOL": True}}}]},
    {"M": {"a": {"L": []}, "b": {"M": {}}}},
]


@pytest.mark.parametrize("av", AVS, ids=[next(iter(a)) for a in AVS])
def test_attribute_values_agree_with_boto3(av: dict[str, Any]) -> None:
    assert deserialize(av) == TypeDeserializer().deserialize(av)
    assert serialize(deserialize(av)) == av or next(iter(av)) in {"SS", "NS"}


def test_binary_attribute_values_are_decoded_unlike_boto3() -> None:
    av = {"B": base64.b64encode(b"\x00\x01").decode()}
    assert deserialize(av) == b"\x00\x01"
    boto = TypeDeserializer().deserialize({"B": b"\x00\x01"})
    assert isinstance(boto, Binary) and boto.value == deserialize(av)
    assert deserialize({"BS": [av["B"]]}) == frozenset({b"\x00\x01"})
    assert serialize(b"\x00\x01") == av


def test_numbers_keep_their_exact_text() -> None:
    for text in ["007", "1e5", "1.50", "-0.0"]:
        value = deserialize({"N": text})
        assert value == Decimal(text)
        assert serialize(value) == {"N": text}


def test_attribute_value_errors() -> None:
    with pytest.raises(ValueError, match="exactly one type key"):
        deserialize({})
    with pytest.raises(ValueError, match="N: not a DynamoDB number"):
        deserialize({"N": "1" * 39})  # more than 38 significant digits
    with pytest.raises(ValueError, match="SS: expected a list"):
        deserialize({"SS": "a"})
    assert serialize(deserialize({"SS": []})) == {"SS": []}  # kept as it came
    with pytest.raises(TypeError, match="cannot store object"):
        serialize(object())


def test_models_read_fields_without_getattr_and_cache_per_object() -> None:
    from lambda_events.strategies import model_classes

    assert [c.__name__ for c in model_classes() if "__getattr__" in c.__dict__] == []
    event = converter.structure(load_sample("sqs.json"), SQSEvent)
    record = event.records[0]
    assert record.json_body is record.json_body  # parsed once
    changed = attrs.evolve(record, body='{"orderId": "o-2"}')
    assert changed.json_body == {"orderId": "o-2"}  # a new object has its own cache
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.body = "x"  # type: ignore[misc]
