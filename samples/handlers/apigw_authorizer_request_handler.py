"""API Gateway REQUEST authorizer (REST): check a header, build the policy from its parts."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    APIGatewayAuthorizerRequestEvent,
    APIGatewayAuthorizerResponse,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayAuthorizerRequestEvent)
    arn = ev.parsed_arn
    builder = APIGatewayAuthorizerResponse.for_api(
        principal_id="user",
        context={"user": "example"},
        region=arn.region,
        aws_account_id=arn.aws_account_id,
        api_id=arn.api_id,
        stage=arn.stage,
        partition=arn.partition,
    )
    is_authorized = ev.headers is not None and ev.headers.get("x-tenant") == "acme"
    if not is_authorized:
        return to_json_dict(builder.deny_all_routes())
    return to_json_dict(builder.allow_all_routes())
