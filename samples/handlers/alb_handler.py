"""Application Load Balancer target: greet on /lambda, answer checkout and search requests."""

from __future__ import annotations

from typing import Any

from lambda_events import ALBEvent, ALBResponse, converter, to_json_dict


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, ALBEvent)
    if "lambda" in ev.path and ev.http_method == "GET":
        response = ALBResponse.build(f"Hello from path: {ev.path}")
    elif ev.path == "/search":
        query = ev.decoded_query_string_parameters
        response = ALBResponse.build(
            {"q": query["q"][0], "filters": list(query.get("filter", ()))},
            multi_value_headers={"Cache-Control": ["no-store"]},
        )
    elif ev.path == "/checkout":
        response = ALBResponse.build(
            {"cart": ev.json_body["cartId"], "promo": ev.get_query_string_value("promo")},
            status_code=201,
        )
    else:
        response = ALBResponse.build("No Hello from path", status_code=400)
    return to_json_dict(response)
