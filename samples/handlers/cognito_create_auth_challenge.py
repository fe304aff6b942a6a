"""Cognito create auth challenge: a CAPTCHA as the custom challenge.

Based on the Cognito docs' example; the decorator unstructures the evolved event.
"""

from __future__ import annotations

import attrs

from lambda_events import (
    CreateAuthChallengeTriggerEvent,
    CreateAuthChallengeTriggerEventResponse,
    event_source,
)


@event_source(CreateAuthChallengeTriggerEvent)
def lambda_handler(
    event: CreateAuthChallengeTriggerEvent, context: object
) -> CreateAuthChallengeTriggerEvent:
    if event.request.challenge_name != "CUSTOM_CHALLENGE":
        return event
    response = CreateAuthChallengeTriggerEventResponse(
        public_challenge_parameters={"captchaUrl": "url/123.jpg"},
        private_challenge_parameters={"answer": "5"},
        challenge_metadata="CAPTCHA_CHALLENGE",
    )
    return attrs.evolve(event, response=response)
