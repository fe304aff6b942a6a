"""HTTP and authorizer responses: golden JSON, builders, validation, structure back."""

from __future__ import annotations

import base64
from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import ResponseError, converter

from ._support import assert_round_trip, load_response, structure_error

RESPONSE_SAMPLES = {
    "apigw-authorizer-response.json": le.APIGatewayAuthorizerResponse,
    "apigw-authorizer-response-websocket.json": le.APIGatewayAuthorizerResponseWebSocket,
    "apigw-authorizer-response-v2.json": le.APIGatewayAuthorizerResponseV2,
    "apigw-proxy-response.json": le.APIGatewayProxyResponse,
    "apigw-proxy-response-v2.json": le.APIGatewayProxyResponseV2,
    "alb-response.json": le.ALBResponse,
    "function-url-response.json": le.LambdaFunctionUrlResponse,
    "vpc-lattice-response.json": le.VPCLatticeResponse,
    "appsync-authorizer-response.json": le.AppSyncAuthorizerResponse,
}

ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets"
PREFIX = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod"
INVOKE = "execute-api:Invoke"


def golden(obj: Any, expected: dict[str, Any]) -> None:
    """Exact JSON, and the JSON structures back to an equal object."""
    out = converter.unstructure(obj)
    assert out == expected
    assert converter.structure(out, type(obj)) == obj


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSE_SAMPLES[name])


# ---------------------------------------------------------- REST authorizer policy


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


# ---------------------------------------------------------- WebSocket authorizer policy


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


# ---------------------------------------------------------- simple responses


def test_authorizer_v2_golden() -> None:
    golden(le.APIGatewayAuthorizerResponseV2(), {"isAuthorized": False})
    golden(
        le.APIGatewayAuthorizerResponseV2(is_authorized=True, context={"k": "v", "list": [1]}),
        {"isAuthorized": True, "context": {"k": "v", "list": [1]}},
    )
    with pytest.raises(ResponseError, match="isAuthorized"):
        le.APIGatewayAuthorizerResponseV2(is_authorized="yes")  # type: ignore[arg-type]


def test_appsync_authorizer_response_golden() -> None:
    golden(le.AppSyncAuthorizerResponse(), {"isAuthorized": False})
    golden(
        le.AppSyncAuthorizerResponse(
            is_authorized=True,
            ttl_override=0,
            denied_fields=("Mutation.createEvent",),
            resolver_context={"id": "1"},
        ),
        {
            "isAuthorized": True,
            "ttlOverride": 0,
            "deniedFields": ["Mutation.createEvent"],
            "resolverContext": {"id": "1"},
        },
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ttl_override": 3601}, "ttlOverride"),
        ({"ttl_override": -1}, "ttlOverride"),
        ({"ttl_override": True}, "ttlOverride"),
        ({"denied_fields": "Mutation.x"}, "deniedFields"),
        ({"resolver_context": {"a": {"b": 1}}}, "resolverContext"),
        ({"is_authorized": 1}, "isAuthorized"),
    ],
)
def test_appsync_authorizer_response_invalid(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ResponseError, match=message):
        le.AppSyncAuthorizerResponse(**kwargs)


# ---------------------------------------------------------- proxy responses


def test_rest_proxy_response_json_text_binary() -> None:
    golden(
        le.APIGatewayProxyResponse.build({"ok": True, "n": 1}),
        {
            "statusCode": 200,
            "headers": {"Content-Type": "application/json"},
            "body": '{"ok":true,"n":1}',
            "isBase64Encoded": False,
        },
    )
    golden(
        le.APIGatewayProxyResponse.build(
            "hi", status_code=404, headers={"content-type": "text/plain"}
        ),
        {
            "statusCode": 404,
            "headers": {"content-type": "text/plain"},
            "body": "hi",
            "isBase64Encoded": False,
        },
    )
    golden(
        le.APIGatewayProxyResponse.build(b"\x00\xffPNG", headers={"Content-Type": "image/png"}),
        {
            "statusCode": 200,
            "headers": {"Content-Type": "image/png"},
            "body": base64.b64encode(b"\x00\xffPNG").decode(),
            "isBase64Encoded": True,
        },
    )
    golden(
        le.APIGatewayProxyResponse.build(
            [1, 2], multi_value_headers={"Set-Cookie": ["a=1", "b=2"]}
        ),
        {
            "statusCode": 200,
            "multiValueHeaders": {
                "Set-Cookie": ["a=1", "b=2"],
                "Content-Type": ["application/json"],
            },
            "body": "[1,2]",
            "isBase64Encoded": False,
        },
    )
    golden(le.APIGatewayProxyResponse(status_code=204), {"statusCode": 204})
    response = le.APIGatewayProxyResponse.build("x").with_header("X-Id", "7").with_status(202)
    golden(
        response,
        {"statusCode": 202, "headers": {"X-Id": "7"}, "body": "x", "isBase64Encoded": False},
    )


def test_http_api_response_cookies_and_binary() -> None:
    response = (
        le.APIGatewayProxyResponseV2.build(b"\x01\x02", cookies=["a=1; Secure"])
        .with_cookie("b=2")
        .with_header("Cache-Control", "no-store")
    )
    golden(
        response,
        {
            "statusCode": 200,
            "headers": {"Content-Type": "application/octet-stream", "Cache-Control": "no-store"},
            "cookies": ["a=1; Secure", "b=2"],
            "body": "AQI=",
            "isBase64Encoded": True,
        },
    )
    assert le.LambdaFunctionUrlResponse is le.APIGatewayProxyResponseV2


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


def test_vpc_lattice_response() -> None:
    golden(
        le.VPCLatticeResponse.build("ok", headers={"Content-Type": "text/plain"}),
        {
            "statusCode": 200,
            "isBase64Encoded": False,
            "statusDescription": "200 OK",
            "headers": {"Content-Type": "text/plain"},
            "body": "ok",
        },
    )
    golden(
        le.VPCLatticeResponse.build(b"\x00", status_code=500).with_header("X", "1"),
        {
            "statusCode": 500,
            "isBase64Encoded": True,
            "statusDescription": "500 Internal Server Error",
            "headers": {"Content-Type": "application/octet-stream", "X": "1"},
            "body": "AA==",
        },
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: le.APIGatewayProxyResponse(status_code=99),
        lambda: le.APIGatewayProxyResponse(status_code=200.0),  # type: ignore[arg-type]
        lambda: le.APIGatewayProxyResponse(status_code=200, headers={"X": 1}),  # type: ignore[dict-item]
        lambda: le.APIGatewayProxyResponse(status_code=200, multi_value_headers={"X": "a"}),  # type: ignore[dict-item]
        lambda: le.APIGatewayProxyResponse(status_code=200, body="%%%", is_base64_encoded=True),
        lambda: le.APIGatewayProxyResponse.build({1, 2}),
        lambda: le.APIGatewayProxyResponse.build(float("nan")),
        lambda: le.APIGatewayProxyResponseV2(status_code=600),
        lambda: le.APIGatewayProxyResponseV2(status_code=200, cookies="a=b"),  # type: ignore[arg-type]
        lambda: le.ALBResponse.build(status_code=1000),
        lambda: le.ALBResponse(status_code=200, body="!", is_base64_encoded=True),
        lambda: le.VPCLatticeResponse(status_code=200, headers={"X": ["a"]}),  # type: ignore[dict-item]
    ],
)
def test_invalid_proxy_responses_raise(make: Any) -> None:
    with pytest.raises(ResponseError):
        make()


def test_responses_normalise_lists_so_round_trips_are_equal() -> None:
    response = le.APIGatewayProxyResponse(
        status_code=200,
        multi_value_headers={"Set-Cookie": ["a", "b"]},  # type: ignore[dict-item]
    )
    assert response.multi_value_headers == {"Set-Cookie": ("a", "b")}
    assert (
        converter.structure(converter.unstructure(response), le.APIGatewayProxyResponse) == response
    )
