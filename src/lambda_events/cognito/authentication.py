"""Cognito pre and post authentication triggers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._model import Model, field, model
from ._common import BaseTriggerEvent, UserAttributes

__all__ = [
    "PostAuthenticationTriggerEvent",
    "PostAuthenticationTriggerEventRequest",
    "PreAuthenticationTriggerEvent",
    "PreAuthenticationTriggerEventRequest",
]


@model
class PreAuthenticationTriggerEventRequest(Model):
    """Pre authentication request: the user's attributes and validation data."""

    user_attributes: UserAttributes
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
    user_attributes: UserAttributes
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PostAuthenticationTriggerEvent(BaseTriggerEvent):
    """Cognito post authentication trigger; `response` is always `{}`."""

    request: PostAuthenticationTriggerEventRequest
    response: Mapping[str, Any] | None = None
