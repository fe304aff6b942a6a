"""AWS Lambda function URLs: the event (IAM and no authentication), the response, the sample
handler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lambda_events as le
from lambda_events import converter

from ._http_support import http, mutated, sample
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
    "function-url-request.json": le.LambdaFunctionUrlEvent,
    "function-url-iam.json": le.LambdaFunctionUrlEvent,
}

CLASSES = ("LambdaFunctionUrlEvent",)


@pytest.mark.parametrize("name", sorted(EVENT_SAMPLES))
def test_sample_round_trips(name: str) -> None:
    assert_round_trip(load_sample(name), EVENT_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_function_url_iam_and_null_authentication() -> None:
    ev = sample("function-url-iam.json", le.LambdaFunctionUrlEvent)
    assert not isinstance(ev, le.APIGatewayProxyEventV2)  # its own class: routeKey optional
    assert ev.route_key == "$default" and ev.request_context.stage == "$default"
    assert ev.request_context.authentication is None
    assert ev.request_context.client_cert is None
    authorizer = ev.request_context.authorizer
    assert authorizer is not None and authorizer.iam is not None
    iam = authorizer.iam
    assert iam.user_arn == "arn:aws:sts::210987654321:assumed-role/ops/ops-bot"
    assert iam.cognito_amr == () and iam.cognito_identity_id is None
    assert ev.body is None and ev.json_body is None
    assert converter.unstructure(ev)["requestContext"]["authentication"] is None


def test_v2_iam_cognito_identity_from_corpus_shape() -> None:
    raw = load_sample("function-url-iam.json")
    raw["requestContext"]["authorizer"]["iam"]["cognitoIdentity"] = {
        "amr": ["authenticated"],
        "identityId": "eu-west-1:abc",
        "identityPoolId": "eu-west-1:pool",
    }
    ev = assert_round_trip(raw, le.LambdaFunctionUrlEvent)
    authorizer = ev.request_context.authorizer
    assert authorizer is not None and authorizer.iam is not None
    assert authorizer.iam.cognito_amr == ("authenticated",)
    assert authorizer.iam.cognito_identity_pool_id == "eu-west-1:pool"


MALFORMED = [
    (
        "function-url-request.json",
        le.LambdaFunctionUrlEvent,
        lambda r: r["requestContext"].update(timeEpoch=1.5),
        "requestContext.timeEpoch: expected epoch milliseconds as an integer, got float",
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
    "function-url-response.json": le.LambdaFunctionUrlResponse,
}


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSE_SAMPLES[name])


CASES: list[tuple[str, str, Any]] = [
    (
        "function_url_handler",
        "function-url-request.json",
        http({"received": "payment_intent.succeeded", "signed": True}, 202),
    ),
    (
        "function_url_handler",
        "function-url-iam.json",
        http(
            {
                "caller": "arn:aws:sts::210987654321:assumed-role/ops/ops-bot",
                "path": "/admin/reindex",
            },
            202,
        ),
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
