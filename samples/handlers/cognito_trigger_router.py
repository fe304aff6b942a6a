"""One function for several Cognito triggers: the class is picked from `triggerSource`."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import (
    PostAuthenticationTriggerEvent,
    PreSignUpTriggerEvent,
    PreSignUpTriggerEventResponse,
    converter,
    structure_cognito_trigger,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = structure_cognito_trigger(event)
    if isinstance(ev, PreSignUpTriggerEvent):
        email = str(ev.request.user_attributes.get("email", ""))
        trusted = email.endswith("@example.org")
        ev = attrs.evolve(ev, response=PreSignUpTriggerEventResponse(auto_confirm_user=trusted))
    elif isinstance(ev, PostAuthenticationTriggerEvent) and ev.request.new_device_used:
        print(f"new device for {ev.user_name}")  # e.g. send a security notification
    answer: dict[str, Any] = converter.unstructure(ev)
    return answer
