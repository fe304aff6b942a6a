"""Amazon Bedrock Agents: OpenAPI and function events, their responses, the sample handlers."""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest

from lambda_events import (
    BedrockAgentApiResponse,
    BedrockAgentEvent,
    BedrockAgentFunctionEvent,
    BedrockAgentFunctionResponse,
    BedrockAgentFunctionResult,
    BedrockAgentResponse,
    BedrockAgentResponseContent,
    ResponseError,
    converter,
)

from ._support import (
    assert_round_trip,
    assert_same_json,
    load_response,
    load_sample,
    sample_handler,
    sample_tests,
    structure_error,
)

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("bedrock-agent-openapi-get.json", BedrockAgentEvent),
    ("bedrock-agent-openapi-post.json", BedrockAgentEvent),
    ("bedrock-agent-function.json", BedrockAgentFunctionEvent),
]

test_sample_round_trips, test_shared_corpus_round_trips, test_unknown_keys_survive = sample_tests(
    EVENT_SAMPLES
)


def test_bedrock_openapi_get_parameters() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-get.json"), BedrockAgentEvent)
    assert ev.path == "/orders/{orderId}"
    assert ev.http_method == "GET"
    assert ev.query_string_parameters == {"orderId": "1001", "verbose": "true"}
    assert ev.json_body is None
    assert ev.agent.name == "orders-assistant" and ev.agent.id == "Q7RT2XK9LM"
    assert ev.session_attributes == {"customerId": "C-42"}


def test_bedrock_openapi_post_json_body() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-post.json"), BedrockAgentEvent)
    assert ev.json_body == {"orderId": "1002", "reason": "arrived late"}
    assert ev.parameters == ()
    assert ev.query_string_parameters == {}
    assert ev.request_body is not None
    props = ev.request_body.content["application/json"].properties
    assert [p.type for p in props] == ["string", "string"]


def test_bedrock_without_parameters_reads_as_empty() -> None:
    raw = load_sample("bedrock-agent-openapi-get.json")
    del raw["parameters"]
    ev = assert_round_trip(raw, BedrockAgentEvent)
    assert ev.parameters is None
    assert ev.query_string_parameters == {}


def test_bedrock_function_event() -> None:
    ev = converter.structure(load_sample("bedrock-agent-function.json"), BedrockAgentFunctionEvent)
    assert ev.function == "bookTable"
    assert ev.parameters_by_name == {"partySize": "4", "time": "19:30"}
    assert ev.session_attributes == {"restaurant": "harbour"}


def test_bedrock_malformed() -> None:
    raw = load_sample("bedrock-agent-openapi-post.json")
    raw["requestBody"]["content"]["application/json"]["properties"][1]["value"] = None
    del raw["agent"]["alias"]
    msg = structure_error(raw, BedrockAgentEvent)
    assert "requestBody.content['application/json'].properties[1].value: expected a string" in msg
    assert "agent.alias: missing required key" in msg
    raw = load_sample("bedrock-agent-function.json")
    raw["parameters"] = {"partySize": "4"}
    msg = structure_error(raw, BedrockAgentFunctionEvent)
    assert "parameters: expected a list, got dict" in msg


def test_bedrock_openapi_response_golden() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-get.json"), BedrockAgentEvent)
    response = BedrockAgentResponse.for_event(ev, {"orderId": "1001", "status": "shipped"})
    assert_same_json(converter.unstructure(response), load_response("bedrock-agent-response.json"))
    assert_round_trip(load_response("bedrock-agent-response.json"), BedrockAgentResponse)
    back = converter.structure(load_response("bedrock-agent-response.json"), BedrockAgentResponse)
    assert back == response


def test_bedrock_openapi_response_text_status_and_attributes() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-post.json"), BedrockAgentEvent)
    response = BedrockAgentResponse.for_event(
        ev,
        "order not found",
        status_code=404,
        content_type="text/plain",
        session_attributes={"lastOrder": "1002"},
    )
    assert converter.unstructure(response) == {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": "OrderLookup",
            "apiPath": "/orders/cancel",
            "httpMethod": "POST",
            "httpStatusCode": 404,
            "responseBody": {"text/plain": {"body": "order not found"}},
        },
        "sessionAttributes": {"lastOrder": "1002"},
        "promptSessionAttributes": {"channel": "web"},
    }


def test_bedrock_openapi_response_without_session_attributes_omits_them() -> None:
    raw = load_sample("bedrock-agent-openapi-get.json")
    del raw["sessionAttributes"], raw["promptSessionAttributes"]
    ev = converter.structure(raw, BedrockAgentEvent)
    wire = converter.unstructure(BedrockAgentResponse.for_event(ev, {"ok": True}))
    assert set(wire) == {"messageVersion", "response"}
    assert wire["response"]["responseBody"] == {"application/json": {"body": '{"ok": true}'}}


def test_bedrock_function_response_golden() -> None:
    ev = converter.structure(load_sample("bedrock-agent-function.json"), BedrockAgentFunctionEvent)
    response = BedrockAgentFunctionResponse.for_event(ev, "Table for 4 booked at 19:30")
    assert_same_json(
        converter.unstructure(response), load_response("bedrock-agent-function-response.json")
    )
    raw = load_response("bedrock-agent-function-response.json")
    assert converter.structure(raw, BedrockAgentFunctionResponse) == response
    assert_round_trip(raw, BedrockAgentFunctionResponse)


def test_bedrock_function_response_state_and_knowledge_bases() -> None:
    ev = converter.structure(load_sample("bedrock-agent-function.json"), BedrockAgentFunctionEvent)
    kb = {
        "knowledgeBaseId": "KB12345678",
        "retrievalConfiguration": {"vectorSearchConfiguration": {"numberOfResults": 3}},
    }
    response = BedrockAgentFunctionResponse.for_event(
        ev,
        {"missing": ["time"]},
        response_state="REPROMPT",
        session_attributes={},
        knowledge_bases_configuration=[kb],
    )
    assert converter.unstructure(response) == {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": "Reservations",
            "function": "bookTable",
            "functionResponse": {
                "responseBody": {"TEXT": {"body": '{"missing": ["time"]}'}},
                "responseState": "REPROMPT",
            },
        },
        "sessionAttributes": {},
        "promptSessionAttributes": {},
        "knowledgeBasesConfiguration": [kb],
    }


def test_bedrock_invalid_responses() -> None:
    body = {"application/json": BedrockAgentResponseContent(body="{}")}
    api: dict[str, Any] = {"action_group": "g", "api_path": "/p", "http_method": "GET"}
    for status in (99, 600, True):
        with pytest.raises(ResponseError, match="httpStatusCode"):
            BedrockAgentApiResponse(**api, http_status_code=status, response_body=body)
    with pytest.raises(ResponseError, match="at least one non-empty content type"):
        BedrockAgentApiResponse(**api, http_status_code=200, response_body={})
    ok = BedrockAgentApiResponse(**api, http_status_code=200, response_body=body)
    with pytest.raises(ResponseError, match="messageVersion"):
        BedrockAgentResponse(message_version="2.0", response=ok)
    text = {"TEXT": BedrockAgentResponseContent(body="hi")}
    with pytest.raises(ResponseError, match="responseState must be FAILURE or REPROMPT"):
        BedrockAgentFunctionResult(response_body=text, response_state="RETRY")
    with pytest.raises(ResponseError, match="one content type, TEXT"):
        BedrockAgentFunctionResult(response_body={"application/json": text["TEXT"]})
    ev = converter.structure(load_sample("bedrock-agent-openapi-get.json"), BedrockAgentEvent)
    with pytest.raises(ResponseError, match="must be text"):
        BedrockAgentResponse.for_event(ev, {"a": 1}, content_type="text/plain")


HANDLER_CASES: list[tuple[str, str, Any]] = [
    (
        "bedrock_agent_handler",
        "bedrock-agent-openapi-get.json",
        load_response("bedrock-agent-response.json"),
    ),
    (
        "bedrock_agent_function_handler",
        "bedrock-agent-function.json",
        load_response("bedrock-agent-function-response.json"),
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), HANDLER_CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    result = handler(load_sample(sample), None)
    assert result == expected
    json.dumps(result)


def test_bedrock_handlers_other_branches() -> None:
    openapi = sample_handler("bedrock_agent_handler")
    result = openapi(load_sample("bedrock-agent-openapi-post.json"), None)
    assert result["response"]["responseBody"] == {
        "application/json": {"body": '{"orderId": "1002", "cancelled": true}'}
    }
    function = importlib.import_module("samples.handlers.bedrock_agent_function_handler")
    raw = {**load_sample("bedrock-agent-function.json"), "parameters": []}
    reprompt = function.lambda_handler(raw, None)["response"]["functionResponse"]
    assert reprompt == {
        "responseBody": {"TEXT": {"body": "How many people is the booking for?"}},
        "responseState": "REPROMPT",
    }
