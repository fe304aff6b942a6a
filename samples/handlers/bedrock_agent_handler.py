"""Bedrock Agent (OpenAPI action group): look an order up and answer with JSON."""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import BedrockAgentEvent, BedrockAgentResponse, converter, to_json_dict

logger = logging.getLogger(__name__)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, BedrockAgentEvent)
    logger.info("Bedrock Agent %s invoked with input %r", ev.action_group, ev.input_text)
    if ev.http_method == "POST":
        body = ev.json_body or {}
        answer = {"orderId": body.get("orderId"), "cancelled": True}
    else:
        answer = {"orderId": ev.query_string_parameters.get("orderId"), "status": "shipped"}
    response = BedrockAgentResponse.for_event(ev, answer)
    return to_json_dict(response)
