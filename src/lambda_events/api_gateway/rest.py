"""Amazon API Gateway REST API (payload 1.0) proxy events and their response."""

from __future__ import annotations

from collections.abc import Mapping

from .. import _http
from .._model import Model, field, model
from ._context import APIGatewayEventRequestContext, _RestRequestParts

__all__ = ["APIGatewayProxyEvent", "APIGatewayProxyResponse"]


@model
class APIGatewayProxyEvent(
    _RestRequestParts, _http.HttpBodyMixin, _http.MultiValueRequestMixin, _http.PathStageMixin
):
    """Amazon API Gateway REST API (or HTTP API payload 1.0) proxy event.

    `pathParameters`/`stageVariables`/query maps are `None` when AWS sends `null`; the
    `resolved_*` helpers and `get_*` methods read them as empty.
    """

    resource: str
    path: str
    http_method: str
    request_context: APIGatewayEventRequestContext
    version: str | None = None
    body: str | None = None
    is_base64_encoded: bool | None = None


@model
class APIGatewayProxyResponse(Model, _http.HttpResponseMixin):
    """Response of an Amazon API Gateway REST API (payload 1.0) Lambda proxy integration.

    `build()` encodes a body: `bytes` as base64 (`isBase64Encoded: true`), a JSON-able value
    as JSON with `Content-Type: application/json`, `str` as it is.
    """

    status_code: int = field(validator=_http.check_status_code)
    headers: Mapping[str, str] | None = field(
        default=None, redact="headers", converter=_http.response_headers
    )
    multi_value_headers: Mapping[str, tuple[str, ...]] | None = field(
        default=None, redact="headers", converter=_http.response_multi_value_headers
    )
    body: str | None = field(default=None, validator=_http.check_base64_body)
    is_base64_encoded: bool | None = None
