"""Amazon Cognito user pool Lambda triggers: the event and its typed `response` part.

Cognito sends the whole event and expects the whole event back with `response` filled in.
Events are frozen: a handler answers with `attrs.evolve(event, response=...)` and returns
`converter.unstructure(answer)`; every key Cognito sent (modelled or not) travels back.

`CognitoTriggerEvent` is the union of every trigger class; `structure_cognito_trigger(raw)`
picks the class from `triggerSource` (and, for `TokenGeneration_*`, the payload version).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Union

from ._cognito_triggers import trigger_class_name
from ._model import Model, field, model
from .codecs import DispatchBy
from .enums import StrEnum
from .errors import ResponseError, StructureError, quoted

if TYPE_CHECKING:
    from typing import TypeAlias

    from ._converter import LambdaEventsConverter

__all__ = [
    "BaseTriggerEvent",
    "CallerContext",
    "ChallengeResult",
    "ClaimsAndScopeOverrideDetails",
    "ClaimsOverrideDetails",
    "CognitoTriggerEvent",
    "CognitoTriggerSource",
    "CreateAuthChallengeTriggerEvent",
    "CreateAuthChallengeTriggerEventRequest",
    "CreateAuthChallengeTriggerEventResponse",
    "CustomEmailSenderTriggerEvent",
    "CustomEmailSenderTriggerEventRequest",
    "CustomMessageTriggerEvent",
    "CustomMessageTriggerEventRequest",
    "CustomMessageTriggerEventResponse",
    "CustomSMSSenderTriggerEvent",
    "CustomSMSSenderTriggerEventRequest",
    "DefineAuthChallengeTriggerEvent",
    "DefineAuthChallengeTriggerEventRequest",
    "DefineAuthChallengeTriggerEventResponse",
    "GroupOverrideDetails",
    "InboundFederationTriggerEvent",
    "InboundFederationTriggerEventAttributes",
    "InboundFederationTriggerEventRequest",
    "InboundFederationTriggerEventResponse",
    "PostAuthenticationTriggerEvent",
    "PostAuthenticationTriggerEventRequest",
    "PostConfirmationTriggerEvent",
    "PostConfirmationTriggerEventRequest",
    "PreAuthenticationTriggerEvent",
    "PreAuthenticationTriggerEventRequest",
    "PreSignUpTriggerEvent",
    "PreSignUpTriggerEventRequest",
    "PreSignUpTriggerEventResponse",
    "PreTokenGenerationTriggerEvent",
    "PreTokenGenerationTriggerEventRequest",
    "PreTokenGenerationTriggerEventResponse",
    "PreTokenGenerationTriggerV2EventRequest",
    "PreTokenGenerationTriggerV2EventResponse",
    "PreTokenGenerationV2TriggerEvent",
    "TokenClaimsAndScopeOverrideDetails",
    "UserMigrationTriggerEvent",
    "UserMigrationTriggerEventRequest",
    "UserMigrationTriggerEventResponse",
    "VerifyAuthChallengeResponseTriggerEvent",
    "VerifyAuthChallengeResponseTriggerEventRequest",
    "VerifyAuthChallengeResponseTriggerEventResponse",
    "cognito_trigger_class",
    "structure_cognito_trigger",
]


class CognitoTriggerSource(StrEnum):
    """Every `triggerSource` Cognito documents; a new one stays a plain string."""

    PRE_SIGN_UP_SIGN_UP = "PreSignUp_SignUp"
    PRE_SIGN_UP_ADMIN_CREATE_USER = "PreSignUp_AdminCreateUser"
    PRE_SIGN_UP_EXTERNAL_PROVIDER = "PreSignUp_ExternalProvider"
    POST_CONFIRMATION_CONFIRM_SIGN_UP = "PostConfirmation_ConfirmSignUp"
    POST_CONFIRMATION_CONFIRM_FORGOT_PASSWORD = "PostConfirmation_ConfirmForgotPassword"  # noqa: S105
    PRE_AUTHENTICATION_AUTHENTICATION = "PreAuthentication_Authentication"
    POST_AUTHENTICATION_AUTHENTICATION = "PostAuthentication_Authentication"
    CUSTOM_MESSAGE_SIGN_UP = "CustomMessage_SignUp"
    CUSTOM_MESSAGE_ADMIN_CREATE_USER = "CustomMessage_AdminCreateUser"
    CUSTOM_MESSAGE_RESEND_CODE = "CustomMessage_ResendCode"
    CUSTOM_MESSAGE_FORGOT_PASSWORD = "CustomMessage_ForgotPassword"  # noqa: S105
    CUSTOM_MESSAGE_UPDATE_USER_ATTRIBUTE = "CustomMessage_UpdateUserAttribute"
    CUSTOM_MESSAGE_VERIFY_USER_ATTRIBUTE = "CustomMessage_VerifyUserAttribute"
    CUSTOM_MESSAGE_AUTHENTICATION = "CustomMessage_Authentication"
    TOKEN_GENERATION_HOSTED_AUTH = "TokenGeneration_HostedAuth"  # noqa: S105
    TOKEN_GENERATION_AUTHENTICATION = "TokenGeneration_Authentication"  # noqa: S105
    TOKEN_GENERATION_NEW_PASSWORD_CHALLENGE = "TokenGeneration_NewPasswordChallenge"  # noqa: S105
    TOKEN_GENERATION_AUTHENTICATE_DEVICE = "TokenGeneration_AuthenticateDevice"  # noqa: S105
    TOKEN_GENERATION_REFRESH_TOKENS = "TokenGeneration_RefreshTokens"  # noqa: S105
    TOKEN_GENERATION_CLIENT_CREDENTIALS = "TokenGeneration_ClientCredentials"  # noqa: S105
    USER_MIGRATION_AUTHENTICATION = "UserMigration_Authentication"
    USER_MIGRATION_FORGOT_PASSWORD = "UserMigration_ForgotPassword"  # noqa: S105
    DEFINE_AUTH_CHALLENGE_AUTHENTICATION = "DefineAuthChallenge_Authentication"
    CREATE_AUTH_CHALLENGE_AUTHENTICATION = "CreateAuthChallenge_Authentication"
    VERIFY_AUTH_CHALLENGE_RESPONSE_AUTHENTICATION = "VerifyAuthChallengeResponse_Authentication"
    CUSTOM_EMAIL_SENDER_SIGN_UP = "CustomEmailSender_SignUp"
    CUSTOM_EMAIL_SENDER_RESEND_CODE = "CustomEmailSender_ResendCode"
    CUSTOM_EMAIL_SENDER_FORGOT_PASSWORD = "CustomEmailSender_ForgotPassword"  # noqa: S105
    CUSTOM_EMAIL_SENDER_UPDATE_USER_ATTRIBUTE = "CustomEmailSender_UpdateUserAttribute"
    CUSTOM_EMAIL_SENDER_VERIFY_USER_ATTRIBUTE = "CustomEmailSender_VerifyUserAttribute"
    CUSTOM_EMAIL_SENDER_ADMIN_CREATE_USER = "CustomEmailSender_AdminCreateUser"
    CUSTOM_EMAIL_SENDER_ACCOUNT_TAKE_OVER_NOTIFICATION = (
        "CustomEmailSender_AccountTakeOverNotification"
    )
    CUSTOM_EMAIL_SENDER_AUTHENTICATION = "CustomEmailSender_Authentication"
    CUSTOM_SMS_SENDER_SIGN_UP = "CustomSMSSender_SignUp"
    CUSTOM_SMS_SENDER_RESEND_CODE = "CustomSMSSender_ResendCode"
    CUSTOM_SMS_SENDER_FORGOT_PASSWORD = "CustomSMSSender_ForgotPassword"  # noqa: S105
    CUSTOM_SMS_SENDER_UPDATE_USER_ATTRIBUTE = "CustomSMSSender_UpdateUserAttribute"
    CUSTOM_SMS_SENDER_VERIFY_USER_ATTRIBUTE = "CustomSMSSender_VerifyUserAttribute"
    CUSTOM_SMS_SENDER_ADMIN_CREATE_USER = "CustomSMSSender_AdminCreateUser"
    CUSTOM_SMS_SENDER_AUTHENTICATION = "CustomSMSSender_Authentication"
    INBOUND_FEDERATION_EXTERNAL_PROVIDER = "InboundFederation_ExternalProvider"


# ------------------------------------------------------------------------ shared parts


@model
class CallerContext(Model):
    """Who called Cognito: the SDK version (spelled `awsSdk` in some events) and app client."""

    client_id: str | None = None
    aws_sdk_version: str | None = field(wire="awsSdkVersion", alt=("awsSdk",), default=None)


@model
class BaseTriggerEvent(Model):
    """The fields every Cognito user pool trigger event carries."""

    version: str
    region: str
    user_pool_id: str
    trigger_source: CognitoTriggerSource | str
    user_name: str
    caller_context: CallerContext


# `userAttributes` values are strings from Cognito, but captured events also carry booleans
# (`"email_verified": true`), so the values are kept as they came.
_UserAttributes = Mapping[str, Any]


# ------------------------------------------------------------------------- pre sign-up


@model
class PreSignUpTriggerEventRequest(Model):
    """Pre sign-up request: the new user's attributes and validation data."""

    user_attributes: _UserAttributes
    validation_data: Mapping[str, str] | None = field(default=None, secret=True)
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PreSignUpTriggerEventResponse(Model):
    """Pre sign-up answer: confirm the user and verify the email or phone automatically."""

    auto_confirm_user: bool | None = None
    auto_verify_email: bool | None = None
    auto_verify_phone: bool | None = None


@model
class PreSignUpTriggerEvent(BaseTriggerEvent):
    """Cognito pre sign-up trigger (`PreSignUp_*`)."""

    request: PreSignUpTriggerEventRequest
    response: PreSignUpTriggerEventResponse = field(default=PreSignUpTriggerEventResponse())


# ---------------------------------------------------------------- post confirmation


@model
class PostConfirmationTriggerEventRequest(Model):
    """Post confirmation request: the confirmed user's attributes."""

    user_attributes: _UserAttributes
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PostConfirmationTriggerEvent(BaseTriggerEvent):
    """Cognito post confirmation trigger (`PostConfirmation_*`); `response` is always `{}`."""

    request: PostConfirmationTriggerEventRequest
    response: Mapping[str, Any] | None = None


# ------------------------------------------------------------------- user migration

_FINAL_USER_STATUSES = frozenset({"CONFIRMED", "RESET_REQUIRED"})
_MESSAGE_ACTIONS = frozenset({"SUPPRESS", "RESEND"})
_DELIVERY_MEDIUMS = frozenset({"SMS", "EMAIL"})


@model
class UserMigrationTriggerEventRequest(Model):
    """User migration request: the password (sign-in only; redacted in repr)."""

    password: str | None = field(default=None, secret=True)
    validation_data: Mapping[str, str] | None = field(default=None, secret=True)
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class UserMigrationTriggerEventResponse(Model):
    """User migration answer: the migrated user's attributes and how to finish.

    `final_user_status` is `CONFIRMED` or `RESET_REQUIRED`, `message_action` is `SUPPRESS`
    or `RESEND`, and `desired_delivery_mediums` holds `SMS` and/or `EMAIL`; any other value
    raises `ResponseError`.
    """

    user_attributes: Mapping[str, str] | None = None
    final_user_status: str | None = None
    message_action: str | None = None
    desired_delivery_mediums: Sequence[str] | None = None
    force_alias_creation: bool | None = None
    enable_sms_mfa: bool | None = field(wire="enableSMSMFA", default=None)

    def __attrs_post_init__(self) -> None:
        if self.final_user_status is not None and self.final_user_status not in (
            _FINAL_USER_STATUSES
        ):
            raise ResponseError(
                f"finalUserStatus must be CONFIRMED or RESET_REQUIRED, "
                f"not {self.final_user_status!r}"
            )
        if self.message_action is not None and self.message_action not in _MESSAGE_ACTIONS:
            raise ResponseError(
                f"messageAction must be SUPPRESS or RESEND, not {self.message_action!r}"
            )
        for medium in self.desired_delivery_mediums or ():
            if medium not in _DELIVERY_MEDIUMS:
                raise ResponseError(
                    f"desiredDeliveryMediums accepts SMS and EMAIL, not {quoted(medium)}"
                )


@model
class UserMigrationTriggerEvent(BaseTriggerEvent):
    """Cognito user migration trigger (`UserMigration_*`)."""

    request: UserMigrationTriggerEventRequest
    response: UserMigrationTriggerEventResponse = field(default=UserMigrationTriggerEventResponse())


# ------------------------------------------------------------------- custom message


@model
class CustomMessageTriggerEventRequest(Model):
    """Custom message request: the placeholders the message must contain."""

    code_parameter: str
    user_attributes: _UserAttributes
    link_parameter: str | None = None
    username_parameter: str | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class CustomMessageTriggerEventResponse(Model):
    """Custom message answer: the SMS text and email subject and body to send."""

    sms_message: str | None = None
    email_message: str | None = None
    email_subject: str | None = None


@model
class CustomMessageTriggerEvent(BaseTriggerEvent):
    """Cognito custom message trigger (`CustomMessage_*`)."""

    request: CustomMessageTriggerEventRequest
    response: CustomMessageTriggerEventResponse = field(default=CustomMessageTriggerEventResponse())


# ------------------------------------------------------------- pre/post authentication


@model
class PreAuthenticationTriggerEventRequest(Model):
    """Pre authentication request: the user's attributes and validation data."""

    user_attributes: _UserAttributes
    user_not_found: bool | None = None
    validation_data: Mapping[str, str] | None = field(default=None, secret=True)
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PreAuthenticationTriggerEvent(BaseTriggerEvent):
    """Cognito pre authentication trigger; `response` is always `{}`."""

    request: PreAuthenticationTriggerEventRequest
    response: Mapping[str, Any] | None = None


@model
class PostAuthenticationTriggerEventRequest(Model):
    """Post authentication request: the user's attributes and whether the device is new."""

    new_device_used: bool
    user_attributes: _UserAttributes
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PostAuthenticationTriggerEvent(BaseTriggerEvent):
    """Cognito post authentication trigger; `response` is always `{}`."""

    request: PostAuthenticationTriggerEventRequest
    response: Mapping[str, Any] | None = None


# ------------------------------------------------------------ pre token generation


@model
class GroupOverrideDetails(Model):
    """The user's groups and IAM roles (in the request), or their overrides (in the answer)."""

    groups_to_override: Sequence[str] | None = None
    iam_roles_to_override: Sequence[str] | None = None
    preferred_role: str | None = None


@model
class PreTokenGenerationTriggerEventRequest(Model):
    """Pre token generation request (V1): the user's attributes and groups."""

    group_configuration: GroupOverrideDetails | None = None
    user_attributes: _UserAttributes | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PreTokenGenerationTriggerV2EventRequest(PreTokenGenerationTriggerEventRequest):
    """Pre token generation request (V2/V3): adds the requested OAuth scopes."""

    scopes: tuple[str, ...] | None = None


@model
class ClaimsOverrideDetails(Model):
    """V1 answer: ID token claims to add or suppress, and group overrides."""

    claims_to_add_or_override: Mapping[str, Any] | None = None
    claims_to_suppress: Sequence[str] | None = None
    group_configuration: GroupOverrideDetails | None = field(
        wire="groupOverrideDetails", default=None
    )


@model
class PreTokenGenerationTriggerEventResponse(Model):
    """Pre token generation answer (V1)."""

    claims_override_details: ClaimsOverrideDetails | None = None


@model
class TokenClaimsAndScopeOverrideDetails(Model):
    """V2/V3 changes to one token: claims to add or suppress, scopes to add or suppress."""

    claims_to_add_or_override: Mapping[str, Any] | None = None
    claims_to_suppress: Sequence[str] | None = None
    scopes_to_add: Sequence[str] | None = None
    scopes_to_suppress: Sequence[str] | None = None


@model
class ClaimsAndScopeOverrideDetails(Model):
    """V2/V3 answer: ID token and access token changes, and group overrides.

    Scopes live in the access token only: scopes on `id_token_generation` raise
    `ResponseError`.
    """

    id_token_generation: TokenClaimsAndScopeOverrideDetails | None = None
    access_token_generation: TokenClaimsAndScopeOverrideDetails | None = None
    group_configuration: GroupOverrideDetails | None = field(
        wire="groupOverrideDetails", default=None
    )

    def __attrs_post_init__(self) -> None:
        token = self.id_token_generation
        if token is not None and (token.scopes_to_add or token.scopes_to_suppress):
            raise ResponseError("idTokenGeneration cannot add or suppress scopes")


@model
class PreTokenGenerationTriggerV2EventResponse(Model):
    """Pre token generation answer (V2/V3)."""

    claims_scope_override_details: ClaimsAndScopeOverrideDetails | None = field(
        wire="claimsAndScopeOverrideDetails", default=None
    )


@model
class PreTokenGenerationTriggerEvent(BaseTriggerEvent):
    """Cognito pre token generation trigger, event version 1 (`TokenGeneration_*`)."""

    request: PreTokenGenerationTriggerEventRequest
    response: PreTokenGenerationTriggerEventResponse = field(
        default=PreTokenGenerationTriggerEventResponse()
    )


@model
class PreTokenGenerationV2TriggerEvent(BaseTriggerEvent):
    """Cognito pre token generation trigger, event versions 2 and 3 (access token, M2M)."""

    request: PreTokenGenerationTriggerV2EventRequest
    response: PreTokenGenerationTriggerV2EventResponse = field(
        default=PreTokenGenerationTriggerV2EventResponse()
    )


# ------------------------------------------------------------- custom auth challenges


@model
class ChallengeResult(Model):
    """One challenge already answered in this authentication session."""

    challenge_name: str
    challenge_result: bool
    challenge_metadata: str | None = None


@model
class DefineAuthChallengeTriggerEventRequest(Model):
    """Define auth challenge request: the session so far."""

    user_attributes: _UserAttributes
    session: tuple[ChallengeResult, ...]
    user_not_found: bool | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class DefineAuthChallengeTriggerEventResponse(Model):
    """Define auth challenge answer: the next challenge, or issue tokens, or fail."""

    challenge_name: str | None = None
    issue_tokens: bool | None = None
    fail_authentication: bool | None = None


@model
class DefineAuthChallengeTriggerEvent(BaseTriggerEvent):
    """Cognito define auth challenge trigger."""

    request: DefineAuthChallengeTriggerEventRequest
    response: DefineAuthChallengeTriggerEventResponse = field(
        default=DefineAuthChallengeTriggerEventResponse()
    )


@model
class CreateAuthChallengeTriggerEventRequest(Model):
    """Create auth challenge request: which challenge to create, and the session so far."""

    user_attributes: _UserAttributes
    challenge_name: str
    session: tuple[ChallengeResult, ...]
    user_not_found: bool | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class CreateAuthChallengeTriggerEventResponse(Model):
    """Create auth challenge answer: public and private (redacted) challenge parameters."""

    public_challenge_parameters: Mapping[str, str] | None = None
    private_challenge_parameters: Mapping[str, str] | None = field(default=None, secret=True)
    challenge_metadata: str | None = None


@model
class CreateAuthChallengeTriggerEvent(BaseTriggerEvent):
    """Cognito create auth challenge trigger."""

    request: CreateAuthChallengeTriggerEventRequest
    response: CreateAuthChallengeTriggerEventResponse = field(
        default=CreateAuthChallengeTriggerEventResponse()
    )


@model
class VerifyAuthChallengeResponseTriggerEventRequest(Model):
    """Verify auth challenge request: the expected (private) and given answers, redacted."""

    user_attributes: _UserAttributes
    private_challenge_parameters: Mapping[str, str] = field(secret=True)
    challenge_answer: str = field(secret=True)
    user_not_found: bool | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class VerifyAuthChallengeResponseTriggerEventResponse(Model):
    """Verify auth challenge answer: whether the answer is correct."""

    answer_correct: bool | None = None


@model
class VerifyAuthChallengeResponseTriggerEvent(BaseTriggerEvent):
    """Cognito verify auth challenge response trigger."""

    request: VerifyAuthChallengeResponseTriggerEventRequest
    response: VerifyAuthChallengeResponseTriggerEventResponse = field(
        default=VerifyAuthChallengeResponseTriggerEventResponse()
    )


# --------------------------------------------------------------------- custom senders


@model
class CustomEmailSenderTriggerEventRequest(Model):
    """Custom email sender request: the KMS-encrypted code (redacted in repr)."""

    type: str
    user_attributes: _UserAttributes
    code: str | None = field(default=None, secret=True)
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class CustomEmailSenderTriggerEvent(BaseTriggerEvent):
    """Cognito custom email sender trigger (`CustomEmailSender_*`); it has no response."""

    request: CustomEmailSenderTriggerEventRequest


@model
class CustomSMSSenderTriggerEventRequest(Model):
    """Custom SMS sender request: the KMS-encrypted code (redacted in repr)."""

    type: str
    code: str | None = field(default=None, secret=True)
    user_attributes: _UserAttributes | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class CustomSMSSenderTriggerEvent(BaseTriggerEvent):
    """Cognito custom SMS sender trigger (`CustomSMSSender_*`); it has no response."""

    request: CustomSMSSenderTriggerEventRequest


# ----------------------------------------------------------------- inbound federation


@model
class InboundFederationTriggerEventAttributes(Model):
    """What the identity provider sent: OIDC token response, ID token claims and user info,
    or the SAML response's attributes. The OIDC token response is redacted in repr.
    """

    token_response: Mapping[str, Any] | None = field(default=None, secret=True)
    id_token: Mapping[str, Any] | None = None
    user_info: Mapping[str, Any] | None = None
    saml_response: Mapping[str, Any] | None = None


@model
class InboundFederationTriggerEventRequest(Model):
    """Inbound federation request: the provider (`OIDC` or `SAML`) and its attributes."""

    provider_name: str
    provider_type: str
    attributes: InboundFederationTriggerEventAttributes


@model
class InboundFederationTriggerEventResponse(Model):
    """Inbound federation answer: the user pool attributes to map for the user."""

    user_attributes_to_map: Mapping[str, str] | None = None


@model
class InboundFederationTriggerEvent(BaseTriggerEvent):
    """Cognito inbound federation trigger (`InboundFederation_ExternalProvider`)."""

    request: InboundFederationTriggerEventRequest
    response: InboundFederationTriggerEventResponse = field(
        default=InboundFederationTriggerEventResponse()
    )


# -------------------------------------------------------------------------- dispatch

CognitoTriggerEvent: TypeAlias = Annotated[
    Union[  # noqa: UP007 - a runtime alias on Python 3.10
        PreSignUpTriggerEvent,
        PostConfirmationTriggerEvent,
        UserMigrationTriggerEvent,
        CustomMessageTriggerEvent,
        PreAuthenticationTriggerEvent,
        PostAuthenticationTriggerEvent,
        PreTokenGenerationTriggerEvent,
        PreTokenGenerationV2TriggerEvent,
        DefineAuthChallengeTriggerEvent,
        CreateAuthChallengeTriggerEvent,
        VerifyAuthChallengeResponseTriggerEvent,
        CustomEmailSenderTriggerEvent,
        CustomSMSSenderTriggerEvent,
        InboundFederationTriggerEvent,
    ],
    DispatchBy(lambda raw: cognito_trigger_class(raw)),
]
"""Any Cognito user pool trigger event; structure it with `structure_cognito_trigger`."""


def cognito_trigger_class(raw: Any) -> type[BaseTriggerEvent]:
    """The trigger class for a raw Cognito event, chosen by its `triggerSource`.

    The part before `_` names the trigger, so a new suffix (`CustomMessage_Foo`) still
    works; `TokenGeneration_*` is V2 when `version` is 2 or 3, or when the payload carries
    V2 keys (`request.scopes`, `response.claimsAndScopeOverrideDetails`). An unknown
    trigger raises `StructureError` naming the value.
    """
    if not isinstance(raw, Mapping):
        kind = "null" if raw is None else type(raw).__name__
        raise StructureError.at((), f"expected an object, got {kind}")
    if "triggerSource" not in raw:
        raise StructureError.at(("triggerSource",), "missing required key")
    source = raw["triggerSource"]
    if not isinstance(source, str):
        kind = "null" if source is None else type(source).__name__
        raise StructureError.at(("triggerSource",), f"expected a string, got {kind}")
    name = trigger_class_name(source, raw)
    if name is None:
        raise StructureError.at(("triggerSource",), f"unknown Cognito trigger source {source!r}")
    return globals()[name]  # type: ignore[no-any-return]


def structure_cognito_trigger(
    raw: Any, converter: LambdaEventsConverter | None = None
) -> CognitoTriggerEvent:
    """Structure any Cognito trigger event into its class (see `cognito_trigger_class`).

    `converter.structure(raw, CognitoTriggerEvent)` does the same.
    """
    from ._payload import shared_converter

    cls = cognito_trigger_class(raw)
    conv = converter if converter is not None else shared_converter()
    return conv.structure(raw, cls)  # type: ignore[return-value]
