"""AWS Lambda function URL events (HTTP API payload 2.0 shape)."""

from __future__ import annotations

from ._model import model
from .api_gateway import APIGatewayProxyEventV2, APIGatewayProxyResponseV2

__all__ = ["LambdaFunctionUrlEvent", "LambdaFunctionUrlResponse"]


@model
class LambdaFunctionUrlEvent(APIGatewayProxyEventV2):
    """AWS Lambda function URL request: the HTTP API v2 shape (stage is always `$default`).

    `requestContext.authentication` is `null` without mTLS; `requestContext.authorizer.iam`
    is set for `AWS_IAM` auth.
    """


LambdaFunctionUrlResponse = APIGatewayProxyResponseV2
"""Function URLs answer with the HTTP API v2 response shape (with `cookies`)."""
