"""Cognito post confirmation: read the confirmed user's attributes."""

from __future__ import annotations

from typing import Any

from lambda_events import PostConfirmationTriggerEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, PostConfirmationTriggerEvent)
    user_attributes = ev.request.user_attributes
    return {"statusCode": 200, "body": f"User attributes: {dict(user_attributes)}"}
