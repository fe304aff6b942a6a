"""CodePipeline, CodeDeploy, AWS Config rules, Amazon Connect, Secrets Manager."""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    AWSConfigConfigurationChanged,
    AWSConfigEvaluationMode,
    AWSConfigOversizedConfiguration,
    AWSConfigRuleEvent,
    AWSConfigScheduledNotification,
    CodeDeployLifecycleHookEvent,
    CodePipelineJobEvent,
    ConnectContactFlowChannel,
    ConnectContactFlowEndpointType,
    ConnectContactFlowEvent,
    ConnectContactFlowInitiationMethod,
    ResponseError,
    SecretsManagerEvent,
    SecretsManagerRotationStep,
    StructureError,
    converter,
    make_converter,
)

from ._support import assert_round_trip, load_sample, shared_files, structure_error

SAMPLES: dict[str, type[Any]] = {
    "codepipeline-job.json": CodePipelineJobEvent,
    "codepipeline-job-encrypted.json": CodePipelineJobEvent,
    "codedeploy-lifecycle-hook.json": CodeDeployLifecycleHookEvent,
    "config-configuration-change.json": AWSConfigRuleEvent,
    "config-scheduled.json": AWSConfigRuleEvent,
    "config-oversized.json": AWSConfigRuleEvent,
    "connect-contact-flow-voice.json": ConnectContactFlowEvent,
    "connect-contact-flow-chat.json": ConnectContactFlowEvent,
    "connect-contact-flow-task.json": ConnectContactFlowEvent,
    "secrets-manager-create-secret.json": SecretsManagerEvent,
    "secrets-manager-finish-secret.json": SecretsManagerEvent,
}
CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    import lambda_events

    assert_round_trip(json.loads(path.read_text()), getattr(lambda_events, cls_name))


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(raw: dict[str, Any]) -> None:
        target: Any = raw
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(raw: dict[str, Any]) -> None:
        target: Any = raw
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


JOB = "CodePipeline.job"
MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "codepipeline-job.json",
        _set((JOB, "data", "inputArtifacts", 0, "location", "s3Location", "bucketName"), 5),
        "['CodePipeline.job'].data.inputArtifacts[0].location.s3Location.bucketName: "
        "expected a string, got int",
    ),
    (
        "codepipeline-job-encrypted.json",
        _delete((JOB, "data", "artifactCredentials", "secretAccessKey")),
        "['CodePipeline.job'].data.artifactCredentials.secretAccessKey: missing required key",
    ),
    (
        "codedeploy-lifecycle-hook.json",
        _set(("DeploymentId",), None),
        "DeploymentId: expected a string, got null",
    ),
    (
        "config-configuration-change.json",
        _set(("eventLeftScope",), "false"),
        "eventLeftScope: expected true or false, got str",
    ),
    (
        "config-scheduled.json",
        _set(("invokingEvent",), {"messageType": "ScheduledNotification"}),
        "invokingEvent: expected a string, got dict",
    ),
    (
        "connect-contact-flow-voice.json",
        _set(("Details", "ContactData", "Channel"), 1),
        "Details.ContactData.Channel: expected a string, got int",
    ),
    (
        "connect-contact-flow-chat.json",
        _set(("Details", "ContactData", "Attributes"), {"a": 1}),
        "Details.ContactData.Attributes.a: expected a string, got int",
    ),
    (
        "connect-contact-flow-task.json",
        _delete(("Details", "ContactData", "InstanceARN")),
        "Details.ContactData.InstanceARN: missing required key",
    ),
    ("secrets-manager-create-secret.json", _delete(("Step",)), "Step: missing required key"),
    (
        "secrets-manager-finish-secret.json",
        _set(("RotationToken",), 9),
        "RotationToken: expected a string, got int",
    ),
]


@pytest.mark.parametrize(("sample", "mutate", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_names_the_wire_path(
    sample: str, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    raw = load_sample(sample)
    mutate(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def _handler(module: str) -> Callable[[dict[str, Any], object], Any]:
    return importlib.import_module(f"samples.handlers.{module}").lambda_handler  # type: ignore[no-any-return]


# ---------------------------------------------------------------------- CodePipeline


def test_codepipeline_fields_and_helpers() -> None:
    event = converter.structure(load_sample("codepipeline-job.json"), CodePipelineJobEvent)
    assert event.id == "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
    assert event.account_id == "210987654321"
    assert event.data.action_configuration.configuration.function_name == "orders-smoke-test"
    assert event.user_parameters == (
        '{"environment": "staging", "endpoints": ["/health", "/orders"], "timeoutSeconds": 20}'
    )
    assert event.decoded_user_parameters == {
        "environment": "staging",
        "endpoints": ["/health", "/orders"],
        "timeoutSeconds": 20,
    }
    assert event.input_bucket_name == "codepipeline-eu-west-1-210987654321"
    assert event.input_object_key == "orders-pipeline/BuildOutpu/release 2026-01(1).zip"
    artifact = event.find_input_artifact("BuildOutput")
    assert artifact is not None
    assert artifact.revision == "7d3f9e1c2b4a"
    assert artifact.location.type == "S3"
    assert (
        artifact.location.s3_location.key == "orders-pipeline/BuildOutpu/release+2026-01%281%29.zip"
    )
    assert event.find_input_artifact("Nope") is None
    output = event.find_output_artifact("SmokeReport")
    assert output is not None and output.revision is None
    creds = event.data.artifact_credentials
    assert creds.access_key_id == "ASIAEXAMPLEKEY7Q2W3E"
    assert creds.expiration_time == 1767261600000
    assert creds.expiration_time is not None
    assert creds.expiration_time.datetime == datetime(2026, 1, 1, 10, 0, tzinfo=timezone.utc)
    assert event.data.encryption_key is None
    assert event.data.continuation_token is None


def test_codepipeline_user_parameters_typed() -> None:
    @attrs.frozen
    class Params:
        environment: str
        endpoints: list[str]
        timeoutSeconds: int  # noqa: N815 - the pipeline author's JSON keys

    event = converter.structure(load_sample("codepipeline-job.json"), CodePipelineJobEvent)
    assert event.user_parameters_as(Params) == Params("staging", ["/health", "/orders"], 20)


def test_codepipeline_without_user_parameters() -> None:
    event = converter.structure(
        load_sample("codepipeline-job-encrypted.json"), CodePipelineJobEvent
    )
    assert event.user_parameters is None
    assert event.decoded_user_parameters == {}
    assert event.data.encryption_key is not None
    assert event.data.encryption_key.type == "KMS"
    assert event.data.continuation_token == "c2Vjb25kLXBhc3MtY29udGludWF0aW9u"
    assert event.find_output_artifact("SmokeReport") is None


def test_codepipeline_plain_text_user_parameters_fail_clearly_when_decoded() -> None:
    raw = load_sample("codepipeline-job.json")
    raw[JOB]["data"]["actionConfiguration"]["configuration"]["UserParameters"] = (
        "https://example.org"
    )
    event = assert_round_trip(raw, CodePipelineJobEvent)
    assert event.user_parameters == "https://example.org"
    with pytest.raises(StructureError, match="not valid JSON"):
        _ = event.decoded_user_parameters


def test_codepipeline_credentials_redacted() -> None:
    event = converter.structure(load_sample("codepipeline-job.json"), CodePipelineJobEvent)
    text = repr(event)
    assert "ExampleSecretKeyDoNotUse" not in text
    assert "sessionTOKEN" not in text
    assert "secret_access_key='***'" in text
    assert "ASIAEXAMPLEKEY7Q2W3E" in text


def test_codepipeline_handler() -> None:
    out = _handler("codepipeline_job")(load_sample("codepipeline-job.json"), None)
    assert out == {
        "statusCode": 200,
        "body": "Processed job a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d "
        "from bucket codepipeline-eu-west-1-210987654321",
        "environment": "staging",
        "inputKey": "orders-pipeline/BuildOutpu/release 2026-01(1).zip",
    }
    out = _handler("codepipeline_job")(load_sample("codepipeline-job-encrypted.json"), None)
    assert out["environment"] == "dev"


# ------------------------------------------------------------------------ CodeDeploy


def test_codedeploy_fields_and_status_request() -> None:
    event = converter.structure(
        load_sample("codedeploy-lifecycle-hook.json"), CodeDeployLifecycleHookEvent
    )
    assert event.deployment_id == "d-7Q2W3E4R5"
    assert event.status_request("Failed") == {
        "deploymentId": "d-7Q2W3E4R5",
        "lifecycleEventHookExecutionId": (
            "eyJlbmNyeXB0ZWREYXRhIjoiZXhhbXBsZS1ob29rLWV4ZWN1dGlvbi1pZCJ9"
        ),
        "status": "Failed",
    }
    with pytest.raises(ResponseError, match="Succeeded or Failed"):
        event.status_request("Done")  # type: ignore[arg-type]


def test_codedeploy_handler() -> None:
    out = _handler("codedeploy_lifecycle_hook")(load_sample("codedeploy-lifecycle-hook.json"), None)
    assert out["deployment_id"] == "d-7Q2W3E4R5"
    assert out["lifecycle_event_hook_execution_id"].startswith("eyJlbmNy")
    assert out["status_request"]["status"] == "Succeeded"


# ---------------------------------------------------------------------------- Config


def test_config_configuration_change() -> None:
    raw = load_sample("config-configuration-change.json")
    event = converter.structure(raw, AWSConfigRuleEvent)
    assert event.raw_invoking_event == raw["invokingEvent"]
    assert event.raw_rule_parameters == raw["ruleParameters"]
    assert event.evaluation_mode is AWSConfigEvaluationMode.DETECTIVE
    assert event.event_left_scope is False
    assert event.config_rule_name == "no-open-database-ports"
    assert event.account_id == "210987654321"
    invoking = event.invoking_event
    assert isinstance(invoking, AWSConfigConfigurationChanged)
    assert invoking.message_type == "ConfigurationItemChangeNotification"
    assert invoking.notification_creation_time.datetime == datetime(
        2026, 1, 15, 9, 12, 45, 118000, tzinfo=timezone.utc
    )
    item = invoking.configuration_item
    assert item is not None
    assert item.resource_type == "AWS::EC2::SecurityGroup"
    assert item.resource_arn == "arn:aws:ec2:eu-west-1:210987654321:security-group/sg-0f9e8d7c6b5a"
    assert item.region == "eu-west-1"
    assert item.account_id == "210987654321"
    assert item.configuration_state_id == 1768468364031
    assert item.tags == {"team": "orders", "env": "prod"}
    assert item.relationships is not None and item.relationships[0]["resourceId"] == "vpc-0a1b2c3d"
    assert item.configuration["groupId"] == "sg-0f9e8d7c6b5a"
    assert invoking.configuration_item_diff is not None
    assert invoking.configuration_item_diff["changeType"] == "UPDATE"
    assert event.rule_parameters == {"forbiddenCidr": "0.0.0.0/0", "ports": "22,5432"}
    assert event.invoking_event_json["recordVersion"] == "1.3"


def test_config_scheduled_and_oversized() -> None:
    scheduled = converter.structure(load_sample("config-scheduled.json"), AWSConfigRuleEvent)
    invoking = scheduled.invoking_event
    assert isinstance(invoking, AWSConfigScheduledNotification)
    assert invoking.account_id == "210987654321"
    assert scheduled.raw_rule_parameters is None
    assert scheduled.rule_parameters == {}
    oversized = converter.structure(load_sample("config-oversized.json"), AWSConfigRuleEvent)
    assert oversized.evaluation_mode is None
    big = oversized.invoking_event
    assert isinstance(big, AWSConfigOversizedConfiguration)
    summary = big.configuration_item_summary
    assert summary.change_type == "UPDATE"
    assert summary.resource_arn == "arn:aws:iam::210987654321:policy/orders-broad-policy"
    assert summary.region == "global"
    assert summary.configuration_state_id == 1768476009777


def test_config_invoking_event_is_kept_exactly() -> None:
    raw = load_sample("config-scheduled.json")
    raw["invokingEvent"] = (
        '{ "messageType" : "ScheduledNotification",  "awsAccountId":"1", '
        '"notificationCreationTime":"2026-01-01T00:00:00Z","recordVersion":"1.0"}'
    )
    event = assert_round_trip(raw, AWSConfigRuleEvent)
    assert converter.unstructure(event)["invokingEvent"] == raw["invokingEvent"]
    assert isinstance(event.invoking_event, AWSConfigScheduledNotification)


def test_config_rule_parameters_typed() -> None:
    @attrs.frozen
    class Params:
        forbiddenCidr: str  # noqa: N815 - the rule author's JSON keys
        ports: str

    event = converter.structure(load_sample("config-configuration-change.json"), AWSConfigRuleEvent)
    assert event.rule_parameters_as(Params) == Params("0.0.0.0/0", "22,5432")


@pytest.mark.parametrize(
    ("invoking", "message"),
    [
        (
            '{"messageType": "ComplianceChangeNotification"}',
            "invokingEvent.messageType: unknown invoking event type 'ComplianceChangeNotification'",
        ),
        ("{}", "invokingEvent.messageType: unknown invoking event type None"),
        ("not json", "invokingEvent: not valid JSON"),
        (
            '{"messageType": "ScheduledNotification", "recordVersion": "1.0", '
            '"notificationCreationTime": "t"}',
            "invokingEvent.awsAccountId: missing required key",
        ),
    ],
)
def test_config_bad_invoking_event_raises_with_path(invoking: str, message: str) -> None:
    event = converter.structure(
        {**load_sample("config-scheduled.json"), "invokingEvent": invoking}, AWSConfigRuleEvent
    )
    with pytest.raises(StructureError) as info:
        _ = event.invoking_event
    assert message in str(info.value)


def test_config_bad_rule_parameters_raise_with_path() -> None:
    event = converter.structure(
        {**load_sample("config-scheduled.json"), "ruleParameters": "[1]"}, AWSConfigRuleEvent
    )
    with pytest.raises(StructureError, match="ruleParameters: expected a JSON object"):
        _ = event.rule_parameters
    event = converter.structure(
        {**load_sample("config-scheduled.json"), "ruleParameters": "{"}, AWSConfigRuleEvent
    )
    with pytest.raises(StructureError, match="ruleParameters: not valid JSON"):
        _ = event.rule_parameters


def test_config_invoking_event_with_own_converter() -> None:
    event = converter.structure(load_sample("config-oversized.json"), AWSConfigRuleEvent)
    assert event.invoking_event_with(make_converter()) == event.invoking_event


def test_config_handler() -> None:
    handler = _handler("config_rule")
    assert handler(load_sample("config-configuration-change.json"), None) == {
        "Success": "OK",
        "messageType": "ConfigurationItemChangeNotification",
        "compliance": "NON_COMPLIANT",
    }
    assert handler(load_sample("config-scheduled.json"), None) == {
        "Success": "OK",
        "messageType": "ScheduledNotification",
        "compliance": "NOT_APPLICABLE",
    }
    closed = load_sample("config-configuration-change.json")
    doc = json.loads(closed["invokingEvent"])
    doc["configurationItem"]["configuration"]["ipPermissions"][0]["ipRanges"] = ["10.0.0.0/8"]
    closed["invokingEvent"] = json.dumps(doc)
    assert handler(closed, None)["compliance"] == "COMPLIANT"


# --------------------------------------------------------------------------- Connect


def test_connect_voice_contact() -> None:
    event = converter.structure(
        load_sample("connect-contact-flow-voice.json"), ConnectContactFlowEvent
    )
    data = event.contact_data
    assert event.name == "ContactFlowEvent"
    assert data.channel is ConnectContactFlowChannel.VOICE
    assert data.initiation_method is ConnectContactFlowInitiationMethod.INBOUND
    assert data.customer_endpoint is not None
    assert data.customer_endpoint.endpoint_type is ConnectContactFlowEndpointType.TELEPHONE_NUMBER
    assert data.customer_endpoint.address == "+441632960123"
    assert data.queue is not None and data.queue.name == "BillingQueue"
    assert data.queue.outbound_caller_id == {
        "Address": "+441632960999",
        "Type": "TELEPHONE_NUMBER",
    }
    assert data.instance_arn.endswith("instance/7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928")
    assert data.language_code == "en-GB"
    assert data.tags == {"aws:connect:instanceId": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928"}
    assert data.aws_region == "eu-west-2" and not data.unknown_keys
    assert data.media_streams is not None
    audio = data.media_streams.customer.audio
    assert audio.start_timestamp is not None
    assert audio.start_timestamp.datetime == datetime(
        2026, 1, 15, 9, 20, 0, 123000, tzinfo=timezone.utc
    )
    assert audio.stream_arn is not None and audio.stream_arn.startswith("arn:aws:kinesisvideo:")
    assert event.parameters == {"lookup": "account-balance", "accountNumber": "GB-00481516"}


def test_connect_chat_contact_nulls_round_trip() -> None:
    raw = load_sample("connect-contact-flow-chat.json")
    event = assert_round_trip(raw, ConnectContactFlowEvent)
    data = event.contact_data
    assert data.channel is ConnectContactFlowChannel.CHAT
    assert data.customer_endpoint is None and data.queue is None and data.system_endpoint is None
    assert data.media_streams is not None
    assert data.media_streams.customer.audio.stream_arn is None
    assert event.parameters == {}


def test_connect_new_enum_values_stay_strings() -> None:
    event = converter.structure(
        load_sample("connect-contact-flow-task.json"), ConnectContactFlowEvent
    )
    data = event.contact_data
    assert data.channel is ConnectContactFlowChannel.TASK
    assert type(data.initiation_method) is str and data.initiation_method == "CONTACT_TEMPLATE"
    assert data.system_endpoint is not None
    assert type(data.system_endpoint.endpoint_type) is str
    assert data.media_streams is None
    raw = load_sample("connect-contact-flow-voice.json")
    raw["Details"]["ContactData"]["Channel"] = "EMAIL"
    raw["Details"]["ContactData"]["CustomerEndpoint"] = {
        "Address": "a@example.org",
        "Type": "EMAIL_ADDRESS",
    }
    email = assert_round_trip(raw, ConnectContactFlowEvent)
    assert email.contact_data.channel is ConnectContactFlowChannel.EMAIL
    assert email.contact_data.customer_endpoint is not None
    assert (
        email.contact_data.customer_endpoint.endpoint_type
        is ConnectContactFlowEndpointType.EMAIL_ADDRESS
    )


def test_connect_handler() -> None:
    handler = _handler("connect_contact_flow")
    assert handler(load_sample("connect-contact-flow-voice.json"), None) == {
        "channel": "VOICE",
        "isVoice": "true",
        "callerNumber": "+441632960123",
        "initiation": "INBOUND",
        "queue": "BillingQueue",
        "tier": "gold",
    }
    out = handler(load_sample("connect-contact-flow-task.json"), None)
    assert out["channel"] == "TASK"
    assert out["initiation"] == "CONTACT_TEMPLATE"
    assert out["callerNumber"] == ""


# ------------------------------------------------------------------- Secrets Manager


def test_secrets_manager_fields() -> None:
    event = converter.structure(
        load_sample("secrets-manager-create-secret.json"), SecretsManagerEvent
    )
    assert event.step is SecretsManagerRotationStep.CREATE_SECRET
    assert event.version_id == event.client_request_token == "6f1c9b2e-3d4a-4b5c-8e7f-9a0b1c2d3e4f"
    assert event.rotation_token is None
    finish = converter.structure(
        load_sample("secrets-manager-finish-secret.json"), SecretsManagerEvent
    )
    assert finish.step == "finishSecret"
    assert finish.rotation_token == "b7e4c2a1-9d8f-4e6b-a5c3-0f1e2d3c4b5a"
    assert "b7e4c2a1" not in repr(finish)


def test_secrets_manager_handler() -> None:
    handler = _handler("secrets_manager_rotation")
    out = handler(load_sample("secrets-manager-create-secret.json"), None)
    assert out == {
        "secretId": (
            "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/orders/db-credentials-Xy7Z9q"
        ),
        "versionId": "6f1c9b2e-3d4a-4b5c-8e7f-9a0b1c2d3e4f",
        "step": "createSecret",
        "action": "generate and store AWSPENDING",
    }
    assert handler(load_sample("secrets-manager-finish-secret.json"), None)["action"] == (
        "move AWSCURRENT to the new version"
    )
    raw = copy.deepcopy(load_sample("secrets-manager-create-secret.json"))
    raw["Step"] = "rollbackSecret"
    with pytest.raises(ValueError, match="Invalid step parameter rollbackSecret"):
        handler(raw, None)
