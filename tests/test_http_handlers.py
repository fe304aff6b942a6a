"""The HTTP / authorizer / AppSync sample handlers run on their samples."""

from __future__ import annotations

import importlib
import json
from typing import Any

import pytest

from lambda_events import StructureError

from ._support import load_sample

CERT_PREFIX = "arn:aws-cn:execute-api:cn-northwest-1:210987654321:m4n5b6v7c8/prod"
JSON = {"Content-Type": "application/json"}
LOCATIONS = [
    {"id": "1", "name": "Location 1", "address": "123 Main St"},
    {"id": "2", "name": "Location 2", "address": "456 Elm St"},
    {"id": "3", "name": "Location 3", "address": "789 Oak St"},
]


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


def http(body: Any, status: int = 200, **extra: Any) -> dict[str, Any]:
    return {
        "statusCode": status,
        "headers": JSON,
        **extra,
        "body": json.dumps(body, separators=(",", ":"), ensure_ascii=False),
        "isBase64Encoded": False,
    }


CASES: list[tuple[str, str, Any]] = [
    (
        "apigw_proxy_handler",
        "apigw-rest-proxy.json",
        http(
            {
                "order": "o-7731",
                "tags": ["priority", "urgent"],
                "theme": "dark",
                "user": "ana@example.com",
            }
        ),
    ),
    (
        "apigw_proxy_handler",
        "apigw-rest-proxy-binary.json",
        http({"fileName": "invoice-2026-02.pdf", "sizeBytes": 48213}, 201),
    ),
    (
        "apigw_proxy_v2_handler",
        "apigw-http-v2.json",
        http(
            {
                "cart": "c-19",
                "path": "/carts/c-19/items",
                "sku": "MUG-01",
                "quantity": 2,
                "user": "u-9",
                "coupons": ["SPRING", "VIP"],
            },
            cookies=["last-route=items"],
        ),
    ),
    (
        "apigw_proxy_v2_handler",
        "apigw-http-v2-lambda-authorizer.json",
        http(
            {"tenant": "t-88", "report": {"week": 7, "format": "csv"}}, cookies=["last-route=items"]
        ),
    ),
    (
        "apigw_websocket_handler",
        "apigw-websocket-connect.json",
        {"statusCode": 200, "body": "Lk2pVdZwoAMCJ-Q= joined lobby", "isBase64Encoded": False},
    ),
    (
        "apigw_websocket_handler",
        "apigw-websocket-message.json",
        {"statusCode": 200, "body": "echo: olá a todos", "isBase64Encoded": False},
    ),
    (
        "apigw_websocket_handler",
        "apigw-websocket-disconnect.json",
        {"statusCode": 200, "body": "Lk2pVdZwoAMCJ-Q= left (1001)", "isBase64Encoded": False},
    ),
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
    (
        "vpc_lattice_handler",
        "vpc-lattice-v1.json",
        {
            "statusCode": 200,
            "isBase64Encoded": False,
            "statusDescription": "200 OK",
            "headers": {"Content-Type": "application/text"},
            "body": "Event Response to VPC Lattice for lis-2",
        },
    ),
    (
        "vpc_lattice_v2_handler",
        "vpc-lattice-v2.json",
        {
            "statusCode": 200,
            "isBase64Encoded": False,
            "statusDescription": "200 OK",
            "headers": JSON,
            "body": (
                '{"stored":40,"tags":["new","sale"],"forwarded_for":["10.40.1.12","10.40.9.1"],'
                '"at":"2026-02-14T12:26:40.123456+00:00"}'
            ),
        },
    ),
    (
        "appsync_resolver_handler",
        "appsync-resolver-direct.json",
        {
            "field": "Query.listProducts",
            "caller": "cognito:ana",
            "selection": ["id", "title", "price"],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": None,
        },
    ),
    (
        "appsync_resolver_handler",
        "appsync-resolver-amplify.json",
        {
            "field": "Store.openingHours",
            "caller": "iam:arn:aws:sts::210987654321:assumed-role/catalog-sync/session-9",
            "selection": [],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": {"timezone": "Europe/Lisbon"},
        },
    ),
    (
        "appsync_resolver_handler",
        "appsync-resolver-lambda-identity.json",
        {
            "field": "Mutation.deleteProduct",
            "caller": "lambda:acme",
            "selection": ["id"],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": None,
        },
    ),
    (
        "appsync_resolver_handler",
        "appsync-resolver-oidc.json",
        {
            "field": "Query.me",
            "caller": "oidc:google-oauth2|1029384756",
            "selection": ["email"],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": None,
        },
    ),
    (
        "appsync_batch_handler",
        "appsync-batch.json",
        [{"name": "Ana"}, {"name": "Bruno"}, {"name": "Carla"}],
    ),
    (
        "appsync_authorizer_handler",
        "appsync-authorizer.json",
        {
            "isAuthorized": True,
            "resolverContext": {"id": "u-31"},
            "deniedFields": ["Mutation.deleteEvent"],
            "ttlOverride": 0,
        },
    ),
    (
        "appsync_events_handler",
        "appsync-events-publish.json",
        {
            "events": [
                {
                    "payload": {"text": "hi", "from": "ana"},
                    "id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                }
            ]
        },
    ),
    ("appsync_events_handler", "appsync-events-subscribe.json", None),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = importlib.import_module(f"samples.handlers.{module}").lambda_handler
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
    handler = importlib.import_module(f"samples.handlers.{module}").lambda_handler
    assert handler({**load_sample(sample), **change}, None) == policy(expected)


def test_handler_surfaces_structure_errors() -> None:
    handler = importlib.import_module("samples.handlers.alb_handler").lambda_handler
    with pytest.raises(StructureError, match="requestContext: missing required key"):
        handler({"httpMethod": "GET", "path": "/", "body": "", "isBase64Encoded": False}, None)
