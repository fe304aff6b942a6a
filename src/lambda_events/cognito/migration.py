"""Cognito user migration trigger: sign a user in from a legacy directory."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._model import Model, field, model
from ..errors import ResponseError, quoted
from ._common import BaseTriggerEvent

__all__ = [
    "UserMigrationTriggerEvent",
    "UserMigrationTriggerEventRequest",
    "UserMigrationTriggerEventResponse",
]


_FINAL_USER_STATUSES = frozenset({"CONFIRMED", "RESET_REQUIRED"})
_MESSAGE_ACTIONS = frozenset({"SUPPRESS", "RESEND"})
_DELIVERY_MEDIUMS = frozenset({"SMS", "EMAIL"})


def _check_final_user_status(_instance: object, _attribute: object, status: str | None) -> None:
    if status is not None and status not in _FINAL_USER_STATUSES:
        raise ResponseError(f"finalUserStatus must be CONFIRMED or RESET_REQUIRED, not {status!r}")


def _check_message_action(_instance: object, _attribute: object, action: str | None) -> None:
    if action is not None and action not in _MESSAGE_ACTIONS:
        raise ResponseError(f"messageAction must be SUPPRESS or RESEND, not {action!r}")


def _check_delivery_mediums(
    _instance: object, _attribute: object, mediums: Sequence[str] | None
) -> None:
    for medium in mediums or ():
        if medium not in _DELIVERY_MEDIUMS:
            raise ResponseError(
                f"desiredDeliveryMediums accepts SMS and EMAIL, not {quoted(medium)}"
            )


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
    final_user_status: str | None = field(default=None, validator=_check_final_user_status)
    message_action: str | None = field(default=None, validator=_check_message_action)
    desired_delivery_mediums: Sequence[str] | None = field(
        default=None, validator=_check_delivery_mediums
    )
    force_alias_creation: bool | None = None
    enable_sms_mfa: bool | None = field(wire="enableSMSMFA", default=None)


@model
class UserMigrationTriggerEvent(BaseTriggerEvent):
    """Cognito user migration trigger (`UserMigration_*`)."""

    request: UserMigrationTriggerEventRequest
    response: UserMigrationTriggerEventResponse = field(default=UserMigrationTriggerEventResponse())
