"""What every Cognito user pool trigger event carries: the trigger source, the caller."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._model import Model, field, model
from ..enums import StrEnum

__all__ = [
    "BaseTriggerEvent",
    "CallerContext",
    "CognitoTriggerSource",
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
UserAttributes = Mapping[str, Any]
