"""Cognito custom email and SMS sender triggers (KMS-encrypted codes, no response)."""

from __future__ import annotations

from collections.abc import Mapping

from .._model import Model, field, model
from ._common import BaseTriggerEvent, UserAttributes

__all__ = [
    "CustomEmailSenderTriggerEvent",
    "CustomEmailSenderTriggerEventRequest",
    "CustomSMSSenderTriggerEvent",
    "CustomSMSSenderTriggerEventRequest",
]


@model
class CustomEmailSenderTriggerEventRequest(Model):
    """Custom email sender request: the KMS-encrypted code (redacted in repr)."""

    type: str
    user_attributes: UserAttributes
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
    user_attributes: UserAttributes | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class CustomSMSSenderTriggerEvent(BaseTriggerEvent):
    """Cognito custom SMS sender trigger (`CustomSMSSender_*`); it has no response."""

    request: CustomSMSSenderTriggerEventRequest
