"""Cognito pre sign-up and post confirmation triggers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._model import Model, field, model
from ._common import BaseTriggerEvent, UserAttributes

__all__ = [
    "PostConfirmationTriggerEvent",
    "PostConfirmationTriggerEventRequest",
    "PreSignUpTriggerEvent",
    "PreSignUpTriggerEventRequest",
    "PreSignUpTriggerEventResponse",
]


@model
class PreSignUpTriggerEventRequest(Model):
    """Pre sign-up request: the new user's attributes and validation data."""

    user_attributes: UserAttributes
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


@model
class PostConfirmationTriggerEventRequest(Model):
    """Post confirmation request: the confirmed user's attributes."""

    user_attributes: UserAttributes
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PostConfirmationTriggerEvent(BaseTriggerEvent):
    """Cognito post confirmation trigger (`PostConfirmation_*`); `response` is always `{}`."""

    request: PostConfirmationTriggerEventRequest
    response: Mapping[str, Any] | None = None
