"""The migration guide's claims as data: `gen_migration.py` writes the guide from this table and
`tests/test_migration_guide.py` checks every claim against the installed Powertools.

- `BEHAVIOUR`: the "What behaves differently" rows; a row with a key is a value-level
  difference the test may normalise (and only those).
- `RENAMED`, `GONE`, `GONE_CLASSES`, `MEMBER_DIFFERENCES`: the class-by-class table. A data
  class member present in lambda-events and not listed in `MEMBER_DIFFERENCES` is claimed
  "same": the test reads it from Powertools and lambda-events on every bundled sample that
  carries the class and compares.
- `IDIOMS`: Powertools code that runs unchanged (or, with `ours`, the documented change).
- `HANDLERS`: handlers written from the Powertools documentation page, in
  `tests/powertools_handlers/`; each runs unchanged apart from its import lines, or fails
  loudly with the message given here.

Needs `aws-lambda-powertools` (the `test` extra).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import importlib
import inspect
import pkgutil
from typing import Any, NamedTuple

import attrs

POWERTOOLS = "aws_lambda_powertools.utilities.data_classes"


class Behaviour(NamedTuple):
    """One row of "What behaves differently"; `key` names the test's normalisation rule."""

    powertools: str
    ours: str
    key: str = ""


BEHAVIOUR = [
    Behaviour(
        "lazy view over the dict; a missing key raises `KeyError` when a property is read",
        "validated when structured; an optional key that is absent reads `None` (or an empty "
        "value); a property that needs it raises `IndexError`/`KeyError` too",
        "missing-key",
    ),
    Behaviour(
        "an absent optional map, list, string or flag reads `{}`, `[]`, `''`, `False` "
        "(or a wrapper over nothing)",
        "`None` (the `resolved_*` helpers give the empty value where Powertools has them)",
        "absent",
    ),
    Behaviour(
        "lists are lists or generators (`records` is a generator)",
        "tuples (index them, iterate them twice)",
        "sequences",
    ),
    Behaviour(
        "header maps (`CaseInsensitiveDict`) iterate lower-cased names",
        "`Headers` keeps the names as sent; lookups ignore case",
        "header-case",
    ),
    Behaviour(
        "`get_header_value(name, case_sensitive=True)` matches any case",
        "matches the exact case only",
    ),
    Behaviour(
        "a nested object without a data class is a plain `dict`",
        "a typed frozen class; its `raw_event` is the dict",
        "typed",
    ),
    Behaviour(
        "mutable; `event.raw_event` is the caller's dict",
        "frozen; `event.raw_event` / `converter.unstructure(event)` give the event back "
        "exactly; setting a field raises with the `attrs.evolve` to write",
    ),
    Behaviour(
        "Cognito: set `event.response.x = ...`, return `event.raw_event`",
        "`return attrs.evolve(event, response=attrs.evolve(event.response, x=...))`; "
        "the decorator unstructures it",
    ),
    Behaviour(
        "mutable response builders: `policy.allow_all_routes()`, `result.add_record(r)`, "
        "`response.add_result(r)`",
        "frozen: builder calls return the new response (`policy = policy.allow_all_routes()`); "
        "a dropped route call, an empty Firehose response and a positional "
        "`S3BatchOperationResponse(...)` raise",
    ),
    Behaviour(
        "enums with int values, unknown names raise",
        "`StrEnum` members; unknown values stay plain strings",
        "enums",
    ),
    Behaviour(
        "DynamoDB `B`, SQS `binary_value` and Kafka header values as base64 text or int lists",
        "`bytes`",
        "bytes",
    ),
    Behaviour(
        "timestamps are raw strings, truncated ints or naive `datetime`s",
        "the wire value with `.datetime` (UTC-aware)",
        "timestamps",
    ),
    Behaviour(
        "undecodable content raises `UnicodeDecodeError`, `KeyError`, `binascii.Error`",
        "`ContentError` / `StructureError` (both `ValueError`; bad JSON is also a "
        "`json.JSONDecodeError`)",
        "errors",
    ),
    Behaviour(
        "`json_body` uses `json.loads`; no typed payloads",
        "`json_body`, `body_as(cls)`, and `SQSEvent[Order]`-style typed payloads",
    ),
    Behaviour("secrets printed by `str(event)`", "redacted in `repr` and the command line"),
    Behaviour(
        "batch utility: `process_partial_response(event, record_handler, "
        "processor=BatchProcessor(EventType.SQS, model=...), context=...)`",
        "`process_partial_response(event, record_handler, payload=Order)` on a typed event "
        "(the function gets `(record, order)`); Kinesis and DynamoDB stop at the first "
        "failure; a batch where every record failed is reported, not raised",
    ),
]
RULES = frozenset(row.key for row in BEHAVIOUR if row.key)

RENAMED = {
    "get_id": "id",
    "get_type": "type",
    "get_from": "from_",
    "accountid": "account_id",
    "evalution_mode": "evaluation_mode",
    "get_lambda": "lambda_",
    "raw_configuration_item": "configuration_item",
    "raw_configuration_item_summary": "configuration_item_summary",
}
GONE = {
    "header_serializer": "an event-handler internal; not part of the data model",
    "setup_s3_client": "would need boto3 at run time; runtime dependencies are attrs and cattrs only",
    "get_artifact": "would need boto3 at run time",
    "put_artifact": "would need boto3 at run time",
    "add_result": "responses are frozen: build them with `for_event(...)` / `evolve`",
    "build_authentication_response_efs": "use `TransferFamilyAuthorizerResponse.for_efs(...)`",
    "build_authentication_response_s3": "use `TransferFamilyAuthorizerResponse.for_s3(...)`",
}
GONE_CLASSES = {
    "DictWrapper": "every class is a frozen attrs model and, like `DictWrapper`, a read-only "
    "mapping over its wire dict: `event.raw_event`, `event[key]`, `event.get(key)`, `in`, "
    "`keys()`, `items()`, `values()`, `len()`, iteration and `dict(event)` work (read when "
    "called); an object is true even without keys (an absent part reads `None`)",
    "CaseInsensitiveDict": "`lambda_events.Headers` (keeps the original casing)",
    "BaseProxyEvent": "shared helpers live in mixins; every HTTP event has them",
    "SQSMessageAttributes": "a plain read-only `Mapping[str, SQSMessageAttribute]`",
    "vpcLatticeEventV2Identity": "renamed `VPCLatticeEventV2Identity`",
    "vpcLatticeEventV2RequestContext": "renamed `VPCLatticeEventV2RequestContext`",
}
_TUPLES = "values are always tuples (Powertools: strings unless AWS sent multi-value headers)"
_SNS_URL = "also read from the `...URL` spelling SNS uses in a message delivered to SQS"
# (Powertools class, member) -> how lambda-events differs; the test checks that it does
MEMBER_DIFFERENCES = {
    ("ALBEvent", "resolved_headers_field"): _TUPLES,
    ("APIGatewayAuthorizerRequestEvent", "parsed_arn"): "a WebSocket `$connect` ARN is split as "
    "a route (`http_method` None); Powertools splits it as a REST method ARN",
    ("APIGatewayProxyEventV2", "resolved_headers_field"): _TUPLES,
    ("ActiveMQMessage", "correlation_id"): "also read from `correlationId` (Powertools: only "
    "`correlationID`)",
    ("ActiveMQMessage", "destination_physicalname"): "also read from `destination.physicalname`",
    ("AppSyncResolverEventsEvent", "events"): "`None` without `events` (Powertools: `[{}]`)",
    ("AppSyncResolverEventsEvent", "identity"): "a plain mapping (Powertools: "
    "`AppSyncIdentityIAM` or `AppSyncIdentityCognito`)",
    ("CloudWatchWidgetContext", "forms"): "a `CloudWatchWidgetForms`; Powertools returns its "
    "`all` map (`forms.all`)",
    ("LambdaFunctionUrlEvent", "resolved_headers_field"): _TUPLES,
    ("S3ObjectLambdaEvent", "input_s3_url"): "also the URL of a list-objects request "
    "(Powertools raises `KeyError`)",
    ("SNSMessage", "signing_cert_url"): _SNS_URL,
    ("SNSMessage", "unsubscribe_url"): _SNS_URL,
    ("SQSRecord", "decoded_nested_sns_event"): "raises `StructureError` when the body is not an "
    "SNS notification (Powertools wraps any JSON object)",
    ("SQSRecord", "queue_url"): "right in the China regions (`amazonaws.com.cn`)",
    ("VPCLatticeEvent", "json_body"): "`None` for an empty body (Powertools raises "
    "`JSONDecodeError`)",
    ("VPCLatticeEvent", "resolved_headers_field"): _TUPLES,
    ("VPCLatticeEvent", "resolved_query_string_parameters"): "values are strings (Powertools: "
    "one-item lists)",
    ("VPCLatticeEventV2", "resolved_headers_field"): _TUPLES,
}


class Idiom(NamedTuple):
    """Powertools code run on `event` (built from `sample` with `changes`) in both libraries.

    `result` is compared; with `ours`, lambda-events runs that code instead (the guide shows
    it as the change to make); with `raises`, lambda-events must raise a message matching it.
    """

    text: str
    sample: str
    code: str
    ours: str = ""
    raises: str = ""
    changes: tuple[tuple[str, Any], ...] = ()


_REST = "apigw-rest-proxy.json"
_POLICY = 'policy = APIGatewayAuthorizerResponse("user", "us-east-1", "123456789012", "a1", "prod")'
IDIOMS = [
    Idiom(
        '`event.raw_event`, `event["key"]`, `event.get("key", default)`',
        "sqs.json",
        'result = (event.raw_event, event["Records"][0]["messageId"], event.get("nope", 3))',
    ),
    Idiom(
        '`"key" in event`, `keys()`, `items()`, `values()`, `len(event)`, `dict(event)`, '
        "iteration (a read-only mapping over the wire dict)",
        "sqs.json",
        'result = ("Records" in event, "nope" in event, 0 in event, list(event), len(event), '
        "list(event.keys()), dict(event.items()), list(event.values()), dict(event), "
        'dict(next(iter(event.records)))["messageId"])',
    ),
    Idiom(
        "`get_query_string_value(name, default_value=...)`, "
        "`get_multi_value_query_string_values(name, default_values=...)`",
        _REST,
        'result = [event.get_query_string_value("page", default_value="1"), '
        'event.get_query_string_value("tag"), event.get_multi_value_query_string_values("tag"), '
        'event.get_multi_value_query_string_values("nope", default_values=["a"])]',
    ),
    Idiom(
        "`get_header_value(name, default_value=None, case_sensitive=False)`",
        _REST,
        'result = [event.get_header_value("accept"), event.get_header_value("Accept", "-", True), '
        'event.get_header_value("x", "-")]',
    ),
    Idiom(
        '`event.headers.get(name)` when AWS sends `"headers": null`',
        _REST,
        'result = (event.headers.get("accept"), event.get_header_value("accept", "none"))',
        changes=(("headers", None), ("multiValueHeaders", None)),
    ),
    Idiom(
        "`decoded_body` and `json_body` of a request without a body (`None`)",
        _REST,
        "result = (event.decoded_body, event.json_body)",
        changes=(("body", None),),
    ),
    Idiom(
        "`json_body` of bad JSON raises an error that is a `json.JSONDecodeError`",
        _REST,
        "try:\n    event.json_body\nexcept json.JSONDecodeError as error:\n    result = error.pos",
        changes=(("body", "{nope"), ("isBase64Encoded", False)),
    ),
    Idiom(
        "`APIGatewayAuthorizerResponseV2(authorize=..., context=...).asdict()`",
        "apigw-authorizer-v2.json",
        'result = [APIGatewayAuthorizerResponseV2(authorize=True, context={"name": "Foo"}).asdict(),'
        " APIGatewayAuthorizerResponseV2(authorize=False).asdict()]",
    ),
    Idiom(
        "Firehose `record.data_as_text`, `data_as_bytes`, `data_as_json` (properties)",
        "firehose-kinesis-source.json",
        "record = next(iter(event.records))\n"
        "result = (record.data_as_text, record.data_as_bytes, record.data_as_json)",
    ),
    Idiom(
        "Kinesis `record.kinesis.data_as_text()`, `data_as_bytes()` (methods)",
        "kinesis-stream.json",
        "result = [(r.kinesis.data_as_text(), r.kinesis.data_as_bytes()) for r in event.records]",
    ),
    Idiom(
        "`extract_cloudwatch_logs_from_event(event)`",
        "kinesis-cloudwatch-logs.json",
        "result = [log.log_group for log in extract_cloudwatch_logs_from_event(event)]",
    ),
    Idiom(
        "`APIGatewayAuthorizerResponse(principal_id, region, aws_account_id, api_id, stage, "
        "context=...)`: keep what each route call returns",
        "apigw-authorizer-token.json",
        f'{_POLICY}\npolicy.allow_route("GET", "/orders")\npolicy.deny_all_routes("DELETE")\n'
        "result = policy.asdict()",
        ours=f'{_POLICY}\npolicy = policy.allow_route("GET", "/orders")\n'
        'policy = policy.deny_all_routes("DELETE")\nresult = policy.asdict()',
    ),
    Idiom(
        "S3 keys through EventBridge (`detail.object.key`) read URL-decoded; "
        "`encoded_key` is the key as S3 sent it",
        "s3-eventbridge-object-created.json",
        "result = (event.detail.object.key, event.detail.object.raw_event)",
    ),
    Idiom(
        "S3 Batch `task.s3_key` reads URL-decoded; `encoded_key` is the key as S3 sent it",
        "s3-batch-schema-v1.json",
        "result = [task.s3_key for task in event.tasks]",
    ),
    Idiom(
        "Firehose `record.build_data_transformation_response(data=base64_text)`: a `str` is "
        "base64 text (`base64_from_json(...)`); bytes and JSON values are the payload itself",
        "firehose-kinesis-source.json",
        "record = next(iter(event.records))\n"
        'result = [record.build_data_transformation_response("Ok", "aGk=").asdict(), '
        "record.build_data_transformation_response().asdict()]",
    ),
    Idiom(
        "`request_context.authorizer.get_context()`: the authorizer object as sent, keys sent "
        "as `null` included",
        _REST,
        "result = event.request_context.authorizer.get_context()",
    ),
    Idiom(
        "VPC Lattice v2 `event.headers.get(name)` and `get_header_value(name)`: a header sent "
        "as a list reads as that list (a tuple); `headers.joined` joins it with `,`",
        "vpc-lattice-v2.json",
        'result = (event.headers.get("X-Forwarded-For"), event.headers["accept"], '
        'event.get_header_value("content-type"), event.get_header_value("nope", "-"))',
    ),
    Idiom(
        "`AppSyncAuthorizerResponse(authorize=..., max_age=..., resolver_context=..., "
        "deny_fields=...)`",
        "appsync-authorizer.json",
        'result = [AppSyncAuthorizerResponse(authorize=True, max_age=60, deny_fields=["M.x"], '
        'resolver_context={"id": "u-1"}).asdict(), AppSyncAuthorizerResponse(True, None, {}, '
        "[]).asdict(), AppSyncAuthorizerResponse().asdict()]",
    ),
    Idiom(
        "`SQSEvent(raw)`: build with `SQSEvent.from_dict(raw)`",
        "sqs.json",
        "result = SQSEvent(event.raw_event).raw_event",
        raises=r"^SQSEvent\(raw\) is not supported .* use SQSEvent\.from_dict\(raw\)",
    ),
    Idiom(
        "a route call whose result is dropped",
        "apigw-authorizer-token.json",
        f"{_POLICY}\npolicy.allow_all_routes()\nresult = policy.asdict()",
        raises=r"write `policy = policy\.allow_all_routes\(\)`",
    ),
    Idiom(
        "an empty Firehose response filled with `add_record`",
        "firehose-kinesis-source.json",
        "result = KinesisFirehoseDataTransformationResponse()\n"
        "result.add_record(next(iter(event.records)).build_data_transformation_response())",
        raises=r"KinesisFirehoseDataTransformationResponse\(records=records\)",
    ),
    Idiom(
        "setting a field of a Cognito trigger's response",
        "cognito-pre-sign-up.json",
        "event.response.auto_confirm_user = True\nresult = event.raw_event",
        raises=r"attrs\.evolve\(event, response=attrs\.evolve\(event\.response, "
        r"auto_confirm_user=\.\.\.\)\)",
    ),
    Idiom(
        "`S3BatchOperationResponse(schema_version, invocation_id, code)` and `add_result`: build it "
        "with `S3BatchOperationResponse.for_event(event, results)`",
        "s3-batch-schema-v1.json",
        "result = S3BatchOperationResponse(event.invocation_schema_version, event.invocation_id)",
        raises="takes 1 positional argument",
    ),
]


class Handler(NamedTuple):
    """A Powertools handler (`tests/powertools_handlers/<name>.py`) and the event it gets.

    With neither `raises` nor `note` it runs unchanged once its data-class imports name
    `lambda_events`; with `raises`, lambda-events raises a message matching it; with only a
    `note`, it returns a different result without an error (the note says what to change).
    """

    name: str
    sample: str
    raises: str = ""
    note: str = ""


_FROM_DICT = r"is not supported .* use \w+\.from_dict\(raw\)"
_KEEP_POLICY = r"write `policy = policy\.allow_all_routes\(\)`"
_EVOLVE = r"is frozen: cannot set .* attrs\.evolve\(event, response=attrs\.evolve"
_FIREHOSE = r"KinesisFirehoseDataTransformationResponse\(records=records\)"
_COLLECT = (
    "collect the records, return `KinesisFirehoseDataTransformationResponse(records=records)`"
)
HANDLERS = [
    Handler("direct_initialization", _REST, _FROM_DICT, "`APIGatewayProxyEvent.from_dict(event)`"),
    Handler("apigw_proxy", _REST),
    Handler("apigw_proxy_v2", "apigw-http-v2.json"),
    Handler("alb", "alb-request.json"),
    Handler("activemq", "activemq-messages.json"),
    Handler(
        "apigw_authorizer_request",
        "apigw-authorizer-request.json",
        _KEEP_POLICY,
        "`policy = policy.allow_all_routes()`",
    ),
    Handler(
        "apigw_authorizer_websocket",
        "apigw-authorizer-request-websocket.json",
        _KEEP_POLICY,
        "`policy = policy.allow_all_routes()`",
    ),
    Handler(
        "apigw_authorizer_token",
        "apigw-authorizer-token.json",
        _KEEP_POLICY,
        "`policy = policy.allow_all_routes()`",
    ),
    Handler("apigw_authorizer_v2", "apigw-authorizer-v2.json"),
    Handler("appsync_authorizer", "appsync-authorizer.json"),
    Handler("appsync_resolver", "appsync-resolver-direct.json"),
    Handler("config_rule", "config-scheduled.json"),
    Handler("bedrock_agent", "bedrock-agent-openapi-get.json"),
    Handler("cloudformation_custom_resource", "cloudformation-create.json"),
    Handler("cloudwatch_dashboard", "cloudwatch-dashboard-widget.json"),
    Handler("cloudwatch_alarm", "cloudwatch-alarm-metric.json"),
    Handler("cloudwatch_logs", "cloudwatch-logs.json"),
    Handler("kinesis_cloudwatch_logs", "kinesis-cloudwatch-logs.json"),
    Handler("codedeploy", "codedeploy-lifecycle-hook.json"),
    Handler("codepipeline", "codepipeline-job.json"),
    Handler(
        "cognito_post_confirmation",
        "cognito-post-confirmation.json",
        _FROM_DICT,
        "`PostConfirmationTriggerEvent.from_dict(event)`",
    ),
    Handler(
        "cognito_define_auth_challenge",
        "cognito-define-auth-challenge.json",
        _FROM_DICT,
        "`from_dict(event)`, then `attrs.evolve` the response and return it",
    ),
    Handler(
        "cognito_create_auth_challenge",
        "cognito-create-auth-challenge.json",
        _EVOLVE,
        "`return attrs.evolve(event, response=attrs.evolve(event.response, ...))`",
    ),
    Handler(
        "cognito_verify_auth_challenge",
        "cognito-verify-auth-challenge.json",
        _EVOLVE,
        "`return attrs.evolve(event, response=attrs.evolve(event.response, ...))`",
    ),
    Handler(
        "connect_contact_flow",
        "connect-contact-flow-voice.json",
        _FROM_DICT,
        "`ConnectContactFlowEvent.from_dict(event)`",
    ),
    Handler(
        "dynamodb_direct",
        "dynamodb-stream.json",
        _FROM_DICT,
        "`DynamoDBStreamEvent.from_dict(event)`",
    ),
    Handler("dynamodb", "dynamodb-stream.json"),
    Handler("eventbridge", "eventbridge-ec2-state-change.json"),
    Handler("kafka", "kafka-msk.json"),
    Handler("kinesis", "kinesis-stream.json"),
    Handler(
        "firehose_transform",
        "firehose-kinesis-source.json",
        _FIREHOSE,
        _COLLECT,
    ),
    Handler(
        "firehose_drop",
        "firehose-kinesis-source.json",
        _FIREHOSE,
        _COLLECT,
    ),
    Handler("function_url", "function-url-request.json"),
    Handler("rabbitmq", "rabbitmq-orders.json"),
    Handler("s3", "s3.json"),
    Handler(
        "s3_batch",
        "s3-batch-schema-v1.json",
        "takes 1 positional argument",
        "`S3BatchOperationResponse.for_event(event, results)`",
    ),
    Handler("s3_eventbridge", "s3-eventbridge-object-created.json"),
    Handler("secrets_manager", "secrets-manager-create-secret.json"),
    Handler("ses", "ses-receipt.json", "no attribute 'get_from'", "`common_headers.from_`"),
    Handler("sns", "sns.json"),
    Handler("sqs", "sqs.json"),
    Handler("vpc_lattice_v2", "vpc-lattice-v2.json"),
    Handler("vpc_lattice", "vpc-lattice-v1.json"),
    Handler("iot_thing", "iot-thing.json"),
    Handler("iot_thing_type", "iot-thing-type.json"),
    Handler("iot_thing_type_association", "iot-thing-type-association.json"),
    Handler("iot_thing_group", "iot-thing-group.json"),
    Handler("iot_thing_group_membership", "iot-thing-group-membership.json"),
    Handler("iot_thing_group_hierarchy", "iot-thing-group-hierarchy.json"),
]


# ------------------------------------------------------------------ Powertools surface


@functools.cache
def powertools_classes() -> dict[str, type]:
    """Every public class of Powertools' data classes package, module by module."""
    package = importlib.import_module(POWERTOOLS)
    found: dict[str, type] = {}
    for info in sorted(pkgutil.walk_packages(package.__path__, POWERTOOLS + "."), key=_name):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            public = inspect.isclass(value) and not name.startswith("_")
            if public and value.__module__ == module.__name__:
                found.setdefault(name, value)
    return found


def _name(info: pkgutil.ModuleInfo) -> str:
    return info.name


def is_data_class(cls: type) -> bool:
    """A Powertools view over an event dict (a `DictWrapper`)."""
    from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

    return issubclass(cls, DictWrapper)


@functools.cache
def powertools_members(cls: type) -> tuple[str, ...]:
    """The public members of a Powertools class, without `DictWrapper`'s own."""
    if issubclass(cls, enum.Enum):
        return tuple(cls.__members__)
    from aws_lambda_powertools.utilities.data_classes.common import DictWrapper

    base = set(dir(DictWrapper)) if is_data_class(cls) else set(dir(object))
    fields = {f.name for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else set()
    names = {n for n in dir(cls) if not n.startswith("_") and n not in base} | fields
    return tuple(sorted(n for n in names if not inspect.isclass(getattr(cls, n, None))))


def ours(name: str) -> type | None:
    """The lambda-events class of a Powertools class name, if there is one."""
    import lambda_events

    value = getattr(lambda_events, name, None)
    return value if isinstance(value, type) else None


def has_member(cls: type, name: str) -> bool:
    """The class has the attribute, method or attrs field `name`."""
    return hasattr(cls, name) or (attrs.has(cls) and name in attrs.fields_dict(cls))


def our_member(cls: type, member: str) -> str | None:
    """The name lambda-events uses for a Powertools member (itself, renamed, or None)."""
    if has_member(cls, member):
        return member
    renamed = RENAMED.get(member)
    return renamed if renamed and has_member(cls, renamed) else None


class ClassRow(NamedTuple):
    """One row of the class-by-class table."""

    name: str
    module: str
    same: tuple[str, ...]  # data classes: compared; other classes: present
    notes: tuple[str, ...]
    compared: bool


def class_rows() -> list[ClassRow]:
    """The class-by-class table, from Powertools, lambda-events and the tables above."""
    rows = []
    for name, cls in powertools_classes().items():
        mine = ours(name)
        if mine is None:
            note = GONE_CLASSES.get(name, "folded into the classes that use it")
            rows.append(ClassRow(name, "", (), (note,), False))
            continue
        same, notes = [], []
        for member in powertools_members(cls):
            mapped = our_member(mine, member)
            difference = MEMBER_DIFFERENCES.get((name, member))
            if mapped is None:
                notes.append(f"`{member}`: {GONE.get(member, 'not provided')}")
            elif difference:
                notes.append(f"`{member}`: {difference}")
            else:
                same.append(member)
                if mapped != member:
                    notes.append(f"`{member}` → `{mapped}`")
        module = mine.__module__.split(".")[1]  # a subpackage exports its modules' names
        rows.append(ClassRow(name, module, tuple(same), tuple(notes), is_data_class(cls)))
    return rows
