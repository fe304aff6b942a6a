"""Cognito pre token generation (V2/V3): add a tenant claim and an API scope."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import (
    ClaimsAndScopeOverrideDetails,
    GroupOverrideDetails,
    PreTokenGenerationTriggerV2EventResponse,
    PreTokenGenerationV2TriggerEvent,
    TokenClaimsAndScopeOverrideDetails,
    converter,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, PreTokenGenerationV2TriggerEvent)
    groups = ev.request.group_configuration
    editor = groups is not None and "editors" in (groups.groups_to_override or ())
    details = ClaimsAndScopeOverrideDetails(
        id_token_generation=TokenClaimsAndScopeOverrideDetails(
            claims_to_add_or_override={"tenant": "acme"}, claims_to_suppress=("email",)
        ),
        access_token_generation=TokenClaimsAndScopeOverrideDetails(
            scopes_to_add=("orders-api/orders.write",) if editor else ("orders-api/orders.read",)
        ),
        group_configuration=GroupOverrideDetails(groups_to_override=("editors",))
        if editor
        else None,
    )
    response = PreTokenGenerationTriggerV2EventResponse(claims_scope_override_details=details)
    answer: dict[str, Any] = converter.unstructure(attrs.evolve(ev, response=response))
    return answer
