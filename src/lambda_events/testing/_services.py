"""Builders for service integrations: Cognito triggers, CloudFormation, CodePipeline,
CodeDeploy, AWS Config, Connect, Secrets Manager, S3 Batch Operations, S3 Object Lambda,
Transfer Family, Bedrock Agents, CloudWatch alarms and dashboards, IoT registry events.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import string
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, quote_plus

from ..timestamps import EpochMillis, IsoTimestamp
from ._ids import ACCOUNT, REGION, iso_now, now_ms, request_id

if TYPE_CHECKING:
    from ..bedrock import BedrockAgentEvent, BedrockAgentFunctionEvent
    from ..cloudformation import CloudFormationCustomResourceEvent
    from ..cloudwatch_alarm import CloudWatchAlarmEvent
    from ..codedeploy import CodeDeployLifecycleHookEvent
    from ..codepipeline import CodePipelineJobEvent
    from ..config import AWSConfigRuleEvent
    from ..connect import ConnectContactFlowEvent
    from ..iot import IoTCoreThingEvent
    from ..s3_batch import S3BatchOperationEvent
    from ..s3_object_lambda import S3ObjectLambdaEvent
    from ..secrets_manager import SecretsManagerEvent
    from ..transfer_family import TransferFamilyAuthorizer

__all__ = [
    "SERVICE_SAMPLES",
    "autoscaling_custom_termination_policy_event",
    "bedrock_agent_event",
    "bedrock_agent_function_event",
    "client_vpn_connection_event",
    "cloudformation_custom_resource_event",
    "cloudfront_request_event",
    "cloudfront_response_event",
    "cloudwatch_alarm_event",
    "cloudwatch_dashboard_widget_event",
    "codecommit_event",
    "codedeploy_lifecycle_hook_event",
    "codepipeline_job_event",
    "cognito_create_auth_challenge_event",
    "cognito_custom_email_sender_event",
    "cognito_custom_message_event",
    "cognito_custom_sms_sender_event",
    "cognito_define_auth_challenge_event",
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_event",
    "cognito_sync_event",
    "cognito_trigger_event",
    "cognito_user_migration_event",
    "cognito_verify_auth_challenge_event",
    "config_configuration_change_event",
    "config_rule_event",
    "config_scheduled_event",
    "connect_contact_flow_event",
    "connect_outbound_campaigns_event",
    "documentdb_change_event",
    "iot_button_event",
    "iot_custom_authorizer_event",
    "iot_pre_provisioning_hook_event",
    "iot_thing_event",
    "kinesis_analytics_output_delivery_event",
    "kinesis_analytics_preprocessing_event",
    "lambda_destination_event",
    "lex_event",
    "lex_v2_event",
    "s3_batch_operation_event",
    "s3_object_lambda_event",
    "secrets_manager_rotation_event",
    "transfer_family_authorizer_event",
]

_ALNUM = string.ascii_letters + string.digits
_UPPER_ALNUM = string.ascii_uppercase + string.digits
_LOWER_ALNUM = string.ascii_lowercase + string.digits


def _token(length: int, alphabet: str = _ALNUM) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _b64(nbytes: int) -> str:
    return base64.b64encode(secrets.token_bytes(nbytes)).decode()


def _b64url(nbytes: int) -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(nbytes)).decode().rstrip("=")


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _with_nulls(obj: Any, *keys: str) -> Any:
    """`obj` whose unset fields named by these wire keys unstructure as `null`, the way
    AWS sends placeholders (Cognito's response fields, a not-yet-started media stream).
    """
    import attrs

    from .._model import WireMemory

    memory = WireMemory()
    memory.nulls.update(keys)
    wire: dict[str, Any] = {"_wire": memory}
    return attrs.evolve(obj, **wire)


def _groups(groups: Iterable[str] = (), roles: Iterable[str] = ()) -> Any:
    from ..cognito import GroupOverrideDetails

    details = GroupOverrideDetails(
        groups_to_override=tuple(groups), iam_roles_to_override=tuple(roles)
    )
    return _with_nulls(details, "preferredRole")


# ============================================================================ Cognito

_EMAIL_DOMAIN = "example.com"


def _user_attributes(trigger_source: str, user_name: str) -> dict[str, Any]:
    email = f"{user_name}@{_EMAIL_DOMAIN}" if "@" not in user_name else user_name
    if trigger_source.startswith("PreSignUp_"):
        return {"email": email}  # no `sub` yet: the user does not exist
    if trigger_source == "TokenGeneration_ClientCredentials":
        return {}
    return {
        "sub": str(uuid.uuid4()),
        "email_verified": "true",
        "cognito:user_status": "CONFIRMED",
        "email": email,
    }


def _request_defaults(cls_name: str, trigger_source: str) -> dict[str, Any]:
    """Values for the required request fields that the caller did not give."""
    session = _session(_SRP_SESSION)
    answer = "42"
    defaults: dict[str, dict[str, Any]] = {
        "CustomMessageTriggerEvent": {
            "code_parameter": "{####}",
            "link_parameter": "{##Click Here##}",
            "username_parameter": (
                "{username}" if trigger_source.endswith("_AdminCreateUser") else None
            ),
        },
        "PostAuthenticationTriggerEvent": {"new_device_used": False},
        "PreTokenGenerationTriggerEvent": {"group_configuration": _groups()},
        "PreTokenGenerationV2TriggerEvent": {
            "group_configuration": (
                None if trigger_source == "TokenGeneration_ClientCredentials" else _groups()
            ),
            "scopes": (
                ("my-api/read",)
                if trigger_source == "TokenGeneration_ClientCredentials"
                else ("openid", "email", "aws.cognito.signin.user.admin")
            ),
        },
        "UserMigrationTriggerEvent": {
            "password": (
                "correct horse battery staple"
                if trigger_source == "UserMigration_Authentication"
                else None
            )
        },
        "DefineAuthChallengeTriggerEvent": {"session": session},
        "CreateAuthChallengeTriggerEvent": {
            "challenge_name": "CUSTOM_CHALLENGE",
            "session": session,
        },
        "VerifyAuthChallengeResponseTriggerEvent": {
            "private_challenge_parameters": {"answer": answer},
            "challenge_answer": answer,
        },
        "CustomEmailSenderTriggerEvent": {
            "type": "customEmailSenderRequestV1",
            "code": "AYAD" + _b64(96),  # KMS ciphertext of the code
        },
        "CustomSMSSenderTriggerEvent": {
            "type": "customSMSSenderRequestV1",
            "code": "AYAD" + _b64(96),
        },
    }
    if cls_name == "InboundFederationTriggerEvent":
        return _federation_defaults()
    return defaults.get(cls_name, {})


def _federation_defaults() -> dict[str, Any]:
    from ..cognito import InboundFederationTriggerEventAttributes

    email = f"jane.doe@{_EMAIL_DOMAIN}"
    attributes = InboundFederationTriggerEventAttributes(
        token_response={
            "access_token": f"{_b64url(24)}.{_b64url(48)}.{_b64url(32)}",
            "token_type": "Bearer",
            "expires_in": "3600",
        },
        id_token={"sub": str(uuid.uuid4()), "email": email, "email_verified": "true"},
        user_info={"email": email, "given_name": "Jane", "family_name": "Doe"},
    )
    return {"provider_name": "CorpOIDC", "provider_type": "OIDC", "attributes": attributes}


_EMPTY_RESPONSE = frozenset(
    {
        "PostConfirmationTriggerEvent",
        "PreAuthenticationTriggerEvent",
        "PostAuthenticationTriggerEvent",
    }
)
_NULL_RESPONSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "CustomMessageTriggerEvent": (
        "CustomMessageTriggerEventResponse",
        ("smsMessage", "emailMessage", "emailSubject"),
    ),
    "UserMigrationTriggerEvent": (
        "UserMigrationTriggerEventResponse",
        (
            "userAttributes",
            "forceAliasCreation",
            "enableSMSMFA",
            "finalUserStatus",
            "messageAction",
            "desiredDeliveryMediums",
        ),
    ),
    "PreTokenGenerationTriggerEvent": (
        "PreTokenGenerationTriggerEventResponse",
        ("claimsOverrideDetails",),
    ),
    "PreTokenGenerationV2TriggerEvent": (
        "PreTokenGenerationTriggerV2EventResponse",
        ("claimsAndScopeOverrideDetails",),
    ),
    "DefineAuthChallengeTriggerEvent": (
        "DefineAuthChallengeTriggerEventResponse",
        ("challengeName", "issueTokens", "failAuthentication"),
    ),
    "CreateAuthChallengeTriggerEvent": (
        "CreateAuthChallengeTriggerEventResponse",
        ("publicChallengeParameters", "privateChallengeParameters", "challengeMetadata"),
    ),
    "VerifyAuthChallengeResponseTriggerEvent": (
        "VerifyAuthChallengeResponseTriggerEventResponse",
        ("answerCorrect",),
    ),
}
"""The response Cognito sends: every answer field present and `null`."""


def _initial_response(cls_name: str) -> dict[str, Any]:
    from .. import cognito

    if cls_name in _EMPTY_RESPONSE:
        return {"response": {}}
    if cls_name == "PreSignUpTriggerEvent":
        answer = cognito.PreSignUpTriggerEventResponse(
            auto_confirm_user=False, auto_verify_email=False, auto_verify_phone=False
        )
        return {"response": answer}
    if cls_name in _NULL_RESPONSES:
        response_name, keys = _NULL_RESPONSES[cls_name]
        return {"response": _with_nulls(getattr(cognito, response_name)(), *keys)}
    return {}  # the custom senders have no response


def cognito_trigger_event(
    trigger_source: str = "PreSignUp_SignUp",
    *,
    user_name: str = "jane.doe",
    user_attributes: Mapping[str, Any] | None = None,
    client_metadata: Mapping[str, str] | None = None,
    version: str | None = None,
    region: str = REGION,
    user_pool_id: str | None = None,
    client_id: str | None = None,
    **request: Any,
) -> Any:
    """The Cognito trigger event for any `triggerSource`, as the class Cognito's trigger
    source (and version) selects, e.g. `PreSignUpTriggerEvent` for `PreSignUp_SignUp`.

    `user_attributes` defaults to a confirmed user (`sub`, `email`, ...; only `email` for
    pre sign-up); other request fields go as keyword arguments named like the request
    class's fields (`validation_data=`, `session=`, `challenge_answer=`, `scopes=`, ...).
    `version` is `1` by default, `3` for `TokenGeneration_ClientCredentials`; versions 2
    and 3 of `TokenGeneration_*` build `PreTokenGenerationV2TriggerEvent`.
    """
    import attrs

    from ..cognito import CallerContext, cognito_trigger_class

    if version is None:
        version = "3" if trigger_source == "TokenGeneration_ClientCredentials" else "1"
    probe = {"triggerSource": trigger_source, "version": version, "request": request}
    cls: Any = cognito_trigger_class(probe)
    request_cls: Any = attrs.fields_dict(cls)["request"].type
    if isinstance(request_cls, str):  # postponed annotations: resolve through the module
        import importlib

        request_cls = getattr(importlib.import_module(cls.__module__), request_cls)
    names = set(attrs.fields_dict(request_cls)) - {"unknown_keys", "_wire"}
    unknown = sorted(set(request) - names)
    if unknown:
        raise TypeError(f"{request_cls.__name__} has no field(s) {unknown}; it has {sorted(names)}")
    fields: dict[str, Any] = _request_defaults(cls.__name__, trigger_source)
    if "user_attributes" in names:
        fields["user_attributes"] = (
            dict(user_attributes)
            if user_attributes is not None
            else _user_attributes(trigger_source, user_name)
        )
    elif user_attributes is not None:
        raise TypeError(f"{request_cls.__name__} carries no user attributes")
    if client_metadata is not None:
        fields["client_metadata"] = dict(client_metadata)
    for name, value in request.items():
        fields[name] = tuple(value) if isinstance(value, list) else value
    extra = _initial_response(cls.__name__)
    return cls(
        version=version,
        region=region,
        user_pool_id=user_pool_id or f"{region}_{_token(9)}",
        trigger_source=trigger_source,
        user_name=user_name,
        caller_context=CallerContext(
            client_id=client_id or _token(26, _LOWER_ALNUM),
            aws_sdk_version="aws-sdk-unknown-unknown",
        ),
        request=request_cls(**{k: v for k, v in fields.items() if v is not None}),
        **extra,
    )


def cognito_pre_sign_up_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    trigger_source: str = "PreSignUp_SignUp",
    user_name: str = "jane.doe",
    validation_data: Mapping[str, str] | None = None,
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `PreSignUpTriggerEvent` (`PreSignUp_SignUp`, `_AdminCreateUser`, `_ExternalProvider`)."""
    return cognito_trigger_event(
        trigger_source,
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        validation_data=validation_data,
    )


def cognito_post_confirmation_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    trigger_source: str = "PostConfirmation_ConfirmSignUp",
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `PostConfirmationTriggerEvent` (`response` is `{}`)."""
    return cognito_trigger_event(
        trigger_source,
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
    )


def cognito_pre_authentication_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    user_name: str = "jane.doe",
    validation_data: Mapping[str, str] | None = None,
    user_not_found: bool | None = None,
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `PreAuthenticationTriggerEvent` (`PreAuthentication_Authentication`)."""
    return cognito_trigger_event(
        "PreAuthentication_Authentication",
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        validation_data=validation_data,
        user_not_found=user_not_found,
    )


def cognito_post_authentication_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    new_device_used: bool = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `PostAuthenticationTriggerEvent` (`PostAuthentication_Authentication`)."""
    return cognito_trigger_event(
        "PostAuthentication_Authentication",
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        new_device_used=new_device_used,
    )


def cognito_pre_token_generation_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    version: Literal["1", "2", "3"] = "1",
    trigger_source: str = "TokenGeneration_HostedAuth",
    groups: Iterable[str] = (),
    iam_roles: Iterable[str] = (),
    scopes: Iterable[str] | None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A pre token generation event: `PreTokenGenerationTriggerEvent` for version 1,
    `PreTokenGenerationV2TriggerEvent` (with `scopes`) for versions 2 and 3.
    """
    if version == "1" and scopes is not None:
        raise ValueError("scopes come with event versions 2 and 3 only")
    request: dict[str, Any] = {"group_configuration": _groups(groups, iam_roles)}
    if scopes is not None:
        request["scopes"] = tuple(scopes)
    return cognito_trigger_event(
        trigger_source,
        version=version,
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        **request,
    )


def cognito_custom_message_event(
    trigger_source: str = "CustomMessage_SignUp",
    *,
    user_attributes: Mapping[str, Any] | None = None,
    code_parameter: str = "{####}",
    link_parameter: str | None = "{##Click Here##}",
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `CustomMessageTriggerEvent` with the code and link placeholders Cognito sends."""
    return cognito_trigger_event(
        trigger_source,
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        code_parameter=code_parameter,
        link_parameter=link_parameter,
    )


def cognito_user_migration_event(
    password: str | None = "correct horse battery staple",  # noqa: S107 - a sample
    *,
    trigger_source: str = "UserMigration_Authentication",
    user_name: str = "legacy.user@example.com",
    validation_data: Mapping[str, str] | None = None,
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `UserMigrationTriggerEvent`; `UserMigration_ForgotPassword` carries no password."""
    if trigger_source == "UserMigration_ForgotPassword":
        password = None
    return cognito_trigger_event(
        trigger_source,
        user_name=user_name,
        client_metadata=client_metadata,
        password=password,
        validation_data=validation_data,
    )


def _session(session: Iterable[tuple[str, bool]]) -> tuple[Any, ...]:
    from ..cognito import ChallengeResult

    return tuple(
        _with_nulls(ChallengeResult(challenge_name=n, challenge_result=r), "challengeMetadata")
        for n, r in session
    )


_SRP_SESSION = (("SRP_A", True), ("PASSWORD_VERIFIER", True))


def cognito_define_auth_challenge_event(
    session: Iterable[tuple[str, bool]] = _SRP_SESSION,
    *,
    user_attributes: Mapping[str, Any] | None = None,
    user_not_found: bool | None = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `DefineAuthChallengeTriggerEvent`; `session` lists `(challenge name, result)`."""
    return cognito_trigger_event(
        "DefineAuthChallenge_Authentication",
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        session=_session(session),
        user_not_found=user_not_found,
    )


def cognito_create_auth_challenge_event(
    challenge_name: str = "CUSTOM_CHALLENGE",
    *,
    session: Iterable[tuple[str, bool]] = _SRP_SESSION,
    user_attributes: Mapping[str, Any] | None = None,
    user_not_found: bool | None = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `CreateAuthChallengeTriggerEvent` asking for `challenge_name`."""
    return cognito_trigger_event(
        "CreateAuthChallenge_Authentication",
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        challenge_name=challenge_name,
        session=_session(session),
        user_not_found=user_not_found,
    )


def cognito_verify_auth_challenge_event(
    challenge_answer: str = "42",
    *,
    expected_answer: str | None = None,
    private_challenge_parameters: Mapping[str, str] | None = None,
    user_attributes: Mapping[str, Any] | None = None,
    user_not_found: bool | None = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `VerifyAuthChallengeResponseTriggerEvent`: the user's `challenge_answer` and the
    private parameters (`{"answer": expected_answer}`, the answer itself by default).
    """
    private = (
        dict(private_challenge_parameters)
        if private_challenge_parameters is not None
        else {"answer": challenge_answer if expected_answer is None else expected_answer}
    )
    return cognito_trigger_event(
        "VerifyAuthChallengeResponse_Authentication",
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        challenge_answer=challenge_answer,
        private_challenge_parameters=private,
        user_not_found=user_not_found,
    )


def cognito_custom_email_sender_event(
    trigger_source: str = "CustomEmailSender_SignUp",
    *,
    code: str | None = None,
    user_attributes: Mapping[str, Any] | None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `CustomEmailSenderTriggerEvent`; `code` is the KMS-encrypted code (random bytes)."""
    extra = {} if code is None else {"code": code}
    return cognito_trigger_event(
        trigger_source,
        user_name=user_name,
        user_attributes=user_attributes,
        client_metadata=client_metadata,
        **extra,
    )


def cognito_custom_sms_sender_event(
    trigger_source: str = "CustomSMSSender_SignUp",
    *,
    code: str | None = None,
    phone_number: str = "+15555550100",
    user_attributes: Mapping[str, Any] | None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> Any:
    """A `CustomSMSSenderTriggerEvent` for a user with `phone_number`."""
    attributes = (
        dict(user_attributes)
        if user_attributes is not None
        else {
            "sub": str(uuid.uuid4()),
            "phone_number": phone_number,
            "phone_number_verified": "false",
        }
    )
    extra = {} if code is None else {"code": code}
    return cognito_trigger_event(
        trigger_source,
        user_name=user_name,
        user_attributes=attributes,
        client_metadata=client_metadata,
        **extra,
    )


# ===================================================================== CloudFormation


def cloudformation_custom_resource_event(
    request_type: Literal["Create", "Update", "Delete"] = "Create",
    *,
    resource_properties: Mapping[str, Any] | None = None,
    old_resource_properties: Mapping[str, Any] | None = None,
    physical_resource_id: str | None = None,
    resource_type: str = "Custom::MyResource",
    logical_resource_id: str = "MyResource",
    stack_name: str = "my-stack",
    function_name: str = "custom-resource-provider",
    region: str = REGION,
    account: str = ACCOUNT,
) -> CloudFormationCustomResourceEvent:
    """A `CloudFormationCustomResourceEvent`.

    `ResourceProperties` carries the `ServiceToken` as CloudFormation adds it. Create has
    no physical id; Update and Delete get one (`physical_resource_id` or a fresh one), and
    Update's `OldResourceProperties` default to the new properties.
    """
    from ..cloudformation import CloudFormationCustomResourceEvent

    if request_type == "Create" and physical_resource_id is not None:
        raise ValueError("a Create request has no PhysicalResourceId")
    if request_type != "Update" and old_resource_properties is not None:
        raise ValueError("only an Update request carries OldResourceProperties")
    token = f"arn:aws:lambda:{region}:{account}:function:{function_name}"
    stack_id = f"arn:aws:cloudformation:{region}:{account}:stack/{stack_name}/{uuid.uuid4()}"
    req_id = request_id()
    properties = {"ServiceToken": token, **(resource_properties or {})}
    old = None
    if request_type == "Update":
        old = {"ServiceToken": token, **(old_resource_properties or resource_properties or {})}
    if request_type != "Create" and physical_resource_id is None:
        physical_resource_id = f"{stack_name}-{logical_resource_id}-{_token(12, _UPPER_ALNUM)}"
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    response_url = (
        f"https://cloudformation-custom-resource-response-{region.replace('-', '')}"
        f".s3.{region}.amazonaws.com/"
        f"{quote(stack_id, safe='/')}%7C{logical_resource_id}%7C{req_id}"
        f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={stamp}&X-Amz-Expires=7200"
        f"&X-Amz-SignedHeaders=host&X-Amz-Credential=AKIA{_token(16, _UPPER_ALNUM)}"
        f"%2F{stamp[:8]}%2F{region}%2Fs3%2Faws4_request"
        f"&X-Amz-Signature={secrets.token_hex(32)}"
    )
    return CloudFormationCustomResourceEvent(
        request_type=request_type,
        service_token=token,
        response_url=response_url,
        stack_id=stack_id,
        request_id=req_id,
        logical_resource_id=logical_resource_id,
        resource_type=resource_type,
        physical_resource_id=physical_resource_id,
        resource_properties=properties,
        old_resource_properties=old,
    )


# ======================================================================= CodePipeline


def codepipeline_job_event(
    user_parameters: str | Mapping[str, Any] | None = None,
    *,
    function_name: str = "my-function",
    pipeline: str = "my-pipeline",
    input_artifacts: Iterable[str] = ("SourceOutput",),
    output_artifacts: Iterable[str] = (),
    continuation_token: str | None = None,
    kms_key_arn: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> CodePipelineJobEvent:
    """A `CodePipelineJobEvent` for a Lambda invoke action.

    `user_parameters` is kept as given when it is a string, serialized to JSON when it is
    a mapping. Artifacts live in the pipeline's artifact bucket under
    `<pipeline[:20]>/<artifact[:10]>/<random>`, the way CodePipeline names them.
    """
    from ..codepipeline import (
        CodePipelineActionConfiguration,
        CodePipelineArtifact,
        CodePipelineArtifactCredentials,
        CodePipelineConfiguration,
        CodePipelineData,
        CodePipelineEncryptionKey,
        CodePipelineJob,
        CodePipelineJobEvent,
        CodePipelineLocation,
        CodePipelineS3Location,
    )

    bucket = f"codepipeline-{region}-{account}"

    def artifact(name: str, revision: str | None) -> CodePipelineArtifact:
        key = f"{pipeline[:20]}/{name[:10]}/{_token(7)}"
        location = CodePipelineS3Location(bucket_name=bucket, key=key)
        made = CodePipelineArtifact(
            name=name,
            revision=revision,
            location=CodePipelineLocation(type="S3", s3_location=location),
        )
        return made if revision is not None else _with_nulls(made, "revision")

    params = (
        user_parameters
        if user_parameters is None or isinstance(user_parameters, str)
        else json.dumps(user_parameters)
    )
    data = CodePipelineData(
        action_configuration=CodePipelineActionConfiguration(
            configuration=CodePipelineConfiguration(
                function_name=function_name, user_parameters=params
            )
        ),
        input_artifacts=tuple(artifact(n, secrets.token_hex(20)) for n in input_artifacts),
        output_artifacts=tuple(artifact(n, None) for n in output_artifacts),
        artifact_credentials=CodePipelineArtifactCredentials(
            access_key_id=f"ASIA{_token(16, _UPPER_ALNUM)}",
            secret_access_key=_token(40),
            session_token=f"IQoJb3JpZ2luX2Vj{_b64(96)}",
            expiration_time=EpochMillis(now_ms() + 3_600_000),
        ),
        continuation_token=continuation_token,
        encryption_key=(
            None if kms_key_arn is None else CodePipelineEncryptionKey(id=kms_key_arn, type="KMS")
        ),
    )
    job = CodePipelineJob(id=str(uuid.uuid4()), account_id=account, data=data)
    return CodePipelineJobEvent(job=job)


# ========================================================================= CodeDeploy


def codedeploy_lifecycle_hook_event(
    deployment_id: str | None = None, *, hook_execution_id: str | None = None
) -> CodeDeployLifecycleHookEvent:
    """A `CodeDeployLifecycleHookEvent` (`d-XXXXXXXXX` deployment, opaque hook execution id)."""
    from ..codedeploy import CodeDeployLifecycleHookEvent

    if hook_execution_id is None:
        opaque = {"encryptedData": _b64(48), "iv": _b64(12), "materialSetSerial": 1}
        hook_execution_id = base64.b64encode(_compact(opaque).encode()).decode()
    return CodeDeployLifecycleHookEvent(
        deployment_id=deployment_id or f"d-{_token(9, _UPPER_ALNUM)}",
        lifecycle_event_hook_execution_id=hook_execution_id,
    )


# ========================================================================= AWS Config


def config_rule_event(
    invoking_event: Mapping[str, Any],
    *,
    rule_parameters: Mapping[str, Any] | None = None,
    rule_name: str = "my-config-rule",
    event_left_scope: bool = False,
    evaluation_mode: str | None = "DETECTIVE",
    region: str = REGION,
    account: str = ACCOUNT,
) -> AWSConfigRuleEvent:
    """An `AWSConfigRuleEvent` carrying `invoking_event` (and `rule_parameters`) serialized
    to the compact JSON string AWS Config sends; `event.invoking_event_json` gives it back.
    """
    from ..config import AWSConfigRuleEvent

    rule_id = f"config-rule-{_token(6, _LOWER_ALNUM)}"
    return AWSConfigRuleEvent(
        version="1.0",
        raw_invoking_event=_compact(invoking_event),
        raw_rule_parameters=None if rule_parameters is None else _compact(rule_parameters),
        result_token=_b64(64),
        event_left_scope=event_left_scope,
        execution_role_arn=(
            f"arn:aws:iam::{account}:role/aws-service-role/config.amazonaws.com/"
            "AWSServiceRoleForConfig"
        ),
        config_rule_arn=f"arn:aws:config:{region}:{account}:config-rule/{rule_id}",
        config_rule_name=rule_name,
        config_rule_id=rule_id,
        account_id=account,
        evaluation_mode=evaluation_mode,
    )


def config_scheduled_event(
    *,
    rule_parameters: Mapping[str, Any] | None = None,
    rule_name: str = "my-periodic-rule",
    region: str = REGION,
    account: str = ACCOUNT,
) -> AWSConfigRuleEvent:
    """An `AWSConfigRuleEvent` for a periodic evaluation (`ScheduledNotification`)."""
    invoking = {
        "awsAccountId": account,
        "notificationCreationTime": iso_now(),
        "messageType": "ScheduledNotification",
        "recordVersion": "1.0",
    }
    return config_rule_event(
        invoking,
        rule_parameters=rule_parameters,
        rule_name=rule_name,
        region=region,
        account=account,
    )


_ITEM_STATUS = {"CREATE": "ResourceDiscovered", "UPDATE": "OK", "DELETE": "ResourceDeleted"}
_CAMEL_WORD = re.compile(r"(?<!^)(?=[A-Z])")


def config_configuration_change_event(
    resource_type: str = "AWS::EC2::SecurityGroup",
    resource_id: str | None = None,
    *,
    configuration: Mapping[str, Any] | None = None,
    change_type: Literal["CREATE", "UPDATE", "DELETE"] = "UPDATE",
    changed_properties: Mapping[str, Any] | None = None,
    tags: Mapping[str, str] | None = None,
    resource_name: str | None = None,
    rule_parameters: Mapping[str, Any] | None = None,
    rule_name: str = "my-config-rule",
    region: str = REGION,
    account: str = ACCOUNT,
) -> AWSConfigRuleEvent:
    """An `AWSConfigRuleEvent` for a changed resource (`ConfigurationItemChangeNotification`).

    The item's status follows `change_type` (`ResourceDeleted` and no configuration on
    DELETE, which also sets `eventLeftScope`); the ARN is built from the resource type.
    """
    _, service, kind = resource_type.split("::")
    resource_id = resource_id or f"{service.lower()}-{secrets.token_hex(8)}"
    arn_kind = _CAMEL_WORD.sub("-", kind).lower()
    captured = iso_now()
    deleted = change_type == "DELETE"
    item: dict[str, Any] = {
        "relatedEvents": [],
        "relationships": [],
        "configuration": None if deleted else dict(configuration or {}),
        "supplementaryConfiguration": {},
        "tags": dict(tags or {}),
        "configurationItemVersion": "1.3",
        "configurationItemCaptureTime": captured,
        "configurationStateId": now_ms(),
        "awsAccountId": account,
        "configurationItemStatus": _ITEM_STATUS[change_type],
        "resourceType": resource_type,
        "resourceId": resource_id,
        "resourceName": resource_name,
        "ARN": f"arn:aws:{service.lower()}:{region}:{account}:{arn_kind}/{resource_id}",
        "awsRegion": region,
        "availabilityZone": "Not Applicable",
        "configurationStateMd5Hash": "",
    }
    invoking = {
        "configurationItemDiff": {
            "changedProperties": dict(changed_properties or {}),
            "changeType": change_type,
        },
        "configurationItem": item,
        "notificationCreationTime": captured,
        "messageType": "ConfigurationItemChangeNotification",
        "recordVersion": "1.3",
    }
    return config_rule_event(
        invoking,
        rule_parameters=rule_parameters,
        rule_name=rule_name,
        event_left_scope=deleted,
        region=region,
        account=account,
    )


# ========================================================================= Connect


def connect_contact_flow_event(
    parameters: Mapping[str, Any] | None = None,
    *,
    attributes: Mapping[str, str] | None = None,
    channel: Literal["VOICE", "CHAT", "TASK"] | str = "VOICE",
    customer_phone_number: str = "+15555550100",
    system_phone_number: str = "+15555550199",
    initiation_method: str | None = None,
    queue: str | None = "BasicQueue",
    language_code: str = "en-US",
    region: str = REGION,
    account: str = ACCOUNT,
) -> ConnectContactFlowEvent:
    """A `ConnectContactFlowEvent`: a flow's invoke block with `parameters` and the
    contact's `attributes`. Voice contacts carry phone endpoints and (not yet started)
    media streams; chats and tasks have none, and start through the API by default.
    """

    from ..connect import (
        ConnectContactFlowData,
        ConnectContactFlowDetails,
        ConnectContactFlowEndpoint,
        ConnectContactFlowEvent,
        ConnectContactFlowMediaStreamAudio,
        ConnectContactFlowMediaStreamCustomer,
        ConnectContactFlowMediaStreams,
        ConnectContactFlowQueue,
    )

    instance_id = str(uuid.uuid4())
    instance_arn = f"arn:aws:connect:{region}:{account}:instance/{instance_id}"
    contact_id = str(uuid.uuid4())
    voice = channel == "VOICE"
    if initiation_method is None:
        initiation_method = "INBOUND" if voice else "API"
    subtype = {"VOICE": "connect:Telephony", "CHAT": "connect:Chat", "TASK": "connect:Task"}
    data = ConnectContactFlowData(
        attributes=dict(attributes or {}),
        channel=channel,
        contact_id=contact_id,
        initial_contact_id=contact_id,
        initiation_method=initiation_method,
        instance_arn=instance_arn,
        previous_contact_id=contact_id,
        customer_endpoint=(
            ConnectContactFlowEndpoint(
                address=customer_phone_number, endpoint_type="TELEPHONE_NUMBER"
            )
            if voice
            else None
        ),
        system_endpoint=(
            ConnectContactFlowEndpoint(
                address=system_phone_number, endpoint_type="TELEPHONE_NUMBER"
            )
            if voice
            else None
        ),
        queue=(
            None
            if queue is None
            else ConnectContactFlowQueue(arn=f"{instance_arn}/queue/{uuid.uuid4()}", name=queue)
        ),
        media_streams=(
            ConnectContactFlowMediaStreams(
                customer=ConnectContactFlowMediaStreamCustomer(
                    audio=_with_nulls(
                        ConnectContactFlowMediaStreamAudio(),
                        "StartFragmentNumber",
                        "StartTimestamp",
                        "StreamARN",
                    )
                )
            )
            if voice
            else None
        ),
        language_code=language_code,
        segment_attributes={
            "connect:Subtype": {"ValueString": subtype.get(channel, f"connect:{channel}")}
        },
        tags={"aws:connect:instanceId": instance_id},
        aws_region=region,
    )
    details = ConnectContactFlowDetails(contact_data=data, parameters=dict(parameters or {}))
    return ConnectContactFlowEvent(details=details, name="ContactFlowEvent")


# ===================================================================== Secrets Manager


def secrets_manager_rotation_event(
    step: Literal["createSecret", "setSecret", "testSecret", "finishSecret"] | str = (
        "createSecret"
    ),
    *,
    secret_name: str = "my-secret",  # noqa: S107 - a name, not a secret
    client_request_token: str | None = None,
    rotation_token: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> SecretsManagerEvent:
    """A `SecretsManagerEvent` for one rotation `step` of `secret_name` (by ARN, with the
    six-character suffix Secrets Manager adds); the token is the new version id.
    """
    from ..secrets_manager import SecretsManagerEvent

    return SecretsManagerEvent(
        secret_id=f"arn:aws:secretsmanager:{region}:{account}:secret:{secret_name}-{_token(6)}",
        client_request_token=client_request_token or str(uuid.uuid4()),
        step=step,
        rotation_token=rotation_token,
    )


# ================================================================ S3 Batch Operations


def s3_batch_operation_event(
    keys: Iterable[str] = ("example.txt",),
    *,
    bucket: str = "my-bucket",
    schema_version: Literal["1.0", "2.0"] = "1.0",
    user_arguments: Mapping[str, str] | None = None,
    version_id: str | None = None,
) -> S3BatchOperationEvent:
    """An `S3BatchOperationEvent` with one task per key (S3 sends one per invocation).

    Keys are given decoded and sent URL-encoded (`task.decoded_key` gives them back).
    Schema 1.0 names the bucket by ARN; schema 2.0 by name and carries `user_arguments`.
    """
    from ..s3_batch import S3BatchOperationEvent, S3BatchOperationJob, S3BatchOperationTask

    if schema_version == "1.0" and user_arguments is not None:
        raise ValueError("userArguments come with invocation schema 2.0 only")
    v2 = schema_version == "2.0"
    tasks = tuple(
        _with_nulls(  # an unversioned object: `s3VersionId` is null
            S3BatchOperationTask(
                task_id=_b64url(12),
                s3_key=quote_plus(key, safe="/"),
                s3_version_id=version_id,
                s3_bucket_arn=None if v2 else f"arn:aws:s3:::{bucket}",
                s3_bucket_name=bucket if v2 else None,
            ),
            *(("s3VersionId",) if version_id is None else ()),
        )
        for key in keys
    )
    job = S3BatchOperationJob(
        id=str(uuid.uuid4()),
        user_arguments=(dict(user_arguments or {}) if v2 else None),
    )
    return S3BatchOperationEvent(
        invocation_schema_version=schema_version,
        invocation_id=_b64url(48),
        job=job,
        tasks=tasks,
    )


# =================================================================== S3 Object Lambda


def s3_object_lambda_event(
    key: str = "example.txt",
    *,
    operation: Literal["GetObject", "HeadObject", "ListObjects", "ListObjectsV2"] = "GetObject",
    access_point: str = "my-object-lambda-ap",
    supporting_access_point: str = "my-access-point",
    payload: str | None = None,
    headers: Mapping[str, str] | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> S3ObjectLambdaEvent:
    """An `S3ObjectLambdaEvent` for `operation` on `key` through an Object Lambda access
    point: the user's URL and `Host` header name the Object Lambda endpoint, the presigned
    input URL the supporting access point; GetObject adds the output route and token.
    """
    from ..headers import Headers
    from ..s3_object_lambda import (
        S3ObjectConfiguration,
        S3ObjectContext,
        S3ObjectInputContext,
        S3ObjectLambdaEvent,
        S3ObjectSessionAttributes,
        S3ObjectSessionContext,
        S3ObjectSessionIssuer,
        S3ObjectUserIdentity,
        S3ObjectUserRequest,
    )

    host = f"{access_point}-{account}.s3-object-lambda.{region}.amazonaws.com"
    input_host = f"{supporting_access_point}-{account}.s3-accesspoint.{region}.amazonaws.com"
    listing = operation.startswith("ListObjects")
    path = ("/?list-type=2" if operation == "ListObjectsV2" else "/") if listing else f"/{key}"
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    signature = (
        f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={stamp}&X-Amz-Expires=61"
        f"&X-Amz-SignedHeaders=host&X-Amz-Signature={secrets.token_hex(32)}"
    )
    input_url = f"https://{input_host}{path}{'&' if '?' in path else '?'}{signature}"
    role = "ObjectLambdaReader"
    session = "reader-session"
    role_id = f"AROA{_token(17, _UPPER_ALNUM)}"
    identity = S3ObjectUserIdentity(
        type="AssumedRole",
        principal_id=f"{role_id}:{session}",
        arn=f"arn:aws:sts::{account}:assumed-role/{role}/{session}",
        account_id=account,
        access_key_id=f"ASIA{_token(16, _UPPER_ALNUM)}",
        session_context=S3ObjectSessionContext(
            attributes=S3ObjectSessionAttributes(
                creation_date=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                mfa_authenticated="false",
            ),
            session_issuer=S3ObjectSessionIssuer(
                type="Role",
                principal_id=role_id,
                arn=f"arn:aws:iam::{account}:role/{role}",
                account_id=account,
                user_name=role,
            ),
        ),
    )
    contexts: dict[str, Any] = {}
    if operation == "GetObject":
        contexts["object_context"] = S3ObjectContext(
            input_s3_url=input_url,
            output_route=f"io-use1-{_token(3, string.digits)}",
            output_token=_b64(48),
        )
    else:
        field = {
            "HeadObject": "head_object_context",
            "ListObjects": "list_objects_context",
            "ListObjectsV2": "list_objects_v2_context",
        }[operation]
        contexts[field] = S3ObjectInputContext(input_s3_url=input_url)
    return S3ObjectLambdaEvent(
        request_id=str(uuid.uuid4()),
        configuration=S3ObjectConfiguration(
            access_point_arn=f"arn:aws:s3-object-lambda:{region}:{account}:accesspoint/{access_point}",
            supporting_access_point_arn=(
                f"arn:aws:s3:{region}:{account}:accesspoint/{supporting_access_point}"
            ),
            payload=payload,
        ),
        user_request=S3ObjectUserRequest(
            url=f"https://{host}{path}",
            headers=Headers({"Host": host, "Accept-Encoding": "identity", **(headers or {})}),
        ),
        user_identity=identity,
        protocol_version="1.00",
        **contexts,
    )


# ==================================================================== Transfer Family


def transfer_family_authorizer_event(
    username: str = "jdoe",
    *,
    password: str | None = None,
    protocol: Literal["SFTP", "FTP", "FTPS", "AS2"] | str = "SFTP",
    server_id: str | None = None,
    source_ip: str = "203.0.113.10",
) -> TransferFamilyAuthorizer:
    """A `TransferFamilyAuthorizer` login: a password login when `password` is given, a
    key-based SFTP login otherwise (FTP and FTPS logins always carry a password).
    """
    from ..transfer_family import TransferFamilyAuthorizer

    if password is None and protocol in ("FTP", "FTPS"):
        raise ValueError(f"{protocol} logins always carry a password")
    return TransferFamilyAuthorizer(
        username=username,
        password=password,
        protocol=protocol,
        server_id=server_id or f"s-{secrets.token_hex(9)[:17]}",
        source_ip=source_ip,
    )


# ======================================================================== Bedrock


def _bedrock_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, (list, tuple)):
        return "array"
    return "string"


def _bedrock_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value))
    return str(value)


def _bedrock_agent(agent_name: str) -> Any:
    from ..bedrock import BedrockAgentInfo

    return BedrockAgentInfo(
        name=agent_name, id=_token(10, _UPPER_ALNUM), alias=_token(10, _UPPER_ALNUM), version="1"
    )


def bedrock_agent_event(
    api_path: str = "/orders",
    http_method: str = "GET",
    *,
    parameters: Mapping[str, Any] | None = None,
    json_body: Mapping[str, Any] | None = None,
    input_text: str = "What is the status of my order?",
    action_group: str = "OrderActions",
    agent_name: str = "my-agent",
    session_attributes: Mapping[str, str] | None = None,
    prompt_session_attributes: Mapping[str, str] | None = None,
) -> BedrockAgentEvent:
    """A `BedrockAgentEvent` (OpenAPI action group): `parameters` and `json_body`
    properties go as `{name, type, value}` with the type read from the Python value and the
    value as text, the way the agent sends them.
    """
    from ..bedrock import (
        BedrockAgentEvent,
        BedrockAgentProperty,
        BedrockAgentRequestBody,
        BedrockAgentRequestMedia,
    )

    def props(values: Mapping[str, Any]) -> tuple[BedrockAgentProperty, ...]:
        return tuple(
            BedrockAgentProperty(name=k, type=_bedrock_type(v), value=_bedrock_text(v))
            for k, v in values.items()
        )

    body = (
        None
        if json_body is None
        else BedrockAgentRequestBody(
            content={"application/json": BedrockAgentRequestMedia(properties=props(json_body))}
        )
    )
    return BedrockAgentEvent(
        message_version="1.0",
        input_text=input_text,
        session_id=_token(12, string.digits),
        action_group=action_group,
        api_path=api_path,
        http_method=http_method.upper(),
        agent=_bedrock_agent(agent_name),
        parameters=props(parameters or {}),
        request_body=body,
        session_attributes=dict(session_attributes or {}),
        prompt_session_attributes=dict(prompt_session_attributes or {}),
    )


def bedrock_agent_function_event(
    function: str = "get_order_status",
    *,
    parameters: Mapping[str, Any] | None = None,
    input_text: str = "What is the status of my order?",
    action_group: str = "OrderActions",
    agent_name: str = "my-agent",
    session_attributes: Mapping[str, str] | None = None,
    prompt_session_attributes: Mapping[str, str] | None = None,
) -> BedrockAgentFunctionEvent:
    """A `BedrockAgentFunctionEvent` (function-details action group) calling `function`."""
    from ..bedrock import BedrockAgentFunctionEvent, BedrockAgentFunctionParameter

    return BedrockAgentFunctionEvent(
        message_version="1.0",
        input_text=input_text,
        session_id=_token(12, string.digits),
        action_group=action_group,
        function=function,
        agent=_bedrock_agent(agent_name),
        parameters=tuple(
            BedrockAgentFunctionParameter(name=k, type=_bedrock_type(v), value=_bedrock_text(v))
            for k, v in (parameters or {}).items()
        ),
        session_attributes=dict(session_attributes or {}),
        prompt_session_attributes=dict(prompt_session_attributes or {}),
    )


# ================================================================= CloudWatch alarms


def _alarm_time(ms: int) -> IsoTimestamp:
    """CloudWatch's alarm time format: `2024-06-11T03:20:41.912+0000`."""
    text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000))
    return IsoTimestamp(f"{text}.{ms % 1000:03d}+0000")


def _metric_state(
    state: str, value: float, threshold: float, stat: str, period: int, when: int
) -> Any:
    from ..cloudwatch_alarm import CloudWatchAlarmState

    start = when - when % 60_000 - period * 1000
    point = time.strftime("%d/%m/%y %H:%M:%S", time.gmtime(start / 1000))
    if state == "INSUFFICIENT_DATA":
        reason = "Insufficient Data: 1 datapoint was unknown."
        data: dict[str, Any] = {"recentDatapoints": []}
    else:
        relation = "was" if state == "ALARM" else "was not"
        reason = (
            f"Threshold Crossed: 1 datapoint [{value} ({point})] {relation} greater than or "
            f"equal to the threshold ({threshold})."
        )
        data = {
            "recentDatapoints": [value],
            "evaluatedDatapoints": [
                {"timestamp": _alarm_time(start), "sampleCount": 1.0, "value": value}
            ],
        }
    reason_data = {
        "version": "1.0",
        "queryDate": _alarm_time(when - 5),
        "startDate": _alarm_time(start),
        "statistic": stat,
        "period": period,
        **data,
        "threshold": threshold,
    }
    return CloudWatchAlarmState(
        value=state, reason=reason, reason_data=_compact(reason_data), timestamp=_alarm_time(when)
    )


def cloudwatch_alarm_event(
    state: Literal["ALARM", "OK", "INSUFFICIENT_DATA"] = "ALARM",
    *,
    previous_state: Literal["ALARM", "OK", "INSUFFICIENT_DATA"] = "OK",
    alarm_name: str = "my-alarm",
    namespace: str = "AWS/Lambda",
    metric_name: str = "Errors",
    dimensions: Mapping[str, str] | None = None,
    stat: str = "Sum",
    period: int = 60,
    threshold: float = 1.0,
    value: float | None = None,
    description: str | None = None,
    alarm_rule: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> CloudWatchAlarmEvent:
    """A `CloudWatchAlarmEvent`: the alarm went from `previous_state` to `state`.

    A metric alarm by default, whose reasons and `reasonData` agree with `threshold` and
    the datapoint `value` (above it in ALARM, below otherwise); with `alarm_rule`, a
    composite alarm over other alarms.
    """
    from ..cloudwatch_alarm import (
        CloudWatchAlarmConfiguration,
        CloudWatchAlarmData,
        CloudWatchAlarmEvent,
        CloudWatchAlarmMetric,
        CloudWatchAlarmMetricDefinition,
        CloudWatchAlarmMetricStat,
        CloudWatchAlarmState,
    )

    when = now_ms()
    before = when - 15 * 60_000
    if alarm_rule is not None:
        prefix = f"arn:aws:cloudwatch:{region}:{account}:alarm:"
        children = re.findall(r"ALARM\(\"?([^\")]+)\"?\)", alarm_rule)
        child = children[0] if children else "child-alarm"

        def composite(value: str, ms: int) -> CloudWatchAlarmState:
            firing = value == "ALARM"
            triggering = (
                [{"arn": prefix + child, "state": {"value": "ALARM", "timestamp": _alarm_time(ms)}}]
                if firing
                else []
            )
            reason = (
                f"{prefix}{child} transitioned to ALARM" if firing else "No child alarm in ALARM"
            )
            return CloudWatchAlarmState(
                value=value,
                reason=reason,
                reason_data=_compact({"triggeringAlarms": triggering}),
                timestamp=_alarm_time(ms),
            )

        current, previous = composite(state, when), composite(previous_state, before)
        configuration = CloudWatchAlarmConfiguration(description=description, alarm_rule=alarm_rule)
    else:

        def datapoint(value_state: str) -> float:
            if value is not None and value_state == state:
                return value
            return threshold + 1.0 if value_state == "ALARM" else max(threshold - 1.0, 0.0)

        current = _metric_state(state, datapoint(state), threshold, stat, period, when)
        previous = _metric_state(
            previous_state, datapoint(previous_state), threshold, stat, period, before
        )
        metric = CloudWatchAlarmMetric(
            metric_id=str(uuid.uuid4()),
            metric_stat=CloudWatchAlarmMetricStat(
                metric=CloudWatchAlarmMetricDefinition(
                    namespace=namespace, name=metric_name, dimensions=dict(dimensions or {})
                ),
                period=period,
                stat=stat,
            ),
            return_data=True,
        )
        configuration = CloudWatchAlarmConfiguration(description=description, metrics=(metric,))
    return CloudWatchAlarmEvent(
        source="aws.cloudwatch",
        alarm_arn=f"arn:aws:cloudwatch:{region}:{account}:alarm:{alarm_name}",
        source_account_id=account,
        timestamp=_alarm_time(when),
        region=region,
        alarm_data=CloudWatchAlarmData(
            alarm_name=alarm_name,
            state=current,
            previous_state=previous,
            configuration=configuration,
        ),
    )


# ============================================================== CloudWatch dashboards


def cloudwatch_dashboard_widget_event(
    params: Mapping[str, Any] | None = None,
    *,
    describe: bool = False,
    dashboard_name: str = "my-dashboard",
    widget_id: str = "widget-1",
    title: str | None = "My widget",
    forms: Mapping[str, Any] | None = None,
    theme: Literal["light", "dark"] = "light",
    width: int = 600,
    height: int = 300,
    hours: int = 3,
    region: str = REGION,
    account: str = ACCOUNT,
) -> Any:
    """A `CloudWatchDashboardCustomWidgetEvent`: the widget's `params` arrive both as
    top-level keys and in `widgetContext.params`, over a relative time range of the last
    `hours`. `describe=True` builds the `{"describe": true}` documentation call.
    """
    import attrs

    from ..cloudwatch_dashboard import (
        CloudWatchDashboardCustomWidgetEvent,
        CloudWatchWidgetContext,
        CloudWatchWidgetForms,
        TimeRange,
        TimeZone,
    )

    if describe:
        return CloudWatchDashboardCustomWidgetEvent(describe=True)
    params = dict(params or {})
    clashes = sorted({"describe", "widgetContext"} & set(params))
    if clashes:
        raise ValueError(f"widget params cannot be named {clashes}")
    end = now_ms()
    span = hours * 3_600_000
    context = CloudWatchWidgetContext(
        dashboard_name=dashboard_name,
        widget_id=widget_id,
        domain=f"https://{region}.console.aws.amazon.com",
        account_id=account,
        locale="en",
        timezone=TimeZone(label="UTC", offset_iso="+00:00", offset_in_minutes=0),
        period=300,
        is_auto_period=True,
        time_range=TimeRange(
            mode="relative",
            start=EpochMillis(end - span),
            end=EpochMillis(end),
            relative_start=span,
        ),
        theme=theme,
        link_charts=True,
        title=title,
        forms=CloudWatchWidgetForms(all=dict(forms or {})),
        params=params,
        width=width,
        height=height,
    )
    event = CloudWatchDashboardCustomWidgetEvent(widget_context=context)
    top_level: dict[str, Any] = {"unknown_keys": params}  # the params, also as top-level keys
    return attrs.evolve(event, **top_level)


# ========================================================================= IoT Core


def iot_thing_event(
    thing_name: str = "my-thing",
    *,
    operation: Literal["CREATED", "UPDATED", "DELETED"] = "CREATED",
    attributes: Mapping[str, str] | None = None,
    thing_type_name: str | None = None,
    version_number: int | None = None,
    account: str = ACCOUNT,
) -> IoTCoreThingEvent:
    """An `IoTCoreThingEvent` (registry `THING_EVENT`) for `thing_name`; a new thing is at
    version 1, an updated one at version 2 unless `version_number` says otherwise.
    """
    from ..iot import IoTCoreThingEvent

    if version_number is None:
        version_number = 1 if operation == "CREATED" else 2
    return IoTCoreThingEvent(
        event_id=uuid.uuid4().hex,
        event_type="THING_EVENT",
        operation=operation,
        timestamp=EpochMillis(now_ms()),
        account_id=account,
        thing_id=str(uuid.uuid4()),
        thing_name=thing_name,
        version_number=version_number,
        attributes=dict(attributes or {}),
        thing_type_name=thing_type_name,
    )


# =================================== CodeCommit, Lex, CloudFront, Kinesis Analytics, IoT, ...


def _arn(service: str, resource: str, region: str = REGION, account: str = ACCOUNT) -> str:
    return f"arn:aws:{service}:{region}:{account}:{resource}"


def codecommit_event(
    repository: str = "my-repo",
    *,
    ref: str = "refs/heads/main",
    commit: str | None = None,
    trigger_name: str = "my-trigger",
    custom_data: str | None = None,
    region: str = REGION,
) -> Any:
    """A `CodeCommitEvent`: one push to `ref` of `repository`."""
    from ..codecommit import (
        CodeCommitCodecommit,
        CodeCommitEvent,
        CodeCommitRecord,
        CodeCommitReference,
    )

    reference = CodeCommitReference(commit=commit or secrets.token_hex(20), ref=ref)
    record = CodeCommitRecord(
        event_id=str(uuid.uuid4()),
        event_version="1.0",
        event_time=IsoTimestamp(
            time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + f".{now_ms() % 1000:03d}+0000"
        ),
        event_trigger_name=trigger_name,
        event_part_number=1,
        codecommit=CodeCommitCodecommit(references=(reference,)),
        event_name="ReferenceChanges",
        event_trigger_config_id=str(uuid.uuid4()),
        event_source_arn=_arn("codecommit", repository, region),
        event_source="aws:codecommit",
        aws_region=region,
        event_total_parts=1,
        user_identity_arn=f"arn:aws:iam::{ACCOUNT}:user/developer",
        custom_data=custom_data,
    )
    return CodeCommitEvent(records=(record,))


def lex_event(
    intent: str = "OrderFlowers",
    slots: Mapping[str, str | None] | None = None,
    *,
    invocation_source: str = "DialogCodeHook",
    input_transcript: str = "I would like to order some flowers",
    bot: str = "OrderFlowers",
    session_attributes: Mapping[str, str] | None = None,
) -> Any:
    """A Lex V1 `LexEvent` for `intent` with `slots` (unfilled slots are `None`)."""
    from ..lex import LexBot, LexCurrentIntent, LexEvent

    values = dict(slots) if slots is not None else {"FlowerType": "roses", "PickupDate": None}
    return LexEvent(
        message_version="1.0",
        invocation_source=invocation_source,
        user_id=_token(32, _LOWER_ALNUM),
        input_transcript=input_transcript,
        session_attributes=dict(session_attributes or {}),
        bot=LexBot(name=bot, alias="$LATEST", version="$LATEST"),
        output_dialog_mode="Text",
        current_intent=LexCurrentIntent(name=intent, slots=values, confirmation_status="None"),
    )


def lex_v2_event(
    intent: str = "BookHotel",
    slots: Mapping[str, str | None] | None = None,
    *,
    invocation_source: str = "DialogCodeHook",
    input_transcript: str = "book a hotel",
    bot: str = "TravelBot",
    locale_id: str = "en_US",
    session_attributes: Mapping[str, str] | None = None,
) -> Any:
    """A `LexV2Event` whose session intent carries `slots` (name -> interpreted value)."""
    from ..lex import (
        LexV2Bot,
        LexV2Event,
        LexV2Intent,
        LexV2Interpretation,
        LexV2SessionState,
        LexV2Slot,
        LexV2SlotValue,
    )

    values = dict(slots) if slots is not None else {"Location": "Lisbon", "Nights": None}
    typed = {
        name: None
        if value is None
        else LexV2Slot(
            shape="Scalar",
            value=LexV2SlotValue(
                original_value=value, interpreted_value=value, resolved_values=(value,)
            ),
        )
        for name, value in values.items()
    }
    current = LexV2Intent(name=intent, slots=typed, state="InProgress", confirmation_state="None")
    return LexV2Event(
        message_version="1.0",
        invocation_source=invocation_source,
        input_mode="Text",
        response_content_type="text/plain; charset=utf-8",
        session_id=str(secrets.randbelow(10**15)).zfill(15),
        input_transcript=input_transcript,
        bot=LexV2Bot(
            id=_token(10, _UPPER_ALNUM),
            name=bot,
            locale_id=locale_id,
            version="DRAFT",
            alias_id="TSTALIASID",
            alias_name="TestBotAlias",
        ),
        interpretations=(LexV2Interpretation(intent=current, nlu_confidence=1.0),),
        session_state=LexV2SessionState(
            session_attributes=dict(session_attributes or {}),
            intent=current,
            originating_request_id=str(uuid.uuid4()),
        ),
    )


def _cloudfront_config(event_type: str) -> Any:
    from ..cloudfront import CloudFrontConfig

    return CloudFrontConfig(
        distribution_domain_name=f"d{_token(13, _LOWER_ALNUM)}.cloudfront.net",
        distribution_id="E" + _token(13, _UPPER_ALNUM),
        event_type=event_type,
        request_id=_b64url(42),
    )


def _cloudfront_request(uri: str, method: str, headers: Mapping[str, str] | None) -> Any:
    from ..cloudfront import CloudFrontHeader, CloudFrontRequest

    given = (
        headers if headers is not None else {"Host": "www.example.com", "User-Agent": "curl/8.5.0"}
    )
    return CloudFrontRequest(
        client_ip=f"203.0.113.{secrets.randbelow(254) + 1}",
        headers={k.lower(): (CloudFrontHeader(key=k, value=v),) for k, v in given.items()},
        method=method,
        querystring="",
        uri=uri,
    )


def cloudfront_request_event(
    uri: str = "/index.html",
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    event_type: Literal["viewer-request", "origin-request"] = "viewer-request",
) -> Any:
    """A Lambda@Edge `CloudFrontRequestEvent` (headers given as name -> value)."""
    from ..cloudfront import (
        CloudFrontRequestEvent,
        CloudFrontRequestEventRecord,
        CloudFrontRequestEventRecordCf,
    )

    cf = CloudFrontRequestEventRecordCf(
        config=_cloudfront_config(event_type), request=_cloudfront_request(uri, method, headers)
    )
    return CloudFrontRequestEvent(records=(CloudFrontRequestEventRecord(cf=cf),))


def cloudfront_response_event(
    status: int = 200,
    *,
    uri: str = "/index.html",
    headers: Mapping[str, str] | None = None,
    event_type: Literal["origin-response", "viewer-response"] = "origin-response",
) -> Any:
    """A Lambda@Edge `CloudFrontResponseEvent`: the request and the origin's response."""
    from ..cloudfront import (
        CloudFrontResponse,
        CloudFrontResponseEvent,
        CloudFrontResponseEventRecord,
        CloudFrontResponseEventRecordCf,
    )

    response = CloudFrontResponse.generate(
        status,
        headers=headers if headers is not None else {"Content-Type": "text/html"},
        status_description="OK" if status == 200 else None,
    )
    cf = CloudFrontResponseEventRecordCf(
        config=_cloudfront_config(event_type),
        request=_cloudfront_request(uri, "GET", None),
        response=response,
    )
    return CloudFrontResponseEvent(records=(CloudFrontResponseEventRecord(cf=cf),))


def _kinesis_sequence() -> str:
    return str(secrets.randbits(180)).zfill(56)[:56]


def kinesis_analytics_preprocessing_event(
    payloads: Iterable[str | bytes] = ('{"ticker":"AMZN","price":187.5}',),
    *,
    application: str = "my-application",
    stream: str = "my-stream",
) -> Any:
    """A `KinesisAnalyticsInputPreprocessingEvent` from a Kinesis data stream."""
    from ..codecs import Base64Text
    from ..kinesis_analytics import (
        KinesisAnalyticsInputPreprocessingEvent,
        KinesisAnalyticsInputPreprocessingRecord,
        KinesisAnalyticsStreamRecordMetadata,
    )

    records = []
    for payload in payloads:
        sequence = _kinesis_sequence()
        data = payload.encode() if isinstance(payload, str) else payload
        records.append(
            KinesisAnalyticsInputPreprocessingRecord(
                record_id=sequence,
                data=Base64Text.from_bytes(data),
                kinesis_stream_record_metadata=KinesisAnalyticsStreamRecordMetadata(
                    sequence_number=sequence,
                    partition_key=_token(8),
                    shard_id="shardId-000000000000",
                    approximate_arrival_timestamp=EpochMillis(now_ms()),
                ),
            )
        )
    return KinesisAnalyticsInputPreprocessingEvent(
        invocation_id=str(uuid.uuid4()),
        application_arn=_arn("kinesisanalytics", f"application/{application}"),
        stream_arn=_arn("kinesis", f"stream/{stream}"),
        records=tuple(records),
    )


def kinesis_analytics_output_delivery_event(
    payloads: Iterable[str | bytes] = ('{"TICKER":"AMZN","AVG_PRICE":187.5}\n',),
    *,
    application: str = "my-application",
) -> Any:
    """A `KinesisAnalyticsOutputDeliveryEvent` with one record per payload."""
    from ..codecs import Base64Text
    from ..kinesis_analytics import (
        KinesisAnalyticsLambdaDeliveryRecordMetadata,
        KinesisAnalyticsOutputDeliveryEvent,
        KinesisAnalyticsOutputDeliveryRecord,
    )

    records = tuple(
        KinesisAnalyticsOutputDeliveryRecord(
            record_id=str(uuid.uuid4()),
            data=Base64Text.from_bytes(p.encode() if isinstance(p, str) else p),
            lambda_delivery_record_metadata=KinesisAnalyticsLambdaDeliveryRecordMetadata(
                retry_hint=0
            ),
        )
        for p in payloads
    )
    return KinesisAnalyticsOutputDeliveryEvent(
        invocation_id=str(uuid.uuid4()),
        application_arn=_arn("kinesisanalytics", f"application/{application}"),
        records=records,
    )


def iot_custom_authorizer_event(
    *,
    client_id: str = "my-device",
    username: str | None = "my-device",
    password: bytes | None = b"device-secret",
    token: str | None = None,
) -> Any:
    """An `IoTCustomAuthorizerEvent` for an MQTT connection over TLS."""
    from ..codecs import Base64Text
    from ..iot import (
        IoTConnectionMetadata,
        IoTCustomAuthorizerEvent,
        IoTMqttProtocolData,
        IoTProtocolData,
        IoTTlsProtocolData,
    )

    mqtt = IoTMqttProtocolData(
        username=username,
        password=None if password is None else Base64Text.from_bytes(password),
        client_id=client_id,
    )
    return IoTCustomAuthorizerEvent(
        token=token if token is not None else f"{_b64url(24)}.{_b64url(32)}.{_b64url(64)}",
        signature_verified=True,
        protocols=("tls", "mqtt"),
        protocol_data=IoTProtocolData(
            tls=IoTTlsProtocolData(
                server_name=f"{_token(14, _LOWER_ALNUM)}-ats.iot.{REGION}.amazonaws.com"
            ),
            mqtt=mqtt,
        ),
        connection_metadata=IoTConnectionMetadata(id=str(uuid.uuid4())),
    )


def iot_pre_provisioning_hook_event(
    *,
    template: str = "MyTemplate",
    client_id: str | None = None,
    parameters: Mapping[str, str] | None = None,
) -> Any:
    """An `IoTPreProvisioningHookEvent` for fleet provisioning by claim."""
    from ..iot import IoTPreProvisioningHookEvent

    certificate_id = secrets.token_hex(32)
    return IoTPreProvisioningHookEvent(
        claim_certificate_id=secrets.token_hex(32),
        certificate_id=certificate_id,
        certificate_pem="-----BEGIN CERTIFICATE-----\n"
        + _b64(48)
        + "\n-----END CERTIFICATE-----\n",
        template_arn=_arn("iot", f"provisioningtemplate/{template}"),
        client_id=client_id or str(uuid.uuid4()),
        parameters=dict(parameters)
        if parameters is not None
        else {"SerialNumber": _token(12, _UPPER_ALNUM)},
    )


def iot_button_event(click_type: Literal["SINGLE", "DOUBLE", "LONG"] = "SINGLE") -> Any:
    """An `IoTButtonEvent` from a button with a fresh serial number."""
    from ..iot import IoTButtonEvent

    return IoTButtonEvent(
        serial_number="G030" + _token(12, _UPPER_ALNUM),
        click_type=click_type,
        battery_voltage=f"{1600 + secrets.randbelow(500)}mV",
    )


def cognito_sync_event(
    records: Mapping[str, tuple[str | None, str | None]] | None = None,
    *,
    dataset: str = "preferences",
    region: str = REGION,
) -> Any:
    """A `CognitoSyncTriggerEvent`; `records` maps a key to `(old value, new value)`."""
    from ..cognito_sync import CognitoSyncDatasetRecord, CognitoSyncTriggerEvent

    given = records if records is not None else {"theme": ("light", "dark")}
    return CognitoSyncTriggerEvent(
        version=2,
        event_type="SyncTrigger",
        region=region,
        identity_pool_id=f"{region}:{uuid.uuid4()}",
        identity_id=f"{region}:{uuid.uuid4()}",
        dataset_name=dataset,
        dataset_records={
            key: CognitoSyncDatasetRecord(
                old_value=old, new_value=new, op="remove" if new is None else "replace"
            )
            for key, (old, new) in given.items()
        },
    )


def client_vpn_connection_event(
    username: str = "jane.doe", *, public_ip: str | None = None, platform: str = "macos"
) -> Any:
    """A `ClientVPNConnectionHandlerEvent` for a new connection of `username`."""
    from ..client_vpn import ClientVPNConnectionHandlerEvent

    return ClientVPNConnectionHandlerEvent(
        connection_id=f"cvpn-connection-{secrets.token_hex(9)[:17]}",
        endpoint_id=f"cvpn-endpoint-{secrets.token_hex(9)[:17]}",
        common_name="",
        username=username,
        platform=platform,
        platform_version="14.6.1",
        public_ip=public_ip or f"198.51.100.{secrets.randbelow(254) + 1}",
        client_openvpn_version="2.6.12",
        schema_version="v1",
    )


def lambda_destination_event(
    request_payload: Any = None,
    *,
    function: str = "my-function",
    error: str | None = "something went wrong",
    attempts: int = 3,
) -> Any:
    """A `LambdaDestinationEvent`: an on-failure record (or on-success when `error` is None)."""
    from ..lambda_destination import (
        LambdaDestinationEvent,
        LambdaDestinationRequestContext,
        LambdaDestinationResponseContext,
    )

    rid = request_id()
    failed = error is not None
    return LambdaDestinationEvent(
        version="1.0",
        timestamp=iso_now(),
        request_context=LambdaDestinationRequestContext(
            request_id=rid,
            function_arn=_arn("lambda", f"function:{function}:$LATEST"),
            condition="RetriesExhausted" if failed else "Success",
            approximate_invoke_count=attempts if failed else 1,
        ),
        request_payload=request_payload if request_payload is not None else {"orderId": rid[:8]},
        response_context=LambdaDestinationResponseContext(
            status_code=200,
            executed_version="$LATEST",
            function_error="Unhandled" if failed else None,
        ),
        response_payload=(
            {"errorMessage": error, "errorType": "Exception", "requestId": rid, "stackTrace": []}
            if failed
            else {"ok": True}
        ),
    )


def documentdb_change_event(
    documents: Iterable[Mapping[str, Any]] = ({"status": "placed"},),
    *,
    database: str = "shop",
    collection: str = "orders",
    cluster: str = "my-docdb-cluster",
    region: str = REGION,
) -> Any:
    """A `DocumentDBChangeEvent`: one `insert` per document, each given a fresh `_id`."""
    from ..documentdb import (
        DocumentDBChangeEvent,
        DocumentDBChangeStreamEvent,
        DocumentDBClusterTime,
        DocumentDBEventRecord,
        DocumentDBNamespace,
        DocumentDBResumeToken,
        DocumentDBTimestamp,
    )
    from ..timestamps import EpochSeconds

    seconds = now_ms() // 1000
    records = []
    for ordinal, document in enumerate(documents, 1):
        key = {"_id": {"$oid": f"{seconds:08x}{secrets.token_hex(8)}"}}
        token = f"01{seconds:08x}{ordinal:016x}{secrets.token_hex(4)}"
        change = DocumentDBChangeStreamEvent(
            id=DocumentDBResumeToken(data=token),
            operation_type="insert",
            cluster_time=DocumentDBClusterTime(
                timestamp=DocumentDBTimestamp(t=EpochSeconds(seconds), i=ordinal)
            ),
            ns=DocumentDBNamespace(db=database, coll=collection),
            document_key=key,
            full_document={**key, **document},
        )
        records.append(DocumentDBEventRecord(event=change))
    return DocumentDBChangeEvent(
        event_source_arn=_arn("rds", f"cluster:{cluster}", region),
        events=tuple(records),
        event_source="aws:docdb",
    )


def autoscaling_custom_termination_policy_event(
    group: str = "my-asg",
    *,
    instances: int = 2,
    cause: str = "SCALE_IN",
    region: str = REGION,
) -> Any:
    """An `AutoScalingCustomTerminationPolicyEvent` suggesting `instances` On-Demand instances."""
    from ..autoscaling import (
        AutoScalingCapacityToTerminate,
        AutoScalingCustomTerminationPolicyEvent,
        AutoScalingInstance,
    )

    zone = f"{region}a"
    suggested = tuple(
        AutoScalingInstance(
            availability_zone=zone,
            instance_id=f"i-{secrets.token_hex(9)[:17]}",
            instance_type="t3.micro",
            instance_market_option="on-demand",
        )
        for _ in range(instances)
    )
    return AutoScalingCustomTerminationPolicyEvent(
        auto_scaling_group_arn=_arn(
            "autoscaling", f"autoScalingGroup:{uuid.uuid4()}:autoScalingGroupName/{group}", region
        ),
        auto_scaling_group_name=group,
        capacity_to_terminate=(
            AutoScalingCapacityToTerminate(
                availability_zone=zone, capacity=1, instance_market_option="on-demand"
            ),
        ),
        instances=suggested,
        cause=cause,
    )


def connect_outbound_campaigns_event(
    customers: Iterable[Mapping[str, Any]] = ({"FirstName": "Jane", "LastName": "Doe"},),
    *,
    campaign_name: str = "My Campaign",
    action_id: str = "my-custom-action",
) -> Any:
    """A `ConnectOutboundCampaignsEvent`: one customer profile per `customers` item."""
    from ..connect_campaigns import (
        ConnectOutboundCampaignsCampaignContext,
        ConnectOutboundCampaignsCustomerProfile,
        ConnectOutboundCampaignsEvent,
        ConnectOutboundCampaignsInvocationMetadata,
        ConnectOutboundCampaignsItems,
    )

    context = ConnectOutboundCampaignsCampaignContext(
        campaign_id=str(uuid.uuid4()),
        run_id=f"run-{secrets.token_hex(6)}",
        action_id=action_id,
        campaign_name=campaign_name,
    )
    profiles = tuple(
        ConnectOutboundCampaignsCustomerProfile(
            profile_id=secrets.token_hex(16),
            customer_data=json.dumps(dict(customer), separators=(",", ":")),
            idempotency_token=str(uuid.uuid4()),
        )
        for customer in customers
    )
    return ConnectOutboundCampaignsEvent(
        invocation_metadata=ConnectOutboundCampaignsInvocationMetadata(campaign_context=context),
        items=ConnectOutboundCampaignsItems(customer_profiles=profiles),
    )


SERVICE_SAMPLES: dict[str, Callable[[], Any]] = {
    "cognito": cognito_trigger_event,
    "cognito-pre-sign-up": cognito_pre_sign_up_event,
    "cognito-post-confirmation": cognito_post_confirmation_event,
    "cognito-pre-authentication": cognito_pre_authentication_event,
    "cognito-post-authentication": cognito_post_authentication_event,
    "cognito-pre-token-generation": cognito_pre_token_generation_event,
    "cognito-pre-token-generation-v2": partial(cognito_pre_token_generation_event, version="2"),
    "cognito-custom-message": cognito_custom_message_event,
    "cognito-user-migration": cognito_user_migration_event,
    "cognito-define-auth-challenge": cognito_define_auth_challenge_event,
    "cognito-create-auth-challenge": cognito_create_auth_challenge_event,
    "cognito-verify-auth-challenge": cognito_verify_auth_challenge_event,
    "cognito-custom-email-sender": cognito_custom_email_sender_event,
    "cognito-custom-sms-sender": cognito_custom_sms_sender_event,
    "cloudformation": cloudformation_custom_resource_event,
    "codepipeline": codepipeline_job_event,
    "codedeploy": codedeploy_lifecycle_hook_event,
    "config": config_configuration_change_event,
    "config-scheduled": config_scheduled_event,
    "connect": connect_contact_flow_event,
    "secrets-manager": secrets_manager_rotation_event,
    "s3-batch": s3_batch_operation_event,
    "s3-object-lambda": s3_object_lambda_event,
    "transfer-family": transfer_family_authorizer_event,
    "bedrock-agent": bedrock_agent_event,
    "bedrock-agent-function": bedrock_agent_function_event,
    "cloudwatch-alarm": cloudwatch_alarm_event,
    "cloudwatch-dashboard": cloudwatch_dashboard_widget_event,
    "iot-thing": iot_thing_event,
    "codecommit": codecommit_event,
    "lex": lex_event,
    "lex-v2": lex_v2_event,
    "cloudfront-request": cloudfront_request_event,
    "cloudfront-response": cloudfront_response_event,
    "kinesis-analytics-preprocessing": kinesis_analytics_preprocessing_event,
    "kinesis-analytics-output": kinesis_analytics_output_delivery_event,
    "iot-custom-authorizer": iot_custom_authorizer_event,
    "iot-pre-provisioning-hook": iot_pre_provisioning_hook_event,
    "iot-button": iot_button_event,
    "cognito-sync": cognito_sync_event,
    "cognito-inbound-federation": partial(
        cognito_trigger_event, "InboundFederation_ExternalProvider"
    ),
    "client-vpn": client_vpn_connection_event,
    "lambda-destination": lambda_destination_event,
    "documentdb": documentdb_change_event,
    "autoscaling-custom-termination-policy": autoscaling_custom_termination_policy_event,
    "connect-outbound-campaigns": connect_outbound_campaigns_event,
}
