"""API Gateway HTTP API Lambda authorizer with the simple (v2) response."""

from __future__ import annotations

from secrets import compare_digest
from typing import Any

from lambda_events import (
    APIGatewayAuthorizerEventV2,
    APIGatewayAuthorizerResponseV2,
    converter,
    to_json_dict,
)


def get_user_by_token(token: str | None) -> dict[str, str] | None:
    if token is not None and compare_digest(token, "Bearer v2-token-55"):
        return {"name": "Foo"}
    return None


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayAuthorizerEventV2)
    user = get_user_by_token(ev.headers.get("Authorization") if ev.headers is not None else None)
    if user is None:
        response = APIGatewayAuthorizerResponseV2(is_authorized=False)
    else:
        response = APIGatewayAuthorizerResponseV2(is_authorized=True, context=user)
    return to_json_dict(response)
