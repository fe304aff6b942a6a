"""AppSync Lambda authorizer: look the token up, deny admin-only fields to others."""

from __future__ import annotations

from typing import Any

from lambda_events import AppSyncAuthorizerEvent, AppSyncAuthorizerResponse, converter, to_json_dict

USERS = {"custom-token-31": {"id": "u-31", "is_admin": False}}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, AppSyncAuthorizerEvent)
    user = USERS.get(ev.authorization_token)
    if user is None:
        return to_json_dict(AppSyncAuthorizerResponse())
    response = AppSyncAuthorizerResponse(
        is_authorized=True,
        resolver_context={"id": str(user["id"])},
        denied_fields=None if user["is_admin"] else ("Mutation.deleteEvent",),
        ttl_override=0,
    )
    return to_json_dict(response)
