"""API Gateway TOKEN authorizer: allow every route of the stage for a valid token."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerTokenEvent,
    converter,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayAuthorizerTokenEvent)
    builder = APIGatewayAuthorizerResponse.from_route_arn(
        ev.method_arn, principal_id="user", context={"user": "example"}
    )
    if not ev.authorization_token.startswith("Bearer allow"):
        return converter.unstructure(builder.deny_all_routes())  # type: ignore[no-any-return]
    policy = builder.allow_all_routes().deny_route("DELETE", "/inventory/*")
    return converter.unstructure(policy)  # type: ignore[no-any-return]
