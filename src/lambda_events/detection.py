"""Which class does a raw event belong to: decided from the event's own markers.

A table of small, mutually exclusive rules (`eventSource`, `Records[0].eventSource`,
`version` + `routeKey`, `requestContext.elb`, `triggerSource`, `detail-type`, key sets).
Every rule is evaluated; exactly one must match. Detection never tries structuring.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._cognito_triggers import trigger_class_name
from ._registry import LAZY_NAMES
from .errors import QUOTED, DetectionError, quoted

__all__ = ["detect", "detect_name", "parse"]

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

T = TypeVar("T")

Raw = Mapping[str, Any]


def _get(raw: Any, *path: str | int) -> Any:
    for part in path:
        if isinstance(part, int):
            if not isinstance(raw, list) or len(raw) <= part:
                return None
            raw = raw[part]
        elif isinstance(raw, Mapping):
            raw = raw.get(part)
        else:
            return None
    return raw


def _record_source(raw: Raw) -> Any:
    return _get(raw, "Records", 0, "eventSource") or _get(raw, "Records", 0, "EventSource")


def _context(raw: Raw) -> Mapping[str, Any]:
    ctx = raw.get("requestContext")
    return ctx if isinstance(ctx, Mapping) else {}


def _is_websocket(raw: Raw) -> bool:
    ctx = _context(raw)
    return "connectionId" in ctx or "eventType" in ctx


def _http_v2(raw: Raw) -> bool:
    return raw.get("version") == "2.0" and "rawPath" in raw and "type" not in raw


def _is_function_url(raw: Raw) -> bool:
    return ".lambda-url." in str(_context(raw).get("domainName", ""))


def _cognito(name: str) -> Callable[[Raw], bool]:
    def rule(raw: Raw) -> bool:
        source = raw.get("triggerSource")
        return isinstance(source, str) and trigger_class_name(source, raw) == name

    return rule


def _firehose(raw: Raw) -> bool:
    """Firehose: an invocation with records (some AWS samples lack `deliveryStreamArn`)."""
    return "invocationId" in raw and "records" in raw and "applicationArn" not in raw


def _connect(raw: Raw) -> bool:
    details = raw.get("Details")
    return isinstance(details, Mapping) and "ContactData" in details


def _s3_via_eventbridge(raw: Raw) -> bool:
    return raw.get("source") == "aws.s3" and "detail-type" in raw


def _cloudfront(raw: Raw) -> Mapping[str, Any] | None:
    cf = _get(raw, "Records", 0, "cf")
    return cf if isinstance(cf, Mapping) else None


def _lambda_destination(raw: Raw) -> bool:
    ctx = raw.get("requestContext")
    return isinstance(ctx, Mapping) and "functionArn" in ctx and "responseContext" in raw


def _kinesis_analytics(raw: Raw) -> bool:
    return "applicationArn" in raw and "invocationId" in raw and "records" in raw


_IOT = {
    "THING_EVENT": "IoTCoreThingEvent",
    "THING_TYPE_EVENT": "IoTCoreThingTypeEvent",
    "THING_TYPE_ASSOCIATION_EVENT": "IoTCoreThingTypeAssociationEvent",
    "THING_GROUP_EVENT": "IoTCoreThingGroupEvent",
    "THING_GROUP_MEMBERSHIP_EVENT": "IoTCoreAddOrRemoveFromThingGroupEvent",
    "THING_GROUP_HIERARCHY_EVENT": "IoTCoreAddOrDeleteFromThingGroupEvent",
}

RULES: list[tuple[str, Callable[[Raw], bool]]] = [
    # Records[]-based sources
    ("SQSEvent", lambda r: _record_source(r) == "aws:sqs"),
    ("SNSEvent", lambda r: _record_source(r) == "aws:sns"),
    ("S3Event", lambda r: _record_source(r) == "aws:s3"),
    ("DynamoDBStreamEvent", lambda r: _record_source(r) == "aws:dynamodb"),
    ("KinesisStreamEvent", lambda r: _record_source(r) == "aws:kinesis"),
    ("SESEvent", lambda r: _record_source(r) == "aws:ses"),
    ("CodeCommitEvent", lambda r: _record_source(r) == "aws:codecommit"),
    (
        "CloudFrontRequestEvent",
        lambda r: (cf := _cloudfront(r)) is not None and "response" not in cf,
    ),
    ("CloudFrontResponseEvent", lambda r: (cf := _cloudfront(r)) is not None and "response" in cf),
    # top-level eventSource
    (
        "KafkaEvent",
        lambda r: r.get("eventSource") in ("aws:kafka", "aws:SelfManagedKafka", "SelfManagedKafka"),
    ),
    ("RabbitMQEvent", lambda r: r.get("eventSource") == "aws:rmq"),
    ("ActiveMQEvent", lambda r: r.get("eventSource") in ("aws:amq", "aws:mq")),
    ("DocumentDBChangeEvent", lambda r: r.get("eventSource") == "aws:docdb"),
    # payload carriers
    ("CloudWatchLogsEvent", lambda r: "awslogs" in r),
    ("KinesisFirehoseEvent", _firehose),
    (
        "KinesisAnalyticsInputPreprocessingEvent",
        lambda r: _kinesis_analytics(r) and "streamArn" in r,
    ),
    (
        "KinesisAnalyticsOutputDeliveryEvent",
        lambda r: _kinesis_analytics(r) and "streamArn" not in r,
    ),
    ("S3BatchOperationEvent", lambda r: "invocationSchemaVersion" in r and "tasks" in r),
    ("S3ObjectLambdaEvent", lambda r: "xAmzRequestId" in r and "userRequest" in r),
    # HTTP
    ("ALBEvent", lambda r: "elb" in _context(r)),
    ("VPCLatticeEvent", lambda r: "raw_path" in r),
    ("VPCLatticeEventV2", lambda r: "serviceNetworkArn" in _context(r)),
    ("LambdaFunctionUrlEvent", lambda r: _http_v2(r) and _is_function_url(r)),
    ("APIGatewayProxyEventV2", lambda r: _http_v2(r) and not _is_function_url(r)),
    ("APIGatewayAuthorizerEventV2", lambda r: r.get("type") == "REQUEST" and "routeArn" in r),
    ("APIGatewayAuthorizerTokenEvent", lambda r: r.get("type") == "TOKEN"),
    ("APIGatewayAuthorizerRequestEvent", lambda r: r.get("type") == "REQUEST" and "methodArn" in r),
    (
        "APIGatewayProxyEvent",
        lambda r: (
            "httpMethod" in r
            and "resource" in r
            and "requestContext" in r
            and "elb" not in _context(r)
            and "type" not in r
            and not _is_websocket(r)
        ),
    ),
    (
        "APIGatewayWebSocketEvent",
        lambda r: _is_websocket(r) and "type" not in r,
    ),
    # AppSync
    (
        "AppSyncAuthorizerEvent",
        lambda r: "authorizationToken" in r and "apiId" in _context(r) and "type" not in r,
    ),
    ("AppSyncAuthorizerResponse", lambda r: "isAuthorized" in r and "resolverContext" in r),
    (
        "AppSyncResolverEventsEvent",
        lambda r: isinstance(r.get("info"), Mapping) and "channel" in r["info"],
    ),
    ("AppSyncResolverEvent", lambda r: "arguments" in r and "identity" in r),
    # Cognito
    ("CustomMessageTriggerEvent", _cognito("CustomMessageTriggerEvent")),
    ("PostAuthenticationTriggerEvent", _cognito("PostAuthenticationTriggerEvent")),
    ("PostConfirmationTriggerEvent", _cognito("PostConfirmationTriggerEvent")),
    ("PreAuthenticationTriggerEvent", _cognito("PreAuthenticationTriggerEvent")),
    ("PreSignUpTriggerEvent", _cognito("PreSignUpTriggerEvent")),
    ("PreTokenGenerationTriggerEvent", _cognito("PreTokenGenerationTriggerEvent")),
    ("PreTokenGenerationV2TriggerEvent", _cognito("PreTokenGenerationV2TriggerEvent")),
    ("UserMigrationTriggerEvent", _cognito("UserMigrationTriggerEvent")),
    ("DefineAuthChallengeTriggerEvent", _cognito("DefineAuthChallengeTriggerEvent")),
    ("CreateAuthChallengeTriggerEvent", _cognito("CreateAuthChallengeTriggerEvent")),
    (
        "VerifyAuthChallengeResponseTriggerEvent",
        _cognito("VerifyAuthChallengeResponseTriggerEvent"),
    ),
    ("CustomEmailSenderTriggerEvent", _cognito("CustomEmailSenderTriggerEvent")),
    ("CustomSMSSenderTriggerEvent", _cognito("CustomSMSSenderTriggerEvent")),
    ("InboundFederationTriggerEvent", _cognito("InboundFederationTriggerEvent")),
    ("CognitoSyncTriggerEvent", lambda r: r.get("eventType") == "SyncTrigger"),
    # service integrations
    ("CloudFormationCustomResourceEvent", lambda r: "RequestType" in r and "ResponseURL" in r),
    ("CodePipelineJobEvent", lambda r: "CodePipeline.job" in r),
    ("CodeDeployLifecycleHookEvent", lambda r: "LifecycleEventHookExecutionId" in r),
    ("AWSConfigRuleEvent", lambda r: "configRuleName" in r and "invokingEvent" in r),
    ("ConnectContactFlowEvent", _connect),
    ("SecretsManagerEvent", lambda r: "SecretId" in r and "Step" in r),
    ("TransferFamilyAuthorizer", lambda r: "serverId" in r and "username" in r),
    ("BedrockAgentEvent", lambda r: "agent" in r and "apiPath" in r),
    ("BedrockAgentFunctionEvent", lambda r: "agent" in r and "function" in r),
    ("CloudWatchAlarmEvent", lambda r: "alarmData" in r),
    (
        "CloudWatchDashboardCustomWidgetEvent",
        lambda r: "widgetContext" in r or r.get("describe") is True,
    ),
    ("ClientVPNConnectionHandlerEvent", lambda r: "connection-id" in r and "endpoint-id" in r),
    ("LexEvent", lambda r: "currentIntent" in r and "invocationSource" in r),
    ("LexV2Event", lambda r: "sessionState" in r and "invocationSource" in r),
    ("IoTCustomAuthorizerEvent", lambda r: "protocolData" in r and "connectionMetadata" in r),
    ("IoTPreProvisioningHookEvent", lambda r: "claimCertificateId" in r and "templateArn" in r),
    ("IoTButtonEvent", lambda r: "serialNumber" in r and "clickType" in r),
    ("LambdaDestinationEvent", _lambda_destination),
    (
        "AutoScalingCustomTerminationPolicyEvent",
        lambda r: "AutoScalingGroupARN" in r and "CapacityToTerminate" in r,
    ),
    (
        "ConnectOutboundCampaignsEvent",
        lambda r: "InvocationMetadata" in r and "Items" in r,
    ),
    *[(name, lambda r, kind=kind: r.get("eventType") == kind) for kind, name in _IOT.items()],
    # EventBridge last: S3 notifications first, then any other bus event
    ("S3EventBridgeNotificationEvent", _s3_via_eventbridge),
    ("EventBridgeEvent", lambda r: "detail-type" in r and not _s3_via_eventbridge(r)),
]


def _seen(raw: Any) -> str:
    """What a message may say of an event: a few keys and its source, each bounded."""
    if not isinstance(raw, Mapping):
        return f"a JSON {type(raw).__name__}"
    keys = ", ".join(_short(str(k)) for k in sorted(map(str, raw))[:12]) or "no keys"
    source = _record_source(raw) or raw.get("eventSource") or raw.get("source")
    return f"keys [{keys}]" + (f", source {quoted(source)}" if source else "")


def _short(key: str) -> str:
    return key if len(key) <= QUOTED else key[:QUOTED] + "..."


def detect_name(raw: Any) -> str:
    """The class name for a raw event; `DetectionError` when none or several match."""
    if isinstance(raw, list) and raw:  # a batch (AppSync): its first event decides
        raw = raw[0]
    if not isinstance(raw, Mapping):
        raise DetectionError(f"cannot detect an event class for {_seen(raw)}")
    matches = [name for name, rule in RULES if rule(raw)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DetectionError(f"no event class matches an event with {_seen(raw)}")
    raise DetectionError(f"ambiguous event ({', '.join(matches)}) with {_seen(raw)}")


def detect(raw: Any) -> Any:
    """The class a raw event belongs to (`list[Cls]` for a batch given as a JSON list)."""
    name = detect_name(raw)
    module = LAZY_NAMES.get(name)
    if module is None:
        raise DetectionError(f"{name} is not available in this version of lambda-events")
    cls = getattr(importlib.import_module(module, "lambda_events"), name)
    return list[cls] if isinstance(raw, list) else cls  # type: ignore[valid-type]


@overload
def parse(raw: Any, converter: LambdaEventsConverter | None = None) -> Any: ...
@overload
def parse(raw: Any, converter: LambdaEventsConverter | None = None, *, expect: type[T]) -> T: ...


def parse(raw: Any, converter: Any = None, *, expect: Any = None) -> Any:
    """Detect the class of a raw event and structure it.

    With `expect=SQSEvent` the result is typed, and an event of another class raises
    `DetectionError` instead of being structured.
    """
    from ._payload import shared_converter

    cls = detect(raw)
    if expect is not None and cls is not expect:
        found = getattr(cls, "__name__", str(cls))
        raise DetectionError(f"expected a {expect.__name__} event, got a {found} event")
    conv = converter if converter is not None else shared_converter()
    return conv.structure(raw, cls)
