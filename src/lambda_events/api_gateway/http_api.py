"""Amazon API Gateway HTTP API (payload 2.0) proxy events and their response.

Lambda function URLs share the shape: `lambda_function_url` builds on these parts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .. import _http
from .._model import EMPTY, Model, field, model
from ..headers import Headers, MultiValueHeaders
from ._context_v2 import BaseRequestContextV2

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._context_v2 import _RequestContextV2Parts

__all__ = [
    "APIGatewayProxyEventV2",
    "APIGatewayProxyResponseV2",
    "RequestContextV2",
    "RequestContextV2Authorizer",
    "RequestContextV2AuthorizerIam",
    "RequestContextV2AuthorizerIamCognitoIdentity",
    "RequestContextV2AuthorizerJwt",
]


@model
class RequestContextV2AuthorizerIamCognitoIdentity(Model):
    """Cognito identity of an IAM-authorized HTTP API caller."""

    amr: tuple[str, ...] | None = None
    identity_id: str | None = None
    identity_pool_id: str | None = None


@model
class RequestContextV2AuthorizerIam(Model):
    """IAM caller of an HTTP API or Function URL (`AWS_IAM` auth)."""

    access_key: str | None = None
    account_id: str | None = None
    caller_id: str | None = None
    cognito_identity: RequestContextV2AuthorizerIamCognitoIdentity | None = None
    principal_org_id: str | None = None
    user_arn: str | None = None
    user_id: str | None = None

    @property
    def cognito_amr(self) -> tuple[str, ...]:
        ci = self.cognito_identity
        return ci.amr or () if ci is not None else ()

    @property
    def cognito_identity_id(self) -> str | None:
        return self.cognito_identity.identity_id if self.cognito_identity is not None else None

    @property
    def cognito_identity_pool_id(self) -> str | None:
        ci = self.cognito_identity
        return ci.identity_pool_id if ci is not None else None


@model
class RequestContextV2AuthorizerJwt(Model):
    """JWT authorizer result: the token's claims and scopes."""

    claims: Mapping[str, Any]
    scopes: tuple[str, ...] | None = None


@model
class RequestContextV2Authorizer(Model):
    """`requestContext.authorizer` of an HTTP API: JWT, IAM or Lambda authorizer."""

    jwt: RequestContextV2AuthorizerJwt | None = None
    iam: RequestContextV2AuthorizerIam | None = None
    lambda_: Mapping[str, Any] | None = field(wire="lambda", default=None)

    @property
    def jwt_claim(self) -> Mapping[str, Any]:
        """JWT claims; empty without a JWT authorizer."""
        return self.jwt.claims if self.jwt is not None else EMPTY

    @property
    def jwt_scopes(self) -> tuple[str, ...]:
        """JWT scopes; empty without a JWT authorizer or scopes."""
        return (self.jwt.scopes or ()) if self.jwt is not None else ()

    def get_context(self) -> Mapping[str, Any]:
        """The Lambda authorizer's context; empty without one."""
        return self.lambda_ or EMPTY


@model
class RequestContextV2(BaseRequestContextV2):
    """`requestContext` of an HTTP API proxy event, with the authorizer."""

    authorizer: RequestContextV2Authorizer | None = None


def _stage_stripped(raw_path: str, stage: str | None) -> str:
    if stage == "$default" or not stage:
        return raw_path
    prefix = f"/{stage}"
    if raw_path == prefix:
        return "/"
    if raw_path.startswith(prefix + "/"):
        return raw_path[len(prefix) :]
    return raw_path


@model
class _ProxyEventV2Parts(
    Model, _http.HttpBodyMixin, _http.PathStageMixin, _http.ParameterAccessMixin
):
    """What every payload 2.0 proxy event carries (HTTP APIs and Function URLs)."""

    version: str
    raw_path: str
    raw_query_string: str = field(redact="query_string")
    headers: Headers
    is_base64_encoded: bool
    cookies: tuple[str, ...] | None = field(default=None, secret=True)
    query_string_parameters: Mapping[str, str] | None = field(default=None, redact="query")
    path_parameters: Mapping[str, str] | None = None
    stage_variables: Mapping[str, str] | None = None
    body: str | None = None

    def _context(self) -> BaseRequestContextV2 | _RequestContextV2Parts:
        raise NotImplementedError

    @property
    def path(self) -> str:
        """`rawPath` without the `/{stage}` prefix (unchanged for the `$default` stage)."""
        return _stage_stripped(self.raw_path, getattr(self._context(), "stage", None))

    @property
    def http_method(self) -> str:
        """The request method (`requestContext.http.method`)."""
        return self._context().http.method

    @cached_property
    def resolved_headers_field(self) -> MultiValueHeaders:
        """Headers with comma-joined values split into lists, case-insensitive."""
        return _http.split_comma_headers(self.headers)

    @cached_property
    def resolved_query_string_parameters(self) -> Mapping[str, tuple[str, ...]]:
        """Query parameters with comma-joined values split into lists."""
        return _http.split_commas(self.query_string_parameters)

    @cached_property
    def resolved_cookies_field(self) -> Mapping[str, str]:
        """The `cookies` list parsed into name -> value."""
        return _http.cookies_from_list(self.cookies)

    def _query_value(self, name: str) -> str | None:
        """The value as sent (comma-joined when it repeats)."""
        params = self.query_string_parameters
        return params.get(name) if params else None

    def _query_values(self, name: str) -> Sequence[str]:
        return self.resolved_query_string_parameters.get(name, ())


@model
class APIGatewayProxyEventV2(_ProxyEventV2Parts):
    """Amazon API Gateway HTTP API proxy event (payload format 2.0).

    Repeated headers and query parameters arrive joined by commas; `resolved_*` split them.
    """

    route_key: str
    request_context: RequestContextV2

    def _context(self) -> RequestContextV2:
        return self.request_context


@model
class APIGatewayProxyResponseV2(Model, _http.HttpResponseMixin):
    """Response of an Amazon API Gateway HTTP API (payload 2.0) or Lambda function URL.

    `build()` encodes a body like `APIGatewayProxyResponse.build` and takes `cookies=`.
    `statusCode` may be absent: API Gateway and function URLs then answer 200.
    """

    status_code: int = field(default=200, validator=_http.check_status_code)
    headers: Mapping[str, str] | None = field(
        default=None, redact="headers", converter=_http.response_headers
    )
    cookies: tuple[str, ...] | None = field(
        default=None, secret=True, converter=_http.response_cookies
    )
    body: str | None = field(default=None, validator=_http.check_base64_body)
    is_base64_encoded: bool | None = None

    def with_cookie(self, cookie: str) -> Self:
        """A copy with one more `Set-Cookie` value (`"id=1; Secure; HttpOnly"`)."""
        return self._evolved(cookies=(*(self.cookies or ()), cookie))
