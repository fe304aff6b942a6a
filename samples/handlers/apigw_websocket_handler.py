"""API Gateway WebSocket API: accept connections, echo messages, log disconnects."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    APIGatewayProxyResponse,
    APIGatewayWebSocketEvent,
    APIGatewayWebSocketEventType,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, APIGatewayWebSocketEvent)
    ctx = ev.request_context
    if ctx.event_type == APIGatewayWebSocketEventType.CONNECT:
        room = ev.resolved_query_string_parameters.get("room", ("lobby",))[0]
        body = f"{ctx.connection_id} joined {room}"
    elif ctx.event_type == APIGatewayWebSocketEventType.MESSAGE:
        body = f"echo: {ev.json_body['text']}"
    else:
        body = f"{ctx.connection_id} left ({ctx.disconnect_status_code})"
    return to_json_dict(APIGatewayProxyResponse.build(body))
