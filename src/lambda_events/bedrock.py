"""Amazon Bedrock Agents action groups: the Lambda events and the responses they expect.

An action group is defined either by an OpenAPI schema (`BedrockAgentEvent`, answered by
`BedrockAgentResponse`) or by function details (`BedrockAgentFunctionEvent`, answered by
`BedrockAgentFunctionResponse`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

from ._model import Model, field, model
from .enums import StrEnum
from .errors import ResponseError, quoted

__all__ = [
    "BedrockAgentApiResponse",
    "BedrockAgentEvent",
    "BedrockAgentFunctionActionResponse",
    "BedrockAgentFunctionEvent",
    "BedrockAgentFunctionParameter",
    "BedrockAgentFunctionResponse",
    "BedrockAgentFunctionResult",
    "BedrockAgentInfo",
    "BedrockAgentProperty",
    "BedrockAgentRequestBody",
    "BedrockAgentRequestMedia",
    "BedrockAgentResponse",
    "BedrockAgentResponseContent",
    "BedrockAgentResponseState",
]

_MESSAGE_VERSION = "1.0"


# ------------------------------------------------------------------------------ events


@model
class BedrockAgentInfo(Model):
    """The agent that invoked the action group."""

    name: str
    id: str
    alias: str
    version: str


@model
class BedrockAgentProperty(Model):
    """One parameter or request-body property: its name, declared type and value (text)."""

    name: str
    type: str
    value: str


@model
class BedrockAgentRequestMedia(Model):
    """The properties of a request body for one content type."""

    properties: tuple[BedrockAgentProperty, ...]


@model
class BedrockAgentRequestBody(Model):
    """The request body, by content type (`application/json`, ...)."""

    content: Mapping[str, BedrockAgentRequestMedia]


@model
class BedrockAgentEvent(Model):
    """Amazon Bedrock Agents: an API operation of an OpenAPI-schema action group."""

    message_version: str
    input_text: str
    session_id: str
    action_group: str
    api_path: str
    http_method: str
    agent: BedrockAgentInfo
    parameters: tuple[BedrockAgentProperty, ...] | None = None
    request_body: BedrockAgentRequestBody | None = None
    session_attributes: Mapping[str, str] | None = None
    prompt_session_attributes: Mapping[str, str] | None = None

    @property
    def path(self) -> str:
        """The API path (`apiPath`), as routers name it."""
        return self.api_path

    @cached_property
    def query_string_parameters(self) -> Mapping[str, str]:
        """Every parameter as `{name: value}` (values stay text, as the agent sends them)."""
        return {p.name: p.value for p in self.parameters or ()}

    @cached_property
    def json_body(self) -> Mapping[str, str] | None:
        """The `application/json` body properties as `{name: value}`; None without one."""
        if self.request_body is None:
            return None
        media = self.request_body.content.get("application/json")
        if media is None:
            return None
        return {p.name: p.value for p in media.properties}


@model
class BedrockAgentFunctionParameter(Model):
    """One function parameter: its name, declared type and value (text)."""

    name: str
    type: str
    value: str


@model
class BedrockAgentFunctionEvent(Model):
    """Amazon Bedrock Agents: a function of a function-details action group."""

    message_version: str
    input_text: str
    session_id: str
    action_group: str
    function: str
    agent: BedrockAgentInfo
    parameters: tuple[BedrockAgentFunctionParameter, ...] | None = None
    session_attributes: Mapping[str, str] | None = None
    prompt_session_attributes: Mapping[str, str] | None = None

    @cached_property
    def parameters_by_name(self) -> Mapping[str, str]:
        """Every parameter as `{name: value}`."""
        return {p.name: p.value for p in self.parameters or ()}


# --------------------------------------------------------------------------- responses


class BedrockAgentResponseState(StrEnum):
    """How a function result steers the agent: fail the turn, or ask the user again."""

    FAILURE = "FAILURE"
    REPROMPT = "REPROMPT"


def _check_version(instance: Any, attribute: Any, value: Any) -> None:
    if value != _MESSAGE_VERSION:
        raise ResponseError(f"messageVersion must be {_MESSAGE_VERSION!r}, got {quoted(value)}")


def _check_content(instance: Any, attribute: Any, value: Mapping[str, Any] | None) -> None:
    if value is not None and (not value or not all(value)):
        raise ResponseError(f"{attribute.name} needs at least one non-empty content type")


def _check_status(instance: Any, attribute: Any, value: Any) -> None:
    if value.__class__ is not int or not 100 <= value <= 599:
        raise ResponseError(f"httpStatusCode must be an HTTP status (100-599), got {quoted(value)}")


def _check_state(instance: Any, attribute: Any, value: Any) -> None:
    if value is not None and value not in ("FAILURE", "REPROMPT"):
        raise ResponseError(f"responseState must be FAILURE or REPROMPT, got {quoted(value)}")


def _check_function_body(instance: Any, attribute: Any, value: Mapping[str, Any]) -> None:
    if set(value) != {"TEXT"}:
        raise ResponseError(
            f"a function responseBody has one content type, TEXT; got {list(value)}"
        )


def _body_text(body: Any, content_type: str) -> str:
    if isinstance(body, str):
        return body
    if content_type.endswith("json") or content_type == "TEXT":
        return json.dumps(body)
    raise ResponseError(f"a {content_type} body must be text, got {type(body).__name__}")


@model
class BedrockAgentResponseContent(Model):
    """The body for one content type; JSON bodies are a JSON-formatted string."""

    body: str


@model
class BedrockAgentApiResponse(Model):
    """The `response` of an OpenAPI action group: the operation and its HTTP answer."""

    action_group: str
    api_path: str
    http_method: str
    http_status_code: int = field(validator=_check_status)
    response_body: Mapping[str, BedrockAgentResponseContent] | None = field(
        default=None, validator=_check_content
    )


@model
class _AgentResponseParts(Model):
    """What every action group's answer carries besides its `response`."""

    message_version: str = field(default=_MESSAGE_VERSION, validator=_check_version)
    session_attributes: Mapping[str, str] | None = None
    prompt_session_attributes: Mapping[str, str] | None = None
    knowledge_bases_configuration: Sequence[Mapping[str, Any]] | None = None


@model
class BedrockAgentResponse(_AgentResponseParts):
    """What an OpenAPI action group's Lambda returns to the agent."""

    response: BedrockAgentApiResponse

    @classmethod
    def for_event(
        cls,
        event: BedrockAgentEvent,
        body: Any,
        *,
        status_code: int = 200,
        content_type: str = "application/json",
        session_attributes: Mapping[str, str] | None = None,
        prompt_session_attributes: Mapping[str, str] | None = None,
    ) -> BedrockAgentResponse:
        """Answer `event`: action group, path and method echoed; a non-text body is
        serialized to JSON. Session attributes default to the event's.
        """
        return cls(
            response=BedrockAgentApiResponse(
                action_group=event.action_group,
                api_path=event.api_path,
                http_method=event.http_method,
                http_status_code=status_code,
                response_body={
                    content_type: BedrockAgentResponseContent(body=_body_text(body, content_type))
                },
            ),
            session_attributes=_default(session_attributes, event.session_attributes),
            prompt_session_attributes=_default(
                prompt_session_attributes, event.prompt_session_attributes
            ),
        )


@model
class BedrockAgentFunctionResult(Model):
    """`functionResponse`: the result body (content type `TEXT`) and an optional state."""

    response_body: Mapping[str, BedrockAgentResponseContent] = field(validator=_check_function_body)
    response_state: BedrockAgentResponseState | str | None = field(
        default=None, validator=_check_state
    )


@model
class BedrockAgentFunctionActionResponse(Model):
    """The `response` of a function action group: the function and its result."""

    action_group: str
    function: str
    function_response: BedrockAgentFunctionResult


@model
class BedrockAgentFunctionResponse(_AgentResponseParts):
    """What a function action group's Lambda returns to the agent."""

    response: BedrockAgentFunctionActionResponse

    @classmethod
    def for_event(
        cls,
        event: BedrockAgentFunctionEvent,
        body: Any,
        *,
        response_state: BedrockAgentResponseState | str | None = None,
        session_attributes: Mapping[str, str] | None = None,
        prompt_session_attributes: Mapping[str, str] | None = None,
        knowledge_bases_configuration: Sequence[Mapping[str, Any]] | None = None,
    ) -> BedrockAgentFunctionResponse:
        """Answer `event` with a `TEXT` body (non-text bodies are serialized to JSON).

        Session attributes default to the event's.
        """
        return cls(
            response=BedrockAgentFunctionActionResponse(
                action_group=event.action_group,
                function=event.function,
                function_response=BedrockAgentFunctionResult(
                    response_body={
                        "TEXT": BedrockAgentResponseContent(body=_body_text(body, "TEXT"))
                    },
                    response_state=response_state,
                ),
            ),
            session_attributes=_default(session_attributes, event.session_attributes),
            prompt_session_attributes=_default(
                prompt_session_attributes, event.prompt_session_attributes
            ),
            knowledge_bases_configuration=(
                tuple(knowledge_bases_configuration)
                if knowledge_bases_configuration is not None
                else None
            ),
        )


def _default(given: Mapping[str, str] | None, echoed: Mapping[str, str] | None) -> Any:
    return given if given is not None else echoed
