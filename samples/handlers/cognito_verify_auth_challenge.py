"""Cognito verify auth challenge response: compare the answer with the expected one.

Based on the Cognito docs' example; the frozen event is answered with `attrs.evolve`.
"""

from __future__ import annotations

from secrets import compare_digest
from typing import Any

import attrs

from lambda_events import (
    VerifyAuthChallengeResponseTriggerEvent,
    VerifyAuthChallengeResponseTriggerEventResponse,
    converter,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, VerifyAuthChallengeResponseTriggerEvent)
    expected = ev.request.private_challenge_parameters.get("answer", "")
    correct = compare_digest(expected.encode(), ev.request.challenge_answer.encode())
    response = VerifyAuthChallengeResponseTriggerEventResponse(answer_correct=correct)
    answer: dict[str, Any] = converter.unstructure(attrs.evolve(ev, response=response))
    return answer
