"""Builders for Amazon API Gateway proxy events: REST (v1), HTTP API (v2) and WebSocket.

Also the request parts the API Gateway authorizer and Lambda function URL builders share
(`rest_request`, `v2_request`).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._common import with_nulls, with_unknown_keys
from ._http import (
    API_ID,
    SOURCE_IP,
    HeaderInput,
    Request,
    client_headers,
    clock,
    execute_api_domain,
    forwarded_defaults,
    hex_digits,
    joined,
    last,
    merged,
    query_string,
    request_body,
    short_id,
    trace_id,
    tuples,
    user_agent,
    values,
)
from ._ids import ACCOUNT, request_id

if TYPE_CHECKING:
    from .. import (
        APIGatewayEventAuthorizer,
        APIGatewayProxyEvent,
        APIGatewayProxyEventV2,
        APIGatewayWebSocketEvent,
        APIGatewayWebSocketEventType,
        RequestContextV2Authorizer,
    )

__all__ = [
    "api_gateway_v1_event",
    "api_gateway_v2_event",
    "api_gateway_websocket_event",
    "execute_api_ids",
    "rest_request",
    "v2_request",
]

_NULL_IDENTITY_KEYS = (
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
"""The identity keys a REST API sends as `null` for an anonymous caller."""


# ------------------------------------------------------------------ shared request parts


def rest_request(
    request: Request,
    resource: str | None,
    stage: str,
    api_id: str,
    content_type: str | None = None,
    authorizer: APIGatewayEventAuthorizer | None = None,
) -> dict[str, Any]:
    """The fields a REST API proxy request and its REQUEST authorizer call share:
    resource, path, method, `requestContext` and both header maps."""
    from .. import (
        APIGatewayEventIdentity,
        APIGatewayEventRequestContext,
        EpochMillis,
        Headers,
        MultiValueHeaders,
    )

    method, path, headers, _, source_ip = request
    ms, when = clock()
    defaults = forwarded_defaults(execute_api_domain(api_id), source_ip, ms)
    head = client_headers(defaults, headers, content_type, lower=False)
    template = resource if resource is not None else path
    identity = APIGatewayEventIdentity(source_ip=source_ip, user_agent=user_agent(head))
    context = APIGatewayEventRequestContext(
        account_id=ACCOUNT,
        api_id=api_id,
        authorizer=authorizer,
        domain_name=execute_api_domain(api_id),
        domain_prefix=api_id,
        extended_request_id=short_id(),
        http_method=method,
        identity=with_nulls(identity, *_NULL_IDENTITY_KEYS),
        path=f"/{stage}{path}",
        protocol="HTTP/1.1",
        request_id=request_id(),
        request_time=when,
        request_time_epoch=EpochMillis(ms),
        resource_id=hex_digits(6),
        resource_path=template,
        stage=stage,
    )
    return {
        "resource": template,
        "path": path,
        "http_method": method,
        "request_context": context,
        "headers": Headers(last(head)),
        "multi_value_headers": MultiValueHeaders(tuples(head)),
    }


def v2_request(
    request: Request,
    stage: str,
    route_key: str | None,
    domain: str,
    cookies: Sequence[str] | None,
    content_type: str | None = None,
) -> dict[str, Any]:
    """The fields an HTTP API (payload 2.0) request, its authorizer call and a function URL
    request share; `context` holds the `requestContext` keyword arguments, less the ids."""
    from .. import EpochMillis, Headers, RequestContextV2Http

    method, path, headers, query, source_ip = request
    ms, when = clock()
    raw_path = path if stage == "$default" else f"/{stage}{path}"
    defaults = forwarded_defaults(domain, source_ip, ms)
    head = client_headers(defaults, headers, content_type, lower=True)
    jar = list(cookies or ())
    if "cookie" in head:  # HTTP API moves the Cookie header into `cookies`
        jar += [c.strip() for v in head.pop("cookie") for c in v.split(";") if c.strip()]
    params = values(query)
    route = route_key if route_key is not None else f"{method} {path}"
    http = RequestContextV2Http(
        method=method,
        path=raw_path,
        protocol="HTTP/1.1",
        source_ip=source_ip,
        user_agent=user_agent(head),
    )
    context = {
        "domain_name": domain,
        "domain_prefix": domain.split(".", 1)[0],
        "http": http,
        "route_key": route,
        "stage": stage,
        "time": when,
        "time_epoch": EpochMillis(ms),
    }
    return {
        "version": "2.0",
        "route_key": route,
        "raw_path": raw_path,
        "raw_query_string": query_string(params),
        "cookies": tuple(jar) or None,
        "headers": Headers(joined(head)),
        "query_string_parameters": joined(params) or None,
        "context": context,
    }


def execute_api_ids(api_id: str) -> dict[str, Any]:
    """The ids of an HTTP API `requestContext`."""
    return {"account_id": ACCOUNT, "api_id": api_id, "request_id": short_id()}


# ------------------------------------------------------------------ API Gateway REST


def _rest_authorizer(
    claims: Mapping[str, Any] | None, authorizer_context: Mapping[str, Any] | None
) -> APIGatewayEventAuthorizer | None:
    """A Cognito authorizer's `claims` or a Lambda authorizer's context (`None`: no authorizer)."""
    from .. import APIGatewayEventAuthorizer

    if claims is None and authorizer_context is None:
        return None
    lambda_authorizer = authorizer_context is not None
    authorizer = APIGatewayEventAuthorizer(
        claims=dict(claims) if claims is not None else None,
        principal_id="user" if lambda_authorizer else None,
        integration_latency=0 if lambda_authorizer else None,
    )
    return with_unknown_keys(authorizer, authorizer_context or {})


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
    api_id: str = API_ID,
    source_ip: str = SOURCE_IP,
) -> APIGatewayProxyEvent:
    """An `APIGatewayProxyEvent`: a REST API Lambda proxy request.

    `resource` is the resource template (`/orders/{id}`, default: `path`); `claims` fills a
    Cognito authorizer, `authorizer_context` a Lambda authorizer's context. Absent maps and
    body are `null`, as REST APIs send them.
    """
    from .. import APIGatewayProxyEvent

    sent = request_body(body, json_body)
    authorizer = _rest_authorizer(claims, authorizer_context)
    request = Request(method, path, headers, query, source_ip)
    fields = rest_request(request, resource, stage, api_id, sent.content_type, authorizer)
    params = values(query)
    event = APIGatewayProxyEvent(
        **fields,
        query_string_parameters=last(params) or None,
        multi_value_query_string_parameters=tuples(params) or None,
        path_parameters=dict(path_parameters) if path_parameters else None,
        stage_variables=dict(stage_variables) if stage_variables else None,
        body=sent.text,
        is_base64_encoded=sent.encoded,
    )
    absent = ("queryStringParameters", "multiValueQueryStringParameters", "pathParameters")
    return with_nulls(event, *absent, "stageVariables", "body")


# ------------------------------------------------------------------ API Gateway HTTP API


def _v2_authorizer(
    jwt_claims: Mapping[str, Any] | None,
    jwt_scopes: Sequence[str] | None,
    lambda_context: Mapping[str, Any] | None,
) -> RequestContextV2Authorizer | None:
    """A JWT authorizer's claims and scopes or a Lambda authorizer's context."""
    from .. import RequestContextV2Authorizer, RequestContextV2AuthorizerJwt

    jwt = None
    if jwt_claims is not None or jwt_scopes is not None:
        jwt = RequestContextV2AuthorizerJwt(
            claims=dict(jwt_claims or {}),
            scopes=tuple(jwt_scopes) if jwt_scopes is not None else None,
        )
    if jwt is None and lambda_context is None:
        return None
    lambda_ = dict(lambda_context) if lambda_context is not None else None
    return RequestContextV2Authorizer(jwt=jwt, lambda_=lambda_)


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
    api_id: str = API_ID,
    source_ip: str = SOURCE_IP,
) -> APIGatewayProxyEventV2:
    """An `APIGatewayProxyEventV2`: an HTTP API (payload format 2.0) request.

    `route_key` defaults to `"{method} {path}"`; a named `stage` prefixes `rawPath`.
    Repeated headers and query values are comma-joined; a `Cookie` header moves to `cookies`.
    `jwt_claims`/`jwt_scopes` fill a JWT authorizer, `lambda_context` a Lambda authorizer.
    """
    from .. import APIGatewayProxyEventV2, RequestContextV2

    sent = request_body(body, json_body)
    request = Request(method, path, headers, query, source_ip)
    domain = execute_api_domain(api_id)
    parts = v2_request(request, stage, route_key, domain, cookies, sent.content_type)
    context = RequestContextV2(
        **parts.pop("context"),
        **execute_api_ids(api_id),
        authorizer=_v2_authorizer(jwt_claims, jwt_scopes, lambda_context),
    )
    return APIGatewayProxyEventV2(
        **parts,
        request_context=context,
        path_parameters=dict(path_parameters) if path_parameters else None,
        stage_variables=dict(stage_variables) if stage_variables else None,
        body=sent.text,
        is_base64_encoded=sent.encoded,
    )


# --------------------------------------------------------------------- WebSocket API


def _websocket_kind(
    event_type: str, has_body: bool, has_headers: bool, has_query: bool
) -> APIGatewayWebSocketEventType:
    """The event type, refusing what that type of event never carries."""
    from .. import APIGatewayWebSocketEventType as Kind

    try:
        kind = Kind(str(event_type).upper())
    except ValueError:
        raise ValueError(
            f"event_type must be CONNECT, MESSAGE or DISCONNECT, got {event_type!r}"
        ) from None
    if kind is not Kind.MESSAGE and has_body:
        raise ValueError("only MESSAGE events carry a body")
    if kind is Kind.MESSAGE and (has_headers or has_query):
        raise ValueError("MESSAGE events carry no headers or query parameters")
    if kind is Kind.DISCONNECT and has_query:
        raise ValueError("DISCONNECT events carry no query parameters")
    return kind


def _websocket_route(kind: APIGatewayWebSocketEventType, json_body: Any) -> str:
    """`$connect`, `$disconnect`, or a message's `action` (`$default` without one)."""
    if kind.value != "MESSAGE":
        return f"${kind.value.lower()}"
    action = json_body.get("action") if isinstance(json_body, Mapping) else None
    return action if isinstance(action, str) else "$default"


def _websocket_headers(
    kind: APIGatewayWebSocketEventType,
    domain: str,
    source_ip: str,
    ms: int,
    headers: HeaderInput | None,
) -> dict[str, list[str]] | None:
    """The handshake's headers on `$connect`, the few `$disconnect` has, none on messages."""
    if kind.value == "MESSAGE":
        return None
    if kind.value == "DISCONNECT":
        defaults = [("Host", domain), ("x-api-key", ""), ("X-Forwarded-For", source_ip)]
        return merged(defaults, headers, lower=False)
    handshake = [
        ("Host", domain),
        ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"),
        ("Sec-WebSocket-Key", base64.b64encode(os.urandom(16)).decode()),
        ("Sec-WebSocket-Version", "13"),
        ("X-Amzn-Trace-Id", trace_id(ms)),
        ("X-Forwarded-For", source_ip),
        ("X-Forwarded-Port", "443"),
        ("X-Forwarded-Proto", "https"),
    ]
    return merged(handshake, headers, lower=False)


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
    api_id: str = API_ID,
    source_ip: str = SOURCE_IP,
) -> APIGatewayWebSocketEvent:
    """An `APIGatewayWebSocketEvent`: `event_type` is `CONNECT`, `MESSAGE` or `DISCONNECT`.

    A message carries `body`/`json_body` (its route key defaults to the JSON body's `action`,
    else `$default`); `$connect` carries `headers` and `query`, `$disconnect` `headers`.
    `authorizer_context` is what a `$connect` Lambda authorizer returned.
    """
    from .. import (
        APIGatewayWebSocketEvent,
        APIGatewayWebSocketEventIdentity,
        APIGatewayWebSocketEventRequestContext,
        EpochMillis,
        Headers,
        MultiValueHeaders,
    )
    from .._http import NO_HEADERS, NO_MULTI_VALUE_HEADERS

    has_body = body is not None or json_body is not None
    kind = _websocket_kind(event_type, has_body, headers is not None, query is not None)
    ms, when = clock()
    domain = execute_api_domain(api_id)
    sent = request_body(body, json_body)
    head = _websocket_headers(kind, domain, source_ip, ms, headers)
    params = values(query)
    ext = short_id()
    disconnect = kind.value == "DISCONNECT"
    context = APIGatewayWebSocketEventRequestContext(
        route_key=route_key if route_key is not None else _websocket_route(kind, json_body),
        event_type=kind,
        extended_request_id=ext,
        request_time=when,
        message_direction="IN",
        stage=stage,
        connected_at=EpochMillis(ms if kind.value == "CONNECT" else ms - 60_000),
        request_time_epoch=EpochMillis(ms),
        identity=APIGatewayWebSocketEventIdentity(
            source_ip=source_ip,
            user_agent=user_agent(head) if head is not None else None,
        ),
        request_id=ext,
        domain_name=domain,
        connection_id=connection_id if connection_id is not None else short_id(),
        api_id=api_id,
        message_id=short_id() if kind.value == "MESSAGE" else None,
        disconnect_status_code=1001 if disconnect else None,
        disconnect_reason="Going away" if disconnect else None,
        authorizer=_rest_authorizer(None, authorizer_context),
    )
    return APIGatewayWebSocketEvent(
        request_context=context,
        is_base64_encoded=sent.encoded,
        body=sent.text,
        headers=Headers(last(head)) if head is not None else NO_HEADERS,
        multi_value_headers=(
            MultiValueHeaders(tuples(head)) if head is not None else NO_MULTI_VALUE_HEADERS
        ),
        query_string_parameters=Headers(last(params)) if params else None,
        multi_value_query_string_parameters=MultiValueHeaders(tuples(params)) if params else None,
    )
