"""Hypothesis strategies for every lambda-events class (requires `hypothesis`).

```python
from hypothesis import given, strategies as st
import lambda_events.strategies  # registers a strategy for every class

@given(st.from_type(SQSEvent))
def test_handler(event): ...
```
Strategies are derived from the class declarations, so they follow every field rule; the
objects they generate unstructure to JSON-serializable events. Importing this module
registers them with `st.register_type_strategy`.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from ._converter import is_model, open_enum_of, optional_inner
from ._registry import LAZY_NAMES
from .arn import parse_arn
from .attribute_values import AttributeValueMap
from .codecs import Base64Text, CompressedJsonText, codec_for
from .headers import Headers, MultiValueHeaders
from .timestamps import (
    EpochMicrosText,
    EpochMillis,
    EpochMillisText,
    EpochSeconds,
    HttpDate,
    IsoTimestamp,
)

__all__ = ["json_values", "model_classes", "register_all", "strategy_for"]

_text = st.text(max_size=12)
_keys = st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=8)
_MS = 4_102_444_800_000  # year 2100
_moments = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1))

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | _text
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=6,
)
"""Any JSON value."""

_dynamo_scalar = (
    _text
    | st.decimals(
        allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**9
    )
    | st.binary(max_size=8)
    | st.booleans()
    | st.none()
)
_dynamo_value = st.recursive(
    _dynamo_scalar
    | st.frozensets(_text, min_size=1, max_size=3)
    | st.frozensets(st.integers(-1000, 1000).map(Decimal), min_size=1, max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=6,
)

_WIRE_VALUES: dict[Any, st.SearchStrategy[Any]] = {
    EpochSeconds: st.floats(0, 4e9).map(EpochSeconds),
    EpochMillis: st.integers(0, _MS).map(EpochMillis),
    EpochMillisText: st.integers(0, _MS).map(EpochMillisText),
    EpochMicrosText: st.integers(0, _MS * 1000).map(EpochMicrosText),
    IsoTimestamp: _moments.map(
        lambda d: IsoTimestamp(d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")
    ),
    HttpDate: _moments.map(lambda d: HttpDate(d.strftime("%d/%b/%Y:%H:%M:%S +0000"))),
    Base64Text: st.binary(max_size=16).map(Base64Text.from_bytes),
    Headers: st.dictionaries(_keys, _text, max_size=3).map(Headers),
    MultiValueHeaders: st.dictionaries(
        _keys, st.lists(_text, max_size=2).map(tuple), max_size=3
    ).map(MultiValueHeaders),
}


_status = st.integers(100, 599)
_nonempty = st.text(min_size=1, max_size=12).filter(str.strip)
_route_arns = st.lists(
    st.sampled_from(
        [
            "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets",
            "arn:aws-cn:execute-api:cn-north-1:123456789012:abc123/prod/*/*",
            "arn:aws:execute-api:eu-west-1:123456789012:ws1/prod/$connect",
        ]
    ),
    min_size=1,
    max_size=3,
    unique=True,
).map(tuple)
_scalars = st.one_of(_text, st.integers(-1000, 1000), st.booleans())
_no_base64 = st.none() | st.just(False)

# Batch records: what AWS sends, so item_identifier, queue_url and the batch helper work.
_names = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=12)
_places = st.sampled_from(
    [
        ("aws", "us-east-1"),
        ("aws", "eu-central-1"),
        ("aws-cn", "cn-north-1"),
        ("aws-us-gov", "us-gov-west-1"),
    ]
)
_sequence_numbers = st.integers(0, 10**56).map(str)  # Kinesis and DynamoDB: decimal digits


def _arns(service: str, resource: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """ARNs of one service, with a partition and region that belong together."""
    return st.builds(
        lambda place, res: f"arn:{place[0]}:{service}:{place[1]}:123456789012:{res}",
        _places,
        resource,
    )


_queue_arns = _arns("sqs", _names | _names.map(lambda n: n + ".fifo"))
_kinesis_arns = _arns("kinesis", _names.map(lambda n: f"stream/{n}"))
_dynamodb_arns = _arns("dynamodb", _names.map(lambda n: f"table/{n}/stream/2024-01-01T00:00:00"))

# Responses validate at construction; random values rarely pass, so their fields draw from
# the values AWS accepts (class name -> field name -> strategy).
_FIELD_RULES: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "AlexaCard": {"type": st.sampled_from(["Simple", "Standard", "LinkAccount"])},
    "AlexaOutputSpeech": {"type": st.just("PlainText"), "text": _nonempty},
    "ALBResponse": {
        "status_code": _status,
        "is_base64_encoded": st.just(False),
        "multi_value_headers": st.none(),
    },
    "VPCLatticeResponse": {"status_code": _status, "is_base64_encoded": st.just(False)},
    "APIGatewayProxyResponse": {
        "status_code": _status,
        "is_base64_encoded": _no_base64,
        "multi_value_headers": st.none(),
    },
    "APIGatewayProxyResponseV2": {"status_code": _status, "is_base64_encoded": _no_base64},
    "APIGatewayAuthorizerPolicyStatement": {
        "action": st.just("execute-api:Invoke"),
        "effect": st.sampled_from(["Allow", "Deny"]),
        "resource": _route_arns,
        "condition": st.none() | st.just({"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}),
    },
    "APIGatewayAuthorizerPolicyDocument": {"version": st.just("2012-10-17")},
    "APIGatewayAuthorizerResponse": {"context": st.none() | st.dictionaries(_keys, _scalars)},
    "APIGatewayAuthorizerResponseWebSocket": {
        "context": st.none() | st.dictionaries(_keys, _scalars)
    },
    "AppSyncAuthorizerResponse": {"ttl_override": st.none() | st.integers(0, 3600)},
    "BatchItemFailure": {"item_identifier": _nonempty},
    "SQSRecord": {
        "message_id": st.uuids().map(str),
        "receipt_handle": _nonempty,
        "event_source": st.just("aws:sqs"),
        "event_source_arn": _queue_arns,
    },
    "SQSRecordAttributes": {
        "approximate_receive_count": st.integers(1, 1000).map(str),
        "sequence_number": st.none() | _sequence_numbers,
    },
    "KinesisStreamRecordPayload": {
        "sequence_number": _sequence_numbers,
        "partition_key": _nonempty,
    },
    "KinesisStreamRecord": {
        "event_id": _nonempty,
        "event_source": st.just("aws:kinesis"),
        "event_source_arn": _kinesis_arns,
    },
    "StreamRecord": {"sequence_number": _sequence_numbers},
    "DynamoDBRecord": {
        "event_id": _nonempty,
        "event_source": st.just("aws:dynamodb"),
        "event_source_arn": _dynamodb_arns,
    },
    "BedrockAgentApiResponse": {"http_status_code": _status, "response_body": st.none()},
    "BedrockAgentResponse": {"message_version": st.just("1.0")},
    "BedrockAgentFunctionResponse": {"message_version": st.just("1.0")},
    "BedrockAgentFunctionResult": {
        "response_body": st.deferred(lambda: _content_body()),
        "response_state": st.none() | st.sampled_from(["FAILURE", "REPROMPT"]),
    },
    "ClaimsAndScopeOverrideDetails": {"id_token_generation": st.none()},
    "CloudFormationCustomResourceResponse": {
        "status": st.sampled_from(["SUCCESS", "FAILED"]),
        "reason": _nonempty,
        "physical_resource_id": _nonempty,
    },
    "KinesisFirehoseDataTransformationRecord": {
        "record_id": _nonempty,
        "result": st.sampled_from(["Ok", "Dropped", "ProcessingFailed"]),
    },
    "KinesisFirehoseDataTransformationRecordMetadata": {
        "partition_keys": st.dictionaries(_keys, _nonempty, min_size=1, max_size=2)
    },
    "KinesisFirehoseDataTransformationResponse": {
        "records": st.deferred(lambda: _firehose_records()),
    },
    "S3BatchOperationResponseRecord": {
        "result_code": st.sampled_from(["Succeeded", "TemporaryFailure", "PermanentFailure"])
    },
    "S3BatchOperationResponse": {
        "treat_missing_keys_as": st.sampled_from(
            ["Succeeded", "TemporaryFailure", "PermanentFailure"]
        ),
        "results": st.deferred(lambda: st.tuples(_by_name("S3BatchOperationResponseRecord"))),
    },
    "ClientVPNConnectionHandlerResponse": {"error_msg_on_failed_posture_compliance": st.none()},
    "CloudFrontResponse": {
        "status": _status.map(str),
        "headers": st.none(),
        "body_encoding": st.none() | st.sampled_from(["text", "base64"]),
    },
    "IoTCustomAuthorizerResponse": {
        "principal_id": st.text("abcXYZ0129", min_size=1, max_size=12),
        "disconnect_after_in_seconds": st.integers(300, 86400),
        "refresh_after_in_seconds": st.integers(300, 86400),
        "policy_documents": st.lists(
            _text | st.dictionaries(_keys, _text, max_size=2), max_size=2
        ).map(tuple),
    },
    "KinesisAnalyticsInputPreprocessingResponseRecord": {
        "record_id": _nonempty,
        "result": st.sampled_from(["Dropped", "ProcessingFailed"]),
    },
    "KinesisAnalyticsInputPreprocessingResponse": {"records": st.just(())},
    "KinesisAnalyticsOutputDeliveryResponseRecord": {
        "record_id": _nonempty,
        "result": st.sampled_from(["Ok", "DeliveryFailed"]),
    },
    "KinesisAnalyticsOutputDeliveryResponse": {"records": st.just(())},
    "LexDialogAction": {
        "type": st.sampled_from(["Delegate", "ElicitIntent"]),
        "fulfillment_state": st.none() | st.sampled_from(["Fulfilled", "Failed"]),
    },
    "LexV2DialogAction": {"type": st.sampled_from(["Close", "Delegate", "ElicitIntent"])},
    "LexV2Message": {
        "content_type": st.sampled_from(["PlainText", "SSML", "CustomPayload"]),
        "content": _text,
    },
    "LexV2SessionState": {
        "dialog_action": st.deferred(lambda: _by_name("LexV2DialogAction")),
        "intent": st.deferred(lambda: _by_name("LexV2Intent")),
    },
    "UserMigrationTriggerEventResponse": {
        "final_user_status": st.none() | st.sampled_from(["CONFIRMED", "RESET_REQUIRED"]),
        "message_action": st.none() | st.sampled_from(["RESEND", "SUPPRESS"]),
        "desired_delivery_mediums": st.none()
        | st.lists(st.sampled_from(["SMS", "EMAIL"]), min_size=1, max_size=2, unique=True).map(
            tuple
        ),
    },
}


def _by_name(name: str) -> st.SearchStrategy[Any]:
    module = LAZY_NAMES[name]
    return st.from_type(getattr(importlib.import_module(module, "lambda_events"), name))


def _content_body() -> st.SearchStrategy[Any]:
    return _by_name("BedrockAgentResponseContent").map(lambda content: {"TEXT": content})


def _firehose_records() -> st.SearchStrategy[Any]:
    records = st.lists(
        _by_name("KinesisFirehoseDataTransformationRecord"),
        min_size=1,
        max_size=3,
        unique_by=lambda record: record.record_id,
    )
    return records.map(tuple)


def _transfer_family_responses() -> st.SearchStrategy[Any]:
    from .transfer_family import TransferFamilyAuthorizerResponse as Response

    role = "arn:aws:iam::123456789012:role/transfer"
    mapping = {"Entry": "/", "Target": "/bucket/home"}
    return st.one_of(
        st.just(Response.deny()),
        _nonempty.map(
            lambda home: Response.for_s3(role, home_directory="/bucket/" + home.strip("/"))
        ),
        st.just(Response.for_s3(role, home_directory_details=[mapping])),
        st.integers(0, 65535).map(
            lambda uid: Response.for_efs(role, uid=uid, gid=uid, home_directory="/fs-1/x")
        ),
    )


_CLASS_RULES: dict[str, Any] = {"TransferFamilyAuthorizerResponse": _transfer_family_responses}


def _one_source(event: Any) -> Any:
    """A batch as AWS sends it: every record from the first record's queue or stream."""
    if not event.records:
        return event
    arn = event.records[0].event_source_arn
    region = parse_arn(arn).region
    records = [attrs.evolve(r, event_source_arn=arn, aws_region=region) for r in event.records]
    return attrs.evolve(event, records=tuple(records))


# Applied to each drawn object of the class, for rules that span fields or records.
_FIXUPS: dict[str, Any] = {
    "SQSEvent": _one_source,
    "KinesisStreamEvent": _one_source,
    "DynamoDBStreamEvent": _one_source,
}


def strategy_for(t: Any) -> st.SearchStrategy[Any]:
    """A strategy for values of a field type, following the library's wire rules."""
    inner, optional = optional_inner(t)
    if optional:
        return st.none() | strategy_for(inner)
    if t is Any or t is object or isinstance(t, TypeVar):
        return json_values
    if t is str:
        return _text
    if t is bool:
        return st.booleans()
    if t is int:
        return st.integers(-(2**53), 2**53)
    if t is float:
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**31), 2**31)
    if t in _WIRE_VALUES:
        return _WIRE_VALUES[t]
    if t == AttributeValueMap:
        return st.dictionaries(_keys, _dynamo_value, max_size=3)
    if get_origin(t) is Literal:
        return st.sampled_from(get_args(t))
    if get_origin(t) is CompressedJsonText:
        return strategy_for(get_args(t)[0]).map(lambda value: CompressedJsonText.compress(value))
    found = codec_for(t)
    if found is not None and found[1] is not t:
        return _codec_strategy(t)
    enum_cls = open_enum_of(t)
    if enum_cls is not None:
        return st.sampled_from(list(enum_cls)) | _text.filter(lambda s: s not in _values(enum_cls))
    origin, args = get_origin(t), get_args(t)
    if origin in (tuple, Sequence, list) and args:
        items = st.lists(strategy_for(args[0]), max_size=2)
        return items if origin is list else items.map(tuple)
    if origin in (Mapping, dict) and len(args) == 2:
        return st.dictionaries(_keys, strategy_for(args[1]), max_size=2)
    if origin is Union:
        return st.one_of([strategy_for(a) for a in args])
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return st.sampled_from(list(t))
    if is_model(t):
        return st.deferred(lambda: _model_strategy(t))
    return st.from_type(t)


def _values(enum_cls: type[enum.Enum]) -> set[Any]:
    return {m.value for m in enum_cls}


def _codec_strategy(t: Any) -> st.SearchStrategy[Any]:
    found = codec_for(t)
    assert found is not None
    codec, target = type(found[0]).__name__, found[1]
    if target is Base64Text:
        return st.binary(max_size=16).map(Base64Text.from_bytes)
    if target is bytes:
        return st.binary(max_size=16)
    if isinstance(target, TypeVar) or target is str:
        if codec == "_Base64Payload":
            return st.binary(max_size=16).map(Base64Text.from_bytes)
        return _text if codec == "_JsonText" or target is str else json_values
    return strategy_for(target)


def _model_strategy(cls: Any) -> st.SearchStrategy[Any]:
    origin = get_origin(cls) or cls
    if origin.__name__ in _CLASS_RULES:
        return st.deferred(_CLASS_RULES[origin.__name__])
    hints = get_type_hints(origin, include_extras=True)
    rules = _FIELD_RULES.get(origin.__name__, {})
    fields = {
        a.name: rules[a.name] if a.name in rules else strategy_for(hints[a.name])
        for a in attrs.fields(origin)
        if a.name not in ("unknown_keys", "_wire") and a.init
    }

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        values = {name: draw(strategy) for name, strategy in fields.items()}
        try:
            return origin(**values)
        except (ValueError, TypeError):  # a response validator refused the combination
            assume(False)

    fixup = _FIXUPS.get(origin.__name__)
    return build() if fixup is None else build().map(fixup)


def model_classes() -> list[type]:
    """Every public lambda-events model class."""
    out = []
    for name, module in sorted(LAZY_NAMES.items()):
        value = getattr(importlib.import_module(module, "lambda_events"), name)
        if (
            isinstance(value, type)
            and is_model(value)
            and value.__module__ != "lambda_events._model"
        ):
            out.append(value)
    return out


def register_all() -> None:
    """Register a strategy for every model class (`st.from_type(SQSEvent)` then works)."""
    for cls in model_classes():
        st.register_type_strategy(cls, _model_strategy(cls))


register_all()
