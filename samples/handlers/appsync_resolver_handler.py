"""AppSync resolver (direct Lambda resolver or Amplify @function): who is asking, and what."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    AppSyncIdentityCognito,
    AppSyncIdentityIAM,
    AppSyncIdentityLambda,
    AppSyncIdentityOIDC,
    AppSyncResolverEvent,
    converter,
)

LOCATIONS = [
    {"id": "1", "name": "Location 1", "address": "123 Main St"},
    {"id": "2", "name": "Location 2", "address": "456 Elm St"},
    {"id": "3", "name": "Location 3", "address": "789 Oak St"},
]


def caller(ev: AppSyncResolverEvent) -> str:
    identity = ev.identity
    if isinstance(identity, AppSyncIdentityCognito):
        return f"cognito:{identity.username}"
    if isinstance(identity, AppSyncIdentityIAM):
        return f"iam:{identity.user_arn}"
    if isinstance(identity, AppSyncIdentityOIDC):
        return f"oidc:{identity.sub}"
    if isinstance(identity, AppSyncIdentityLambda):
        return f"lambda:{identity.resolver_context.get('tenant')}"
    return "api-key"


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, AppSyncResolverEvent)
    page = int(ev.arguments.get("page", 1))
    size = int(ev.arguments.get("limit", ev.arguments.get("size", 10)))
    start = (page - 1) * size
    items = LOCATIONS[start : start + size]
    return {
        "field": f"{ev.type_name}.{ev.field_name}",
        "caller": caller(ev),
        "selection": list(ev.info.selection_set_list or ()),
        "items": items,
        "totalCount": len(LOCATIONS),
        "previous": ev.prev_result,
    }
