"""Cognito custom authentication challenge triggers: define, create and verify."""

from __future__ import annotations

from collections.abc import Mapping

from .._model import Model, field, model
from ._common import BaseTriggerEvent, UserAttributes

__all__ = [
    "ChallengeResult",
    "CreateAuthChallengeTriggerEvent",
    "CreateAuthChallengeTriggerEventRequest",
    "CreateAuthChallengeTriggerEventResponse",
    "DefineAuthChallengeTriggerEvent",
    "DefineAuthChallengeTriggerEventRequest",
    "DefineAuthChallengeTriggerEventResponse",
    "VerifyAuthChallengeResponseTriggerEvent",
    "VerifyAuthChallengeResponseTriggerEventRequest",
    "VerifyAuthChallengeResponseTriggerEventResponse",
]


@model
class ChallengeResult(Model):
    """One challenge already answered in this authentication session."""

    challenge_name: str
    challenge_result: bool
    challenge_metadata: str | None = None


@model
class DefineAuthChallengeTriggerEventRequest(Model):
    """Define auth challenge request: the session so far."""

    user_attributes: UserAttributes
    session: tuple[ChallengeResult, ...]
    user_not_found: bool | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class DefineAuthChallengeTriggerEventResponse(Model):
    """Define auth challenge answer: the next challenge, or issue tokens, or fail."""

    challenge_name: str | None = None
    issue_tokens: bool | None = None
    fail_authentication: bool | None = None


@model
class DefineAuthChallengeTriggerEvent(BaseTriggerEvent):
    """Cognito define auth challenge trigger."""

    request: DefineAuthChallengeTriggerEventRequest
    response: DefineAuthChallengeTriggerEventResponse = field(
        default=DefineAuthChallengeTriggerEventResponse()
    )


@model
class CreateAuthChallengeTriggerEventRequest(Model):
    """Create auth challenge request: which challenge to create, and the session so far."""

    user_attributes: UserAttributes
    challenge_name: str
    session: tuple[ChallengeResult, ...]
    user_not_found: bool | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class CreateAuthChallengeTriggerEventResponse(Model):
    """Create auth challenge answer: public and private (redacted) challenge parameters."""

    public_challenge_parameters: Mapping[str, str] | None = None
    private_challenge_parameters: Mapping[str, str] | None = field(default=None, secret=True)
    challenge_metadata: str | None = None


@model
class CreateAuthChallengeTriggerEvent(BaseTriggerEvent):
    """Cognito create auth challenge trigger."""

    request: CreateAuthChallengeTriggerEventRequest
    response: CreateAuthChallengeTriggerEventResponse = field(
        default=CreateAuthChallengeTriggerEventResponse()
    )


@model
class VerifyAuthChallengeResponseTriggerEventRequest(Model):
    """Verify auth challenge request: the expected (private) and given answers, redacted."""

    user_attributes: UserAttributes
    private_challenge_parameters: Mapping[str, str] = field(secret=True)
    challenge_answer: str = field(secret=True)
    user_not_found: bool | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class VerifyAuthChallengeResponseTriggerEventResponse(Model):
    """Verify auth challenge answer: whether the answer is correct."""

    answer_correct: bool | None = None


@model
class VerifyAuthChallengeResponseTriggerEvent(BaseTriggerEvent):
    """Cognito verify auth challenge response trigger."""

    request: VerifyAuthChallengeResponseTriggerEventRequest
    response: VerifyAuthChallengeResponseTriggerEventResponse = field(
        default=VerifyAuthChallengeResponseTriggerEventResponse()
    )
