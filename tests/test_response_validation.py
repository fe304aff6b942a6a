"""Responses: reading never validates, building always does (the reading contract).

Every response class checks what a user builds through attrs validators and converters,
which run in the constructor (and `attrs.evolve`) only: the converter sets the fields
directly, so a response read from JSON is kept as it came, however wrong.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import ResponseError, converter

INVALID: list[tuple[str, dict[str, Any], str]] = [
    ("APIGatewayProxyResponse", {"statusCode": 99}, "statusCode must be an integer"),
    ("APIGatewayProxyResponseV2", {"statusCode": 600}, "statusCode must be an integer"),
    (
        "ALBResponse",
        {"statusCode": 200, "body": "!", "isBase64Encoded": True},
        "body is not valid base64",
    ),
    ("VPCLatticeResponse", {"statusCode": 1000, "isBase64Encoded": False}, "statusCode"),
    ("APIGatewayAuthorizerPolicyStatement", {"Effect": "Maybe", "Resource": "*"}, "Effect"),
    (
        "APIGatewayAuthorizerPolicyDocument",
        {"Version": "2012-10-17", "Statement": []},
        "No statements defined",
    ),
    (
        "CloudFormationCustomResourceResponse",
        {
            "Status": "FAILED",
            "PhysicalResourceId": "id",
            "StackId": "s",
            "RequestId": "r",
            "LogicalResourceId": "l",
        },
        "a FAILED response needs a Reason",
    ),
    ("AppSyncAuthorizerResponse", {"isAuthorized": True, "ttlOverride": 99999}, "ttlOverride"),
    ("UserMigrationTriggerEventResponse", {"finalUserStatus": "NOPE"}, "finalUserStatus"),
    (
        "ClaimsAndScopeOverrideDetails",
        {"idTokenGeneration": {"scopesToAdd": ["openid"]}},
        "idTokenGeneration cannot add or suppress scopes",
    ),
    ("CloudFrontResponse", {"status": "abc"}, "status must be an HTTP status code"),
    (
        "KinesisAnalyticsOutputDeliveryResponseRecord",
        {"recordId": "1", "result": "Nope"},
        "result must be one of",
    ),
    (
        "KinesisAnalyticsOutputDeliveryResponse",
        {"records": [{"recordId": "1", "result": "Ok"}, {"recordId": "1", "result": "Ok"}]},
        "answered twice",
    ),
    ("LexV2Message", {"contentType": "Weird", "content": "hi"}, "contentType must be one of"),
    ("TransferFamilyAuthorizerResponse", {"Role": "not-an-arn"}, "Role must be an IAM role"),
    ("AutoScalingCustomTerminationPolicyResponse", {"InstanceIDs": [""]}, "InstanceIDs"),
    (
        "ClientVPNConnectionHandlerResponse",
        {"allow": False, "error-msg-on-failed-posture-compliance": "x" * 256},
        "limited to",
    ),
]


@pytest.mark.parametrize(("name", "raw", "message"), INVALID, ids=[c[0] for c in INVALID])
def test_read_as_it_came_built_checked(name: str, raw: dict[str, Any], message: str) -> None:
    cls = getattr(le, name)
    read = converter.structure(raw, cls)  # no validator runs
    assert converter.unstructure(read) == raw
    with pytest.raises(ResponseError, match=message):
        attrs.evolve(read)  # the constructor: every validator and converter runs


def test_constructor_normalises_through_converters_not_mutation() -> None:
    response = le.APIGatewayProxyResponse(
        status_code=200,
        headers={"X": "1"},
        multi_value_headers={"Set-Cookie": ["a", "b"]},  # type: ignore[dict-item]
    )
    assert response.multi_value_headers == {"Set-Cookie": ("a", "b")}
    assert type(response.headers) is dict
    statement = le.APIGatewayAuthorizerPolicyStatement(effect="Allow", resource=["arn:a", "arn:b"])
    assert statement.resource == ("arn:a", "arn:b")
    v2 = le.APIGatewayProxyResponseV2(cookies=["a=1"])  # type: ignore[arg-type]
    assert v2.cookies == ("a=1",)
