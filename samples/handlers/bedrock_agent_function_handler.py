"""Bedrock Agent (function action group): book a table, or ask the user again."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    BedrockAgentFunctionEvent,
    BedrockAgentFunctionResponse,
    converter,
    to_json_dict,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, BedrockAgentFunctionEvent)
    params = ev.parameters_by_name
    if ev.function != "bookTable" or "partySize" not in params:
        response = BedrockAgentFunctionResponse.for_event(
            ev, "How many people is the booking for?", response_state="REPROMPT"
        )
    else:
        text = f"Table for {params['partySize']} booked at {params.get('time', '19:00')}"
        response = BedrockAgentFunctionResponse.for_event(ev, text)
    return to_json_dict(response)
