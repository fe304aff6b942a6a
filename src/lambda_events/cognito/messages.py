"""Cognito custom message trigger: the SMS and email texts Cognito sends."""

from __future__ import annotations

from collections.abc import Mapping

from .._model import Model, field, model
from ._common import BaseTriggerEvent, UserAttributes

__all__ = [
    "CustomMessageTriggerEvent",
    "CustomMessageTriggerEventRequest",
    "CustomMessageTriggerEventResponse",
]


@model
class CustomMessageTriggerEventRequest(Model):
    """Custom message request: the placeholders the message must contain."""

    code_parameter: str
    user_attributes: UserAttributes
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
