"""API Gateway REST proxy: greet on GET /hello, read the order id, cookies and claims."""

from __future__ import annotations

from typing import Any

from lambda_events import APIGatewayProxyEvent, APIGatewayProxyResponse, converter, to_json_dict


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayProxyEvent)
    if "hello" in ev.path and ev.http_method == "GET":
        response = APIGatewayProxyResponse.build(f"Hello from path: {ev.path}")
    elif ev.http_method == "GET":
        authorizer = ev.request_context.authorizer
        claims = authorizer.claims_or_empty if authorizer is not None else {}
        response = APIGatewayProxyResponse.build(
            {
                "order": ev.resolved_path_parameters.get("orderId"),
                "tags": list(ev.get_multi_value_query_string_values("tag")),
                "theme": ev.resolved_cookies_field.get("theme"),
                "user": claims.get("email"),
            }
        )
    elif ev.json_body is not None:
        response = APIGatewayProxyResponse.build(ev.json_body, status_code=201)
    else:
        response = APIGatewayProxyResponse.build("No Hello from path", status_code=400)
    return to_json_dict(response)
