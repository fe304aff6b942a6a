"""Cognito define auth challenge: SRP, then password, then a custom challenge, then tokens.

Based on the Cognito docs' example; the frozen event is answered with `attrs.evolve`.
"""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import (
    DefineAuthChallengeTriggerEvent,
    DefineAuthChallengeTriggerEventResponse,
    converter,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, DefineAuthChallengeTriggerEvent)
    session = ev.request.session
    if len(session) == 1 and session[0].challenge_name == "SRP_A":
        response = DefineAuthChallengeTriggerEventResponse(
            issue_tokens=False, fail_authentication=False, challenge_name="PASSWORD_VERIFIER"
        )
    elif (
        len(session) == 2
        and session[1].challenge_name == "PASSWORD_VERIFIER"
        and session[1].challenge_result
    ):
        response = DefineAuthChallengeTriggerEventResponse(
            issue_tokens=False, fail_authentication=False, challenge_name="CUSTOM_CHALLENGE"
        )
    elif (
        len(session) == 3
        and session[2].challenge_name == "CUSTOM_CHALLENGE"
        and session[2].challenge_result
    ):
        response = DefineAuthChallengeTriggerEventResponse(
            issue_tokens=True, fail_authentication=False
        )
    else:
        response = DefineAuthChallengeTriggerEventResponse(
            issue_tokens=False, fail_authentication=True
        )
    answer: dict[str, Any] = converter.unstructure(attrs.evolve(ev, response=response))
    return answer
