"""Elastic Load Balancing Application Load Balancer: the event, the response, the sample
handlers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lambda_events as le
from lambda_events import ResponseError, StructureError

from ._http_support import golden, http, mutated, sample
from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_response,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

EVENT_SAMPLES = {
    "alb-request.json": le.ALBEvent,
    "alb-multi-value.json": le.ALBEvent,
}

CLASSES = ("ALBEvent",)


@pytest.mark.parametrize("name", sorted(EVENT_SAMPLES))
def test_sample_round_trips(name: str) -> None:
    assert_round_trip(load_sample(name), EVENT_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_alb_single_and_multi_value() -> None:
    ev = sample("alb-request.json", le.ALBEvent)
    assert ev.request_context.elb_target_group_arn.endswith("checkout-tg/7d3c2b1a0f9e8d7c")
    assert ev.get_query_string_value("promo") == "SPRING%2026"
    assert ev.decoded_query_string_parameters["promo"] == ("SPRING\x2026",)
    assert ev.resolved_cookies_field == {"cart": "c-19", "ab": "b"}
    assert ev.json_body == {"cartId": "c-19", "paymentMethod": "card"}
    multi = sample("alb-multi-value.json", le.ALBEvent)
    assert multi.headers == {} and multi.headers.get("x") is None
    assert multi.resolved_headers_field["X-Forwarded-For"] == ("198.51.100.34, 10.0.1.17",)
    assert multi.decoded_query_string_parameters == {
        "q": ("café au lait",),
        "filter": ("vegan", "hot"),
    }
    assert multi.get_query_string_value("filter") == "hot"
    assert multi.get_multi_value_query_string_values("filter") == ("vegan", "hot")
    assert multi.decoded_body == "" and multi.json_body is None


MALFORMED = [
    (
        "alb-request.json",
        le.ALBEvent,
        lambda r: r["requestContext"]["elb"].pop("targetGroupArn"),
        "requestContext.elb.targetGroupArn: missing required key",
    ),
]


@pytest.mark.parametrize(
    ("name", "cls", "change", "message"),
    MALFORMED,
    ids=[f"{m[1].__name__}:{m[3][:40]}" for m in MALFORMED],
)
def test_malformed_input_names_the_wire_path(
    name: str, cls: Any, change: Any, message: str
) -> None:
    assert message in structure_error(mutated(name, change), cls)


RESPONSE_SAMPLES = {
    "alb-response.json": le.ALBResponse,
}


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSE_SAMPLES[name])


def test_alb_response_status_description() -> None:
    golden(
        le.ALBResponse.build({"error": "gone"}, status_code=410),
        {
            "statusCode": 410,
            "statusDescription": "410 Gone",
            "headers": {"Content-Type": "application/json"},
            "body": '{"error":"gone"}',
            "isBase64Encoded": False,
        },
    )
    golden(
        le.ALBResponse.build(multi_value_headers={"Set-Cookie": ["a=1", "b=2"]}),
        {
            "statusCode": 200,
            "statusDescription": "200 OK",
            "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"]},
            "body": "",
            "isBase64Encoded": False,
        },
    )
    golden(
        le.ALBResponse.build("teapot", status_code=299),
        {"statusCode": 299, "statusDescription": "299", "body": "teapot", "isBase64Encoded": False},
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: le.ALBResponse.build(status_code=1000),
        lambda: le.ALBResponse(status_code=200, body="!", is_base64_encoded=True),
    ],
)
def test_invalid_proxy_responses_raise(make: Any) -> None:
    with pytest.raises(ResponseError):
        make()


CASES: list[tuple[str, str, Any]] = [
    (
        "alb_handler",
        "alb-request.json",
        {"statusDescription": "201 Created", **http({"cart": "c-19", "promo": "SPRING%2026"}, 201)},
    ),
    (
        "alb_handler",
        "alb-multi-value.json",
        {
            "statusCode": 200,
            "statusDescription": "200 OK",
            "multiValueHeaders": {
                "Cache-Control": ["no-store"],
                "Content-Type": ["application/json"],
            },
            "body": '{"q":"café au lait","filters":["vegan","hot"]}',
            "isBase64Encoded": False,
        },
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


def test_handler_surfaces_structure_errors() -> None:
    handler = sample_handler("alb_handler")
    with pytest.raises(StructureError, match="requestContext: missing required key"):
        handler({"httpMethod": "GET", "path": "/", "body": "", "isBase64Encoded": False}, None)
