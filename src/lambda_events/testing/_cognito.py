"""Builders for Amazon Cognito user pool trigger events, one per trigger."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar, cast, overload

from ._common import with_nulls
from ._ids import LOWER_ALNUM, REGION, b64, b64url, random_id

if TYPE_CHECKING:
    from .. import (
        BaseTriggerEvent,
        ChallengeResult,
        CognitoTriggerEvent,
        CreateAuthChallengeTriggerEvent,
        CustomEmailSenderTriggerEvent,
        CustomMessageTriggerEvent,
        CustomSMSSenderTriggerEvent,
        DefineAuthChallengeTriggerEvent,
        GroupOverrideDetails,
        InboundFederationTriggerEvent,
        PostAuthenticationTriggerEvent,
        PostConfirmationTriggerEvent,
        PreAuthenticationTriggerEvent,
        PreSignUpTriggerEvent,
        PreTokenGenerationTriggerEvent,
        PreTokenGenerationV2TriggerEvent,
        UserMigrationTriggerEvent,
        VerifyAuthChallengeResponseTriggerEvent,
    )

__all__ = [
    "cognito_create_auth_challenge_event",
    "cognito_custom_email_sender_event",
    "cognito_custom_message_event",
    "cognito_custom_sms_sender_event",
    "cognito_define_auth_challenge_event",
    "cognito_inbound_federation_event",
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_event",
    "cognito_pre_token_generation_v2_event",
    "cognito_trigger_event",
    "cognito_user_migration_event",
    "cognito_verify_auth_challenge_event",
]

_E = TypeVar("_E", bound="BaseTriggerEvent")
_EMAIL_DOMAIN = "example.com"
_M2M = "TokenGeneration_ClientCredentials"
_SRP_SESSION = (("SRP_A", True), ("PASSWORD_VERIFIER", True))
_NO_FIELDS: Mapping[str, Any] = {}


class _User(NamedTuple):
    """Who the trigger is about, and the app's metadata (`None`: the defaults)."""

    name: str
    attributes: Mapping[str, Any] | None
    client_metadata: Mapping[str, str] | None


# ------------------------------------------------------------------- request defaults


def _user_attributes(trigger_source: str, user_name: str) -> dict[str, Any]:
    email = f"{user_name}@{_EMAIL_DOMAIN}" if "@" not in user_name else user_name
    if trigger_source.startswith("PreSignUp_"):
        return {"email": email}  # no `sub` yet: the user does not exist
    if trigger_source == _M2M:
        return {}
    return {
        "sub": str(uuid.uuid4()),
        "email_verified": "true",
        "cognito:user_status": "CONFIRMED",
        "email": email,
    }


def _groups(groups: Iterable[str] = (), roles: Iterable[str] = ()) -> GroupOverrideDetails:
    from .. import GroupOverrideDetails

    details = GroupOverrideDetails(
        groups_to_override=tuple(groups), iam_roles_to_override=tuple(roles)
    )
    return with_nulls(details, "preferredRole")


def _session(session: Iterable[tuple[str, bool]]) -> tuple[ChallengeResult, ...]:
    from .. import ChallengeResult

    return tuple(
        with_nulls(ChallengeResult(challenge_name=n, challenge_result=r), "challengeMetadata")
        for n, r in session
    )


def _custom_message(source: str) -> dict[str, Any]:
    admin = source.endswith("_AdminCreateUser")
    return {
        "code_parameter": "{####}",
        "link_parameter": "{##Click Here##}",
        "username_parameter": "{username}" if admin else None,
    }


def _token_v2(source: str) -> dict[str, Any]:
    if source == _M2M:
        return {"group_configuration": None, "scopes": ("my-api/read",)}
    scopes = ("openid", "email", "aws.cognito.signin.user.admin")
    return {"group_configuration": _groups(), "scopes": scopes}


def _migration(source: str) -> dict[str, Any]:
    migrating = source == "UserMigration_Authentication"
    return {"password": "correct horse battery staple" if migrating else None}


def _sender(kind: str) -> Callable[[str], dict[str, Any]]:
    """A custom sender's request type and KMS-encrypted code (random bytes)."""
    return lambda _: {"type": f"custom{kind}SenderRequestV1", "code": "AYAD" + b64(96)}


def _federation(_: str) -> dict[str, Any]:
    from .. import InboundFederationTriggerEventAttributes

    email = f"jane.doe@{_EMAIL_DOMAIN}"
    attributes = InboundFederationTriggerEventAttributes(
        token_response={
            "access_token": f"{b64url(24)}.{b64url(48)}.{b64url(32)}",
            "token_type": "Bearer",
            "expires_in": "3600",
        },
        id_token={"sub": str(uuid.uuid4()), "email": email, "email_verified": "true"},
        user_info={"email": email, "given_name": "Jane", "family_name": "Doe"},
    )
    return {"provider_name": "CorpOIDC", "provider_type": "OIDC", "attributes": attributes}


_REQUEST_DEFAULTS: dict[str, Callable[[str], dict[str, Any]]] = {
    "CustomMessageTriggerEvent": _custom_message,
    "PostAuthenticationTriggerEvent": lambda _: {"new_device_used": False},
    "PreTokenGenerationTriggerEvent": lambda _: {"group_configuration": _groups()},
    "PreTokenGenerationV2TriggerEvent": _token_v2,
    "UserMigrationTriggerEvent": _migration,
    "DefineAuthChallengeTriggerEvent": lambda _: {"session": _session(_SRP_SESSION)},
    "CreateAuthChallengeTriggerEvent": lambda _: {
        "challenge_name": "CUSTOM_CHALLENGE",
        "session": _session(_SRP_SESSION),
    },
    "VerifyAuthChallengeResponseTriggerEvent": lambda _: {
        "private_challenge_parameters": {"answer": "42"},
        "challenge_answer": "42",
    },
    "CustomEmailSenderTriggerEvent": _sender("Email"),
    "CustomSMSSenderTriggerEvent": _sender("SMS"),
    "InboundFederationTriggerEvent": _federation,
}
"""Values for the required request fields the caller did not give, by trigger class."""


# -------------------------------------------------------------------- initial responses

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
    import lambda_events

    if cls_name in _EMPTY_RESPONSE:
        return {"response": {}}
    if cls_name == "PreSignUpTriggerEvent":
        answer = lambda_events.PreSignUpTriggerEventResponse(
            auto_confirm_user=False, auto_verify_email=False, auto_verify_phone=False
        )
        return {"response": answer}
    if cls_name in _NULL_RESPONSES:
        response_name, keys = _NULL_RESPONSES[cls_name]
        return {"response": with_nulls(getattr(lambda_events, response_name)(), *keys)}
    return {}  # the custom senders have no response


# ---------------------------------------------------------------------------- assembly


def _request_class(cls: type[BaseTriggerEvent]) -> Any:
    import importlib

    import attrs

    request_cls: Any = attrs.fields_dict(cls)["request"].type
    if isinstance(request_cls, str):  # postponed annotations: resolve through the module
        request_cls = getattr(importlib.import_module(cls.__module__), request_cls)
    return request_cls


def _request(
    cls: type[BaseTriggerEvent], trigger_source: str, user: _User, given: Mapping[str, Any]
) -> Any:
    """The request object: defaults, then the user, then the caller's fields."""
    import attrs

    request_cls = _request_class(cls)
    names = set(attrs.fields_dict(request_cls)) - {"unknown_keys", "_wire"}
    unknown = sorted(set(given) - names)
    if unknown:
        raise TypeError(f"{request_cls.__name__} has no field(s) {unknown}; it has {sorted(names)}")
    defaults = _REQUEST_DEFAULTS.get(cls.__name__)
    fields: dict[str, Any] = defaults(trigger_source) if defaults else {}
    if "user_attributes" in names:
        attributes = user.attributes
        fields["user_attributes"] = (
            dict(attributes)
            if attributes is not None
            else _user_attributes(trigger_source, user.name)
        )
    elif user.attributes is not None:
        raise TypeError(f"{request_cls.__name__} carries no user attributes")
    if user.client_metadata is not None:
        fields["client_metadata"] = dict(user.client_metadata)
    for name, value in given.items():
        fields[name] = tuple(value) if isinstance(value, list) else value
    return request_cls(**{k: v for k, v in fields.items() if v is not None})


def _build(
    cls: type[_E],
    trigger_source: str,
    version: str,
    user: _User,
    request: Mapping[str, Any],
    *,
    region: str = REGION,
    user_pool_id: str | None = None,
    client_id: str | None = None,
) -> _E:
    from .. import CallerContext

    make = cast("Callable[..., _E]", cls)  # each trigger class declares its own `request`
    return make(
        version=version,
        region=region,
        user_pool_id=user_pool_id or f"{region}_{random_id(9)}",
        trigger_source=trigger_source,
        user_name=user.name,
        caller_context=CallerContext(
            client_id=client_id or random_id(26, LOWER_ALNUM),
            aws_sdk_version="aws-sdk-unknown-unknown",
        ),
        request=_request(cls, trigger_source, user, request),
        **_initial_response(cls.__name__),
    )


def _class_for(trigger_source: str, version: str, request: Mapping[str, Any]) -> Any:
    """The trigger class Cognito's trigger source (and version) selects."""
    from .. import cognito_trigger_class

    probe = {"triggerSource": trigger_source, "version": version, "request": request}
    return cognito_trigger_class(probe)


def _trigger(
    cls: type[_E],
    trigger_source: str,
    user: _User,
    request: Mapping[str, Any] = _NO_FIELDS,
    version: str = "1",
) -> _E:
    """A trigger event of `cls` with these request fields, refusing a trigger source (or
    version) of another trigger."""
    if _class_for(trigger_source, version, request) is not cls:
        raise ValueError(f"{trigger_source!r} (version {version}) is not a {cls.__name__}")
    return _build(cls, trigger_source, version, user, request)


# ----------------------------------------------------------------------------- builders


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
) -> CognitoTriggerEvent:
    """The Cognito trigger event for any `triggerSource`, as the class Cognito's trigger
    source (and version) selects, e.g. `PreSignUpTriggerEvent` for `PreSignUp_SignUp`.

    `user_attributes` defaults to a confirmed user (`sub`, `email`, ...; only `email` for
    pre sign-up); other request fields go as keyword arguments named like the request
    class's fields (`validation_data=`, `session=`, `challenge_answer=`, `scopes=`, ...).
    `version` is `1` by default, `3` for `TokenGeneration_ClientCredentials`; versions 2
    and 3 of `TokenGeneration_*` build `PreTokenGenerationV2TriggerEvent`.
    """
    if version is None:
        version = "3" if trigger_source == _M2M else "1"
    cls = _class_for(trigger_source, version, request)
    user = _User(user_name, user_attributes, client_metadata)
    event = _build(
        cls,
        trigger_source,
        version,
        user,
        request,
        region=region,
        user_pool_id=user_pool_id,
        client_id=client_id,
    )
    return cast("CognitoTriggerEvent", event)


def cognito_pre_sign_up_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    trigger_source: str = "PreSignUp_SignUp",
    user_name: str = "jane.doe",
    validation_data: Mapping[str, str] | None = None,
    client_metadata: Mapping[str, str] | None = None,
) -> PreSignUpTriggerEvent:
    """A `PreSignUpTriggerEvent` (`PreSignUp_SignUp`, `_AdminCreateUser`, `_ExternalProvider`)."""
    from .. import PreSignUpTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    fields = {"validation_data": validation_data}
    return _trigger(PreSignUpTriggerEvent, trigger_source, user, fields)


def cognito_post_confirmation_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    trigger_source: str = "PostConfirmation_ConfirmSignUp",
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> PostConfirmationTriggerEvent:
    """A `PostConfirmationTriggerEvent` (`response` is `{}`)."""
    from .. import PostConfirmationTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    return _trigger(PostConfirmationTriggerEvent, trigger_source, user)


def cognito_pre_authentication_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    user_name: str = "jane.doe",
    validation_data: Mapping[str, str] | None = None,
    user_not_found: bool | None = None,
    client_metadata: Mapping[str, str] | None = None,
) -> PreAuthenticationTriggerEvent:
    """A `PreAuthenticationTriggerEvent` (`PreAuthentication_Authentication`)."""
    from .. import PreAuthenticationTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    fields = {"validation_data": validation_data, "user_not_found": user_not_found}
    source = "PreAuthentication_Authentication"
    return _trigger(PreAuthenticationTriggerEvent, source, user, fields)


def cognito_post_authentication_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    new_device_used: bool = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> PostAuthenticationTriggerEvent:
    """A `PostAuthenticationTriggerEvent` (`PostAuthentication_Authentication`)."""
    from .. import PostAuthenticationTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    source = "PostAuthentication_Authentication"
    return _trigger(
        PostAuthenticationTriggerEvent, source, user, {"new_device_used": new_device_used}
    )


@overload
def cognito_pre_token_generation_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    version: Literal["1"] = "1",
    trigger_source: str = "TokenGeneration_HostedAuth",
    groups: Iterable[str] = (),
    iam_roles: Iterable[str] = (),
    scopes: None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> PreTokenGenerationTriggerEvent: ...
@overload
def cognito_pre_token_generation_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    version: Literal["2", "3"],
    trigger_source: str = "TokenGeneration_HostedAuth",
    groups: Iterable[str] = (),
    iam_roles: Iterable[str] = (),
    scopes: Iterable[str] | None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> PreTokenGenerationV2TriggerEvent: ...
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
) -> PreTokenGenerationTriggerEvent | PreTokenGenerationV2TriggerEvent:
    """A pre token generation event: `PreTokenGenerationTriggerEvent` for version 1,
    `PreTokenGenerationV2TriggerEvent` (with `scopes`) for versions 2 and 3.
    """
    from .. import PreTokenGenerationTriggerEvent, PreTokenGenerationV2TriggerEvent

    if version == "1" and scopes is not None:
        raise ValueError("scopes come with event versions 2 and 3 only")
    user = _User(user_name, user_attributes, client_metadata)
    fields: dict[str, Any] = {"group_configuration": _groups(groups, iam_roles)}
    if version == "1":
        return _trigger(PreTokenGenerationTriggerEvent, trigger_source, user, fields, version)
    if scopes is not None:
        fields["scopes"] = tuple(scopes)
    return _trigger(PreTokenGenerationV2TriggerEvent, trigger_source, user, fields, version)


def cognito_custom_message_event(
    trigger_source: str = "CustomMessage_SignUp",
    *,
    user_attributes: Mapping[str, Any] | None = None,
    code_parameter: str = "{####}",
    link_parameter: str | None = "{##Click Here##}",
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> CustomMessageTriggerEvent:
    """A `CustomMessageTriggerEvent` with the code and link placeholders Cognito sends."""
    from .. import CustomMessageTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    fields = {"code_parameter": code_parameter, "link_parameter": link_parameter}
    return _trigger(CustomMessageTriggerEvent, trigger_source, user, fields)


def cognito_user_migration_event(
    password: str | None = "correct horse battery staple",  # noqa: S107 - a sample
    *,
    trigger_source: str = "UserMigration_Authentication",
    user_name: str = "legacy.user@example.com",
    validation_data: Mapping[str, str] | None = None,
    client_metadata: Mapping[str, str] | None = None,
) -> UserMigrationTriggerEvent:
    """A `UserMigrationTriggerEvent`; `UserMigration_ForgotPassword` carries no password."""
    from .. import UserMigrationTriggerEvent

    if trigger_source == "UserMigration_ForgotPassword":
        password = None
    user = _User(user_name, None, client_metadata)
    fields = {"password": password, "validation_data": validation_data}
    return _trigger(UserMigrationTriggerEvent, trigger_source, user, fields)


def cognito_define_auth_challenge_event(
    session: Iterable[tuple[str, bool]] = _SRP_SESSION,
    *,
    user_attributes: Mapping[str, Any] | None = None,
    user_not_found: bool | None = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> DefineAuthChallengeTriggerEvent:
    """A `DefineAuthChallengeTriggerEvent`; `session` lists `(challenge name, result)`."""
    from .. import DefineAuthChallengeTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    fields = {"session": _session(session), "user_not_found": user_not_found}
    source = "DefineAuthChallenge_Authentication"
    return _trigger(DefineAuthChallengeTriggerEvent, source, user, fields)


def cognito_create_auth_challenge_event(
    challenge_name: str = "CUSTOM_CHALLENGE",
    *,
    session: Iterable[tuple[str, bool]] = _SRP_SESSION,
    user_attributes: Mapping[str, Any] | None = None,
    user_not_found: bool | None = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> CreateAuthChallengeTriggerEvent:
    """A `CreateAuthChallengeTriggerEvent` asking for `challenge_name`."""
    from .. import CreateAuthChallengeTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    fields = {
        "challenge_name": challenge_name,
        "session": _session(session),
        "user_not_found": user_not_found,
    }
    source = "CreateAuthChallenge_Authentication"
    return _trigger(CreateAuthChallengeTriggerEvent, source, user, fields)


def cognito_verify_auth_challenge_event(
    challenge_answer: str = "42",
    *,
    expected_answer: str | None = None,
    private_challenge_parameters: Mapping[str, str] | None = None,
    user_attributes: Mapping[str, Any] | None = None,
    user_not_found: bool | None = False,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> VerifyAuthChallengeResponseTriggerEvent:
    """A `VerifyAuthChallengeResponseTriggerEvent`: the user's `challenge_answer` and the
    private parameters (`{"answer": expected_answer}`, the answer itself by default).
    """
    from .. import VerifyAuthChallengeResponseTriggerEvent as Verify

    expected = challenge_answer if expected_answer is None else expected_answer
    private = (
        dict(private_challenge_parameters)
        if private_challenge_parameters is not None
        else {"answer": expected}
    )
    user = _User(user_name, user_attributes, client_metadata)
    fields = {
        "challenge_answer": challenge_answer,
        "private_challenge_parameters": private,
        "user_not_found": user_not_found,
    }
    source = "VerifyAuthChallengeResponse_Authentication"
    return _trigger(Verify, source, user, fields)


def _code(code: str | None) -> dict[str, str]:
    """A custom sender's `code` when given (else a fresh ciphertext)."""
    return {} if code is None else {"code": code}


def cognito_custom_email_sender_event(
    trigger_source: str = "CustomEmailSender_SignUp",
    *,
    code: str | None = None,
    user_attributes: Mapping[str, Any] | None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> CustomEmailSenderTriggerEvent:
    """A `CustomEmailSenderTriggerEvent`; `code` is the KMS-encrypted code (random bytes)."""
    from .. import CustomEmailSenderTriggerEvent

    user = _User(user_name, user_attributes, client_metadata)
    return _trigger(CustomEmailSenderTriggerEvent, trigger_source, user, _code(code))


def cognito_custom_sms_sender_event(
    trigger_source: str = "CustomSMSSender_SignUp",
    *,
    code: str | None = None,
    phone_number: str = "+15555550100",
    user_attributes: Mapping[str, Any] | None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> CustomSMSSenderTriggerEvent:
    """A `CustomSMSSenderTriggerEvent` for a user with `phone_number`."""
    from .. import CustomSMSSenderTriggerEvent

    attributes = (
        dict(user_attributes)
        if user_attributes is not None
        else {
            "sub": str(uuid.uuid4()),
            "phone_number": phone_number,
            "phone_number_verified": "false",
        }
    )
    user = _User(user_name, attributes, client_metadata)
    return _trigger(CustomSMSSenderTriggerEvent, trigger_source, user, _code(code))


def cognito_pre_token_generation_v2_event(
    user_attributes: Mapping[str, Any] | None = None,
    *,
    version: Literal["2", "3"] = "2",
    trigger_source: str = "TokenGeneration_HostedAuth",
    groups: Iterable[str] = (),
    iam_roles: Iterable[str] = (),
    scopes: Iterable[str] | None = None,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> PreTokenGenerationV2TriggerEvent:
    """A `PreTokenGenerationV2TriggerEvent` (event version 2, or 3 for machine-to-machine)."""
    return cognito_pre_token_generation_event(
        user_attributes,
        version=version,
        trigger_source=trigger_source,
        groups=groups,
        iam_roles=iam_roles,
        scopes=scopes,
        user_name=user_name,
        client_metadata=client_metadata,
    )


def cognito_inbound_federation_event(
    *,
    user_name: str = "jane.doe",
    client_metadata: Mapping[str, str] | None = None,
) -> InboundFederationTriggerEvent:
    """An `InboundFederationTriggerEvent` (`InboundFederation_ExternalProvider`): an OIDC
    provider's token response, ID token and user info for the federated user."""
    from .. import InboundFederationTriggerEvent

    user = _User(user_name, None, client_metadata)
    source = "InboundFederation_ExternalProvider"
    return _trigger(InboundFederationTriggerEvent, source, user)
