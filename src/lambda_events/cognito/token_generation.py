"""Cognito pre token generation triggers: V1, and V2/V3 (access tokens, M2M)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._model import Model, field, model
from ..errors import ResponseError
from ._common import BaseTriggerEvent, UserAttributes

__all__ = [
    "ClaimsAndScopeOverrideDetails",
    "ClaimsOverrideDetails",
    "GroupOverrideDetails",
    "PreTokenGenerationTriggerEvent",
    "PreTokenGenerationTriggerEventRequest",
    "PreTokenGenerationTriggerEventResponse",
    "PreTokenGenerationTriggerV2EventRequest",
    "PreTokenGenerationTriggerV2EventResponse",
    "PreTokenGenerationV2TriggerEvent",
    "TokenClaimsAndScopeOverrideDetails",
]


@model
class GroupOverrideDetails(Model):
    """The user's groups and IAM roles (in the request), or their overrides (in the answer)."""

    groups_to_override: Sequence[str] | None = None
    iam_roles_to_override: Sequence[str] | None = None
    preferred_role: str | None = None


@model
class PreTokenGenerationTriggerEventRequest(Model):
    """Pre token generation request (V1): the user's attributes and groups."""

    group_configuration: GroupOverrideDetails | None = None
    user_attributes: UserAttributes | None = None
    client_metadata: Mapping[str, str] | None = field(default=None, secret=True)


@model
class PreTokenGenerationTriggerV2EventRequest(PreTokenGenerationTriggerEventRequest):
    """Pre token generation request (V2/V3): adds the requested OAuth scopes."""

    scopes: tuple[str, ...] | None = None


@model
class ClaimsOverrideDetails(Model):
    """V1 answer: ID token claims to add or suppress, and group overrides."""

    claims_to_add_or_override: Mapping[str, Any] | None = None
    claims_to_suppress: Sequence[str] | None = None
    group_configuration: GroupOverrideDetails | None = field(
        wire="groupOverrideDetails", default=None
    )


@model
class PreTokenGenerationTriggerEventResponse(Model):
    """Pre token generation answer (V1)."""

    claims_override_details: ClaimsOverrideDetails | None = None


@model
class TokenClaimsAndScopeOverrideDetails(Model):
    """V2/V3 changes to one token: claims to add or suppress, scopes to add or suppress."""

    claims_to_add_or_override: Mapping[str, Any] | None = None
    claims_to_suppress: Sequence[str] | None = None
    scopes_to_add: Sequence[str] | None = None
    scopes_to_suppress: Sequence[str] | None = None


def _check_id_token_has_no_scopes(
    _instance: object, _attribute: object, token: TokenClaimsAndScopeOverrideDetails | None
) -> None:
    if token is not None and (token.scopes_to_add or token.scopes_to_suppress):
        raise ResponseError("idTokenGeneration cannot add or suppress scopes")


@model
class ClaimsAndScopeOverrideDetails(Model):
    """V2/V3 answer: ID token and access token changes, and group overrides.

    Scopes live in the access token only: scopes on `id_token_generation` raise
    `ResponseError`.
    """

    id_token_generation: TokenClaimsAndScopeOverrideDetails | None = field(
        default=None, validator=_check_id_token_has_no_scopes
    )
    access_token_generation: TokenClaimsAndScopeOverrideDetails | None = None
    group_configuration: GroupOverrideDetails | None = field(
        wire="groupOverrideDetails", default=None
    )


@model
class PreTokenGenerationTriggerV2EventResponse(Model):
    """Pre token generation answer (V2/V3)."""

    claims_scope_override_details: ClaimsAndScopeOverrideDetails | None = field(
        wire="claimsAndScopeOverrideDetails", default=None
    )


@model
class PreTokenGenerationTriggerEvent(BaseTriggerEvent):
    """Cognito pre token generation trigger, event version 1 (`TokenGeneration_*`)."""

    request: PreTokenGenerationTriggerEventRequest
    response: PreTokenGenerationTriggerEventResponse = field(
        default=PreTokenGenerationTriggerEventResponse()
    )


@model
class PreTokenGenerationV2TriggerEvent(BaseTriggerEvent):
    """Cognito pre token generation trigger, event versions 2 and 3 (access token, M2M)."""

    request: PreTokenGenerationTriggerV2EventRequest
    response: PreTokenGenerationTriggerV2EventResponse = field(
        default=PreTokenGenerationTriggerV2EventResponse()
    )
