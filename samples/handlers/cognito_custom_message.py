"""Cognito custom message: a branded password-reset email and SMS."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import CustomMessageTriggerEvent, CustomMessageTriggerEventResponse, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CustomMessageTriggerEvent)
    if ev.trigger_source != "CustomMessage_ForgotPassword":
        return event
    code = ev.request.code_parameter
    name = ev.request.user_attributes.get("name", "there")
    response = CustomMessageTriggerEventResponse(
        email_subject="Reset your Orders password",
        email_message=f"Hello {name}, your reset code is {code}.",
        sms_message=f"Your Orders reset code is {code}",
    )
    answer: dict[str, Any] = converter.unstructure(attrs.evolve(ev, response=response))
    return answer
