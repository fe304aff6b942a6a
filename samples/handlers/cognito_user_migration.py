"""Cognito user migration: move a user from a legacy directory on first sign-in."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import UserMigrationTriggerEvent, UserMigrationTriggerEventResponse, converter

LEGACY_USERS = {"legacy.user@example.org": ("Tr0ub4dor&3-legacy", "Legacy User")}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, UserMigrationTriggerEvent)
    known = LEGACY_USERS.get(ev.user_name)
    if known is None:
        raise ValueError("User does not exist")  # Cognito answers "user not found"
    password, name = known
    if ev.trigger_source == "UserMigration_Authentication" and ev.request.password != password:
        raise ValueError("Bad password")
    response = UserMigrationTriggerEventResponse(
        user_attributes={"email": ev.user_name, "email_verified": "true", "name": name},
        final_user_status="CONFIRMED",
        message_action="SUPPRESS",
    )
    answer: dict[str, Any] = converter.unstructure(attrs.evolve(ev, response=response))
    return answer
