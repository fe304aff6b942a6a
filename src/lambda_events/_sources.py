"""Every event source, declared once: its class, how it is detected, and its sample builders.

One row per event class. Derived from this table: `detect()` (the rules, in this order),
`lambda_events.testing.SAMPLES` and the command line's sample names (a row's `samples` map a
sample name to a builder of `lambda_events.testing`), and the documentation pages. Where the
class lives comes from its module's `__all__` (`tools/gen_init.py` writes `_registry.py`).

Rules read the event's own markers (`eventSource`, `Records[0].eventSource`, `version` +
`routeKey`, `requestContext.elb`, `triggerSource`, `detail-type`, key sets); exactly one rule
must match a real event. This module imports nothing heavy: detection runs on cold starts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._cognito_triggers import trigger_class_name

__all__ = ["SOURCES", "Source", "record_source"]

Raw = Mapping[str, Any]
Rule = Callable[[Raw], bool]


class Source:
    """One event source: the class name, its detection rule, and sample name -> builder."""

    __slots__ = ("event", "rule", "samples")

    def __init__(self, event: str, rule: Rule, samples: Mapping[str, str] | None = None) -> None:
        self.event = event
        self.rule = rule
        self.samples: Mapping[str, str] = samples or {}

    def __repr__(self) -> str:
        return f"Source({self.event!r})"


# --- markers the rules read ------------------------------------------------------------


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


def record_source(raw: Raw) -> Any:
    """`Records[0].eventSource` (SNS spells it `EventSource`), or None."""
    return _get(raw, "Records", 0, "eventSource") or _get(raw, "Records", 0, "EventSource")


def _records_from(source: str) -> Rule:
    return lambda raw: record_source(raw) == source


def _event_source(*sources: str) -> Rule:
    return lambda raw: raw.get("eventSource") in sources


def _keys(first: str, *others: str) -> Rule:
    """Every key is in the event; the first one decides most misses on its own."""
    rest = frozenset(others)
    return lambda raw: first in raw and raw.keys() >= rest


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


_REST_PROXY_KEYS = _keys("httpMethod", "resource", "requestContext")


def _rest_proxy(raw: Raw) -> bool:
    return (
        _REST_PROXY_KEYS(raw)
        and "elb" not in _context(raw)
        and "type" not in raw
        and not _is_websocket(raw)
    )


def _cognito(name: str) -> Rule:
    def rule(raw: Raw) -> bool:
        source = raw.get("triggerSource")
        return isinstance(source, str) and trigger_class_name(source, raw) == name

    return rule


def _firehose(raw: Raw) -> bool:
    """Firehose: an invocation with records (some AWS samples lack `deliveryStreamArn`)."""
    return "invocationId" in raw and "records" in raw and "applicationArn" not in raw


_kinesis_analytics = _keys("applicationArn", "invocationId", "records")


def _connect(raw: Raw) -> bool:
    details = raw.get("Details")
    return isinstance(details, Mapping) and "ContactData" in details


def _cloudfront(raw: Raw) -> Mapping[str, Any] | None:
    cf = _get(raw, "Records", 0, "cf")
    return cf if isinstance(cf, Mapping) else None


def _s3_via_eventbridge(raw: Raw) -> bool:
    return raw.get("source") == "aws.s3" and "detail-type" in raw


def _alexa_skill(raw: Raw) -> bool:
    """Alexa Skills Kit: a `request` beside a `context` carrying `System`."""
    return isinstance(raw.get("request"), Mapping) and isinstance(
        _get(raw, "context", "System"), Mapping
    )


def _lambda_destination(raw: Raw) -> bool:
    return "functionArn" in _context(raw) and "responseContext" in raw


def _iot_registry(kind: str) -> Rule:
    return lambda raw: raw.get("eventType") == kind


def _cognito_trigger(event: str, sample: str) -> Source:
    """A user pool trigger: `sample` names the sample and its builder (`cognito_<sample>_event`)."""
    return Source(
        event, _cognito(event), {f"cognito-{sample}".replace("_", "-"): f"cognito_{sample}_event"}
    )


# --- the table ---------------------------------------------------------------------------

SOURCES: tuple[Source, ...] = (
    # Records[]-based sources
    Source("SQSEvent", _records_from("aws:sqs"), {"sqs": "sqs_event"}),
    Source("SNSEvent", _records_from("aws:sns"), {"sns": "sns_event"}),
    Source("S3Event", _records_from("aws:s3"), {"s3": "s3_event"}),
    Source(
        "DynamoDBStreamEvent", _records_from("aws:dynamodb"), {"dynamodb": "dynamodb_stream_event"}
    ),
    Source("KinesisStreamEvent", _records_from("aws:kinesis"), {"kinesis": "kinesis_stream_event"}),
    Source("SESEvent", _records_from("aws:ses"), {"ses": "ses_event"}),
    Source("CodeCommitEvent", _records_from("aws:codecommit"), {"codecommit": "codecommit_event"}),
    Source(
        "CloudFrontRequestEvent",
        lambda r: (cf := _cloudfront(r)) is not None and "response" not in cf,
        {"cloudfront-request": "cloudfront_request_event"},
    ),
    Source(
        "CloudFrontResponseEvent",
        lambda r: (cf := _cloudfront(r)) is not None and "response" in cf,
        {"cloudfront-response": "cloudfront_response_event"},
    ),
    # a top-level eventSource
    Source(
        "KafkaEvent",
        _event_source("aws:kafka", "aws:SelfManagedKafka", "SelfManagedKafka"),
        {"kafka": "kafka_event", "kafka-self-managed": "kafka_self_managed_event"},
    ),
    Source("RabbitMQEvent", _event_source("aws:rmq"), {"rabbitmq": "rabbitmq_event"}),
    Source("ActiveMQEvent", _event_source("aws:amq", "aws:mq"), {"activemq": "activemq_event"}),
    Source(
        "DocumentDBChangeEvent",
        _event_source("aws:docdb"),
        {"documentdb": "documentdb_change_event"},
    ),
    # payload carriers
    Source("CloudWatchLogsEvent", _keys("awslogs"), {"cloudwatch-logs": "cloudwatch_logs_event"}),
    Source(
        "KinesisFirehoseEvent",
        _firehose,
        {"firehose": "firehose_event", "firehose-kinesis": "firehose_kinesis_event"},
    ),
    Source(
        "KinesisAnalyticsInputPreprocessingEvent",
        lambda r: _kinesis_analytics(r) and "streamArn" in r,
        {"kinesis-analytics-preprocessing": "kinesis_analytics_preprocessing_event"},
    ),
    Source(
        "KinesisAnalyticsOutputDeliveryEvent",
        lambda r: _kinesis_analytics(r) and "streamArn" not in r,
        {"kinesis-analytics-output": "kinesis_analytics_output_delivery_event"},
    ),
    Source(
        "S3BatchOperationEvent",
        _keys("invocationSchemaVersion", "tasks"),
        {"s3-batch": "s3_batch_operation_event"},
    ),
    Source(
        "S3ObjectLambdaEvent",
        _keys("xAmzRequestId", "userRequest"),
        {"s3-object-lambda": "s3_object_lambda_event"},
    ),
    # HTTP
    Source("ALBEvent", lambda r: "elb" in _context(r), {"alb": "alb_event"}),
    Source("VPCLatticeEvent", _keys("raw_path"), {"vpc-lattice": "vpc_lattice_event"}),
    Source(
        "VPCLatticeEventV2",
        lambda r: "serviceNetworkArn" in _context(r),
        {"vpc-lattice-v2": "vpc_lattice_v2_event"},
    ),
    Source(
        "LambdaFunctionUrlEvent",
        lambda r: _http_v2(r) and _is_function_url(r),
        {"function-url": "lambda_function_url_event"},
    ),
    Source(
        "APIGatewayProxyEventV2",
        lambda r: _http_v2(r) and not _is_function_url(r),
        {"api-gateway-v2": "api_gateway_v2_event"},
    ),
    Source(
        "APIGatewayAuthorizerEventV2",
        lambda r: r.get("type") == "REQUEST" and "routeArn" in r,
        {"api-gateway-authorizer-v2": "api_gateway_authorizer_v2_event"},
    ),
    Source(
        "APIGatewayAuthorizerTokenEvent",
        lambda r: r.get("type") == "TOKEN",
        {"api-gateway-authorizer-token": "api_gateway_authorizer_token_event"},
    ),
    Source(
        "APIGatewayAuthorizerRequestEvent",
        lambda r: r.get("type") == "REQUEST" and "methodArn" in r,
        {"api-gateway-authorizer-request": "api_gateway_authorizer_request_event"},
    ),
    Source("APIGatewayProxyEvent", _rest_proxy, {"api-gateway-v1": "api_gateway_v1_event"}),
    Source(
        "APIGatewayWebSocketEvent",
        lambda r: _is_websocket(r) and "type" not in r,
        {"api-gateway-websocket": "api_gateway_websocket_event"},
    ),
    # AppSync
    Source(
        "AppSyncAuthorizerEvent",
        lambda r: "authorizationToken" in r and "apiId" in _context(r) and "type" not in r,
        {"appsync-authorizer": "appsync_authorizer_event"},
    ),
    Source("AppSyncAuthorizerResponse", _keys("isAuthorized", "resolverContext")),
    Source(
        "AppSyncResolverEventsEvent",
        lambda r: isinstance(r.get("info"), Mapping) and "channel" in r["info"],
        {"appsync-events": "appsync_events_event"},
    ),
    Source(
        "AppSyncResolverEvent",
        _keys("arguments", "identity"),
        {"appsync-resolver": "appsync_resolver_event"},
    ),
    # Cognito user pool triggers: one function decides the class (_cognito_triggers)
    _cognito_trigger("PreSignUpTriggerEvent", "pre_sign_up"),
    _cognito_trigger("PostConfirmationTriggerEvent", "post_confirmation"),
    _cognito_trigger("PreAuthenticationTriggerEvent", "pre_authentication"),
    _cognito_trigger("PostAuthenticationTriggerEvent", "post_authentication"),
    _cognito_trigger("PreTokenGenerationTriggerEvent", "pre_token_generation"),
    _cognito_trigger("PreTokenGenerationV2TriggerEvent", "pre_token_generation_v2"),
    _cognito_trigger("UserMigrationTriggerEvent", "user_migration"),
    _cognito_trigger("CustomMessageTriggerEvent", "custom_message"),
    _cognito_trigger("DefineAuthChallengeTriggerEvent", "define_auth_challenge"),
    _cognito_trigger("CreateAuthChallengeTriggerEvent", "create_auth_challenge"),
    _cognito_trigger("VerifyAuthChallengeResponseTriggerEvent", "verify_auth_challenge"),
    _cognito_trigger("CustomEmailSenderTriggerEvent", "custom_email_sender"),
    _cognito_trigger("CustomSMSSenderTriggerEvent", "custom_sms_sender"),
    _cognito_trigger("InboundFederationTriggerEvent", "inbound_federation"),
    Source(
        "CognitoSyncTriggerEvent",
        lambda r: r.get("eventType") == "SyncTrigger",
        {"cognito-sync": "cognito_sync_event"},
    ),
    # service integrations
    Source(
        "CloudFormationCustomResourceEvent",
        _keys("RequestType", "ResponseURL"),
        {"cloudformation": "cloudformation_custom_resource_event"},
    ),
    Source(
        "CodePipelineJobEvent",
        _keys("CodePipeline.job"),
        {"codepipeline": "codepipeline_job_event"},
    ),
    Source(
        "CodeDeployLifecycleHookEvent",
        _keys("LifecycleEventHookExecutionId"),
        {"codedeploy": "codedeploy_lifecycle_hook_event"},
    ),
    Source(
        "AWSConfigRuleEvent",
        _keys("configRuleName", "invokingEvent"),
        {
            "config": "config_configuration_change_event",
            "config-scheduled": "config_scheduled_event",
        },
    ),
    Source("ConnectContactFlowEvent", _connect, {"connect": "connect_contact_flow_event"}),
    Source(
        "SecretsManagerEvent",
        _keys("SecretId", "Step"),
        {"secrets-manager": "secrets_manager_rotation_event"},
    ),
    Source(
        "TransferFamilyAuthorizer",
        _keys("serverId", "username"),
        {"transfer-family": "transfer_family_authorizer_event"},
    ),
    Source(
        "BedrockAgentEvent", _keys("agent", "apiPath"), {"bedrock-agent": "bedrock_agent_event"}
    ),
    Source(
        "BedrockAgentFunctionEvent",
        _keys("agent", "function"),
        {"bedrock-agent-function": "bedrock_agent_function_event"},
    ),
    Source(
        "CloudWatchAlarmEvent", _keys("alarmData"), {"cloudwatch-alarm": "cloudwatch_alarm_event"}
    ),
    Source(
        "CloudWatchDashboardCustomWidgetEvent",
        lambda r: "widgetContext" in r or r.get("describe") is True,
        {"cloudwatch-dashboard": "cloudwatch_dashboard_widget_event"},
    ),
    Source(
        "ClientVPNConnectionHandlerEvent",
        _keys("connection-id", "endpoint-id"),
        {"client-vpn": "client_vpn_connection_event"},
    ),
    Source("LexEvent", _keys("currentIntent", "invocationSource"), {"lex": "lex_event"}),
    Source("LexV2Event", _keys("sessionState", "invocationSource"), {"lex-v2": "lex_v2_event"}),
    Source(
        "AlexaSkillEvent",
        _alexa_skill,
        {
            "alexa-skill-intent": "alexa_skill_event",
            "alexa-skill-launch": "alexa_skill_launch_event",
        },
    ),
    Source(
        "IoTCustomAuthorizerEvent",
        _keys("protocolData", "connectionMetadata"),
        {"iot-custom-authorizer": "iot_custom_authorizer_event"},
    ),
    Source(
        "IoTPreProvisioningHookEvent",
        _keys("claimCertificateId", "templateArn"),
        {"iot-pre-provisioning-hook": "iot_pre_provisioning_hook_event"},
    ),
    Source(
        "IoTButtonEvent", _keys("serialNumber", "clickType"), {"iot-button": "iot_button_event"}
    ),
    Source(
        "LambdaDestinationEvent",
        _lambda_destination,
        {"lambda-destination": "lambda_destination_event"},
    ),
    Source(
        "AutoScalingCustomTerminationPolicyEvent",
        _keys("AutoScalingGroupARN", "CapacityToTerminate"),
        {"autoscaling-custom-termination-policy": "autoscaling_custom_termination_policy_event"},
    ),
    Source(
        "ConnectOutboundCampaignsEvent",
        _keys("InvocationMetadata", "Items"),
        {"connect-outbound-campaigns": "connect_outbound_campaigns_event"},
    ),
    # IoT Core registry events
    Source("IoTCoreThingEvent", _iot_registry("THING_EVENT"), {"iot-thing": "iot_thing_event"}),
    Source(
        "IoTCoreThingTypeEvent",
        _iot_registry("THING_TYPE_EVENT"),
        {"iot-thing-type": "iot_thing_type_event"},
    ),
    Source(
        "IoTCoreThingTypeAssociationEvent",
        _iot_registry("THING_TYPE_ASSOCIATION_EVENT"),
        {"iot-thing-type-association": "iot_thing_type_association_event"},
    ),
    Source(
        "IoTCoreThingGroupEvent",
        _iot_registry("THING_GROUP_EVENT"),
        {"iot-thing-group": "iot_thing_group_event"},
    ),
    Source(
        "IoTCoreAddOrRemoveFromThingGroupEvent",
        _iot_registry("THING_GROUP_MEMBERSHIP_EVENT"),
        {"iot-thing-group-membership": "iot_thing_group_membership_event"},
    ),
    Source(
        "IoTCoreAddOrDeleteFromThingGroupEvent",
        _iot_registry("THING_GROUP_HIERARCHY_EVENT"),
        {"iot-thing-group-hierarchy": "iot_thing_group_hierarchy_event"},
    ),
    # EventBridge last: S3 notifications first, then any other bus event
    Source(
        "S3EventBridgeNotificationEvent",
        _s3_via_eventbridge,
        {
            "s3-eventbridge": "s3_eventbridge_event",
            "s3-eventbridge-deleted": "s3_eventbridge_deleted_event",
        },
    ),
    Source(
        "EventBridgeEvent",
        lambda r: "detail-type" in r and not _s3_via_eventbridge(r),
        {"eventbridge": "eventbridge_event"},
    ),
)
