"""Amazon API Gateway proxy events (REST v1, HTTP API v2, WebSocket) and proxy responses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from functools import cached_property
from typing import TYPE_CHECKING, Any

import attrs

from . import _http
from ._http import RequestTime
from ._model import EMPTY, Model, field, model
from .enums import StrEnum
from .errors import ResponseError
from .headers import Headers, MultiValueHeaders
from .timestamps import EpochMillis

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "APIGatewayEventAuthorizer",
    "APIGatewayEventIdentity",
    "APIGatewayEventRequestContext",
    "APIGatewayProxyEvent",
    "APIGatewayProxyEventV2",
    "APIGatewayProxyResponse",
    "APIGatewayProxyResponseV2",
    "APIGatewayWebSocketEvent",
    "APIGatewayWebSocketEventIdentity",
    "APIGatewayWebSocketEventRequestContext",
    "APIGatewayWebSocketEventType",
    "BaseRequestContext",
    "BaseRequestContextV2",
    "RequestContextClientCert",
    "RequestContextClientCertValidity",
    "RequestContextV2",
    "RequestContextV2Authentication",
    "RequestContextV2Authorizer",
    "RequestContextV2AuthorizerIam",
    "RequestContextV2AuthorizerIamCognitoIdentity",
    "RequestContextV2AuthorizerJwt",
    "RequestContextV2Http",
]

_EMPTY_STR_MAP: Mapping[str, str] = EMPTY
_CERT_TIME = "%b %d %H:%M:%S %Y GMT"


# --------------------------------------------------------------------- shared parts


@model
class RequestContextClientCertValidity(Model):
    """Validity period of an mTLS client certificate (`Aug  5 09:36:04 2021 GMT`)."""

    not_before: str
    not_after: str

    @property
    def not_before_datetime(self) -> datetime:
        """`notBefore` as an aware UTC datetime."""
        return datetime.strptime(self.not_before, _CERT_TIME).replace(tzinfo=timezone.utc)

    @property
    def not_after_datetime(self) -> datetime:
        """`notAfter` as an aware UTC datetime."""
        return datetime.strptime(self.not_after, _CERT_TIME).replace(tzinfo=timezone.utc)


@model
class RequestContextClientCert(Model):
    """The client certificate of a mutual-TLS request."""

    client_cert_pem: str = field(secret=True)
    subject_dn: str = field(wire="subjectDN")
    issuer_dn: str = field(wire="issuerDN")
    serial_number: str
    validity: RequestContextClientCertValidity

    @property
    def validity_not_before(self) -> str:
        return self.validity.not_before

    @property
    def validity_not_after(self) -> str:
        return self.validity.not_after


# ------------------------------------------------------------------------- REST (v1)


@model
class APIGatewayEventIdentity(Model):
    """Who called a REST API (or a WebSocket API through an authorizer)."""

    source_ip: str
    access_key: str | None = None
    cognito_amr: tuple[str, ...] | None = None
    account_id: str | None = None
    api_key: str | None = field(default=None, secret=True)
    api_key_id: str | None = None
    caller: str | None = None
    cognito_authentication_provider: str | None = None
    cognito_authentication_type: str | None = None
    cognito_identity_id: str | None = None
    cognito_identity_pool_id: str | None = None
    principal_org_id: str | None = None
    user: str | None = None
    user_agent: str | None = None
    user_arn: str | None = None
    vpc_id: str | None = None
    vpce_id: str | None = None
    client_cert: RequestContextClientCert | None = None


@model
class APIGatewayEventAuthorizer(Model):
    """`requestContext.authorizer` of a REST API: Cognito claims or a Lambda authorizer context.

    A Lambda authorizer's context keys are not declared fields: `get_context()` gives them.
    """

    claims: Mapping[str, Any] | None = None
    scopes: tuple[str, ...] | None = None
    principal_id: str | None = None
    integration_latency: int | None = None

    def get_context(self) -> dict[str, Any]:
        """The whole authorizer object as AWS sent it (a Lambda authorizer's context)."""
        out: dict[str, Any] = {}
        if self.claims is not None:
            out["claims"] = dict(self.claims)
        if self.scopes is not None:
            out["scopes"] = list(self.scopes)
        if self.principal_id is not None:
            out["principalId"] = self.principal_id
        if self.integration_latency is not None:
            out["integrationLatency"] = self.integration_latency
        out.update(self.unknown_keys)
        return out

    @property
    def lambda_context(self) -> Mapping[str, Any]:
        """Only the keys a Lambda authorizer returned in its `context`."""
        return self.unknown_keys

    @property
    def claims_or_empty(self) -> Mapping[str, Any]:
        """Cognito claims; empty when there are none."""
        return self.claims or EMPTY


@model
class BaseRequestContext(Model):
    """`requestContext` of a REST API request (also of REQUEST authorizer events)."""

    request_id: str
    account_id: str | None = None
    api_id: str | None = None
    domain_name: str | None = None
    domain_prefix: str | None = None
    extended_request_id: str | None = None
    protocol: str | None = None
    http_method: str | None = None
    identity: APIGatewayEventIdentity | None = None
    path: str | None = None
    stage: str | None = None
    request_time: RequestTime | None = None
    request_time_epoch: EpochMillis | None = None
    resource_id: str | None = None
    resource_path: str | None = None

    @property
    def client_cert(self) -> RequestContextClientCert | None:
        """The mTLS client certificate, when there is one."""
        return self.identity.client_cert if self.identity is not None else None


@model
class APIGatewayEventRequestContext(BaseRequestContext):
    """`requestContext` of a REST proxy event, with the WebSocket-only fields."""

    authorizer: APIGatewayEventAuthorizer | None = None
    connected_at: EpochMillis | None = None
    connection_id: str | None = None
    event_type: str | None = None
    message_direction: str | None = None
    message_id: str | None = None
    operation_name: str | None = None
    route_key: str | None = None


@model
class APIGatewayProxyEvent(
    Model, _http.HttpBodyMixin, _http.MultiValueRequestMixin, _http.PathStageMixin
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
    headers: Headers = field(default=_http.NO_HEADERS, null_is_default=True)
    multi_value_headers: MultiValueHeaders = field(
        default=_http.NO_MULTI_VALUE_HEADERS, null_is_default=True
    )
    query_string_parameters: Mapping[str, str] | None = field(default=None, redact="query")
    multi_value_query_string_parameters: Mapping[str, tuple[str, ...]] | None = field(
        default=None, redact="query"
    )
    path_parameters: Mapping[str, str] | None = None
    stage_variables: Mapping[str, str] | None = None
    body: str | None = None
    is_base64_encoded: bool | None = None

    def _body_parts(self) -> tuple[str | None, bool | None, str]:
        return self.body, self.is_base64_encoded, "body"


# ---------------------------------------------------------------------- HTTP API (v2)


@model
class RequestContextV2Http(Model):
    """`requestContext.http` of an HTTP API / Function URL request."""

    method: str
    path: str
    protocol: str
    source_ip: str
    user_agent: str


@model
class RequestContextV2Authentication(Model):
    """`requestContext.authentication`: the mTLS client certificate."""

    client_cert: RequestContextClientCert | None = None


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
class _RequestContextV2Parts(Model):
    """What every payload 2.0 `requestContext` carries (HTTP APIs and Function URLs)."""

    account_id: str
    api_id: str
    domain_name: str
    domain_prefix: str
    http: RequestContextV2Http
    request_id: str
    time: RequestTime
    time_epoch: EpochMillis
    authentication: RequestContextV2Authentication | None = None

    @property
    def client_cert(self) -> RequestContextClientCert | None:
        """The mTLS client certificate, when there is one."""
        auth = self.authentication
        return auth.client_cert if auth is not None else None


@model
class BaseRequestContextV2(_RequestContextV2Parts):
    """`requestContext` of an HTTP API (payload 2.0) request or authorizer event."""

    route_key: str
    stage: str


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

    def _body_parts(self) -> tuple[str | None, bool | None, str]:
        return self.body, self.is_base64_encoded, "body"

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


# ------------------------------------------------------------------------- WebSocket


class APIGatewayWebSocketEventType(StrEnum):
    """Kind of WebSocket event; unknown values stay plain strings."""

    CONNECT = "CONNECT"
    DISCONNECT = "DISCONNECT"
    MESSAGE = "MESSAGE"


@model
class APIGatewayWebSocketEventIdentity(APIGatewayEventIdentity):
    """Who opened a WebSocket connection (IAM and Cognito identity keys when signed)."""


@model
class APIGatewayWebSocketEventRequestContext(Model):
    """`requestContext` of a WebSocket API event."""

    route_key: str
    event_type: APIGatewayWebSocketEventType | str
    extended_request_id: str
    request_time: RequestTime
    message_direction: str
    stage: str
    connected_at: EpochMillis
    request_time_epoch: EpochMillis
    identity: APIGatewayWebSocketEventIdentity
    request_id: str
    domain_name: str
    connection_id: str
    api_id: str
    message_id: str | None = None
    disconnect_status_code: int | None = None
    disconnect_reason: str | None = None
    authorizer: APIGatewayEventAuthorizer | None = None


@model
class APIGatewayWebSocketEvent(Model, _http.HttpBodyMixin, _http.ParameterAccessMixin):
    """Amazon API Gateway WebSocket API event ($connect, $disconnect, messages).

    Query string maps are case-insensitive here, as in Powertools.
    """

    request_context: APIGatewayWebSocketEventRequestContext
    is_base64_encoded: bool
    body: str | None = None
    headers: Headers = field(default=_http.NO_HEADERS, null_is_default=True)
    multi_value_headers: MultiValueHeaders = field(
        default=_http.NO_MULTI_VALUE_HEADERS, null_is_default=True
    )
    query_string_parameters: Headers | None = field(default=None, redact="query")
    multi_value_query_string_parameters: MultiValueHeaders | None = field(
        default=None, redact="query"
    )

    def _body_parts(self) -> tuple[str | None, bool | None, str]:
        return self.body, self.is_base64_encoded, "body"

    @cached_property
    def resolved_headers_field(self) -> MultiValueHeaders:
        """Every header with all its values (multi-value map wins), case-insensitive."""
        return _http.merged_headers(self.headers, self.multi_value_headers)

    @cached_property
    def resolved_query_string_parameters(self) -> MultiValueHeaders:
        """Every query parameter with all its values, case-insensitive."""
        return _http.merged_headers(
            self.query_string_parameters, self.multi_value_query_string_parameters
        )

    def _query_value(self, name: str) -> str | None:
        values = self.resolved_query_string_parameters.get(name)
        return values[-1] if values else None

    def _query_values(self, name: str) -> Sequence[str]:
        return self.resolved_query_string_parameters.get(name, ())


# ------------------------------------------------------------------------- responses


@model
class APIGatewayProxyResponse(Model):
    """Response of a REST API (payload 1.0) Lambda proxy integration.

    `build()` encodes a body: `bytes` as base64 (`isBase64Encoded: true`), a JSON-able value
    as JSON with `Content-Type: application/json`, `str` as it is.
    """

    status_code: int
    headers: Mapping[str, str] | None = field(default=None, redact="headers")
    multi_value_headers: Mapping[str, tuple[str, ...]] | None = field(
        default=None, redact="headers"
    )
    body: str | None = None
    is_base64_encoded: bool | None = None

    def __attrs_post_init__(self) -> None:
        _http.validate_status_code(self.status_code)
        _http.validate_response_headers(self.headers, self.multi_value_headers)
        _http.validate_base64_body(self.body, self.is_base64_encoded)
        _http.normalise_response_headers(self, multi=True)

    @classmethod
    def build(
        cls,
        body: Any = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        multi_value_headers: Mapping[str, Sequence[str]] | None = None,
    ) -> Self:
        """A response with its body encoded (see the class docstring)."""
        text, encoded, content_type = _http.encode_response_body(body)
        if content_type is not None and multi_value_headers and not headers:
            multi = dict(multi_value_headers)
            if not any(k.lower() == "content-type" for k in multi):
                multi["Content-Type"] = [content_type]
            multi_value_headers = multi
        else:
            headers = _http.with_default_header(headers, "Content-Type", content_type)
        return cls(
            status_code=status_code,
            headers=headers,
            multi_value_headers=(
                {k: tuple(v) for k, v in multi_value_headers.items()}
                if multi_value_headers is not None
                else None
            ),
            body=text,
            is_base64_encoded=encoded,
        )

    def with_header(self, name: str, value: str) -> Self:
        """A copy with one more (or a replaced) single-value header."""
        headers = {k: v for k, v in (self.headers or {}).items() if k.lower() != name.lower()}
        headers[name] = value
        return attrs.evolve(self, headers=headers)

    def with_status(self, status_code: int) -> Self:
        """A copy with another status code."""
        return attrs.evolve(self, status_code=status_code)


@model
class APIGatewayProxyResponseV2(Model):
    """Response of an HTTP API (payload 2.0) or Lambda Function URL, with `cookies`.

    `build()` encodes a body like `APIGatewayProxyResponse.build`. `statusCode` may be
    absent: API Gateway and function URLs then answer 200.
    """

    status_code: int = 200
    headers: Mapping[str, str] | None = field(default=None, redact="headers")
    cookies: tuple[str, ...] | None = field(default=None, secret=True)
    body: str | None = None
    is_base64_encoded: bool | None = None

    def __attrs_post_init__(self) -> None:
        _http.validate_status_code(self.status_code)
        _http.validate_response_headers(self.headers)
        _http.validate_base64_body(self.body, self.is_base64_encoded)
        if self.cookies is not None:
            if isinstance(self.cookies, str) or not all(isinstance(c, str) for c in self.cookies):
                raise ResponseError("cookies must be a list of strings")
            object.__setattr__(self, "cookies", tuple(self.cookies))
        _http.normalise_response_headers(self, multi=False)

    @classmethod
    def build(
        cls,
        body: Any = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        cookies: Sequence[str] | None = None,
    ) -> Self:
        """A response with its body encoded (see the class docstring)."""
        text, encoded, content_type = _http.encode_response_body(body)
        return cls(
            status_code=status_code,
            headers=_http.with_default_header(headers, "Content-Type", content_type),
            cookies=tuple(cookies) if cookies is not None else None,
            body=text,
            is_base64_encoded=encoded,
        )

    def with_header(self, name: str, value: str) -> Self:
        """A copy with one more (or a replaced) header."""
        headers = {k: v for k, v in (self.headers or {}).items() if k.lower() != name.lower()}
        headers[name] = value
        return attrs.evolve(self, headers=headers)

    def with_cookie(self, cookie: str) -> Self:
        """A copy with one more `Set-Cookie` value (`"id=1; Secure; HttpOnly"`)."""
        return attrs.evolve(self, cookies=(*(self.cookies or ()), cookie))

    def with_status(self, status_code: int) -> Self:
        """A copy with another status code."""
        return attrs.evolve(self, status_code=status_code)
