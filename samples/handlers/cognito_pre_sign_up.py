"""Cognito pre sign-up: auto-confirm users who sign up with a valid invite code."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import PreSignUpTriggerEvent, PreSignUpTriggerEventResponse, converter

INVITE_CODES = frozenset({"WELCOME-2026"})


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, PreSignUpTriggerEvent)
    invited = (ev.request.validation_data or {}).get("inviteCode") in INVITE_CODES
    response = PreSignUpTriggerEventResponse(
        auto_confirm_user=invited,
        auto_verify_email=invited and "email" in ev.request.user_attributes,
        auto_verify_phone=False,
    )
    answer: dict[str, Any] = converter.unstructure(attrs.evolve(ev, response=response))
    return answer
