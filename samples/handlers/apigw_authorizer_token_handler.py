"""API Gateway TOKEN authorizer: allow every route of the stage for a valid token."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerTokenEvent,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayAuthorizerTokenEvent)
    builder = APIGatewayAuthorizerResponse.from_route_arn(
        ev.method_arn, principal_id="user", context={"user": "example"}
    )
    if not ev.authorization_token.startswith("Bearer allow"):
        return to_json_dict(builder.deny_all_routes())
    policy = builder.allow_all_routes().deny_route("DELETE", "/inventory/*")
    return to_json_dict(policy)
