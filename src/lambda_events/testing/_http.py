"""Builders for the HTTP and authorizer sources.

API Gateway REST (v1), HTTP API (v2) and WebSocket events, ALB, Lambda Function URLs, VPC
Lattice v1 and v2, the API Gateway Lambda authorizers (TOKEN, REQUEST, HTTP API v2), and
AppSync (direct resolver, Lambda authorizer, AppSync Events).

Bodies: `body` (text, or `bytes` sent base64-encoded with `isBase64Encoded: true`) or
`json_body` (any JSON value, sent as JSON with `Content-Type: application/json`).
Headers and query parameters take a string or a list of strings per name; each source
spells them the way AWS does (single and multi-value maps, comma-joined values, lists,
URL-encoded ALB values, `rawQueryString`).
"""

from __future__ import annotations

import base64
import json
import os
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import quote, quote_plus, urlencode

from ._ids import ACCOUNT, REGION, now_ms, request_id

if TYPE_CHECKING:
    from .._model import Model
    from ..alb import ALBEvent
    from ..api_gateway import (
        APIGatewayProxyEvent,
        APIGatewayProxyEventV2,
        APIGatewayWebSocketEvent,
    )
    from ..api_gateway.authorizer import (
        APIGatewayAuthorizerEventV2,
        APIGatewayAuthorizerRequestEvent,
        APIGatewayAuthorizerTokenEvent,
    )
    from ..appsync import (
        AppSyncAuthorizerEvent,
        AppSyncIdentityCognito,
        AppSyncIdentityIAM,
        AppSyncIdentityLambda,
        AppSyncIdentityOIDC,
        AppSyncResolverEvent,
        AppSyncResolverEventsEvent,
    )
    from ..lambda_function_url import LambdaFunctionUrlEvent
    from ..timestamps import HttpDate
    from ..vpc_lattice import VPCLatticeEvent, VPCLatticeEventV2

__all__ = [
    "HTTP_SAMPLES",
    "alb_event",
    "api_gateway_authorizer_request_event",
    "api_gateway_authorizer_token_event",
    "api_gateway_authorizer_v2_event",
    "api_gateway_v1_event",
    "api_gateway_v2_event",
    "api_gateway_websocket_event",
    "appsync_authorizer_event",
    "appsync_events_event",
    "appsync_resolver_event",
    "lambda_function_url_event",
    "vpc_lattice_event",
    "vpc_lattice_v2_event",
]

HeaderInput = Mapping[str, str | Sequence[str]]
"""Headers or query parameters: one value or a list of values per name."""

_API_ID = "a1b2c3d4e5"
_SOURCE_IP = "203.0.113.10"
_USER_AGENT = "python-requests/2.32.3"
_M = TypeVar("_M", bound="Model")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ------------------------------------------------------------------------ helpers


def _clock() -> tuple[int, HttpDate]:
    """Now in epoch milliseconds and as API Gateway's `requestTime` (the same instant)."""
    from ..timestamps import HttpDate

    ms = now_ms()
    t = time.gmtime(ms // 1000)
    text = (
        f"{t.tm_mday:02d}/{_MONTHS[t.tm_mon - 1]}/{t.tm_year}:"
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000"
    )
    return ms, HttpDate(text)


def _short_id() -> str:
    """An id shaped like API Gateway's `extendedRequestId` / `connectionId` (`Lk2pVdZwoAMCJ-Q=`)."""
    return base64.b64encode(os.urandom(11)).decode().replace("+", "-").replace("/", "_")


def _hex(n: int) -> str:
    return os.urandom((n + 1) // 2).hex()[:n]


def _trace_id(ms: int) -> str:
    return f"Root=1-{ms // 1000:08x}-{_hex(24)}"


def _nulls(obj: _M, *keys: str) -> _M:
    """`obj`, writing these wire keys as JSON `null` (as AWS sends them) while `None`."""
    from .._model import WireMemory

    memory = WireMemory()
    memory.nulls.update(keys)
    object.__setattr__(obj, "_wire", memory)
    return obj


def _extra(obj: _M, keys: Mapping[str, Any]) -> _M:
    """`obj` with wire keys its class does not declare (a Lambda authorizer's context)."""
    object.__setattr__(obj, "unknown_keys", dict(keys))
    return obj


def _values(items: HeaderInput | None) -> dict[str, list[str]]:
    """Names with their values as lists, in the order given."""
    out: dict[str, list[str]] = {}
    for key, value in (items or {}).items():
        out[key] = [value] if isinstance(value, str) else list(value)
    return out


def _merged(
    defaults: Sequence[tuple[str, str]], given: HeaderInput | None, lower: bool
) -> dict[str, list[str]]:
    """Default headers, replaced (case-insensitively) by the given ones."""
    user = _values(given)
    if lower:
        user = {k.lower(): v for k, v in user.items()}
    taken = {k.lower() for k in user}
    out = {k: [v] for k, v in defaults if k.lower() not in taken}
    out.update(user)
    return out


def _has(headers: Mapping[str, Any], name: str) -> bool:
    return any(k.lower() == name for k in headers)


def _body(body: str | bytes | None, json_body: Any) -> tuple[str | None, bool, str | None]:
    """(wire body, isBase64Encoded, content type) for a text, bytes or JSON body."""
    if body is not None and json_body is not None:
        raise ValueError("give body or json_body, not both")
    if json_body is not None:
        return json.dumps(json_body), False, "application/json"
    if isinstance(body, (bytes, bytearray)):
        return base64.b64encode(bytes(body)).decode(), True, "application/octet-stream"
    if body is not None:
        return body, False, "text/plain; charset=utf-8"
    return None, False, None


def _with_body_headers(
    headers: dict[str, list[str]], content_type: str | None, lower: bool
) -> dict[str, list[str]]:
    if content_type is not None and not _has(headers, "content-type"):
        headers["content-type" if lower else "Content-Type"] = [content_type]
    return headers


def _query_string(query: Mapping[str, list[str]]) -> str:
    """The query string a client sends for these parameters (percent-encoded)."""
    pairs = [(k, v) for k, vs in query.items() for v in vs]
    return urlencode(pairs, quote_via=quote)


def _last(values: Mapping[str, list[str]]) -> dict[str, str]:
    return {k: vs[-1] for k, vs in values.items() if vs}


def _tuples(values: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(vs) for k, vs in values.items()}


def _joined(values: Mapping[str, list[str]]) -> dict[str, str]:
    return {k: ",".join(vs) for k, vs in values.items()}


def _execute_api_domain(api_id: str) -> str:
    return f"{api_id}.execute-api.{REGION}.amazonaws.com"


def _execute_api_arn(api_id: str, stage: str, *route: str) -> str:
    return f"arn:aws:execute-api:{REGION}:{ACCOUNT}:{api_id}/{stage}/" + "/".join(route)


def _rest_headers(
    host: str, source_ip: str, ms: int, given: HeaderInput | None, content_type: str | None
) -> dict[str, list[str]]:
    defaults = [
        ("Accept", "*/*"),
        ("Host", host),
        ("User-Agent", _USER_AGENT),
        ("X-Amzn-Trace-Id", _trace_id(ms)),
        ("X-Forwarded-For", source_ip),
        ("X-Forwarded-Port", "443"),
        ("X-Forwarded-Proto", "https"),
    ]
    return _with_body_headers(_merged(defaults, given, lower=False), content_type, lower=False)


def _lower_headers(
    host: str, source_ip: str, ms: int, given: HeaderInput | None, content_type: str | None
) -> dict[str, list[str]]:
    defaults = [
        ("accept", "*/*"),
        ("host", host),
        ("user-agent", _USER_AGENT),
        ("x-amzn-trace-id", _trace_id(ms)),
        ("x-forwarded-for", source_ip),
        ("x-forwarded-port", "443"),
        ("x-forwarded-proto", "https"),
    ]
    return _with_body_headers(_merged(defaults, given, lower=True), content_type, lower=True)


def _user_agent(headers: Mapping[str, list[str]]) -> str:
    for key, values in headers.items():
        if key.lower() == "user-agent" and values:
            return values[-1]
    return _USER_AGENT


def _rest_context(
    *,
    method: str,
    path: str,
    resource: str,
    stage: str,
    api_id: str,
    source_ip: str,
    user_agent: str,
    ms: int,
    when: HttpDate,
    authorizer: Any = None,
) -> Any:
    """`requestContext` of a REST API request (proxy and REQUEST authorizer events)."""
    from ..api_gateway import APIGatewayEventIdentity, APIGatewayEventRequestContext
    from ..timestamps import EpochMillis

    identity = _nulls(
        APIGatewayEventIdentity(source_ip=source_ip, user_agent=user_agent),
        "accessKey",
        "accountId",
        "caller",
        "cognitoAuthenticationProvider",
        "cognitoAuthenticationType",
        "cognitoIdentityId",
        "cognitoIdentityPoolId",
        "principalOrgId",
        "user",
        "userArn",
    )
    return APIGatewayEventRequestContext(
        account_id=ACCOUNT,
        api_id=api_id,
        authorizer=authorizer,
        domain_name=_execute_api_domain(api_id),
        domain_prefix=api_id,
        extended_request_id=_short_id(),
        http_method=method,
        identity=identity,
        path=f"/{stage}{path}",
        protocol="HTTP/1.1",
        request_id=request_id(),
        request_time=when,
        request_time_epoch=EpochMillis(ms),
        resource_id=_hex(6),
        resource_path=resource,
        stage=stage,
    )


def _v2_parts(
    *,
    method: str,
    path: str,
    stage: str,
    route_key: str | None,
    domain: str,
    api_id: str,
    account: str,
    req_id: str,
    source_ip: str,
    headers: HeaderInput | None,
    query: HeaderInput | None,
    cookies: Sequence[str] | None,
    content_type: str | None,
) -> dict[str, Any]:
    """The fields an HTTP API (payload 2.0) request, its authorizer event and a Function URL
    request share; `requestContext` is given as its keyword arguments."""
    from ..api_gateway import RequestContextV2Http
    from ..headers import Headers
    from ..timestamps import EpochMillis

    ms, when = _clock()
    raw_path = path if stage == "$default" else f"/{stage}{path}"
    head = _lower_headers(domain, source_ip, ms, headers, content_type)
    jar = list(cookies or ())
    if "cookie" in head:  # HTTP API moves the Cookie header into `cookies`
        jar += [c.strip() for v in head.pop("cookie") for c in v.split(";") if c.strip()]
    params = _values(query)
    route = route_key if route_key is not None else f"{method} {path}"
    context = {
        "account_id": account,
        "api_id": api_id,
        "domain_name": domain,
        "domain_prefix": domain.split(".", 1)[0],
        "http": RequestContextV2Http(
            method=method,
            path=raw_path,
            protocol="HTTP/1.1",
            source_ip=source_ip,
            user_agent=_user_agent(head),
        ),
        "request_id": req_id,
        "route_key": route,
        "stage": stage,
        "time": when,
        "time_epoch": EpochMillis(ms),
    }
    return {
        "version": "2.0",
        "route_key": route,
        "raw_path": raw_path,
        "raw_query_string": _query_string(params),
        "cookies": tuple(jar) or None,
        "headers": Headers(_joined(head)),
        "query_string_parameters": _joined(params) or None,
        "context": context,
    }


# ------------------------------------------------------------------ API Gateway REST


def api_gateway_v1_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    path_parameters: Mapping[str, str] | None = None,
    stage_variables: Mapping[str, str] | None = None,
    resource: str | None = None,
    stage: str = "prod",
    claims: Mapping[str, Any] | None = None,
    authorizer_context: Mapping[str, Any] | None = None,
    api_id: str = _API_ID,
    source_ip: str = _SOURCE_IP,
) -> APIGatewayProxyEvent:
    """An `APIGatewayProxyEvent`: a REST API Lambda proxy request.

    `resource` is the resource template (`/orders/{id}`, default: `path`); `claims` fills a
    Cognito authorizer, `authorizer_context` a Lambda authorizer's context. Absent maps and
    body are `null`, as REST APIs send them.
    """
    from ..api_gateway import APIGatewayEventAuthorizer, APIGatewayProxyEvent
    from ..headers import Headers, MultiValueHeaders

    ms, when = _clock()
    text, encoded, content_type = _body(body, json_body)
    head = _rest_headers(_execute_api_domain(api_id), source_ip, ms, headers, content_type)
    params = _values(query)
    authorizer = None
    if claims is not None or authorizer_context is not None:
        authorizer = _extra(
            APIGatewayEventAuthorizer(
                claims=dict(claims) if claims is not None else None,
                principal_id="user" if authorizer_context is not None else None,
                integration_latency=0 if authorizer_context is not None else None,
            ),
            authorizer_context or {},
        )
    template = resource if resource is not None else path
    context = _rest_context(
        method=method,
        path=path,
        resource=template,
        stage=stage,
        api_id=api_id,
        source_ip=source_ip,
        user_agent=_user_agent(head),
        ms=ms,
        when=when,
        authorizer=authorizer,
    )
    event = APIGatewayProxyEvent(
        resource=template,
        path=path,
        http_method=method,
        request_context=context,
        headers=Headers(_last(head)),
        multi_value_headers=MultiValueHeaders(_tuples(head)),
        query_string_parameters=_last(params) or None,
        multi_value_query_string_parameters=_tuples(params) or None,
        path_parameters=dict(path_parameters) if path_parameters else None,
        stage_variables=dict(stage_variables) if stage_variables else None,
        body=text,
        is_base64_encoded=encoded,
    )
    return _nulls(
        event,
        "queryStringParameters",
        "multiValueQueryStringParameters",
        "pathParameters",
        "stageVariables",
        "body",
    )


# ------------------------------------------------------------------ API Gateway HTTP API


def api_gateway_v2_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    cookies: Sequence[str] | None = None,
    path_parameters: Mapping[str, str] | None = None,
    stage_variables: Mapping[str, str] | None = None,
    route_key: str | None = None,
    stage: str = "$default",
    jwt_claims: Mapping[str, Any] | None = None,
    jwt_scopes: Sequence[str] | None = None,
    lambda_context: Mapping[str, Any] | None = None,
    api_id: str = _API_ID,
    source_ip: str = _SOURCE_IP,
) -> APIGatewayProxyEventV2:
    """An `APIGatewayProxyEventV2`: an HTTP API (payload format 2.0) request.

    `route_key` defaults to `"{method} {path}"`; a named `stage` prefixes `rawPath`.
    Repeated headers and query values are comma-joined; a `Cookie` header moves to `cookies`.
    `jwt_claims`/`jwt_scopes` fill a JWT authorizer, `lambda_context` a Lambda authorizer.
    """
    from ..api_gateway import (
        APIGatewayProxyEventV2,
        RequestContextV2,
        RequestContextV2Authorizer,
        RequestContextV2AuthorizerJwt,
    )

    text, encoded, content_type = _body(body, json_body)
    parts = _v2_parts(
        method=method,
        path=path,
        stage=stage,
        route_key=route_key,
        domain=_execute_api_domain(api_id),
        api_id=api_id,
        account=ACCOUNT,
        req_id=_short_id(),
        source_ip=source_ip,
        headers=headers,
        query=query,
        cookies=cookies,
        content_type=content_type,
    )
    authorizer = None
    if jwt_claims is not None or jwt_scopes is not None or lambda_context is not None:
        jwt = None
        if jwt_claims is not None or jwt_scopes is not None:
            jwt = RequestContextV2AuthorizerJwt(
                claims=dict(jwt_claims or {}),
                scopes=tuple(jwt_scopes) if jwt_scopes is not None else None,
            )
        authorizer = RequestContextV2Authorizer(
            jwt=jwt, lambda_=dict(lambda_context) if lambda_context is not None else None
        )
    context = RequestContextV2(**parts.pop("context"), authorizer=authorizer)
    return APIGatewayProxyEventV2(
        **parts,
        request_context=context,
        path_parameters=dict(path_parameters) if path_parameters else None,
        stage_variables=dict(stage_variables) if stage_variables else None,
        body=text,
        is_base64_encoded=encoded,
    )


# --------------------------------------------------------------------- WebSocket API


def api_gateway_websocket_event(
    event_type: str = "MESSAGE",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    route_key: str | None = None,
    connection_id: str | None = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    authorizer_context: Mapping[str, Any] | None = None,
    stage: str = "production",
    api_id: str = _API_ID,
    source_ip: str = _SOURCE_IP,
) -> APIGatewayWebSocketEvent:
    """An `APIGatewayWebSocketEvent`: `event_type` is `CONNECT`, `MESSAGE` or `DISCONNECT`.

    A message carries `body`/`json_body` (its route key defaults to the JSON body's `action`,
    else `$default`); `$connect` carries `headers` and `query`, `$disconnect` `headers`.
    `authorizer_context` is what a `$connect` Lambda authorizer returned.
    """
    from .._http import NO_HEADERS, NO_MULTI_VALUE_HEADERS
    from ..api_gateway import (
        APIGatewayEventAuthorizer,
        APIGatewayWebSocketEvent,
        APIGatewayWebSocketEventIdentity,
        APIGatewayWebSocketEventRequestContext,
        APIGatewayWebSocketEventType,
    )
    from ..headers import Headers, MultiValueHeaders
    from ..timestamps import EpochMillis

    try:
        kind = APIGatewayWebSocketEventType(str(event_type).upper())
    except ValueError:
        raise ValueError(
            f"event_type must be CONNECT, MESSAGE or DISCONNECT, got {event_type!r}"
        ) from None
    message = kind is APIGatewayWebSocketEventType.MESSAGE
    if not message and (body is not None or json_body is not None):
        raise ValueError("only MESSAGE events carry a body")
    if message and (headers is not None or query is not None):
        raise ValueError("MESSAGE events carry no headers or query parameters")
    if kind is APIGatewayWebSocketEventType.DISCONNECT and query is not None:
        raise ValueError("DISCONNECT events carry no query parameters")

    ms, when = _clock()
    domain = _execute_api_domain(api_id)
    text, encoded, _ = _body(body, json_body)
    action = json_body.get("action") if isinstance(json_body, Mapping) else None
    if route_key is not None:
        route = route_key
    elif kind is APIGatewayWebSocketEventType.CONNECT:
        route = "$connect"
    elif kind is APIGatewayWebSocketEventType.DISCONNECT:
        route = "$disconnect"
    else:
        route = action if isinstance(action, str) else "$default"

    head: dict[str, list[str]] | None = None
    if kind is APIGatewayWebSocketEventType.CONNECT:
        defaults = [
            ("Host", domain),
            ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"),
            ("Sec-WebSocket-Key", base64.b64encode(os.urandom(16)).decode()),
            ("Sec-WebSocket-Version", "13"),
            ("X-Amzn-Trace-Id", _trace_id(ms)),
            ("X-Forwarded-For", source_ip),
            ("X-Forwarded-Port", "443"),
            ("X-Forwarded-Proto", "https"),
        ]
        head = _merged(defaults, headers, lower=False)
    elif kind is APIGatewayWebSocketEventType.DISCONNECT:
        defaults = [("Host", domain), ("x-api-key", ""), ("X-Forwarded-For", source_ip)]
        head = _merged(defaults, headers, lower=False)
    params = _values(query)

    authorizer = None
    if authorizer_context is not None:
        authorizer = _extra(
            APIGatewayEventAuthorizer(principal_id="user", integration_latency=0),
            authorizer_context,
        )
    ext = _short_id()
    connected = ms if kind is APIGatewayWebSocketEventType.CONNECT else ms - 60_000
    disconnect = kind is APIGatewayWebSocketEventType.DISCONNECT
    context = APIGatewayWebSocketEventRequestContext(
        route_key=route,
        event_type=kind,
        extended_request_id=ext,
        request_time=when,
        message_direction="IN",
        stage=stage,
        connected_at=EpochMillis(connected),
        request_time_epoch=EpochMillis(ms),
        identity=APIGatewayWebSocketEventIdentity(
            source_ip=source_ip,
            user_agent=_user_agent(head) if head is not None else None,
        ),
        request_id=ext,
        domain_name=domain,
        connection_id=connection_id if connection_id is not None else _short_id(),
        api_id=api_id,
        message_id=_short_id() if message else None,
        disconnect_status_code=1001 if disconnect else None,
        disconnect_reason="Going away" if disconnect else None,
        authorizer=authorizer,
    )
    return APIGatewayWebSocketEvent(
        request_context=context,
        is_base64_encoded=encoded,
        body=text,
        headers=Headers(_last(head)) if head is not None else NO_HEADERS,
        multi_value_headers=(
            MultiValueHeaders(_tuples(head)) if head is not None else NO_MULTI_VALUE_HEADERS
        ),
        query_string_parameters=Headers(_last(params)) if params else None,
        multi_value_query_string_parameters=MultiValueHeaders(_tuples(params)) if params else None,
    )


# ----------------------------------------------------------------------------- ALB


def alb_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    multi_value: bool = False,
    target_group: str = "my-target-group",
    source_ip: str = _SOURCE_IP,
) -> ALBEvent:
    """An `ALBEvent`: an Application Load Balancer request to a Lambda target.

    Query names and values arrive URL-encoded, as the client sent them. With `multi_value`
    (the target group setting) only the `multiValue*` maps are sent, else only the
    single-value ones (a repeated name keeps its last value).
    """
    from .._http import NO_HEADERS, NO_MULTI_VALUE_HEADERS
    from ..alb import ALBEvent, ALBEventRequestContext, ALBEventRequestContextElb
    from ..headers import Headers, MultiValueHeaders

    ms = now_ms()
    text, encoded, content_type = _body(body, json_body)
    host = f"my-alb-1234567890.{REGION}.elb.amazonaws.com"
    head = _lower_headers(host, source_ip, ms, headers, content_type)
    params = {quote_plus(k): [quote_plus(v) for v in vs] for k, vs in _values(query).items()}
    arn = f"arn:aws:elasticloadbalancing:{REGION}:{ACCOUNT}:targetgroup/{target_group}/{_hex(16)}"
    return ALBEvent(
        request_context=ALBEventRequestContext(elb=ALBEventRequestContextElb(target_group_arn=arn)),
        http_method=method,
        path=path,
        body=text if text is not None else "",
        is_base64_encoded=encoded,
        query_string_parameters=None if multi_value else _last(params),
        multi_value_query_string_parameters=_tuples(params) if multi_value else None,
        headers=NO_HEADERS if multi_value else Headers(_last(head)),
        multi_value_headers=(
            MultiValueHeaders(_tuples(head)) if multi_value else NO_MULTI_VALUE_HEADERS
        ),
    )


# ---------------------------------------------------------------- Lambda Function URL


def lambda_function_url_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    cookies: Sequence[str] | None = None,
    auth_type: Literal["NONE", "AWS_IAM"] = "NONE",
    url_id: str = "abcdefghijklmnopqrstuvwxyz234567",
    source_ip: str = _SOURCE_IP,
) -> LambdaFunctionUrlEvent:
    """A `LambdaFunctionUrlEvent`: a request to a function URL (payload 2.0, `$default`).

    With `auth_type="AWS_IAM"` the caller's IAM identity is in `requestContext.authorizer.iam`;
    with `NONE` the account id is `anonymous`, as AWS sends it.
    """
    from ..api_gateway import RequestContextV2Authorizer, RequestContextV2AuthorizerIam
    from ..lambda_function_url import LambdaFunctionUrlEvent, LambdaFunctionUrlRequestContext

    if auth_type not in ("NONE", "AWS_IAM"):
        raise ValueError(f"auth_type must be NONE or AWS_IAM, got {auth_type!r}")
    iam = auth_type == "AWS_IAM"
    text, encoded, content_type = _body(body, json_body)
    parts = _v2_parts(
        method=method,
        path=path,
        stage="$default",
        route_key="$default",
        domain=f"{url_id}.lambda-url.{REGION}.on.aws",
        api_id=url_id,
        account=ACCOUNT if iam else "anonymous",
        req_id=request_id(),
        source_ip=source_ip,
        headers=headers,
        query=query,
        cookies=cookies,
        content_type=content_type,
    )
    authorizer = None
    if iam:
        user_id = "AROAEXAMPLEROLEID:my-session"
        authorizer = RequestContextV2Authorizer(
            iam=_nulls(
                RequestContextV2AuthorizerIam(
                    access_key="ASIAEXAMPLEACCESSKEY",
                    account_id=ACCOUNT,
                    caller_id=user_id,
                    user_arn=f"arn:aws:sts::{ACCOUNT}:assumed-role/my-role/my-session",
                    user_id=user_id,
                ),
                "cognitoIdentity",
                "principalOrgId",
            )
        )
    context = LambdaFunctionUrlRequestContext(**parts.pop("context"), authorizer=authorizer)
    return LambdaFunctionUrlEvent(
        **parts, request_context=context, body=text, is_base64_encoded=encoded
    )


# ------------------------------------------------------------------------ VPC Lattice


def _lattice_host(service: str) -> str:
    return f"{service}-0a1b2c3d4e5f6a7b8.7d67968.vpc-lattice-svcs.{REGION}.on.aws"


def vpc_lattice_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    service: str = "my-service",
    source_ip: str = "10.0.1.12",
) -> VPCLatticeEvent:
    """A `VPCLatticeEvent` (event structure v1, snake_case keys).

    `raw_path` carries the query string too; repeated header values are comma-joined and a
    repeated query parameter keeps its last value.
    """
    from ..headers import Headers
    from ..vpc_lattice import VPCLatticeEvent

    text, encoded, content_type = _body(body, json_body)
    defaults = [
        ("accept", "*/*"),
        ("host", _lattice_host(service)),
        ("user-agent", _USER_AGENT),
        ("x-forwarded-for", source_ip),
    ]
    head = _with_body_headers(_merged(defaults, headers, lower=True), content_type, lower=True)
    params = _values(query)
    raw_query = _query_string(params)
    return VPCLatticeEvent(
        raw_path=f"{path}?{raw_query}" if raw_query else path,
        method=method,
        headers=Headers(_joined(head)),
        body=text if text is not None else "",
        is_base64_encoded=encoded,
        query_string_parameters=_last(params),
    )


def vpc_lattice_v2_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    principal: str | None = f"arn:aws:sts::{ACCOUNT}:assumed-role/my-role/my-session",
    service: str = "my-service",
    source_ip: str = "10.0.1.12",
) -> VPCLatticeEventV2:
    """A `VPCLatticeEventV2`: header and query values are lists, as Lattice sends them.

    `principal` is the caller's IAM principal (`identity.type` `AWS_IAM`); `None` for an
    unauthenticated caller (`identity.type` `NONE`).
    """
    from .._http import ListOrStringHeaders, ListOrStringParameters
    from ..timestamps import EpochMicrosText
    from ..vpc_lattice import (
        VPCLatticeEventV2,
        VPCLatticeEventV2Identity,
        VPCLatticeEventV2RequestContext,
    )

    text, encoded, content_type = _body(body, json_body)
    defaults = [
        ("accept", "*/*"),
        ("host", _lattice_host(service)),
        ("user-agent", _USER_AGENT),
        ("x-forwarded-for", source_ip),
    ]
    head = _with_body_headers(_merged(defaults, headers, lower=True), content_type, lower=True)
    params = _values(query)
    arn = f"arn:aws:vpc-lattice:{REGION}:{ACCOUNT}"
    identity = VPCLatticeEventV2Identity(
        source_vpc_arn=f"arn:aws:ec2:{REGION}:{ACCOUNT}:vpc/vpc-{_hex(17)}",
        type="AWS_IAM" if principal is not None else "NONE",
        principal=principal,
        session_name=principal.rsplit("/", 1)[-1] if principal is not None else None,
    )
    context = VPCLatticeEventV2RequestContext(
        service_network_arn=f"{arn}:servicenetwork/sn-{_hex(17)}",
        service_arn=f"{arn}:service/svc-{_hex(17)}",
        target_group_arn=f"{arn}:targetgroup/tg-{_hex(17)}",
        identity=identity,
        region=REGION,
        time_epoch=EpochMicrosText(str(time.time_ns() // 1000)),
    )
    return VPCLatticeEventV2(
        version="2.0",
        path=path,
        method=method,
        headers=ListOrStringHeaders(head),
        request_context=context,
        query_string_parameters=ListOrStringParameters(params) if params else None,
        body=text if text is not None else "",
        is_base64_encoded=encoded,
    )


# ------------------------------------------------------------ API Gateway authorizers


def api_gateway_authorizer_token_event(
    token: str = "Bearer allow",  # noqa: S107 - a sample token
    *,
    method: str = "GET",
    path: str = "/",
    stage: str = "prod",
    api_id: str = _API_ID,
) -> APIGatewayAuthorizerTokenEvent:
    """An `APIGatewayAuthorizerTokenEvent`: a REST API TOKEN authorizer call.

    `methodArn` names `method` on `path` of the stage, in the default account and region.
    """
    from ..api_gateway.authorizer import APIGatewayAuthorizerTokenEvent

    return APIGatewayAuthorizerTokenEvent(
        type="TOKEN",
        authorization_token=token,
        method_arn=_execute_api_arn(api_id, stage, method, path.lstrip("/")),
    )


def api_gateway_authorizer_request_event(
    method: str = "GET",
    path: str = "/",
    *,
    token: str | None = "Bearer allow",  # noqa: S107 - a sample token
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    path_parameters: Mapping[str, str] | None = None,
    stage_variables: Mapping[str, str] | None = None,
    resource: str | None = None,
    stage: str = "prod",
    api_id: str = _API_ID,
    source_ip: str = _SOURCE_IP,
) -> APIGatewayAuthorizerRequestEvent:
    """An `APIGatewayAuthorizerRequestEvent`: a REST API REQUEST authorizer call.

    `token` is sent as the `Authorization` header (`None`: no such header); `methodArn`
    names `method` on the request `path`.
    """
    from ..api_gateway.authorizer import APIGatewayAuthorizerRequestEvent
    from ..headers import Headers, MultiValueHeaders

    ms, when = _clock()
    given = _values(headers)
    if token is not None and not _has(given, "authorization"):
        given = {"Authorization": [token], **given}
    head = _rest_headers(_execute_api_domain(api_id), source_ip, ms, given, None)
    params = _values(query)
    template = resource if resource is not None else path
    context = _rest_context(
        method=method,
        path=path,
        resource=template,
        stage=stage,
        api_id=api_id,
        source_ip=source_ip,
        user_agent=_user_agent(head),
        ms=ms,
        when=when,
    )
    return APIGatewayAuthorizerRequestEvent(
        type="REQUEST",
        method_arn=_execute_api_arn(api_id, stage, method, path.lstrip("/")),
        request_context=context,
        resource=template,
        path=path,
        http_method=method,
        headers=Headers(_last(head)),
        multi_value_headers=MultiValueHeaders(_tuples(head)),
        query_string_parameters=_last(params),
        multi_value_query_string_parameters=_tuples(params),
        path_parameters=dict(path_parameters or {}),
        stage_variables=dict(stage_variables or {}),
    )


def api_gateway_authorizer_v2_event(
    method: str = "GET",
    path: str = "/",
    *,
    token: str | None = "Bearer allow",  # noqa: S107 - a sample token
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    cookies: Sequence[str] | None = None,
    path_parameters: Mapping[str, str] | None = None,
    stage_variables: Mapping[str, str] | None = None,
    route_key: str | None = None,
    stage: str = "$default",
    api_id: str = _API_ID,
    source_ip: str = _SOURCE_IP,
) -> APIGatewayAuthorizerEventV2:
    """An `APIGatewayAuthorizerEventV2`: an HTTP API Lambda authorizer call (payload 2.0).

    `token` is sent as the `authorization` header and is the identity source; `routeArn`
    names `method` on the request path.
    """
    from ..api_gateway import BaseRequestContextV2
    from ..api_gateway.authorizer import APIGatewayAuthorizerEventV2

    given = _values(headers)
    if token is not None and not _has(given, "authorization"):
        given = {"authorization": [token], **given}
    parts = _v2_parts(
        method=method,
        path=path,
        stage=stage,
        route_key=route_key,
        domain=_execute_api_domain(api_id),
        api_id=api_id,
        account=ACCOUNT,
        req_id=_short_id(),
        source_ip=source_ip,
        headers=given,
        query=query,
        cookies=cookies,
        content_type=None,
    )
    auth = parts["headers"].get("authorization")
    return APIGatewayAuthorizerEventV2(
        version=parts["version"],
        type="REQUEST",
        route_arn=_execute_api_arn(api_id, stage, method, path.lstrip("/")),
        route_key=parts["route_key"],
        raw_path=parts["raw_path"],
        raw_query_string=parts["raw_query_string"],
        request_context=BaseRequestContextV2(**parts["context"]),
        identity_source=(auth,) if auth is not None else None,
        cookies=parts["cookies"],
        headers=parts["headers"],
        query_string_parameters=parts["query_string_parameters"],
        path_parameters=dict(path_parameters) if path_parameters else None,
        stage_variables=dict(stage_variables) if stage_variables else None,
    )


# --------------------------------------------------------------------------- AppSync


def _appsync_host(api_id: str) -> str:
    return f"{api_id}.appsync-api.{REGION}.amazonaws.com"


def appsync_resolver_event(
    field_name: str = "getItem",
    *,
    parent_type_name: str = "Query",
    arguments: Mapping[str, Any] | None = None,
    identity: (
        AppSyncIdentityIAM
        | AppSyncIdentityCognito
        | AppSyncIdentityOIDC
        | AppSyncIdentityLambda
        | None
    ) = None,
    source: Mapping[str, Any] | None = None,
    selection: Sequence[str] = ("id",),
    variables: Mapping[str, Any] | None = None,
    stash: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    api_id: str = "abcdefghijklmnopqrstuvwxyz",
) -> AppSyncResolverEvent:
    """An `AppSyncResolverEvent` as a direct Lambda resolver receives it.

    `identity` is `None` for API key auth (sent as `null`), else an `AppSyncIdentity*`
    object; `source` is the parent object (`null` for root fields); `selection` the
    selected fields; `variables` default to the arguments.
    """
    from ..appsync import AppSyncRequest, AppSyncResolverEvent, AppSyncResolverEventInfo
    from ..headers import Headers

    args = dict(arguments or {})
    ms = now_ms()
    defaults = [
        ("accept", "application/json"),
        ("content-type", "application/json"),
        ("host", _appsync_host(api_id)),
        ("user-agent", _USER_AGENT),
        ("x-amzn-trace-id", _trace_id(ms)),
        ("x-forwarded-for", _SOURCE_IP),
    ]
    head = _merged(defaults, headers, lower=True)
    info = AppSyncResolverEventInfo(
        field_name=field_name,
        parent_type_name=parent_type_name,
        variables=dict(variables) if variables is not None else args,
        selection_set_list=tuple(selection),
        selection_set_graphql="{\n" + "".join(f"  {s}\n" for s in selection) + "}",
    )
    event = AppSyncResolverEvent(
        arguments=args,
        identity=identity,
        source=dict(source) if source is not None else None,
        request=_nulls(AppSyncRequest(headers=Headers(_joined(head))), "domainName"),
        prev=None,
        raw_info=info,
        stash=dict(stash or {}),
    )
    return _nulls(event, "identity", "source", "prev")


def appsync_authorizer_event(
    token: str = "custom-token",  # noqa: S107 - a sample token
    *,
    query: str = "query GetItem($id: ID!) {\n  getItem(id: $id) {\n    id\n  }\n}\n",
    operation_name: str | None = "GetItem",
    variables: Mapping[str, Any] | None = None,
    api_id: str = "abcdefghijklmnopqrstuvwxyz",
) -> AppSyncAuthorizerEvent:
    """An `AppSyncAuthorizerEvent`: an AppSync Lambda (`AWS_LAMBDA`) authorizer call.

    `token` is the `authorization` header and `authorizationToken`; `query`,
    `operation_name` and `variables` describe the GraphQL request being authorized.
    """
    from ..appsync import AppSyncAuthorizerEvent, AppSyncAuthorizerEventRequestContext
    from ..headers import Headers

    context = AppSyncAuthorizerEventRequestContext(
        api_id=api_id,
        account_id=ACCOUNT,
        request_id=request_id(),
        query_string=query,
        variables=dict(variables) if variables is not None else {"id": "1"},
        operation_name=operation_name,
    )
    headers = {
        "accept": "application/json",
        "authorization": token,
        "content-type": "application/json",
        "host": _appsync_host(api_id),
        "user-agent": _USER_AGENT,
        "x-forwarded-for": _SOURCE_IP,
    }
    return AppSyncAuthorizerEvent(
        authorization_token=token, request_context=context, request_headers=Headers(headers)
    )


def appsync_events_event(
    operation: Literal["PUBLISH", "SUBSCRIBE"] = "PUBLISH",
    *,
    channel: str = "/default/channel",
    payloads: Sequence[Any] = ({"message": "Hello from AppSync Events"},),
    identity: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    api_id: str = "abcdefghijklmnopqrstuvwxyz",
) -> AppSyncResolverEventsEvent:
    """An `AppSyncResolverEventsEvent`: an AppSync Events handler call.

    `PUBLISH` carries one event (with a fresh id) per payload; `SUBSCRIBE` carries none.
    The channel namespace is the first segment of `channel`. `identity` is the raw identity
    object (`None`, sent as `null`, for API key auth).
    """
    from ..appsync import (
        AppSyncEventsChannel,
        AppSyncEventsChannelNamespace,
        AppSyncEventsOperation,
        AppSyncRequest,
        AppSyncResolverEventsEvent,
        AppSyncResolverEventsInfo,
    )
    from ..headers import Headers

    try:
        op = AppSyncEventsOperation(str(operation).upper())
    except ValueError:
        raise ValueError(f"operation must be PUBLISH or SUBSCRIBE, got {operation!r}") from None
    segments = tuple(s for s in channel.split("/") if s)
    if not segments:
        raise ValueError(f"channel must name a namespace, got {channel!r}")
    defaults = [("content-type", "application/json"), ("host", _appsync_host(api_id))]
    head = _merged(defaults, headers, lower=True)
    publish = op is AppSyncEventsOperation.PUBLISH
    event = AppSyncResolverEventsEvent(
        info=AppSyncResolverEventsInfo(
            channel=AppSyncEventsChannel(path="/" + "/".join(segments), segments=segments),
            channel_namespace=AppSyncEventsChannelNamespace(name=segments[0]),
            operation=op,
        ),
        request=_nulls(AppSyncRequest(headers=Headers(_joined(head))), "domainName"),
        identity=dict(identity) if identity is not None else None,
        events=tuple({"payload": p, "id": str(uuid.uuid4())} for p in payloads)
        if publish
        else None,
        out_errors=(),
        stash={},
    )
    return _nulls(event, "identity", "result", "error", "prev")


HTTP_SAMPLES: dict[str, Callable[[], Any]] = {
    "api-gateway-v1": api_gateway_v1_event,
    "api-gateway-v2": api_gateway_v2_event,
    "api-gateway-websocket": api_gateway_websocket_event,
    "alb": alb_event,
    "function-url": lambda_function_url_event,
    "vpc-lattice": vpc_lattice_event,
    "vpc-lattice-v2": vpc_lattice_v2_event,
    "api-gateway-authorizer-token": api_gateway_authorizer_token_event,
    "api-gateway-authorizer-request": api_gateway_authorizer_request_event,
    "api-gateway-authorizer-v2": api_gateway_authorizer_v2_event,
    "appsync-resolver": appsync_resolver_event,
    "appsync-authorizer": appsync_authorizer_event,
    "appsync-events": appsync_events_event,
}
