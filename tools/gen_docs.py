"""Generate the documentation site's pages from the declarations; run before `mkdocs build`.

Run from the project root: `python tools/gen_docs.py` (the `docs` nox session does). It writes
only git-ignored files:

- `docs/sources/<module>.md`: one page per event source module or subpackage (`api_gateway`,
  `cognito`), read from the classes themselves
  (`lambda_events._registry.LAZY_NAMES`, the attrs fields, `_sources.SOURCES`), the samples in
  `samples/` and the Powertools table of `docs/migrating-from-powertools.md`;
- `docs/reference/<module>.md`: one mkdocstrings page per module, listing its `__all__`;
- `docs/snippets/readme/<slug>.md`: README sections the hand-written guides include;
- `docs/assets/benchmark-ratios.svg`: the ratios of BENCHMARKS.md as a bar chart.

`docs/sources/index.md` and `docs/reference/index.md` are committed and include the generated
tables from `docs/snippets/`.
"""

from __future__ import annotations

import ast
import enum
import functools
import importlib
import importlib.util
import inspect
import json
import re
import sys
import textwrap
import types
import typing
from collections import defaultdict
from html import escape
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import attrs

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SAMPLES = ROOT / "samples"

# page (a module, or a subpackage such as `api_gateway`) -> (page title, AWS documentation page
# for what the service sends and when)
AWS_DOCS: dict[str, tuple[str, str]] = {
    "alexa": (
        "Alexa Skills Kit custom skills",
        "https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html",
    ),
    "autoscaling": (
        "EC2 Auto Scaling custom termination policies",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html",
    ),
    "connect_campaigns": (
        "Amazon Connect outbound campaigns",
        "https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html",
    ),
    "documentdb": (
        "Amazon DocumentDB change streams",
        "https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html",
    ),
    "client_vpn": (
        "AWS Client VPN connection handler",
        "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html",
    ),
    "cloudfront": (
        "CloudFront Lambda@Edge",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html",
    ),
    "codecommit": (
        "CodeCommit triggers",
        "https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html",
    ),
    "cognito_sync": (
        "Amazon Cognito Sync triggers",
        "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html",
    ),
    "kinesis_analytics": (
        "Kinesis Data Analytics preprocessing and output",
        "https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html",
    ),
    "lambda_destination": (
        "Lambda destinations and on-failure records",
        "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html",
    ),
    "lex": (
        "Amazon Lex V1 and V2 code hooks",
        "https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html",
    ),
    "alb": (
        "Application Load Balancer",
        "https://docs.aws.amazon.com/lambda/latest/dg/services-alb.html",
    ),
    "api_gateway": (
        "API Gateway (REST, HTTP, WebSocket, Lambda authorizers)",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html",
    ),
    "appsync": (
        "AWS AppSync",
        "https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference.html",
    ),
    "bedrock": (
        "Amazon Bedrock agents",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html",
    ),
    "cloudformation": (
        "CloudFormation custom resources",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html",
    ),
    "cloudwatch_alarm": (
        "CloudWatch alarms",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html",
    ),
    "cloudwatch_dashboard": (
        "CloudWatch dashboard custom widgets",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html",
    ),
    "cloudwatch_logs": (
        "CloudWatch Logs",
        "https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html",
    ),
    "codedeploy": (
        "CodeDeploy lifecycle hooks",
        "https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html",
    ),
    "codepipeline": (
        "CodePipeline",
        "https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html",
    ),
    "cognito": (
        "Cognito user pool triggers",
        "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html",
    ),
    "config": (
        "AWS Config rules",
        "https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html",
    ),
    "connect": (
        "Amazon Connect",
        "https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html",
    ),
    "dynamodb": (
        "DynamoDB Streams",
        "https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html",
    ),
    "eventbridge": (
        "Amazon EventBridge",
        "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html",
    ),
    "firehose": (
        "Amazon Data Firehose",
        "https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html",
    ),
    "iot": (
        "AWS IoT registry events",
        "https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html",
    ),
    "kafka": (
        "Apache Kafka (MSK and self-managed)",
        "https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html",
    ),
    "kinesis": (
        "Kinesis Data Streams",
        "https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html",
    ),
    "lambda_function_url": (
        "Lambda function URLs",
        "https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html",
    ),
    "mq": ("Amazon MQ", "https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html"),
    "s3": ("Amazon S3", "https://docs.aws.amazon.com/lambda/latest/dg/with-s3.html"),
    "s3_batch": (
        "S3 Batch Operations",
        "https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html",
    ),
    "s3_object_lambda": (
        "S3 Object Lambda",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html",
    ),
    "secrets_manager": (
        "Secrets Manager rotation",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html",
    ),
    "ses": (
        "Amazon SES",
        "https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html",
    ),
    "sns": ("Amazon SNS", "https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html"),
    "sqs": ("Amazon SQS", "https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html"),
    "transfer_family": (
        "Transfer Family identity providers",
        "https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html",
    ),
    "vpc_lattice": (
        "VPC Lattice",
        "https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html",
    ),
}

# samples/responses/<file> -> the response class whose JSON it is (checked by the tests)
RESPONSE_SAMPLES: dict[str, str] = {
    "alexa-skill-response.json": "AlexaSkillResponse",
    "autoscaling-custom-termination-policy-response.json": (
        "AutoScalingCustomTerminationPolicyResponse"
    ),
    "client-vpn-response.json": "ClientVPNConnectionHandlerResponse",
    "cloudfront-generated-response.json": "CloudFrontResponse",
    "iot-custom-authorizer-response.json": "IoTCustomAuthorizerResponse",
    "iot-pre-provisioning-hook-response.json": "IoTPreProvisioningHookResponse",
    "kinesis-analytics-output-delivery-response.json": "KinesisAnalyticsOutputDeliveryResponse",
    "kinesis-analytics-preprocessing-response.json": "KinesisAnalyticsInputPreprocessingResponse",
    "lex-response-elicit-slot.json": "LexResponse",
    "lex-v2-response-close.json": "LexV2Response",
    "alb-response.json": "ALBResponse",
    "apigw-authorizer-response-v2.json": "APIGatewayAuthorizerResponseV2",
    "apigw-authorizer-response-websocket.json": "APIGatewayAuthorizerResponseWebSocket",
    "apigw-authorizer-response.json": "APIGatewayAuthorizerResponse",
    "apigw-proxy-response-v2.json": "APIGatewayProxyResponseV2",
    "apigw-proxy-response.json": "APIGatewayProxyResponse",
    "appsync-authorizer-response.json": "AppSyncAuthorizerResponse",
    "bedrock-agent-function-response.json": "BedrockAgentFunctionResponse",
    "bedrock-agent-response.json": "BedrockAgentResponse",
    "cloudformation-response-failed.json": "CloudFormationCustomResourceResponse",
    "cloudformation-response-success.json": "CloudFormationCustomResourceResponse",
    "firehose-transformation-response.json": "KinesisFirehoseDataTransformationResponse",
    "function-url-response.json": "LambdaFunctionUrlResponse",
    "s3-batch-response.json": "S3BatchOperationResponse",
    "transfer-family-response-efs.json": "TransferFamilyAuthorizerResponse",
    "transfer-family-response-s3-logical.json": "TransferFamilyAuthorizerResponse",
    "transfer-family-response-s3-path.json": "TransferFamilyAuthorizerResponse",
    "vpc-lattice-response.json": "VPCLatticeResponse",
}

# sources whose handlers may answer with a partial batch response (built from their sample)
BATCH_RESPONSE_SAMPLES = {
    "sqs": "sqs.json",
    "kinesis": "kinesis-stream.json",
    "dynamodb": "dynamodb-stream.json",
}

# how a wire type travels, for the codecs that have no public class of their own
CODEC_NOTES = {
    "_JsonText": "JSON text: kept as the string; structured eagerly when the class is typed",
    "_Base64Payload": "base64: `Base64Text`, bytes on access; JSON into `T` when typed",
    "_Base64Bytes": "base64, decoded to bytes when structured",
    "_Image": "DynamoDB AttributeValueMap: AttributeValues to Python values",
    "DispatchBy": "one of the classes, chosen from the value's own markers",
}

MODULE = "lambda_events"


def _lambda_events() -> Any:
    if str(ROOT / "src") not in sys.path and importlib.util.find_spec(MODULE) is None:
        sys.path.insert(0, str(ROOT / "src"))
    return importlib.import_module(MODULE)


def page_of(module: str) -> str:
    """The page of a module: its top-level module or subpackage under the package
    (`lambda_events.api_gateway.rest` and `.api_gateway.rest` -> `api_gateway`)."""
    return module.removeprefix(MODULE).lstrip(".").split(".")[0]


def _registry() -> dict[str, str]:
    """Public name -> the page (module or subpackage) that documents it."""
    _lambda_events()
    from lambda_events._registry import LAZY_NAMES

    return {name: page_of(module) for name, module in LAZY_NAMES.items()}


def _class(name: str) -> Any:
    return getattr(_lambda_events(), name)


def _first_sentence(doc: str | None) -> str:
    text = " ".join((doc or "").strip().split("\n\n", 1)[0].split())
    return text.split(". ", 1)[0].rstrip(".")


def _doc(obj: Any) -> str:
    return inspect.cleandoc(obj.__doc__ or "")


# ------------------------------------------------------------------------------ inventory


@functools.cache
def event_modules() -> dict[str, list[str]]:
    """Module -> the event classes `detect` can name (in `_sources.SOURCES` order)."""
    _lambda_events()
    from lambda_events._sources import SOURCES

    registry = _registry()
    found: dict[str, list[str]] = defaultdict(list)
    for source in SOURCES:
        found[registry[source.event]].append(source.event)
    return dict(found)


@functools.cache
def sample_events() -> dict[str, list[Path]]:
    """Event class name -> its sample events (`detect_name` decides)."""
    le = _lambda_events()
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((SAMPLES / "events").glob("*.json")):
        found[le.detect_name(json.loads(path.read_text()))].append(path)
    return dict(found)


@functools.cache
def response_samples() -> dict[str, list[Path]]:
    """Response class name -> its sample JSON in samples/responses/."""
    found: dict[str, list[Path]] = defaultdict(list)
    for file, name in sorted(RESPONSE_SAMPLES.items()):
        found[name].append(SAMPLES / "responses" / file)
    return dict(found)


@functools.cache
def handlers_by_module() -> dict[str, list[Path]]:
    """Module -> the sample handlers that import one of its public names."""
    registry = _registry()
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((SAMPLES / "handlers").glob("*.py")):
        modules: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(MODULE):
                if node.module != MODULE:
                    modules.add(page_of(node.module))
                modules.update(registry[a.name] for a in node.names if a.name in registry)
        for module in sorted(modules):
            found[module].append(path)
    return dict(found)


@functools.cache
def powertools_rows() -> dict[str, list[str]]:
    """Module -> its rows of the class-by-class table of the migration guide."""
    found: dict[str, list[str]] = defaultdict(list)
    for line in (DOCS / "migrating-from-powertools.md").read_text().splitlines():
        match = re.match(r"^\| `\w+` \| `(\w+)\.\w+` \|", line)
        if match:
            found[match.group(1)].append(line)
    return dict(found)


# -------------------------------------------------------------------------------- types


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def _is_union(t: Any) -> bool:
    return get_origin(t) in (Union, types.UnionType)


def _codec(t: Any) -> Any:
    from lambda_events.codecs import codec_for

    found = codec_for(t) if get_origin(t) is Annotated else None
    return found[0] if found else None


def render_type(t: Any) -> str:
    """A readable spelling of a field type (`tuple[SQSRecord, ...]`, `JsonText[BodyT]`)."""
    if t is type(None):
        return "None"
    if t is Ellipsis:
        return "..."
    if isinstance(t, TypeVar):
        return t.__name__
    origin = get_origin(t)
    if origin is Annotated:
        base, codec = get_args(t)[0], _codec(t)
        name = _annotated_name(t)
        if name:
            return name
        if codec is None or type(codec).__name__ == "DispatchBy" or _is_union(base):
            return render_type(base)
        return f"{type(codec).__name__.lstrip('_')}[{render_type(base)}]"
    if _is_union(t):
        return " | ".join(render_type(a) for a in get_args(t))
    if origin is Literal:
        return "Literal[" + ", ".join(repr(a) for a in get_args(t)) + "]"
    if origin is not None:
        name = getattr(origin, "__name__", str(origin).replace("typing.", ""))
        args = get_args(t)
        return f"{name}[{', '.join(render_type(a) for a in args)}]" if args else name
    if isinstance(t, type):
        return t.__name__
    return str(t).replace("typing.", "")


def _annotated_name(t: Any) -> str | None:
    """The public alias an Annotated type is spelled with (`JsonText[T]`, `AttributeValueMap`)."""
    codec = _codec(t)
    if codec is None:
        return None
    base = render_type(get_args(t)[0])
    for alias, aliased in _public_annotated().items():
        if aliased is not None and _codec(aliased) is codec:
            return alias if not getattr(aliased, "__parameters__", ()) else f"{alias}[{base}]"
    return None


@functools.cache
def _public_annotated() -> dict[str, Any]:
    """Every public `Annotated` alias of the package (`JsonText`, `AttributeValueMap`, ...)."""
    found: dict[str, Any] = {}
    for module in sorted(set(_registry().values())):
        for name, value in vars(importlib.import_module(f"{MODULE}.{module}")).items():
            if not name.startswith("_") and get_origin(value) is Annotated and _codec(value):
                found.setdefault(name, value)
    return found


def decoding(t: Any) -> list[str]:
    """How the values of a field type are decoded: one note per wire type it contains."""
    from lambda_events._model import Model

    if isinstance(t, TypeVar) or t is type(None) or t is Ellipsis:
        return []
    origin = get_origin(t)
    if origin is Annotated:
        codec = _codec(t)
        name = type(codec).__name__ if codec is not None else ""
        note = CODEC_NOTES.get(name) or _first_sentence(type(codec).__doc__)
        label = _annotated_name(t) or render_type(t)
        return [f"`{label}`: {note}"]
    if origin is Literal:
        return ["one of " + ", ".join(f"`{a!r}`" for a in get_args(t)) + " (other values kept)"]
    wire_class = origin if isinstance(origin, type) else t
    if isinstance(wire_class, type) and getattr(wire_class, "__wire__", None) is not None:
        return [f"`{render_type(t)}`: {_first_sentence(wire_class.__doc__)}"]
    if origin is not None:
        return [note for a in get_args(t) for note in decoding(a)]
    if isinstance(t, type):
        if issubclass(t, Model):
            return []
        if issubclass(t, enum.Enum):
            return [f"open enum `{t.__name__}` (unknown values stay `str`)"]
    return []


def nested_models(t: Any) -> list[type]:
    """The lambda-events classes a field type contains (generic aliases unwrapped)."""
    from lambda_events._model import Model

    if isinstance(t, type) and issubclass(t, Model):
        return [t]
    origin = get_origin(t)
    if isinstance(origin, type) and issubclass(origin, Model):
        return [origin]
    return [m for a in get_args(t) for m in nested_models(a)]


def fields(cls: type) -> list[dict[str, Any]]:
    """One row per declared field: name, wire keys, type, required, decoding, secret."""
    from lambda_events._model import is_secret, wire_keys

    hints = _hints(cls)
    rows = []
    for attr in attrs.fields(cls):
        if attr.name in ("unknown_keys", "_wire"):
            continue
        t = hints[attr.name]
        optional = attr.default is not attrs.NOTHING
        rows.append(
            {
                "name": attr.name,
                "keys": wire_keys(cls, attr),
                "type": render_type(t),
                "required": not optional,
                "decoding": list(dict.fromkeys(decoding(t))),
                "secret": is_secret(attr),
                "nested": nested_models(t),
            }
        )
    return rows


def class_tree(root: type) -> tuple[list[str], list[type]]:
    """The nested parts of a class as text-tree lines, and every class met (root first)."""
    met: list[type] = [root]
    lines = [root.__name__]

    def walk(cls: type, prefix: str, path: tuple[type, ...]) -> None:
        rows = [r for r in fields(cls) if r["nested"]]
        for i, row in enumerate(rows):
            last = i == len(rows) - 1
            lines.append(f"{prefix}{'└── ' if last else '├── '}{row['name']}: {row['type']}")
            for model in dict.fromkeys(row["nested"]):
                if model not in met:
                    met.append(model)
                if model not in path:
                    walk(model, prefix + ("    " if last else "│   "), (*path, model))

    walk(root, "", (root,))
    return lines, met


# ------------------------------------------------------------------------------ markdown


def _anchor(cls: type) -> str:
    return cls.__name__.lower()


def _table(cls: type) -> str:
    rows = [
        "| field | wire key | type | required | decoded as | redacted |",
        "|---|---|---|---|---|---|",
    ]
    for row in fields(cls):
        keys = " / ".join(f"`{k}`" for k in row["keys"])
        kind = f"`{row['type']}`"  # a `|` inside a code span does not split the row
        links = [f"[{m.__name__}](#{_anchor(m)})" for m in dict.fromkeys(row["nested"])]
        kind += " → " + ", ".join(links) if links else ""
        decoded = "; ".join(row["decoding"]) or "—"
        rows.append(
            f"| `{row['name']}` | {keys} | {kind} | {'required' if row['required'] else 'optional'}"
            f" | {decoded} | {'yes' if row['secret'] else ''} |"
        )
    if len(rows) == 2:
        return "No declared fields (unknown keys are kept in `unknown_keys`)."
    return "\n".join(rows)


def _indent(text: str) -> str:
    return textwrap.indent(text, "    ")


def _example(title: str, body: str, lang: str) -> str:
    block = _indent("\n".join([f"```{lang}", body.rstrip(), "```"]))
    return f'??? example "{title}"\n\n{block}\n'


def _json(path: Path) -> str:
    return _example(str(path.relative_to(ROOT)), path.read_text(), "json")


def detection_rule(name: str) -> str:
    """The row of `_sources.SOURCES` that declares `name`, with the helpers its rule calls."""
    from lambda_events import _sources

    text = inspect.getsource(_sources)
    row = next(
        node
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Call)
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == name
    )
    parts = [ast.get_source_segment(text, row) or ""]
    seen: set[str] = set()
    todo = [n.id for n in ast.walk(row) if isinstance(n, ast.Name)]
    assigned = {  # module-level rules built by a helper: `_name = _keys(...)`
        node.targets[0].id: node
        for node in ast.parse(text).body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    while todo:
        name = todo.pop(0)
        helper = getattr(_sources, name, None)
        if not inspect.isfunction(helper) or name in seen:
            continue
        seen.add(name)
        if name in assigned:
            parts.append(ast.get_source_segment(text, assigned[name]) or "")
            todo.extend(n.id for n in ast.walk(assigned[name].value) if isinstance(n, ast.Name))
        else:
            parts.append(textwrap.dedent(inspect.getsource(helper)).strip())
            todo.extend(_names_used(helper.__code__))
    return "\n\n".join(parts)


def _names_used(code: Any) -> list[str]:
    """The global names a function uses, its nested lambdas' included."""
    names = list(code.co_names)
    for const in code.co_consts:
        if inspect.iscode(const):
            names += _names_used(const)
    return names


def _batch_response_json(module: str) -> str:
    le = _lambda_events()
    raw = json.loads((SAMPLES / "events" / BATCH_RESPONSE_SAMPLES[module]).read_text())
    response = le.PartialBatchResponse.from_failed_records(le.parse(raw).records[:1])
    return json.dumps(le.converter.unstructure(response), indent=2)


def source_page(module: str) -> str:
    """The markdown page of one event source."""
    mod = importlib.import_module(f"{MODULE}.{module}")
    title, url = AWS_DOCS.get(module, (module, ""))
    events = event_modules()[module]
    samples = sample_events()
    responses = response_samples()
    response_names = [n for n in mod.__all__ if n in responses]
    if module in BATCH_RESPONSE_SAMPLES:
        response_names.append("PartialBatchResponse")
    out = [f"# {title}", "", _doc(mod), ""]
    if url:
        out += [f"What AWS sends and when: [AWS documentation]({url}).", ""]
    out += [
        f"Module `{MODULE}.{module}` ([API reference](../reference/{module}.md)). "
        "Every class is frozen and keeps unknown keys; the tables are read from the "
        "declarations.",
        "",
        "## Events",
        "",
    ]
    nested: list[type] = []
    for name in events:
        cls = _class(name)
        lines, met = class_tree(cls)
        nested += [m for m in met[1:] if m not in nested and m.__name__ not in events]
        out += [f"### {name} {{#{_anchor(cls)}}}", "", _doc(cls), ""]
        out += ["**Class tree**", "", "```text", *lines, "```", ""]
        out += ["**Fields**", "", _table(cls), ""]
        out += ["**Detected by** (its row in `lambda_events._sources.SOURCES`)", ""]
        out += ["```python", detection_rule(name), "```", ""]
        out += ["**Samples**", ""]
        if name in samples:
            out += [_json(p) for p in samples[name]]
        elif name in responses:
            out += [_json(p) for p in responses[name]]
        else:
            out += ["No bundled sample.", ""]
    if response_names:
        out += ["## Responses", ""]
        for name in response_names:
            cls = _class(name)
            if name in events:
                out += [f"[{name}](#{_anchor(cls)}) is also a response; see above.", ""]
                continue
            _, met = class_tree(cls)
            nested += [m for m in met[1:] if m not in nested]
            out += [f"### {name} {{#{_anchor(cls)}}}", "", _doc(cls), ""]
            out += ["**Fields**", "", _table(cls), ""]
            out += ["**The JSON it produces**", ""]
            if name in responses:
                out += [_json(p) for p in responses[name]]
            else:
                body = _batch_response_json(module)
                out += [
                    _example(
                        f"from_failed_records(first record of {BATCH_RESPONSE_SAMPLES[module]})",
                        body,
                        "json",
                    )
                ]
    if nested:
        out += ["## Nested parts", ""]
        for cls in nested:
            home = page_of(cls.__module__)
            where = "" if home == module else f" (from `{MODULE}.{home}`)"
            out += [f"### {cls.__name__} {{#{_anchor(cls)}}}", "", _doc(cls) + where, ""]
            out += [_table(cls), ""]
    handlers = handlers_by_module().get(module, [])
    out += ["## Sample handlers", ""]
    if handlers:
        for path in handlers:
            out += [_example(str(path.relative_to(ROOT)), path.read_text(), "python")]
    else:
        out += ["No bundled sample handler.", ""]
    rows = powertools_rows().get(module, [])
    out += ["## Powertools equivalent", ""]
    if rows:
        out += [
            "From the [migration guide](../migrating-from-powertools.md):",
            "",
            "| Powertools class | lambda-events | members | differences |",
            "|---|---|---|---|",
            *rows,
            "",
        ]
    else:
        out += ["Powertools has no data class for this source.", ""]
    return "\n".join(out).rstrip() + "\n"


def sources_table() -> str:
    samples = sample_events()
    rows = ["| source | module | events | samples |", "|---|---|---|---|"]
    for module, names in sorted(event_modules().items(), key=lambda kv: AWS_DOCS.get(kv[0], kv)[0]):
        title = AWS_DOCS.get(module, (module, ""))[0]
        count = sum(len(samples.get(n, [])) for n in names)
        classes = ", ".join(f"`{n}`" for n in names)
        rows.append(f"| [{title}]({module}.md) | `{module}` | {classes} | {count} |")
    return "\n".join(rows) + "\n"


# ----------------------------------------------------------------------------- reference


def _static_all(module: str) -> list[str]:
    """A module's `__all__`, read from its source."""
    package = Path(importlib.util.find_spec(MODULE).origin).parent  # type: ignore[arg-type,union-attr]
    path = package / f"{module}.py"
    if not path.exists():
        path = package / module / "__init__.py"
    for node in ast.parse(path.read_text()).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            return list(ast.literal_eval(node.value))  # type: ignore[union-attr]
    return []


def reference_modules() -> dict[str, list[str]]:
    """Module page name -> the public names it documents (its `__all__`)."""
    registry = _registry()
    modules: dict[str, list[str]] = {MODULE: ["converter"]}
    for module in sorted({*registry.values(), "errors", "testing", "strategies"}):
        if module.startswith("_"):  # private modules: only the names the package exports
            names = sorted(n for n, m in registry.items() if m == module)
        else:  # read, not imported: `strategies` needs hypothesis, which docs do not install
            names = sorted(_static_all(module))
        modules[f"{MODULE}.{module}"] = names
    return modules


def reference_page(dotted: str, names: list[str]) -> str:
    members = "".join(f"\n        - {n}" for n in names)
    return f"# `{dotted}`\n\n::: {dotted}\n    options:\n      members:{members}\n"


def reference_table() -> str:
    rows = ["| module | public names |", "|---|---|"]
    for dotted, names in reference_modules().items():
        page = dotted.rpartition(".")[2] if dotted != MODULE else "package"
        rows.append(f"| [`{dotted}`]({page}.md) | {len(names)} |")
    return "\n".join(rows) + "\n"


# -------------------------------------------------------------------------------- README


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower().split("(")[0]).strip("-")


def readme_sections() -> dict[str, str]:
    """README sections by slug (text under each `##`/`###` heading), its intro and commands."""
    parts = re.split(r"^#{2,3} (.+)$", (ROOT / "README.md").read_text(), flags=re.M)
    sections = {_slug(t): b.strip() + "\n" for t, b in zip(parts[1::2], parts[2::2], strict=True)}
    intro = parts[0].split("\n", 1)[1].strip()  # below the title, without the link to here
    intro = re.sub(r"\n\nDocumentation: .*?(\n\n|$)", r"\1", intro, flags=re.S)
    commands = re.search(r"```bash\n.*?```", intro, re.S)
    sections["intro"] = intro + "\n"
    sections["commands"] = (commands.group(0) if commands else "") + "\n"
    return sections


# ---------------------------------------------------------------------------- benchmarks


def benchmark_ratios() -> list[tuple[str, str, float]]:
    """(table, label, ratio) for every ratio cell of BENCHMARKS.md's result tables."""
    text = (ROOT / "BENCHMARKS.md").read_text().split("## Targets", 1)[0]
    found = []
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        title = block.splitlines()[0].split(":")[0].split(",")[0].split("(")[0].strip()
        rows = [
            [c.strip() for c in line.strip().strip("|").split("|")]
            for line in block.splitlines()
            if line.startswith("|") and not line.startswith("|---")
        ]
        if not rows:
            continue
        header, body = rows[0], rows[1:]
        ratio_columns = [i for i, h in enumerate(header) if h.startswith("ratio")]
        for row in body:
            for i in ratio_columns:
                against = header[i - 1] if len(ratio_columns) > 1 else ""
                label = f"{row[0]} · {against}" if against else row[0]
                if row[0] != "lambda-events":
                    found.append((title, label.replace("`", ""), float(row[i])))
    return found


def benchmark_svg() -> str:
    """A hand-rolled horizontal bar chart of the ratios (below 1.0: lambda-events is faster)."""
    ratios = benchmark_ratios()
    width, left, bar, gap = 760, 330, 16, 6
    scale = (width - left - 60) / max(2.0, max(r for _, _, r in ratios))
    y, items = 40, []
    current = None
    for table, label, ratio in ratios:
        if table != current:
            current = table
            y += 10
            items.append(f'<text x="8" y="{y + 12}" class="h">{escape(table)}</text>')
            y += bar + gap
        colour = "#2e7d32" if ratio <= 1.0 else "#c62828"
        items.append(f'<text x="{left - 8}" y="{y + 12}" class="l">{escape(label)}</text>')
        items.append(
            f'<rect x="{left}" y="{y}" width="{ratio * scale:.1f}" height="{bar}" fill="{colour}"/>'
        )
        items.append(f'<text x="{left + ratio * scale + 4:.1f}" y="{y + 12}">{ratio:.2f}</text>')
        y += bar + gap
    one = left + scale
    height = y + 20
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">\n'
        "<style>.h{font-weight:bold}.l{text-anchor:end}</style>\n"
        f'<text x="8" y="20" class="h">lambda-events time / contender time '
        "(below 1.00: lambda-events is faster)</text>\n"
        + "\n".join(items)
        + f'\n<line x1="{one:.1f}" y1="30" x2="{one:.1f}" y2="{y}" stroke="#444" '
        'stroke-dasharray="4 3"/>\n'
        f'<text x="{one + 3:.1f}" y="{y + 14}">1.00</text>\n</svg>\n'
    )


# ------------------------------------------------------------------------------ writing


def generate(docs: Path = DOCS) -> list[Path]:
    """Write every generated file under `docs`; returns the paths written."""
    written: dict[Path, str] = {}
    for module in event_modules():
        written[docs / "sources" / f"{module}.md"] = source_page(module)
    for dotted, names in reference_modules().items():
        page = dotted.rpartition(".")[2] if dotted != MODULE else "package"
        written[docs / "reference" / f"{page}.md"] = reference_page(dotted, names)
    snippets = docs / "snippets"
    written[snippets / "sources-table.md"] = sources_table()
    written[snippets / "reference-table.md"] = reference_table()
    for slug, body in readme_sections().items():
        written[snippets / "readme" / f"{slug}.md"] = body
    written[snippets / "benchmarks.md"] = (ROOT / "BENCHMARKS.md").read_text().split("\n", 1)[1]
    written[docs / "assets" / "benchmark-ratios.svg"] = benchmark_svg()
    for folder in (docs / "sources", docs / "reference"):  # pages of modules that are gone
        for stale in set(folder.glob("*.md")) - set(written) - {folder / "index.md"}:
            stale.unlink()
    for path, text in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return list(written)


def main() -> None:
    paths = generate()
    print(f"gen_docs: wrote {len(paths)} files under {DOCS.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
