"""Which Cognito trigger class a raw event belongs to: one decision for detection and classes.

Light on purpose (no models): `detection` asks it for every Cognito event.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["trigger_class_name"]

_BY_PREFIX = {
    "PreSignUp": "PreSignUpTriggerEvent",
    "PostConfirmation": "PostConfirmationTriggerEvent",
    "UserMigration": "UserMigrationTriggerEvent",
    "CustomMessage": "CustomMessageTriggerEvent",
    "PreAuthentication": "PreAuthenticationTriggerEvent",
    "PostAuthentication": "PostAuthenticationTriggerEvent",
    "TokenGeneration": "PreTokenGenerationTriggerEvent",
    "PreTokenGen": "PreTokenGenerationTriggerEvent",  # aws-lambda-go's sample spelling
    "DefineAuthChallenge": "DefineAuthChallengeTriggerEvent",
    "CreateAuthChallenge": "CreateAuthChallengeTriggerEvent",
    "VerifyAuthChallengeResponse": "VerifyAuthChallengeResponseTriggerEvent",
    "CustomEmailSender": "CustomEmailSenderTriggerEvent",
    "CustomSMSSender": "CustomSMSSenderTriggerEvent",
    "InboundFederation": "InboundFederationTriggerEvent",
}
_V2_TOKEN_VERSIONS = frozenset({"2", "3"})


def _is_v2_token_event(raw: Mapping[str, Any]) -> bool:
    request, response = raw.get("request"), raw.get("response")
    return (
        raw.get("version") in _V2_TOKEN_VERSIONS
        or (isinstance(request, Mapping) and "scopes" in request)
        or (isinstance(response, Mapping) and "claimsAndScopeOverrideDetails" in response)
    )


def trigger_class_name(source: str, raw: Mapping[str, Any]) -> str | None:
    """The class name for `triggerSource` (the part before `_` names the trigger), or None.

    Pre token generation is V2 when `version` is 2 or 3, or when the payload carries V2
    keys (`request.scopes`, `response.claimsAndScopeOverrideDetails`).
    """
    name = _BY_PREFIX.get(source.partition("_")[0])
    if name == "PreTokenGenerationTriggerEvent" and _is_v2_token_event(raw):
        return "PreTokenGenerationV2TriggerEvent"
    return name
