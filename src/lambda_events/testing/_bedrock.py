"""Builders for Amazon Bedrock Agents action group events."""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._ids import UPPER_ALNUM, random_id

if TYPE_CHECKING:
    from .. import BedrockAgentEvent, BedrockAgentFunctionEvent, BedrockAgentInfo

__all__ = ["bedrock_agent_event", "bedrock_agent_function_event"]


def _bedrock_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, (list, tuple)):
        return "array"
    return "string"


def _bedrock_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value))
    return str(value)


def _bedrock_agent(agent_name: str) -> BedrockAgentInfo:
    from .. import BedrockAgentInfo

    return BedrockAgentInfo(
        name=agent_name,
        id=random_id(10, UPPER_ALNUM),
        alias=random_id(10, UPPER_ALNUM),
        version="1",
    )


def bedrock_agent_event(
    api_path: str = "/orders",
    http_method: str = "GET",
    *,
    parameters: Mapping[str, Any] | None = None,
    json_body: Mapping[str, Any] | None = None,
    input_text: str = "What is the status of my order?",
    action_group: str = "OrderActions",
    agent_name: str = "my-agent",
    session_attributes: Mapping[str, str] | None = None,
    prompt_session_attributes: Mapping[str, str] | None = None,
) -> BedrockAgentEvent:
    """A `BedrockAgentEvent` (OpenAPI action group): `parameters` and `json_body`
    properties go as `{name, type, value}` with the type read from the Python value and the
    value as text, the way the agent sends them.
    """
    from .. import (
        BedrockAgentEvent,
        BedrockAgentProperty,
        BedrockAgentRequestBody,
        BedrockAgentRequestMedia,
    )

    def props(values: Mapping[str, Any]) -> tuple[BedrockAgentProperty, ...]:
        return tuple(
            BedrockAgentProperty(name=k, type=_bedrock_type(v), value=_bedrock_text(v))
            for k, v in values.items()
        )

    body = (
        None
        if json_body is None
        else BedrockAgentRequestBody(
            content={"application/json": BedrockAgentRequestMedia(properties=props(json_body))}
        )
    )
    return BedrockAgentEvent(
        message_version="1.0",
        input_text=input_text,
        session_id=random_id(12, string.digits),
        action_group=action_group,
        api_path=api_path,
        http_method=http_method.upper(),
        agent=_bedrock_agent(agent_name),
        parameters=props(parameters or {}),
        request_body=body,
        session_attributes=dict(session_attributes or {}),
        prompt_session_attributes=dict(prompt_session_attributes or {}),
    )


def bedrock_agent_function_event(
    function: str = "get_order_status",
    *,
    parameters: Mapping[str, Any] | None = None,
    input_text: str = "What is the status of my order?",
    action_group: str = "OrderActions",
    agent_name: str = "my-agent",
    session_attributes: Mapping[str, str] | None = None,
    prompt_session_attributes: Mapping[str, str] | None = None,
) -> BedrockAgentFunctionEvent:
    """A `BedrockAgentFunctionEvent` (function-details action group) calling `function`."""
    from .. import BedrockAgentFunctionEvent, BedrockAgentFunctionParameter

    return BedrockAgentFunctionEvent(
        message_version="1.0",
        input_text=input_text,
        session_id=random_id(12, string.digits),
        action_group=action_group,
        function=function,
        agent=_bedrock_agent(agent_name),
        parameters=tuple(
            BedrockAgentFunctionParameter(name=k, type=_bedrock_type(v), value=_bedrock_text(v))
            for k, v in (parameters or {}).items()
        ),
        session_attributes=dict(session_attributes or {}),
        prompt_session_attributes=dict(prompt_session_attributes or {}),
    )
