"""Amazon API Gateway Lambda authorizers: token, request and HTTP API events, IAM policy and
simple responses, the sample handlers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import ResponseError, StructureError, converter
from lambda_events.api_gateway import parse_api_gateway_arn

from ._http_support import golden, mutated, sample
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
    "apigw-authorizer-token.json": le.APIGatewayAuthorizerTokenEvent,
    "apigw-authorizer-request.json": le.APIGatewayAuthorizerRequestEvent,
    "apigw-authorizer-request-websocket.json": le.APIGatewayAuthorizerRequestEvent,
    "apigw-authorizer-v2.json": le.APIGatewayAuthorizerEventV2,
}

CLASSES = (
    "APIGatewayAuthorizerTokenEvent",
    "APIGatewayAuthorizerRequestEvent",
    "APIGatewayAuthorizerEventV2",
)


@pytest.mark.parametrize("name", sorted(EVENT_SAMPLES))
def test_sample_round_trips(name: str) -> None:
    assert_round_trip(load_sample(name), EVENT_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


@pytest.mark.parametrize(
    ("arn", "websocket", "expected"),
    [
        (
            "arn:aws-cn:execute-api:cn-north-1:123456789012:abc/prod/GET/pets/{id}",
            False,
            ("aws-cn", "cn-north-1", "123456789012", "abc", "prod", "GET", "pets/{id}"),
        ),
        (
            "arn:aws-us-gov:execute-api:us-gov-east-1:123456789012:abc/v1/ANY/{proxy+}",
            False,
            ("aws-us-gov", "us-gov-east-1", "123456789012", "abc", "v1", "ANY", "{proxy+}"),
        ),
        (
            "arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/",
            False,
            ("aws", "us-west-2", "123456789012", "ymy8tbxw7b", "*", "GET", ""),
        ),
        (
            "arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect",
            True,
            ("aws", "us-east-1", "123456789012", "c5jwxq709g", "production", None, "$connect"),
        ),
    ],
)
def test_parse_api_gateway_arn(arn: str, websocket: bool, expected: tuple[Any, ...]) -> None:
    parsed = parse_api_gateway_arn(arn, websocket)
    assert (
        parsed.partition,
        parsed.region,
        parsed.aws_account_id,
        parsed.api_id,
        parsed.stage,
        parsed.http_method,
        parsed.resource,
    ) == expected
    assert parsed.arn == arn


@pytest.mark.parametrize(
    "arn",
    ["not-an-arn", "arn:aws:lambda:us-east-1:1:function:f", "arn:aws:execute-api:r:1:api"],
)
def test_parse_api_gateway_arn_rejects(arn: str) -> None:
    with pytest.raises(ValueError, match="ARN"):
        parse_api_gateway_arn(arn)


def test_token_event() -> None:
    ev = sample("apigw-authorizer-token.json", le.APIGatewayAuthorizerTokenEvent)
    assert ev.parsed_arn.partition == "aws-cn"
    assert ev.parsed_arn.resource == "inventory/{sku}"
    assert "Bearer" not in repr(ev) and "'***'" in repr(ev)
    raw = load_sample("apigw-authorizer-token.json")
    raw["methodArn"] = "garbage"
    bad = converter.structure(raw, le.APIGatewayAuthorizerTokenEvent)
    with pytest.raises(StructureError, match="methodArn: not an ARN"):
        _ = bad.parsed_arn


def test_request_event_rest_and_websocket() -> None:
    ev = sample("apigw-authorizer-request.json", le.APIGatewayAuthorizerRequestEvent)
    assert not ev.is_websocket
    assert ev.parsed_arn.partition == "aws-us-gov" and ev.parsed_arn.http_method == "POST"
    assert ev.headers is not None and ev.headers["x-tenant"] == "acme"
    assert ev.resolved_headers_field["x-token"] == ("tok-5521",)
    assert ev.get_query_string_value("draft") == "false"
    assert ev.resolved_path_parameters == {} and ev.resolved_stage_variables == {"audience": "gov"}
    assert "tok-5521,acme" not in repr(ev).split("headers=")[0]
    ws = sample("apigw-authorizer-request-websocket.json", le.APIGatewayAuthorizerRequestEvent)
    assert ws.is_websocket
    assert ws.parsed_arn.http_method is None and ws.parsed_arn.resource == "$connect"
    assert ws.request_context.route_key == "$connect"
    assert ws.authorization_token is None and ws.resource is None
    assert "Bearer ws-token-81" not in repr(ws)  # Authorization header redacted


def test_authorizer_v2_event() -> None:
    ev = sample("apigw-authorizer-v2.json", le.APIGatewayAuthorizerEventV2)
    assert ev.parsed_arn.stage == "$default" and ev.parsed_arn.resource == "carts/c-19"
    assert ev.http_method == "DELETE"
    assert ev.resolved_identity_source == ("Bearer v2-token-55",)
    assert ev.resolved_cookies_field == {"session": "9f8e7d"}
    assert ev.resolved_stage_variables == {}
    assert "v2-token-55" not in repr(ev)  # identity source and Authorization header redacted
    raw = load_sample("apigw-authorizer-v2.json")
    raw["identitySource"] = None
    assert assert_round_trip(raw, le.APIGatewayAuthorizerEventV2).resolved_identity_source == ()


MALFORMED = [
    (
        "apigw-authorizer-token.json",
        le.APIGatewayAuthorizerTokenEvent,
        lambda r: r.pop("methodArn"),
        "methodArn: missing required key",
    ),
    (
        "apigw-authorizer-request.json",
        le.APIGatewayAuthorizerRequestEvent,
        lambda r: r["multiValueHeaders"].update({"X-Token": "tok"}),
        "multiValueHeaders.X-Token: expected a list of strings, got str",
    ),
    (
        "apigw-authorizer-v2.json",
        le.APIGatewayAuthorizerEventV2,
        lambda r: r.update(identitySource=[7]),
        "identitySource[0]: expected a string, got int",
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
    "apigw-authorizer-response.json": le.APIGatewayAuthorizerResponse,
    "apigw-authorizer-response-websocket.json": le.APIGatewayAuthorizerResponseWebSocket,
    "apigw-authorizer-response-v2.json": le.APIGatewayAuthorizerResponseV2,
}

ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets"

PREFIX = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod"

INVOKE = "execute-api:Invoke"


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSE_SAMPLES[name])


def test_rest_policy_golden_grouping_and_condition_object() -> None:
    policy = (
        le.APIGatewayAuthorizerResponse.from_route_arn(
            ARN,
            principal_id="user",
            context={"tenant": "t1", "n": 1, "b": True},
            usage_identifier_key="KEY",
        )
        .allow_route("GET", "/admin", conditions=[{"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}])
        .allow_route("GET", "/pets/*")
        .allow_route(le.HttpVerb.POST, "pets")
        .allow_all_routes()
        .deny_route("delete", "/pets/{id}")
        .allow_route("GET", "/pets/*")  # duplicate: listed once
    )
    golden(
        policy,
        {
            "principalId": "user",
            "policyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Action": INVOKE,
                        "Effect": "Allow",
                        "Resource": [f"{PREFIX}/GET/admin"],
                        "Condition": {"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}},
                    },
                    {
                        "Action": INVOKE,
                        "Effect": "Allow",
                        "Resource": [
                            f"{PREFIX}/GET/pets/*",
                            f"{PREFIX}/POST/pets",
                            f"{PREFIX}/*/*",
                        ],
                    },
                    {
                        "Action": INVOKE,
                        "Effect": "Deny",
                        "Resource": [f"{PREFIX}/DELETE/pets/{{id}}"],
                    },
                ],
            },
            "usageIdentifierKey": "KEY",
            "context": {"tenant": "t1", "n": 1, "b": True},
        },
    )


@pytest.mark.parametrize("partition", ["aws-cn", "aws-us-gov"])
def test_from_route_arn_keeps_the_partition(partition: str) -> None:
    arn = f"arn:{partition}:execute-api:cn-north-1:123456789012:abc/prod/GET/x"
    policy = le.APIGatewayAuthorizerResponse.from_route_arn(arn, "u").allow_all_routes("GET")
    golden(
        policy,
        {
            "principalId": "u",
            "policyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Action": INVOKE,
                        "Effect": "Allow",
                        "Resource": [
                            f"arn:{partition}:execute-api:cn-north-1:123456789012:abc/prod/GET/*"
                        ],
                    }
                ],
            },
        },
    )
    # routes added later to the response derive the API from its resources, partition included
    more = policy.deny_route("POST", "/y")
    resources = [r for s in more.policy_document.statement for r in s.resource]
    assert resources[-1] == f"arn:{partition}:execute-api:cn-north-1:123456789012:abc/prod/POST/y"


def test_for_api_from_parts_merges_conditions_and_drops_empty_context() -> None:
    policy = le.APIGatewayAuthorizerResponse.for_api(
        principal_id="p",
        region="eu-west-1",
        aws_account_id="111122223333",
        api_id="api9",
        stage="v1",
        context={},
    ).deny_route(
        "ALL",
        "/admin/*",
        conditions=[
            {"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}},
            {"Bool": {"aws:SecureTransport": "false"}},
        ],
    )
    golden(
        policy,
        {
            "principalId": "p",
            "policyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Action": INVOKE,
                        "Effect": "Deny",
                        "Resource": [
                            "arn:aws:execute-api:eu-west-1:111122223333:api9/v1/*/admin/*"
                        ],
                        "Condition": {
                            "IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]},
                            "Bool": {"aws:SecureTransport": "false"},
                        },
                    }
                ],
            },
        },
    )


def test_builders_return_new_instances() -> None:
    first = le.APIGatewayAuthorizerResponse.from_route_arn(ARN, "u").allow_route("GET", "/a")
    second = first.allow_route("GET", "/b")
    assert first is not second
    assert first.policy_document.statement[0].resource == (f"{PREFIX}/GET/a",)
    assert second.policy_document.statement[0].resource == (f"{PREFIX}/GET/a", f"{PREFIX}/GET/b")


def test_deny_all_response() -> None:
    golden(
        le.DENY_ALL_RESPONSE,
        {
            "principalId": "deny-all-user",
            "policyDocument": {
                "Version": "2012-10-17",
                "Statement": [{"Action": INVOKE, "Effect": "Deny", "Resource": ["*"]}],
            },
        },
    )
    with pytest.raises(ResponseError, match="names no execute-api resource"):
        le.DENY_ALL_RESPONSE.allow_route("GET", "/x")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda b: b.allow_route("FETCH", "/x"), "http_method must be one of"),
        (lambda b: b.allow_route("GET", "/x y"), "invalid resource path"),
        (lambda b: b.allow_route("GET", "/x?y=1"), "invalid resource path"),
        (lambda b: b.allow_route("GET", "/x", {"IpAddress": "10.0.0.0/8"}), "must map keys"),
        (
            lambda b: b.allow_route(
                "GET", "/x", [{"Bool": {"k": "true"}}, {"Bool": {"k": "false"}}]
            ),
            "conflicting values",
        ),
    ],
)
def test_invalid_routes_raise(build: Any, message: str) -> None:
    builder = le.APIGatewayAuthorizerResponse.from_route_arn(ARN, "u")
    with pytest.raises(ResponseError, match=message):
        build(builder)


def test_invalid_policies_raise_at_construction() -> None:
    with pytest.raises(ResponseError, match="No statements defined"):
        le.APIGatewayAuthorizerPolicyDocument(statement=())
    with pytest.raises(ResponseError, match="Effect must be"):
        le.APIGatewayAuthorizerPolicyStatement(effect="allow", resource=("*",))
    with pytest.raises(ResponseError, match="Resource must be"):
        le.APIGatewayAuthorizerPolicyStatement(effect="Allow", resource=())
    with pytest.raises(ResponseError, match="Condition must be"):
        le.APIGatewayAuthorizerPolicyStatement(
            effect="Allow",
            resource=("*",),
            condition={"Bool": "x"},  # type: ignore[dict-item]
        )
    with pytest.raises(ResponseError, match="must be a string, number or boolean"):
        le.APIGatewayAuthorizerResponse.from_route_arn(ARN, "u", context={"nested": {"a": 1}})
    with pytest.raises(ResponseError, match="must be a string, number or boolean"):
        le.APIGatewayAuthorizerResponse(
            principal_id="u",
            policy_document=le.DENY_ALL_RESPONSE.policy_document,
            context={"list": [1]},
        )
    with pytest.raises(ResponseError, match="not an API Gateway method"):
        le.APIGatewayAuthorizerResponse.from_route_arn("arn:aws:execute-api:us-east-1:1:abc", "u")
    with pytest.raises(ResponseError, match="not an ARN"):
        le.APIGatewayAuthorizerResponse.from_route_arn("nope", "u")


def test_policy_json_is_read_under_the_reading_contract() -> None:
    """Read back, a policy is checked for shape only; building one checks its content."""
    raw = load_response("apigw-authorizer-response.json")
    raw["policyDocument"]["Statement"] = []
    empty = assert_round_trip(raw, le.APIGatewayAuthorizerResponse)
    with pytest.raises(ResponseError, match="No statements defined"):
        attrs.evolve(empty.policy_document)  # what a handler builds is validated
    raw["policyDocument"]["Statement"] = [{"Action": "execute-api:Invoke", "Effect": "Allow"}]
    assert "policyDocument.Statement[0].Resource: missing required key" in structure_error(
        raw, le.APIGatewayAuthorizerResponse
    )
    raw["policyDocument"]["Statement"][0]["Resource"] = {"arn": "x"}
    assert "Resource: expected a string or a list, got dict" in structure_error(
        raw, le.APIGatewayAuthorizerResponse
    )


def test_websocket_policy_golden() -> None:
    arn = "arn:aws-cn:execute-api:cn-north-1:123456789012:c5jw/production/$connect"
    policy = (
        le.APIGatewayAuthorizerResponseWebSocket.from_route_arn(arn, "u", context={"a": "b"})
        .allow_route("$connect")
        .allow_all_routes()
        .deny_route("chat", {"StringEquals": {"x": "y"}})
    )
    prefix = "arn:aws-cn:execute-api:cn-north-1:123456789012:c5jw/production"
    golden(
        policy,
        {
            "principalId": "u",
            "policyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Action": INVOKE,
                        "Effect": "Allow",
                        "Resource": [f"{prefix}/$connect", f"{prefix}/*"],
                    },
                    {
                        "Action": INVOKE,
                        "Effect": "Deny",
                        "Resource": [f"{prefix}/chat"],
                        "Condition": {"StringEquals": {"x": "y"}},
                    },
                ],
            },
            "context": {"a": "b"},
        },
    )
    built = le.APIGatewayAuthorizerResponseWebSocket.for_api(
        "u", "us-east-1", "123456789012", "w1", "live"
    ).deny_all_routes()
    assert converter.unstructure(built)["policyDocument"]["Statement"][0]["Resource"] == [
        "arn:aws:execute-api:us-east-1:123456789012:w1/live/*"
    ]
    with pytest.raises(ResponseError, match="invalid WebSocket route"):
        built.allow_route("has space")


def test_authorizer_v2_golden() -> None:
    golden(le.APIGatewayAuthorizerResponseV2(), {"isAuthorized": False})
    golden(
        le.APIGatewayAuthorizerResponseV2(is_authorized=True, context={"k": "v", "list": [1]}),
        {"isAuthorized": True, "context": {"k": "v", "list": [1]}},
    )
    with pytest.raises(ResponseError, match="isAuthorized"):
        le.APIGatewayAuthorizerResponseV2(is_authorized="yes")  # type: ignore[arg-type]


CERT_PREFIX = "arn:aws-cn:execute-api:cn-northwest-1:210987654321:m4n5b6v7c8/prod"


def policy(resources: list[tuple[str, list[str]]]) -> dict[str, Any]:
    return {
        "principalId": "user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {"Action": "execute-api:Invoke", "Effect": effect, "Resource": res}
                for effect, res in resources
            ],
        },
        "context": {"user": "example"},
    }


CASES: list[tuple[str, str, Any]] = [
    (
        "apigw_authorizer_token_handler",
        "apigw-authorizer-token.json",
        policy(
            [("Allow", [f"{CERT_PREFIX}/*/*"]), ("Deny", [f"{CERT_PREFIX}/DELETE/inventory/*"])]
        ),
    ),
    (
        "apigw_authorizer_request_handler",
        "apigw-authorizer-request.json",
        policy(
            [
                (
                    "Allow",
                    ["arn:aws-us-gov:execute-api:us-gov-west-1:210987654321:g0v1a2p3i4/stable/*/*"],
                )
            ]
        ),
    ),
    (
        "apigw_authorizer_websocket_handler",
        "apigw-authorizer-request-websocket.json",
        policy(
            [
                (
                    "Allow",
                    ["arn:aws:execute-api:ap-southeast-2:210987654321:w1s2k3t4u5/live/$connect"],
                )
            ]
        ),
    ),
    (
        "apigw_authorizer_v2_handler",
        "apigw-authorizer-v2.json",
        {"isAuthorized": True, "context": {"name": "Foo"}},
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


@pytest.mark.parametrize(
    ("module", "sample", "change", "expected"),
    [
        (
            "apigw_authorizer_token_handler",
            "apigw-authorizer-token.json",
            {"authorizationToken": "Bearer nope"},
            [("Deny", [f"{CERT_PREFIX}/*/*"])],
        ),
        (
            "apigw_authorizer_request_handler",
            "apigw-authorizer-request.json",
            {"headers": {"X-Tenant": "evil"}},
            [
                (
                    "Deny",
                    ["arn:aws-us-gov:execute-api:us-gov-west-1:210987654321:g0v1a2p3i4/stable/*/*"],
                )
            ],
        ),
    ],
)
def test_authorizer_handlers_deny(
    module: str, sample: str, change: dict[str, Any], expected: Any
) -> None:
    handler = sample_handler(module)
    assert handler({**load_sample(sample), **change}, None) == policy(expected)
