"""Issue 5, second half: S3 Batch, S3 Object Lambda, Transfer Family, Bedrock Agents,
CloudWatch alarms and dashboards, IoT registry events: round trips, helpers, errors."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import attrs
import pytest

from lambda_events import (
    BedrockAgentEvent,
    BedrockAgentFunctionEvent,
    CloudWatchAlarmEvent,
    CloudWatchAlarmStateValue,
    CloudWatchDashboardCustomWidgetEvent,
    IoTCoreAddOrDeleteFromThingGroupEvent,
    IoTCoreAddOrRemoveFromThingGroupEvent,
    IoTCoreRegistryEventType,
    IoTCoreRegistryOperation,
    IoTCoreThingEvent,
    IoTCoreThingGroupEvent,
    IoTCoreThingTypeAssociationEvent,
    IoTCoreThingTypeEvent,
    S3BatchOperationEvent,
    S3ObjectLambdaEvent,
    StructureError,
    TransferFamilyAuthorizer,
    TransferFamilyProtocol,
    converter,
)

from ._support import assert_round_trip, load_sample, shared_files, structure_error

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("s3-batch-schema-v1.json", S3BatchOperationEvent),
    ("s3-batch-schema-v2.json", S3BatchOperationEvent),
    ("s3-object-lambda-get-object.json", S3ObjectLambdaEvent),
    ("s3-object-lambda-list-objects-v2.json", S3ObjectLambdaEvent),
    ("transfer-family-password.json", TransferFamilyAuthorizer),
    ("transfer-family-key.json", TransferFamilyAuthorizer),
    ("bedrock-agent-openapi-get.json", BedrockAgentEvent),
    ("bedrock-agent-openapi-post.json", BedrockAgentEvent),
    ("bedrock-agent-function.json", BedrockAgentFunctionEvent),
    ("cloudwatch-alarm-metric.json", CloudWatchAlarmEvent),
    ("cloudwatch-alarm-expression.json", CloudWatchAlarmEvent),
    ("cloudwatch-alarm-composite.json", CloudWatchAlarmEvent),
    ("cloudwatch-dashboard-widget.json", CloudWatchDashboardCustomWidgetEvent),
    ("cloudwatch-dashboard-describe.json", CloudWatchDashboardCustomWidgetEvent),
    ("iot-thing.json", IoTCoreThingEvent),
    ("iot-thing-type.json", IoTCoreThingTypeEvent),
    ("iot-thing-type-association.json", IoTCoreThingTypeAssociationEvent),
    ("iot-thing-group.json", IoTCoreThingGroupEvent),
    ("iot-thing-group-membership.json", IoTCoreAddOrRemoveFromThingGroupEvent),
    ("iot-thing-group-hierarchy.json", IoTCoreAddOrDeleteFromThingGroupEvent),
]

CLASSES = {cls.__name__: cls for _, cls in EVENT_SAMPLES}


@pytest.mark.parametrize(("name", "cls"), EVENT_SAMPLES, ids=[n for n, _ in EVENT_SAMPLES])
def test_sample_round_trips(name: str, cls: Any) -> None:
    assert_round_trip(load_sample(name), cls)


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Any, cls_name: str) -> None:
    assert_round_trip(json.loads(path.read_text()), CLASSES[cls_name])


@pytest.mark.parametrize(("name", "cls"), EVENT_SAMPLES, ids=[n for n, _ in EVENT_SAMPLES])
def test_unknown_keys_survive(name: str, cls: Any) -> None:
    raw = {**load_sample(name), "brandNewAwsField": {"x": [1, 2.0]}}
    obj = assert_round_trip(raw, cls)
    assert obj.unknown_keys["brandNewAwsField"] == {"x": [1, 2.0]}
    widget_params = 1 if name == "cloudwatch-dashboard-widget.json" else 0  # `region` param
    assert len(obj.unknown_keys) == 1 + widget_params


# ------------------------------------------------------------------------- S3 Batch


def test_s3_batch_schema_1_bucket_from_arn_and_decoded_key() -> None:
    ev = converter.structure(load_sample("s3-batch-schema-v1.json"), S3BatchOperationEvent)
    task = ev.task
    assert ev.invocation_schema_version == "1.0"
    assert ev.job.id == "6a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"
    assert ev.job.user_arguments is None
    assert task.s3_bucket_arn == "arn:aws:s3:::acme-reports-eu"
    assert task.s3_bucket_name is None
    assert task.s3_bucket == "acme-reports-eu"
    assert task.s3_key == "reports/2024/Q1+summary%281%29.csv"
    assert task.decoded_key == "reports/2024/Q1 summary(1).csv"
    assert task.s3_version_id == "3HL4kqtJlcpXroDTDmJ-rmSpXd3dIbrHY"


def test_s3_batch_schema_2_bucket_user_arguments_and_null_version() -> None:
    raw = load_sample("s3-batch-schema-v2.json")
    ev = converter.structure(raw, S3BatchOperationEvent)
    assert ev.job.user_arguments == {"targetBucket": "acme-archive", "storageClass": "GLACIER_IR"}
    assert ev.task.s3_bucket == "acme-media"
    assert ev.task.decoded_key == "images/cat photo.jpg"
    assert ev.task.s3_version_id is None
    assert converter.unstructure(ev)["tasks"][0]["s3VersionId"] is None  # null kept as null


def test_s3_batch_task_without_bucket_says_so() -> None:
    raw = load_sample("s3-batch-schema-v2.json")
    del raw["tasks"][0]["s3Bucket"]
    ev = converter.structure(raw, S3BatchOperationEvent)
    with pytest.raises(ValueError, match="neither s3Bucket nor s3BucketArn"):
        _ = ev.task.s3_bucket


def test_s3_batch_malformed() -> None:
    raw = load_sample("s3-batch-schema-v2.json")
    raw["tasks"][0]["s3Key"] = 17
    del raw["invocationId"]
    msg = structure_error(raw, S3BatchOperationEvent)
    assert "tasks[0].s3Key: expected a string, got int" in msg
    assert "invocationId: missing required key" in msg
    raw = load_sample("s3-batch-schema-v2.json")
    raw["job"]["userArguments"] = {"k": 1}
    assert "job.userArguments.k: expected a string" in structure_error(raw, S3BatchOperationEvent)


# ------------------------------------------------------------------ S3 Object Lambda


def test_s3_object_lambda_get_object_helpers() -> None:
    ev = converter.structure(load_sample("s3-object-lambda-get-object.json"), S3ObjectLambdaEvent)
    assert ev.request_id == "7c2d4e6f-8a9b-4c1d-9e2f-3a4b5c6d7e8f"
    assert ev.request_route == "io-dub-cell003"
    assert ev.request_token == "b3V0cHV0LXRva2VuLTEwMDE="
    assert ev.input_s3_url.startswith("https://orders-ap-210987654321.s3-accesspoint")
    assert ev.configuration.payload == '{"redact": ["email", "phone"]}'
    assert ev.user_request.headers["x-amz-content-sha256"] == "UNSIGNED-PAYLOAD"
    assert next(iter(ev.user_request.headers)) == "Host"  # original casing kept
    identity = ev.user_identity
    assert identity.type == "AssumedRole"
    assert identity.user_name is None  # assumed-role callers have none (no KeyError)
    assert identity.session_context is not None
    assert identity.session_context.attributes.is_mfa_authenticated is True
    issuer = identity.session_context.session_issuer
    assert issuer is not None and issuer.user_name == "SupportRead"


def test_s3_object_lambda_list_objects_has_only_an_input_url() -> None:
    raw = load_sample("s3-object-lambda-list-objects-v2.json")
    ev = converter.structure(raw, S3ObjectLambdaEvent)
    assert ev.object_context is None
    assert ev.list_objects_v2_context is not None
    assert ev.input_s3_url.endswith("list-type=2&X-Amz-Signature=def456")
    assert ev.configuration.payload is None
    assert ev.user_identity.user_name == "auditor"
    with pytest.raises(ValueError, match="not a GetObject event"):
        _ = ev.request_route


def test_s3_object_lambda_malformed() -> None:
    raw = load_sample("s3-object-lambda-get-object.json")
    raw["userRequest"]["headers"]["Host"] = ["a", "b"]
    del raw["getObjectContext"]["outputToken"]
    msg = structure_error(raw, S3ObjectLambdaEvent)
    assert "userRequest.headers.Host: expected a string, got list" in msg
    assert "getObjectContext.outputToken: missing required key" in msg


# ------------------------------------------------------------------- Transfer Family


def test_transfer_family_password_login_is_redacted() -> None:
    ev = converter.structure(load_sample("transfer-family-password.json"), TransferFamilyAuthorizer)
    assert ev.password == "correct horse battery staple"
    assert ev.protocol is TransferFamilyProtocol.FTPS
    assert ev.server_id == "s-0123456789abcdef0"
    assert ev.source_ip == "203.0.113.24"
    assert "correct horse" not in repr(ev)
    assert "password='***'" in repr(ev)


def test_transfer_family_key_login_has_no_password() -> None:
    raw = load_sample("transfer-family-key.json")
    ev = assert_round_trip(raw, TransferFamilyAuthorizer)
    assert ev.password is None
    assert "password" not in converter.unstructure(ev)


def test_transfer_family_unknown_protocol_stays_a_string() -> None:
    raw = {**load_sample("transfer-family-key.json"), "protocol": "SCP9"}
    ev = assert_round_trip(raw, TransferFamilyAuthorizer)
    assert ev.protocol == "SCP9" and type(ev.protocol) is str


def test_transfer_family_malformed() -> None:
    raw = {**load_sample("transfer-family-password.json"), "password": 1234}
    del raw["serverId"]
    msg = structure_error(raw, TransferFamilyAuthorizer)
    assert "password: expected a string, got int" in msg
    assert "serverId: missing required key" in msg


# -------------------------------------------------------------------- Bedrock Agents


def test_bedrock_openapi_get_parameters() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-get.json"), BedrockAgentEvent)
    assert ev.path == "/orders/{orderId}"
    assert ev.http_method == "GET"
    assert ev.query_string_parameters == {"orderId": "1001", "verbose": "true"}
    assert ev.json_body is None
    assert ev.agent.name == "orders-assistant" and ev.agent.id == "Q7RT2XK9LM"
    assert ev.session_attributes == {"customerId": "C-42"}


def test_bedrock_openapi_post_json_body() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-post.json"), BedrockAgentEvent)
    assert ev.json_body == {"orderId": "1002", "reason": "arrived late"}
    assert ev.parameters == ()
    assert ev.query_string_parameters == {}
    assert ev.request_body is not None
    props = ev.request_body.content["application/json"].properties
    assert [p.type for p in props] == ["string", "string"]


def test_bedrock_without_parameters_reads_as_empty() -> None:
    raw = load_sample("bedrock-agent-openapi-get.json")
    del raw["parameters"]
    ev = assert_round_trip(raw, BedrockAgentEvent)
    assert ev.parameters is None
    assert ev.query_string_parameters == {}


def test_bedrock_function_event() -> None:
    ev = converter.structure(load_sample("bedrock-agent-function.json"), BedrockAgentFunctionEvent)
    assert ev.function == "bookTable"
    assert ev.parameters_by_name == {"partySize": "4", "time": "19:30"}
    assert ev.session_attributes == {"restaurant": "harbour"}


def test_bedrock_malformed() -> None:
    raw = load_sample("bedrock-agent-openapi-post.json")
    raw["requestBody"]["content"]["application/json"]["properties"][1]["value"] = None
    del raw["agent"]["alias"]
    msg = structure_error(raw, BedrockAgentEvent)
    assert "requestBody.content['application/json'].properties[1].value: expected a string" in msg
    assert "agent.alias: missing required key" in msg
    raw = load_sample("bedrock-agent-function.json")
    raw["parameters"] = {"partySize": "4"}
    msg = structure_error(raw, BedrockAgentFunctionEvent)
    assert "parameters: expected a list, got dict" in msg


# ----------------------------------------------------------------- CloudWatch alarms


def test_cloudwatch_metric_alarm() -> None:
    ev = converter.structure(load_sample("cloudwatch-alarm-metric.json"), CloudWatchAlarmEvent)
    assert ev.source_account_id == "210987654321"
    assert ev.timestamp == "2024-06-11T03:20:41.912+0000"
    assert ev.timestamp.datetime == datetime(2024, 6, 11, 3, 20, 41, 912000, tzinfo=timezone.utc)
    data = ev.alarm_data
    assert data.state.value is CloudWatchAlarmStateValue.ALARM
    assert data.previous_state.value is CloudWatchAlarmStateValue.OK
    assert data.state.reason_data_decoded["recentDatapoints"] == [12.0]
    assert data.state.reason_data_decoded["threshold"] == 5.0
    assert not data.configuration.is_composite
    assert data.configuration.metrics is not None
    (metric,) = data.configuration.metrics
    assert metric.metric_stat is not None
    assert metric.metric_stat.metric.dimensions == {"ApiName": "orders-api", "Stage": "prod"}
    assert metric.metric_stat.unit == "Count"
    assert not metric.is_expression


def test_cloudwatch_expression_metrics_have_no_metric_stat() -> None:
    ev = converter.structure(load_sample("cloudwatch-alarm-expression.json"), CloudWatchAlarmEvent)
    metrics = ev.alarm_data.configuration.metrics
    assert metrics is not None
    assert [m.metric_id for m in metrics] == ["rate", "errors", "requests"]
    assert metrics[0].metric_stat is None and metrics[0].is_expression
    assert metrics[0].expression == "errors / requests"
    assert metrics[1].metric_stat is not None and metrics[1].metric_stat.metric.name == "Errors"
    assert ev.alarm_data.state.value is CloudWatchAlarmStateValue.INSUFFICIENT_DATA
    assert ev.alarm_data.configuration.description is None


def test_cloudwatch_composite_alarm() -> None:
    ev = converter.structure(load_sample("cloudwatch-alarm-composite.json"), CloudWatchAlarmEvent)
    config = ev.alarm_data.configuration
    assert config.is_composite and config.metrics is None
    assert config.alarm_actions_suppressor == "storefront-maintenance"
    assert config.alarm_actions_suppressor_wait_period == 60
    assert config.alarm_actions_suppressor_extension_period == 300
    previous = ev.alarm_data.previous_state
    assert previous.actions_suppressed_by == "ExtensionPeriod"
    triggering = ev.alarm_data.state.reason_data_decoded["triggeringAlarms"]
    assert triggering[0]["state"]["value"] == "ALARM"


def test_cloudwatch_reason_data_typed_and_invalid() -> None:
    @attrs.frozen
    class Reason:
        triggeringAlarms: list[dict[str, Any]]  # noqa: N815 - AWS's key

    ev = converter.structure(load_sample("cloudwatch-alarm-composite.json"), CloudWatchAlarmEvent)
    assert ev.alarm_data.previous_state.reason_data_as(Reason) == Reason(triggeringAlarms=[])
    bad = attrs.evolve(ev.alarm_data.state, reason_data="{not json")
    with pytest.raises(StructureError, match="not valid JSON"):
        _ = bad.reason_data_decoded
    assert attrs.evolve(ev.alarm_data.state, reason_data=None).reason_data_decoded is None


def test_cloudwatch_new_state_value_stays_a_string() -> None:
    raw = load_sample("cloudwatch-alarm-metric.json")
    raw["alarmData"]["state"]["value"] = "MUTED"
    ev = assert_round_trip(raw, CloudWatchAlarmEvent)
    assert ev.alarm_data.state.value == "MUTED"


def test_cloudwatch_alarm_malformed() -> None:
    raw = load_sample("cloudwatch-alarm-expression.json")
    raw["alarmData"]["configuration"]["metrics"][1]["metricStat"]["period"] = "300"
    raw["time"] = ["yesterday"]
    msg = structure_error(raw, CloudWatchAlarmEvent)
    assert "alarmData.configuration.metrics[1].metricStat.period: expected an integer" in msg
    assert "time: expected a string, got list" in msg


# -------------------------------------------------------------- CloudWatch dashboards


def test_dashboard_widget_context() -> None:
    raw = load_sample("cloudwatch-dashboard-widget.json")
    ev = converter.structure(raw, CloudWatchDashboardCustomWidgetEvent)
    assert not ev.is_describe
    assert ev.widget_params == {"region": "eu-west-1"}
    ctx = ev.widget_context
    assert ctx is not None
    assert ctx.timezone.offset_iso == "+01:00" and ctx.timezone.offset_in_minutes == -60
    assert ctx.time_range.start.datetime == datetime(2024, 6, 11, 8, tzinfo=timezone.utc)
    assert ctx.time_range.zoom_start == 1718100000000
    assert ctx.time_range.zoom_end == 1718110000000
    assert ctx.time_range.relative_start is None
    assert ctx.form_values == {"limit": "10"}
    assert ctx.params == {"region": "eu-west-1"}
    assert ctx.is_auto_period is False and ctx.link_charts is False


def test_dashboard_describe_has_no_context() -> None:
    ev = converter.structure(
        load_sample("cloudwatch-dashboard-describe.json"), CloudWatchDashboardCustomWidgetEvent
    )
    assert ev.is_describe and ev.widget_context is None and ev.widget_params == {}


def test_dashboard_without_zoom_or_forms() -> None:
    raw = load_sample("cloudwatch-dashboard-widget.json")
    del raw["widgetContext"]["timeRange"]["zoom"]
    del raw["widgetContext"]["forms"]
    ev = assert_round_trip(raw, CloudWatchDashboardCustomWidgetEvent)
    assert ev.widget_context is not None
    assert ev.widget_context.time_range.zoom_start is None
    assert ev.widget_context.form_values == {}


def test_dashboard_malformed() -> None:
    raw = load_sample("cloudwatch-dashboard-widget.json")
    raw["widgetContext"]["isAutoPeriod"] = "false"
    raw["widgetContext"]["timeRange"]["start"] = 1.5
    msg = structure_error(raw, CloudWatchDashboardCustomWidgetEvent)
    assert "widgetContext.isAutoPeriod: expected true or false, got str" in msg
    assert "widgetContext.timeRange.start: expected epoch milliseconds as an integer" in msg


# ------------------------------------------------------------------------------- IoT


def test_iot_thing_event_timestamp_is_utc_aware() -> None:
    ev = converter.structure(load_sample("iot-thing.json"), IoTCoreThingEvent)
    assert ev.timestamp == 1718179200123
    moment = ev.timestamp.datetime
    assert moment.tzinfo is not None and moment.utcoffset() is not None
    assert moment == datetime(2024, 6, 12, 8, 0, 0, 123000, tzinfo=timezone.utc)
    assert ev.event_type is IoTCoreRegistryEventType.THING_EVENT
    assert ev.operation is IoTCoreRegistryOperation.UPDATED
    assert ev.attributes == {"site": "north", "firmware": "2.4.1"}
    assert ev.thing_type_name == "WaterPump" and ev.version_number == 7


def test_iot_thing_type_event() -> None:
    ev = converter.structure(load_sample("iot-thing-type.json"), IoTCoreThingTypeEvent)
    assert ev.is_deprecated is False
    assert ev.deprecation_date is None and ev.deprecation_datetime is None
    assert ev.searchable_attributes == ("site", "firmware")
    attrs_ = ev.propagating_attributes
    assert attrs_ is not None
    assert attrs_[0].thing_attribute == "site" and attrs_[0].connection_attribute is None
    assert attrs_[1].connection_attribute == "iot:ClientId"


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2024-07-01T00:00:00Z", datetime(2024, 7, 1, tzinfo=timezone.utc)),
        ("2024-07-01T02:00:00+02:00", datetime(2024, 7, 1, tzinfo=timezone.utc)),
        (1719792000, datetime(2024, 7, 1, tzinfo=timezone.utc)),
        (1719792000000, datetime(2024, 7, 1, tzinfo=timezone.utc)),
    ],
)
def test_iot_thing_type_deprecation_date(wire: Any, expected: datetime) -> None:
    raw = {
        **load_sample("iot-thing-type.json"),
        "operation": "DEPRECATED",
        "isDeprecated": True,
        "deprecationDate": wire,
    }
    ev = assert_round_trip(raw, IoTCoreThingTypeEvent)
    assert ev.operation is IoTCoreRegistryOperation.DEPRECATED
    assert ev.deprecation_datetime == expected


def test_iot_group_events() -> None:
    group = converter.structure(load_sample("iot-thing-group.json"), IoTCoreThingGroupEvent)
    assert group.parent_group_name == "all-pumps"
    assert group.root_to_parent_thing_groups is not None
    assert group.root_to_parent_thing_groups[0].group_arn.endswith("thinggroup/all-pumps")
    assert group.dynamic_group_mapping_id is None
    assert converter.unstructure(group)["dynamicGroupMappingId"] is None
    member = converter.structure(
        load_sample("iot-thing-group-membership.json"), IoTCoreAddOrRemoveFromThingGroupEvent
    )
    assert member.operation is IoTCoreRegistryOperation.ADDED
    assert member.membership_id == "e5d4c3b2-a190-4f8e-b7d6-c5b4a3928170"
    tree = converter.structure(
        load_sample("iot-thing-group-hierarchy.json"), IoTCoreAddOrDeleteFromThingGroupEvent
    )
    assert tree.operation is IoTCoreRegistryOperation.REMOVED
    assert tree.child_group_name == "north-pumps"
    assoc = converter.structure(
        load_sample("iot-thing-type-association.json"), IoTCoreThingTypeAssociationEvent
    )
    assert assoc.event_type is IoTCoreRegistryEventType.THING_TYPE_ASSOCIATION_EVENT
    assert assoc.timestamp.datetime.year == 2024


def test_iot_unknown_operation_stays_a_string() -> None:
    raw = {**load_sample("iot-thing.json"), "operation": "ARCHIVED"}
    ev = assert_round_trip(raw, IoTCoreThingEvent)
    assert ev.operation == "ARCHIVED" and type(ev.operation) is str


@pytest.mark.parametrize(
    ("name", "cls", "key", "value", "message"),
    [
        (
            "iot-thing.json",
            IoTCoreThingEvent,
            "timestamp",
            "1718179200123",
            "timestamp: expected epoch milliseconds as an integer, got str",
        ),
        (
            "iot-thing.json",
            IoTCoreThingEvent,
            "versionNumber",
            7.0,
            "versionNumber: expected an integer, got float",
        ),
        (
            "iot-thing-type.json",
            IoTCoreThingTypeEvent,
            "isDeprecated",
            "no",
            "isDeprecated: expected true or false",
        ),
        (
            "iot-thing-type-association.json",
            IoTCoreThingTypeAssociationEvent,
            "thingName",
            None,
            "thingName: expected a string, got null",
        ),
        (
            "iot-thing-group.json",
            IoTCoreThingGroupEvent,
            "rootToParentThingGroups",
            [{"groupId": "g"}],
            "rootToParentThingGroups[0].groupArn: missing required key",
        ),
        (
            "iot-thing-group-membership.json",
            IoTCoreAddOrRemoveFromThingGroupEvent,
            "eventType",
            5,
            "eventType: expected a string, got int",
        ),
        (
            "iot-thing-group-hierarchy.json",
            IoTCoreAddOrDeleteFromThingGroupEvent,
            "childGroupId",
            ["x"],
            "childGroupId: expected a string, got list",
        ),
    ],
)
def test_iot_malformed(name: str, cls: Any, key: str, value: Any, message: str) -> None:
    raw = {**load_sample(name), key: value}
    assert message in structure_error(raw, cls)
