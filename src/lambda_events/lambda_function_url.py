"""AWS Lambda function URL events (HTTP API payload 2.0 shape)."""

from __future__ import annotations

from ._model import model
from .api_gateway._context_v2 import _RequestContextV2Parts
from .api_gateway.http_api import (
    APIGatewayProxyResponseV2,
    RequestContextV2Authorizer,
    _ProxyEventV2Parts,
)

__all__ = [
    "LambdaFunctionUrlEvent",
    "LambdaFunctionUrlRequestContext",
    "LambdaFunctionUrlResponse",
]


@model
class LambdaFunctionUrlRequestContext(_RequestContextV2Parts):
    """`requestContext` of a function URL request (`routeKey`/`stage` are `$default` if sent)."""

    route_key: str | None = None
    stage: str | None = None
    authorizer: RequestContextV2Authorizer | None = None


@model
class LambdaFunctionUrlEvent(_ProxyEventV2Parts):
    """AWS Lambda function URL request: the HTTP API v2 shape (stage is always `$default`).

    `requestContext.authentication` is `null` without mTLS; `requestContext.authorizer.iam`
    is set for `AWS_IAM` auth. `routeKey` (always `$default`) is absent from some events.
    """

    route_key: str | None = None
    request_context: LambdaFunctionUrlRequestContext

    def _context(self) -> LambdaFunctionUrlRequestContext:
        return self.request_context


LambdaFunctionUrlResponse = APIGatewayProxyResponseV2
"""Function URLs answer with the HTTP API v2 response shape (with `cookies`)."""
