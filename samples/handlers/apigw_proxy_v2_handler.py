"""API Gateway HTTP API (payload 2.0): add an item to a cart, reading the JWT claims."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import APIGatewayProxyEventV2, APIGatewayProxyResponseV2, converter, to_json_dict


@attrs.frozen
class CartItem:
    sku: str
    quantity: int


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayProxyEventV2)
    if "hello" in ev.path and ev.http_method == "POST":
        response = APIGatewayProxyResponseV2.build(f"Hello from path: {ev.path}")
    elif ev.http_method in ("POST", "PUT") and ev.body is not None:
        authorizer = ev.request_context.authorizer
        user = authorizer.jwt_claim.get("sub") if authorizer is not None else None
        if ev.route_key.endswith("/items"):
            item = ev.body_as(CartItem)
            payload: dict[str, Any] = {
                "cart": ev.resolved_path_parameters["cartId"],
                "path": ev.path,
                "sku": item.sku,
                "quantity": item.quantity,
                "user": user,
                "coupons": list(ev.get_multi_value_query_string_values("coupon")),
            }
        else:
            tenant = authorizer.get_context().get("tenantId") if authorizer is not None else None
            payload = {"tenant": tenant, "report": ev.json_body}
        response = APIGatewayProxyResponseV2.build(payload, cookies=["last-route=items"])
    else:
        response = APIGatewayProxyResponseV2.build("No Hello from path", status_code=400)
    return to_json_dict(response)
