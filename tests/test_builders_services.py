"""Builders for service integrations: realistic, detected, round-tripping, arguments land."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import pytest

from lambda_events import CognitoTriggerSource, cognito_trigger_class, converter, detect
from lambda_events.testing import (
    SAMPLES,
    bedrock_agent_event,
    bedrock_agent_function_event,
    cloudformation_custom_resource_event,
    cloudwatch_alarm_event,
    cloudwatch_dashboard_widget_event,
    codedeploy_lifecycle_hook_event,
    codepipeline_job_event,
    cognito_create_auth_challenge_event,
    cognito_custom_email_sender_event,
    cognito_custom_message_event,
    cognito_custom_sms_sender_event,
    cognito_define_auth_challenge_event,
    cognito_post_authentication_event,
    cognito_post_confirmation_event,
    cognito_pre_authentication_event,
    cognito_pre_sign_up_event,
    cognito_pre_token_generation_event,
    cognito_trigger_event,
    cognito_user_migration_event,
    cognito_verify_auth_challenge_event,
    config_configuration_change_event,
    config_rule_event,
    config_scheduled_event,
    connect_contact_flow_event,
    iot_thing_event,
    iot_thing_group_event,
    iot_thing_group_hierarchy_event,
    iot_thing_group_membership_event,
    iot_thing_type_association_event,
    iot_thing_type_event,
    s3_batch_operation_event,
    s3_object_lambda_event,
    secrets_manager_rotation_event,
    transfer_family_authorizer_event,
)
from lambda_events.testing._ids import ACCOUNT, REGION

from ._support import assert_round_trip

SERVICE_NAMES = (
    "cognito-pre-sign-up",
    "cognito-post-confirmation",
    "cognito-pre-authentication",
    "cognito-post-authentication",
    "cognito-pre-token-generation",
    "cognito-pre-token-generation-v2",
    "cognito-custom-message",
    "cognito-user-migration",
    "cognito-define-auth-challenge",
    "cognito-create-auth-challenge",
    "cognito-verify-auth-challenge",
    "cognito-custom-email-sender",
    "cognito-custom-sms-sender",
    "cloudformation",
    "codepipeline",
    "codedeploy",
    "config",
    "config-scheduled",
    "connect",
    "secrets-manager",
    "s3-batch",
    "s3-object-lambda",
    "transfer-family",
    "bedrock-agent",
    "bedrock-agent-function",
    "cloudwatch-alarm",
    "cloudwatch-dashboard",
    "iot-thing",
    "codecommit",
    "lex",
    "lex-v2",
    "cloudfront-request",
    "cloudfront-response",
    "kinesis-analytics-preprocessing",
    "kinesis-analytics-output",
    "iot-custom-authorizer",
    "iot-pre-provisioning-hook",
    "iot-button",
    "cognito-sync",
    "cognito-inbound-federation",
    "client-vpn",
    "lambda-destination",
    "documentdb",
    "autoscaling-custom-termination-policy",
    "connect-outbound-campaigns",
    "iot-thing-type",
    "iot-thing-type-association",
    "iot-thing-group",
    "iot-thing-group-membership",
    "iot-thing-group-hierarchy",
)
SERVICE_SAMPLES = {name: SAMPLES[name] for name in SERVICE_NAMES}


def _raw(obj: Any) -> Any:
    raw = converter.unstructure(obj)
    json.dumps(raw)
    return raw


def _checked(obj: Any) -> Any:
    """The wire form of `obj`, after checking detection and the exact round trip."""
    raw = _raw(obj)
    assert detect(raw) is type(obj)
    assert assert_round_trip(raw, type(obj)) == obj
    return raw


# ------------------------------------------------------------------------- every builder


@pytest.mark.parametrize("name", sorted(SERVICE_SAMPLES))
def test_default_sample_is_detected_and_round_trips(name: str) -> None:
    _checked(SERVICE_SAMPLES[name]())


_WITHOUT_IDS = {"cloudwatch-dashboard"}  # a widget call carries no id, only the time


@pytest.mark.parametrize("name", sorted(set(SERVICE_SAMPLES) - _WITHOUT_IDS))
def test_ids_are_fresh(name: str) -> None:
    builder: Callable[[], Any] = SERVICE_SAMPLES[name]
    assert _raw(builder()) != _raw(builder())


def test_every_cli_name_is_short_kebab_case() -> None:
    for name in SERVICE_SAMPLES:
        assert name == name.lower() and " " not in name and "_" not in name


# --------------------------------------------------------------------------------- Cognito


@pytest.mark.parametrize("source", [s.value for s in CognitoTriggerSource])
def test_cognito_trigger_event_builds_the_class_of_any_trigger_source(source: str) -> None:
    event = cognito_trigger_event(source)
    raw = _checked(event)
    assert raw["triggerSource"] == source
    assert type(event) is cognito_trigger_class(raw)


def test_cognito_trigger_event_arguments_land() -> None:
    event = cognito_trigger_event(
        "PreAuthentication_Authentication",
        user_name="bob",
        user_attributes={"email": "bob@example.org", "custom:tier": "gold"},
        client_metadata={"app": "web"},
        region="eu-west-1",
        validation_data={"captcha": "ok"},
    )
    raw = _checked(event)
    assert raw["userName"] == "bob"
    assert raw["region"] == "eu-west-1"
    assert raw["userPoolId"].startswith("eu-west-1_")
    assert raw["request"] == {
        "userAttributes": {"email": "bob@example.org", "custom:tier": "gold"},
        "validationData": {"captcha": "ok"},
        "clientMetadata": {"app": "web"},
    }
    assert raw["response"] == {}


def test_cognito_trigger_event_rejects_fields_the_request_does_not_have() -> None:
    with pytest.raises(TypeError, match="scopes"):
        cognito_trigger_event("PreSignUp_SignUp", scopes=["openid"])
    with pytest.raises(TypeError, match="user attributes"):
        cognito_trigger_event("UserMigration_Authentication", user_attributes={"a": "b"})


def test_cognito_token_generation_version_picks_the_class() -> None:
    v1 = cognito_trigger_event("TokenGeneration_Authentication")
    v2 = cognito_trigger_event("TokenGeneration_Authentication", version="2")
    m2m = cognito_trigger_event("TokenGeneration_ClientCredentials")
    assert type(v1).__name__ == "PreTokenGenerationTriggerEvent"
    assert type(v2).__name__ == "PreTokenGenerationV2TriggerEvent"
    assert type(m2m).__name__ == "PreTokenGenerationV2TriggerEvent"
    assert _checked(m2m)["version"] == "3"
    assert _checked(v2)["request"]["scopes"] == ["openid", "email", "aws.cognito.signin.user.admin"]


def test_cognito_default_user_is_confirmed_and_pre_sign_up_has_no_sub() -> None:
    attrs = _checked(cognito_post_confirmation_event())["request"]["userAttributes"]
    assert attrs["cognito:user_status"] == "CONFIRMED"
    assert attrs["email"] == "jane.doe@example.com"
    assert "sub" not in _checked(cognito_pre_sign_up_event())["request"]["userAttributes"]


def test_cognito_pre_sign_up_arguments_land() -> None:
    raw = _checked(
        cognito_pre_sign_up_event(
            {"email": "x@example.org"},
            trigger_source="PreSignUp_AdminCreateUser",
            validation_data={"invite": "abc"},
        )
    )
    assert raw["triggerSource"] == "PreSignUp_AdminCreateUser"
    assert raw["request"]["userAttributes"] == {"email": "x@example.org"}
    assert raw["request"]["validationData"] == {"invite": "abc"}
    # Cognito sends the answer fields as false
    assert raw["response"] == {
        "autoConfirmUser": False,
        "autoVerifyEmail": False,
        "autoVerifyPhone": False,
    }


def test_cognito_post_confirmation_arguments_land() -> None:
    raw = _checked(
        cognito_post_confirmation_event(
            {"sub": "s", "email": "e"}, trigger_source="PostConfirmation_ConfirmForgotPassword"
        )
    )
    assert raw["triggerSource"] == "PostConfirmation_ConfirmForgotPassword"
    assert raw["request"]["userAttributes"] == {"sub": "s", "email": "e"}
    assert raw["response"] == {}


def test_cognito_pre_authentication_arguments_land() -> None:
    event = cognito_pre_authentication_event(validation_data={"k": "v"}, user_not_found=True)
    raw = _checked(event)
    assert raw["request"]["validationData"] == {"k": "v"}
    assert raw["request"]["userNotFound"] is True


def test_cognito_post_authentication_arguments_land() -> None:
    event = cognito_post_authentication_event(new_device_used=True, client_metadata={"a": "b"})
    raw = _checked(event)
    assert raw["request"]["newDeviceUsed"] is True
    assert raw["request"]["clientMetadata"] == {"a": "b"}


def test_cognito_pre_token_generation_arguments_land() -> None:
    v1 = _checked(cognito_pre_token_generation_event(groups=["admins"], iam_roles=["arn:r"]))
    assert v1["version"] == "1"
    assert v1["request"]["groupConfiguration"] == {
        "groupsToOverride": ["admins"],
        "iamRolesToOverride": ["arn:r"],
        "preferredRole": None,
    }
    assert v1["response"] == {"claimsOverrideDetails": None}
    v2 = cognito_pre_token_generation_event(version="2", scopes=["openid", "orders/read"])
    raw = _checked(v2)
    assert raw["request"]["scopes"] == ["openid", "orders/read"]
    assert raw["response"] == {"claimsAndScopeOverrideDetails": None}
    with pytest.raises(ValueError, match="versions 2 and 3"):
        cognito_pre_token_generation_event(scopes=["openid"])


def test_cognito_custom_message_arguments_land() -> None:
    raw = _checked(
        cognito_custom_message_event("CustomMessage_ForgotPassword", code_parameter="{code}")
    )
    assert raw["triggerSource"] == "CustomMessage_ForgotPassword"
    assert raw["request"]["codeParameter"] == "{code}"
    assert raw["response"] == {"smsMessage": None, "emailMessage": None, "emailSubject": None}
    admin = _checked(cognito_custom_message_event("CustomMessage_AdminCreateUser"))
    assert admin["request"]["usernameParameter"] == "{username}"


def test_cognito_user_migration_arguments_land() -> None:
    event = cognito_user_migration_event("s3cret", user_name="old@example.org")
    raw = _checked(event)
    assert raw["request"]["password"] == "s3cret"
    assert raw["userName"] == "old@example.org"
    assert "s3cret" not in repr(event)
    assert raw["response"]["finalUserStatus"] is None
    forgot = _checked(cognito_user_migration_event(trigger_source="UserMigration_ForgotPassword"))
    assert "password" not in forgot["request"]


def test_cognito_auth_challenge_arguments_land() -> None:
    define = _checked(cognito_define_auth_challenge_event([("CUSTOM_CHALLENGE", False)]))
    assert define["request"]["session"] == [
        {"challengeName": "CUSTOM_CHALLENGE", "challengeResult": False, "challengeMetadata": None}
    ]
    create = _checked(cognito_create_auth_challenge_event("SMS_MFA"))
    assert create["request"]["challengeName"] == "SMS_MFA"
    assert [s["challengeName"] for s in create["request"]["session"]] == [
        "SRP_A",
        "PASSWORD_VERIFIER",
    ]
    verify = _checked(cognito_verify_auth_challenge_event("7", expected_answer="8"))
    assert verify["request"]["challengeAnswer"] == "7"
    assert verify["request"]["privateChallengeParameters"] == {"answer": "8"}
    same = _checked(cognito_verify_auth_challenge_event("7"))
    assert same["request"]["privateChallengeParameters"] == {"answer": "7"}


def test_cognito_custom_senders_arguments_land() -> None:
    email = _checked(cognito_custom_email_sender_event("CustomEmailSender_ResendCode", code="C0DE"))
    assert email["triggerSource"] == "CustomEmailSender_ResendCode"
    assert email["request"]["type"] == "customEmailSenderRequestV1"
    assert email["request"]["code"] == "C0DE"
    assert "response" not in email
    sms = _checked(cognito_custom_sms_sender_event(phone_number="+353861234567"))
    assert sms["request"]["type"] == "customSMSSenderRequestV1"
    assert sms["request"]["userAttributes"]["phone_number"] == "+353861234567"
    assert sms["request"]["code"].startswith("AYAD")


# -------------------------------------------------------------------------- CloudFormation


def test_cloudformation_create_arguments_land() -> None:
    from lambda_events.cloudformation import CloudFormationCustomResourceResponse

    event = cloudformation_custom_resource_event(
        resource_properties={"BucketName": "b"},
        resource_type="Custom::Bucket",
        stack_name="shop",
        region="eu-west-1",
    )
    raw = _checked(event)
    token = f"arn:aws:lambda:eu-west-1:{ACCOUNT}:function:custom-resource-provider"
    assert raw["RequestType"] == "Create"
    assert raw["ServiceToken"] == token
    assert raw["ResourceProperties"] == {"ServiceToken": token, "BucketName": "b"}
    assert raw["ResourceType"] == "Custom::Bucket"
    assert raw["StackId"].startswith(f"arn:aws:cloudformation:eu-west-1:{ACCOUNT}:stack/shop/")
    assert "PhysicalResourceId" not in raw and "OldResourceProperties" not in raw
    assert quote(raw["StackId"], safe="/") in raw["ResponseURL"]
    assert raw["RequestId"] in raw["ResponseURL"]
    assert raw["ResponseURL"].startswith("https://cloudformation-custom-resource-response-euwest1")
    answer = CloudFormationCustomResourceResponse.success(event)
    assert answer.physical_resource_id == raw["RequestId"]


def test_cloudformation_update_and_delete() -> None:
    update = _checked(
        cloudformation_custom_resource_event(
            "Update", resource_properties={"Size": "2"}, old_resource_properties={"Size": "1"}
        )
    )
    assert update["ResourceProperties"]["Size"] == "2"
    assert update["OldResourceProperties"]["Size"] == "1"
    assert update["OldResourceProperties"]["ServiceToken"] == update["ServiceToken"]
    assert update["PhysicalResourceId"]
    unchanged = _checked(
        cloudformation_custom_resource_event("Update", resource_properties={"a": 1})
    )
    assert unchanged["OldResourceProperties"] == unchanged["ResourceProperties"]
    delete = _checked(cloudformation_custom_resource_event("Delete", physical_resource_id="p-1"))
    assert delete["PhysicalResourceId"] == "p-1"
    assert "OldResourceProperties" not in delete


def test_cloudformation_rejects_inconsistent_requests() -> None:
    with pytest.raises(ValueError, match="Create"):
        cloudformation_custom_resource_event("Create", physical_resource_id="p")
    with pytest.raises(ValueError, match="Update"):
        cloudformation_custom_resource_event("Delete", old_resource_properties={})


# ---------------------------------------------------------------------------- CodePipeline


def test_codepipeline_user_parameters_land() -> None:
    event = codepipeline_job_event({"env": "staging", "retries": 2}, function_name="smoke")
    raw = _checked(event)
    config = raw["CodePipeline.job"]["data"]["actionConfiguration"]["configuration"]
    assert config == {"FunctionName": "smoke", "UserParameters": '{"env": "staging", "retries": 2}'}
    assert event.decoded_user_parameters == {"env": "staging", "retries": 2}
    text = "  not json, kept exactly  "
    assert codepipeline_job_event(text).user_parameters == text
    default = _checked(codepipeline_job_event())["CodePipeline.job"]["data"]
    assert "UserParameters" not in default["actionConfiguration"]["configuration"]


def test_codepipeline_artifacts_and_keys() -> None:
    event = codepipeline_job_event(
        input_artifacts=["SourceArtifact"],
        output_artifacts=["BuildArtifact"],
        pipeline="orders",
        kms_key_arn="arn:aws:kms:us-east-1:123456789012:key/k",
        continuation_token="ct",
    )
    raw = _checked(event)
    data = raw["CodePipeline.job"]["data"]
    assert raw["CodePipeline.job"]["accountId"] == ACCOUNT
    assert event.input_bucket_name == f"codepipeline-{REGION}-{ACCOUNT}"
    assert event.input_object_key.startswith("orders/SourceArti/")
    out = event.find_output_artifact("BuildArtifact")
    assert out is not None and out.revision is None
    assert data["outputArtifacts"][0]["revision"] is None
    assert data["encryptionKey"] == {
        "id": "arn:aws:kms:us-east-1:123456789012:key/k",
        "type": "KMS",
    }
    assert data["continuationToken"] == "ct"
    assert data["artifactCredentials"]["accessKeyId"].startswith("ASIA")


# ------------------------------------------------------------------------------ CodeDeploy


def test_codedeploy_arguments_land() -> None:
    event = codedeploy_lifecycle_hook_event("d-ABCDEFGHI", hook_execution_id="hook")
    assert _checked(event) == {
        "DeploymentId": "d-ABCDEFGHI",
        "LifecycleEventHookExecutionId": "hook",
    }
    assert event.status_request("Succeeded")["deploymentId"] == "d-ABCDEFGHI"
    default = _checked(codedeploy_lifecycle_hook_event())
    assert default["DeploymentId"].startswith("d-") and len(default["DeploymentId"]) == 11


# ------------------------------------------------------------------------------ AWS Config


def test_config_invoking_event_is_the_exact_compact_string() -> None:
    invoking = {"messageType": "ScheduledNotification", "awsAccountId": ACCOUNT}
    invoking |= {"notificationCreationTime": "2024-01-01T00:00:00.000Z", "recordVersion": "1.0"}
    event = config_rule_event(invoking, rule_parameters={"maxAge": "30"})
    raw = _checked(event)
    assert raw["invokingEvent"] == json.dumps(invoking, separators=(",", ":"))
    assert raw["ruleParameters"] == '{"maxAge":"30"}'
    assert event.invoking_event_json == invoking
    assert event.rule_parameters == {"maxAge": "30"}
    assert raw["configRuleArn"].endswith(f":config-rule/{raw['configRuleId']}")


def test_config_scheduled_event() -> None:
    event = config_scheduled_event(rule_name="daily")
    raw = _checked(event)
    assert raw["configRuleName"] == "daily"
    assert type(event.invoking_event).__name__ == "AWSConfigScheduledNotification"
    assert event.invoking_event.account_id == ACCOUNT
    assert "ruleParameters" not in raw


def test_config_configuration_change_arguments_land() -> None:
    event = config_configuration_change_event(
        "AWS::EC2::SecurityGroup",
        "sg-123",
        configuration={"groupName": "db"},
        tags={"team": "orders"},
    )
    _checked(event)
    invoking = event.invoking_event
    assert type(invoking).__name__ == "AWSConfigConfigurationChanged"
    item = invoking.configuration_item
    assert item.resource_type == "AWS::EC2::SecurityGroup"
    assert item.resource_id == "sg-123"
    assert item.resource_arn == f"arn:aws:ec2:{REGION}:{ACCOUNT}:security-group/sg-123"
    assert item.configuration == {"groupName": "db"}
    assert item.tags == {"team": "orders"}
    assert item.configuration_item_status == "OK"
    assert item.configuration_item_capture_time == invoking.notification_creation_time
    assert event.event_left_scope is False


def test_config_deleted_resource_leaves_scope() -> None:
    event = config_configuration_change_event(change_type="DELETE")
    _checked(event)
    item = event.invoking_event.configuration_item
    assert event.event_left_scope is True
    assert item.configuration_item_status == "ResourceDeleted"
    assert item.configuration is None


# --------------------------------------------------------------------------------- Connect


def test_connect_voice_arguments_land() -> None:
    event = connect_contact_flow_event(
        {"lookup": "balance"}, attributes={"tier": "gold"}, customer_phone_number="+15550001111"
    )
    raw = _checked(event)
    data = raw["Details"]["ContactData"]
    assert raw["Name"] == "ContactFlowEvent"
    assert raw["Details"]["Parameters"] == {"lookup": "balance"}
    assert data["Attributes"] == {"tier": "gold"}
    assert data["CustomerEndpoint"] == {"Address": "+15550001111", "Type": "TELEPHONE_NUMBER"}
    assert data["ContactId"] == data["InitialContactId"] == data["PreviousContactId"]
    assert data["Queue"]["ARN"].startswith(data["InstanceARN"] + "/queue/")
    assert data["AwsRegion"] == REGION
    assert data["MediaStreams"]["Customer"]["Audio"]["StreamARN"] is None
    assert data["Tags"]["aws:connect:instanceId"] == data["InstanceARN"].rpartition("/")[2]


def test_connect_chat_has_no_phone_endpoints() -> None:
    data = _checked(connect_contact_flow_event(channel="CHAT", queue=None))["Details"][
        "ContactData"
    ]
    assert data["Channel"] == "CHAT"
    assert data["InitiationMethod"] == "API"
    assert "CustomerEndpoint" not in data and "MediaStreams" not in data and "Queue" not in data
    assert data["SegmentAttributes"] == {"connect:Subtype": {"ValueString": "connect:Chat"}}


# ------------------------------------------------------------------------- Secrets Manager


def test_secrets_manager_arguments_land() -> None:
    event = secrets_manager_rotation_event(
        "finishSecret", secret_name="prod/db", client_request_token="tok", rotation_token="rt"
    )
    raw = _checked(event)
    assert raw["Step"] == "finishSecret"
    assert raw["ClientRequestToken"] == "tok" == event.version_id
    assert raw["RotationToken"] == "rt"
    prefix = f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:prod/db-"
    assert raw["SecretId"].startswith(prefix) and len(raw["SecretId"]) == len(prefix) + 6


# --------------------------------------------------------------------- S3 Batch Operations


def test_s3_batch_schema_1_arguments_land() -> None:
    event = s3_batch_operation_event(["reports/Q1 summary(1).csv"], bucket="acme")
    raw = _checked(event)
    task = raw["tasks"][0]
    assert raw["invocationSchemaVersion"] == "1.0"
    assert task["s3BucketArn"] == "arn:aws:s3:::acme"
    assert "s3Bucket" not in task and "userArguments" not in raw["job"]
    assert task["s3Key"] == "reports/Q1+summary%281%29.csv"
    assert task["s3VersionId"] is None
    assert event.task.decoded_key == "reports/Q1 summary(1).csv"
    assert event.task.s3_bucket == "acme"
    response = converter.unstructure(event.build_response())
    assert response["invocationId"] == raw["invocationId"]
    assert response["results"][0]["taskId"] == task["taskId"]


def test_s3_batch_schema_2_arguments_land() -> None:
    event = s3_batch_operation_event(
        ["a.txt", "b.txt"],
        bucket="acme",
        schema_version="2.0",
        user_arguments={"k": "v"},
        version_id="v1",
    )
    raw = _checked(event)
    assert raw["invocationSchemaVersion"] == "2.0"
    assert raw["job"]["userArguments"] == {"k": "v"}
    assert [t["s3Key"] for t in raw["tasks"]] == ["a.txt", "b.txt"]
    assert all(t["s3Bucket"] == "acme" and t["s3VersionId"] == "v1" for t in raw["tasks"])
    assert len({t["taskId"] for t in raw["tasks"]}) == 2
    with pytest.raises(ValueError, match=r"schema 2\.0"):
        s3_batch_operation_event(user_arguments={"k": "v"})


# ------------------------------------------------------------------------ S3 Object Lambda


def test_s3_object_lambda_get_object_arguments_land() -> None:
    event = s3_object_lambda_event(
        "orders/1.json",
        access_point="redact",
        supporting_access_point="orders-ap",
        payload='{"redact": true}',
        headers={"Range": "bytes=0-9"},
    )
    raw = _checked(event)
    host = f"redact-{ACCOUNT}.s3-object-lambda.{REGION}.amazonaws.com"
    assert raw["userRequest"]["url"] == f"https://{host}/orders/1.json"
    assert event.user_request.headers["host"] == host
    assert event.user_request.headers["range"] == "bytes=0-9"
    assert raw["configuration"]["payload"] == '{"redact": true}'
    assert raw["configuration"]["accessPointArn"].endswith(":accesspoint/redact")
    assert raw["configuration"]["supportingAccessPointArn"].endswith(":accesspoint/orders-ap")
    assert event.input_s3_url.startswith(
        f"https://orders-ap-{ACCOUNT}.s3-accesspoint.{REGION}.amazonaws.com/orders/1.json?"
    )
    assert event.request_route and event.request_token
    query = event.input_s3_url.partition("?")[2]
    signature = dict(part.split("=", 1) for part in query.split("&"))["X-Amz-Signature"]
    assert signature not in repr(event) and "X-Amz-Signature=***" in repr(event)


@pytest.mark.parametrize(
    ("operation", "key"),
    [
        ("HeadObject", "headObjectContext"),
        ("ListObjects", "listObjectsContext"),
        ("ListObjectsV2", "listObjectsV2Context"),
    ],
)
def test_s3_object_lambda_other_operations(operation: Any, key: str) -> None:
    raw = _checked(s3_object_lambda_event(operation=operation))
    assert key in raw and "getObjectContext" not in raw
    if operation == "ListObjectsV2":
        assert raw["userRequest"]["url"].endswith("/?list-type=2")
        assert "?list-type=2&X-Amz-Algorithm" in raw[key]["inputS3Url"]


# ------------------------------------------------------------------------- Transfer Family


def test_transfer_family_password_and_key_logins() -> None:
    password = transfer_family_authorizer_event(
        "jdoe", password="pw", protocol="FTPS", server_id="s-0123456789abcdef0"
    )
    raw = _checked(password)
    assert raw == {
        "username": "jdoe",
        "protocol": "FTPS",
        "serverId": "s-0123456789abcdef0",
        "sourceIp": "203.0.113.10",
        "password": "pw",
    }
    key = _checked(transfer_family_authorizer_event(source_ip="198.51.100.7"))
    assert "password" not in key and key["protocol"] == "SFTP"
    assert key["sourceIp"] == "198.51.100.7"
    assert key["serverId"].startswith("s-") and len(key["serverId"]) == 19
    with pytest.raises(ValueError, match="FTP"):
        transfer_family_authorizer_event(protocol="FTP")


# -------------------------------------------------------------------------------- Bedrock


def test_bedrock_openapi_arguments_land() -> None:
    from lambda_events.bedrock import BedrockAgentResponse

    event = bedrock_agent_event(
        "/orders/{id}",
        "post",
        parameters={"id": "1001", "verbose": True},
        json_body={"quantity": 2, "note": "gift", "price": 9.5, "tags": ["a"]},
    )
    raw = _checked(event)
    assert raw["apiPath"] == "/orders/{id}" and raw["httpMethod"] == "POST"
    assert raw["parameters"] == [
        {"name": "id", "type": "string", "value": "1001"},
        {"name": "verbose", "type": "boolean", "value": "true"},
    ]
    props = raw["requestBody"]["content"]["application/json"]["properties"]
    assert [(p["type"], p["value"]) for p in props] == [
        ("integer", "2"),
        ("string", "gift"),
        ("number", "9.5"),
        ("array", '["a"]'),
    ]
    assert event.json_body == {"quantity": "2", "note": "gift", "price": "9.5", "tags": '["a"]'}
    assert event.query_string_parameters == {"id": "1001", "verbose": "true"}
    answer = converter.unstructure(BedrockAgentResponse.for_event(event, {"ok": True}))
    assert answer["response"]["apiPath"] == "/orders/{id}"
    assert "requestBody" not in _checked(bedrock_agent_event())


def test_bedrock_function_arguments_land() -> None:
    event = bedrock_agent_function_event(
        "book_table",
        parameters={"partySize": 4, "time": "19:30"},
        session_attributes={"restaurant": "harbour"},
        action_group="Reservations",
    )
    raw = _checked(event)
    assert raw["function"] == "book_table" and raw["actionGroup"] == "Reservations"
    assert event.parameters_by_name == {"partySize": "4", "time": "19:30"}
    assert raw["parameters"][0]["type"] == "integer"
    assert raw["sessionAttributes"] == {"restaurant": "harbour"}
    assert raw["messageVersion"] == "1.0"


# ----------------------------------------------------------------------- CloudWatch alarm


def test_cloudwatch_metric_alarm_arguments_land() -> None:
    event = cloudwatch_alarm_event(
        "ALARM",
        alarm_name="api-5xx",
        namespace="AWS/ApiGateway",
        metric_name="5XXError",
        dimensions={"ApiName": "orders"},
        threshold=5.0,
        value=12.0,
    )
    raw = _checked(event)
    assert raw["alarmArn"] == f"arn:aws:cloudwatch:{REGION}:{ACCOUNT}:alarm:api-5xx"
    assert raw["time"] == raw["alarmData"]["state"]["timestamp"]
    data = event.alarm_data
    assert data.state.value == "ALARM" and data.previous_state.value == "OK"
    assert data.state.timestamp.datetime > data.previous_state.timestamp.datetime
    reason = data.state.reason_data_decoded
    assert reason["threshold"] == 5.0 and reason["recentDatapoints"] == [12.0]
    assert "[12.0 (" in data.state.reason and "was greater than" in data.state.reason
    previous = data.previous_state.reason_data_decoded
    assert previous["recentDatapoints"][0] < 5.0
    metric = data.configuration.metrics[0].metric_stat.metric
    assert (metric.namespace, metric.name, metric.dimensions) == (
        "AWS/ApiGateway",
        "5XXError",
        {"ApiName": "orders"},
    )


def test_cloudwatch_alarm_back_to_ok_and_composite() -> None:
    ok = cloudwatch_alarm_event("OK", previous_state="ALARM")
    _checked(ok)
    assert "was not greater" in ok.alarm_data.state.reason
    composite = cloudwatch_alarm_event(alarm_rule="ALARM(api-latency) OR ALARM(api-errors)")
    _checked(composite)
    config = composite.alarm_data.configuration
    assert config.is_composite and config.metrics is None
    triggering = composite.alarm_data.state.reason_data_decoded["triggeringAlarms"]
    assert triggering[0]["arn"].endswith(":alarm:api-latency")


# ----------------------------------------------------------------- CloudWatch dashboards


def test_cloudwatch_dashboard_params_land_twice() -> None:
    event = cloudwatch_dashboard_widget_event(
        {"region": "eu-west-1", "limit": 10}, dashboard_name="orders", forms={"q": "x"}, hours=1
    )
    raw = _checked(event)
    assert raw["region"] == "eu-west-1" and raw["limit"] == 10
    assert raw["widgetContext"]["params"] == {"region": "eu-west-1", "limit": 10}
    assert event.widget_params == {"region": "eu-west-1", "limit": 10}
    context = event.widget_context
    assert context.dashboard_name == "orders"
    assert context.form_values == {"q": "x"}
    assert context.time_range.end - context.time_range.start == 3_600_000
    assert context.time_range.relative_start == 3_600_000
    with pytest.raises(ValueError, match="describe"):
        cloudwatch_dashboard_widget_event({"describe": 1})


def test_cloudwatch_dashboard_describe_call() -> None:
    event = cloudwatch_dashboard_widget_event(describe=True)
    assert _checked(event) == {"describe": True}
    assert event.is_describe


# ---------------------------------------------------------------------------------- IoT


def test_iot_thing_arguments_land() -> None:
    event = iot_thing_event(
        "pump-12", operation="UPDATED", attributes={"site": "north"}, thing_type_name="Pump"
    )
    raw = _checked(event)
    assert raw["eventType"] == "THING_EVENT"
    assert raw["operation"] == "UPDATED"
    assert raw["thingName"] == "pump-12"
    assert raw["attributes"] == {"site": "north"}
    assert raw["thingTypeName"] == "Pump"
    assert raw["versionNumber"] == 2
    assert raw["accountId"] == ACCOUNT
    assert abs(event.timestamp.datetime.timestamp() - time.time()) < 60
    assert _checked(iot_thing_event())["versionNumber"] == 1


def test_iot_thing_type_arguments_land() -> None:
    created = _checked(iot_thing_type_event("Pump", searchable_attributes=["site"]))
    assert created["eventType"] == "THING_TYPE_EVENT"
    assert created["thingTypeName"] == "Pump"
    assert created["searchableAttributes"] == ["site"]
    assert created["isDeprecated"] is False
    assert created["deprecationDate"] is None  # sent as null while not deprecated
    deprecated = iot_thing_type_event(operation="DEPRECATED", description=None)
    raw = _checked(deprecated)
    assert raw["operation"] == "DEPRECATED"
    assert raw["isDeprecated"] is True
    assert "description" not in raw
    assert deprecated.deprecation_datetime is not None
    assert abs(deprecated.deprecation_datetime.timestamp() - time.time()) < 60


def test_iot_thing_type_association_arguments_land() -> None:
    raw = _checked(iot_thing_type_association_event("pump-12", "Pump", operation="REMOVED"))
    assert raw["eventType"] == "THING_TYPE_ASSOCIATION_EVENT"
    assert (raw["operation"], raw["thingName"], raw["thingTypeName"]) == (
        "REMOVED",
        "pump-12",
        "Pump",
    )
    assert "accountId" not in raw


def test_iot_thing_group_arguments_land() -> None:
    raw = _checked(
        iot_thing_group_event(
            "north-pumps", parent_group_name="all-pumps", attributes={"site": "north"}
        )
    )
    assert raw["eventType"] == "THING_GROUP_EVENT"
    assert raw["thingGroupName"] == "north-pumps"
    assert raw["versionNumber"] == 1
    assert raw["parentGroupName"] == "all-pumps"
    assert raw["rootToParentThingGroups"] == [
        {
            "groupArn": f"arn:aws:iot:{REGION}:{ACCOUNT}:thinggroup/all-pumps",
            "groupId": raw["parentGroupId"],
        }
    ]
    assert raw["attributes"] == {"site": "north"}
    assert raw["dynamicGroupMappingId"] is None
    root = _checked(iot_thing_group_event(operation="UPDATED"))
    assert root["versionNumber"] == 2
    assert "parentGroupName" not in root and "rootToParentThingGroups" not in root


def test_iot_thing_group_membership_and_hierarchy_arguments_land() -> None:
    member = _checked(iot_thing_group_membership_event("pump-12", "north", account="210987654321"))
    assert member["eventType"] == "THING_GROUP_MEMBERSHIP_EVENT"
    assert member["operation"] == "ADDED"
    assert member["groupArn"] == f"arn:aws:iot:{REGION}:210987654321:thinggroup/north"
    assert member["thingArn"] == f"arn:aws:iot:{REGION}:210987654321:thing/pump-12"
    assert member["accountId"] == "210987654321"
    child = _checked(iot_thing_group_hierarchy_event("north", "all", operation="REMOVED"))
    assert child["eventType"] == "THING_GROUP_HIERARCHY_EVENT"
    assert (child["childGroupName"], child["thingGroupName"]) == ("north", "all")
    assert child["operation"] == "REMOVED"
