"""API Gateway REQUEST authorizer for a WebSocket API `$connect` route."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    APIGatewayAuthorizerRequestEvent,
    APIGatewayAuthorizerResponseWebSocket,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayAuthorizerRequestEvent)
    builder = APIGatewayAuthorizerResponseWebSocket.from_route_arn(
        ev.method_arn, principal_id="user", context={"user": "example"}
    )
    token = ev.headers.get("authorization", "") if ev.headers is not None else ""
    if not token.startswith("Bearer "):
        return to_json_dict(builder.deny_all_routes())
    return to_json_dict(builder.allow_route(ev.parsed_arn.resource))
