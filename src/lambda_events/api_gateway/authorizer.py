"""Amazon API Gateway Lambda authorizer events (TOKEN, REQUEST, HTTP API v2) and the HTTP
API simple response. The IAM policy responses are in `policy`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

from .. import _http
from .._model import EMPTY, Model, WireMemory, field, model
from ..errors import ResponseError
from ..headers import Headers, MultiValueHeaders
from ._context import APIGatewayEventRequestContext, _RestRequestParts
from ._context_v2 import BaseRequestContextV2
from ._route_arn import APIGatewayRouteArn, _parsed

__all__ = [
    "APIGatewayAuthorizerEventV2",
    "APIGatewayAuthorizerRequestEvent",
    "APIGatewayAuthorizerResponseV2",
    "APIGatewayAuthorizerTokenEvent",
]


# ------------------------------------------------------------------------- events


@model
class APIGatewayAuthorizerTokenEvent(Model):
    """API Gateway REST API TOKEN authorizer event (the bearer token and the method ARN)."""

    type: str
    authorization_token: str = field(secret=True)
    method_arn: str

    @cached_property
    def parsed_arn(self) -> APIGatewayRouteArn:
        """`methodArn` split into partition, region, account, API id, stage, method, resource."""
        return _parsed(self.method_arn, "methodArn")


@model
class APIGatewayAuthorizerRequestEvent(
    _RestRequestParts, _http.MultiValueRequestMixin, _http.PathStageMixin
):
    """API Gateway REQUEST authorizer event: REST APIs, and WebSocket `$connect` routes.

    The WebSocket shape has no `version`, `resource`, `path`, `httpMethod` or
    `authorizationToken`, and its `methodArn` names a route, not a method.
    """

    type: str
    method_arn: str
    request_context: APIGatewayEventRequestContext
    version: str | None = None
    identity_source: str | None = field(default=None, secret=True)
    authorization_token: str | None = field(default=None, secret=True)
    resource: str | None = None
    path: str | None = None
    http_method: str | None = None

    @property
    def is_websocket(self) -> bool:
        """True for a WebSocket API `$connect` authorizer event."""
        return self.request_context.connection_id is not None

    @cached_property
    def parsed_arn(self) -> APIGatewayRouteArn:
        """`methodArn` split; for WebSocket events the resource is the route key."""
        return _parsed(self.method_arn, "methodArn", self.is_websocket)


@model
class APIGatewayAuthorizerEventV2(Model, _http.ParameterAccessMixin, _http.PathStageMixin):
    """API Gateway HTTP API Lambda authorizer event (payload format 2.0)."""

    version: str
    type: str
    route_arn: str
    route_key: str
    raw_path: str
    raw_query_string: str = field(redact="query_string")
    request_context: BaseRequestContextV2
    identity_source: tuple[str, ...] | None = field(default=None, secret=True)
    cookies: tuple[str, ...] | None = field(default=None, secret=True)
    headers: Headers = field(default=_http.NO_HEADERS, null_is_default=True)
    query_string_parameters: Mapping[str, str] | None = field(default=None, redact="query")
    path_parameters: Mapping[str, str] | None = None
    stage_variables: Mapping[str, str] | None = None

    @cached_property
    def parsed_arn(self) -> APIGatewayRouteArn:
        """`routeArn` split into partition, region, account, API id, stage, method, resource."""
        return _parsed(self.route_arn, "routeArn")

    @property
    def http_method(self) -> str:
        """The request method (`requestContext.http.method`)."""
        return self.request_context.http.method

    @property
    def resolved_identity_source(self) -> tuple[str, ...]:
        """The identity sources; empty when absent or `null`."""
        return self.identity_source or ()

    @cached_property
    def resolved_cookies_field(self) -> Mapping[str, str]:
        """The `cookies` list parsed into name -> value."""
        return _http.cookies_from_list(self.cookies)

    @cached_property
    def resolved_headers_field(self) -> MultiValueHeaders:
        """Headers with comma-joined values split into lists, case-insensitive."""
        return _http.split_comma_headers(self.headers)

    def _query_value(self, name: str) -> str | None:
        params = self.query_string_parameters
        return params.get(name) if params else None

    def _query_values(self, name: str) -> Sequence[str]:
        return _http.split_commas(self.query_string_parameters).get(name, ())


def _check_is_authorized(_instance: object, _attribute: object, value: object) -> None:
    if value.__class__ is not bool:
        raise ResponseError("isAuthorized must be true or false")


def _string_keyed_context(context: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if context is None:
        return None
    if not isinstance(context, Mapping) or not all(isinstance(k, str) for k in context):
        raise ResponseError("context must be an object with string keys")
    return dict(context)


@model
class APIGatewayAuthorizerResponseV2(Model):
    """Simple response of an HTTP API Lambda authorizer (payload 2.0).

    `context` (any JSON object) is omitted when `None`; build with `context=None` rather than
    `{}` to leave it out.
    """

    is_authorized: bool = field(default=False, validator=_check_is_authorized)
    context: Mapping[str, Any] | None = field(default=None, converter=_string_keyed_context)

    def __init__(
        self,
        is_authorized: bool | None = None,
        context: Mapping[str, Any] | None = None,
        *,
        authorize: bool | None = None,
        unknown_keys: Mapping[str, Any] = EMPTY,
        _wire: WireMemory | None = None,
    ) -> None:
        """`authorize=` is Powertools' name for `is_authorized`."""
        if is_authorized is not None and authorize is not None:
            raise ResponseError("give is_authorized or authorize, not both")
        chosen = is_authorized if is_authorized is not None else authorize
        self.__attrs_init__(  # type: ignore[attr-defined]
            is_authorized=False if chosen is None else chosen,
            context=context,
            unknown_keys=unknown_keys,
            _wire=_wire,
        )
