"""Builders for Amazon API Gateway Lambda authorizer calls: TOKEN, REQUEST and HTTP API v2."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ._api_gateway import execute_api_ids, rest_request, v2_request
from ._http import (
    API_ID,
    SOURCE_IP,
    HeaderInput,
    Request,
    execute_api_arn,
    execute_api_domain,
    has_header,
    last,
    tuples,
    values,
)

if TYPE_CHECKING:
    from .. import (
        APIGatewayAuthorizerEventV2,
        APIGatewayAuthorizerRequestEvent,
        APIGatewayAuthorizerTokenEvent,
    )

__all__ = [
    "api_gateway_authorizer_request_event",
    "api_gateway_authorizer_token_event",
    "api_gateway_authorizer_v2_event",
]


def _with_token(headers: HeaderInput | None, token: str | None, name: str) -> dict[str, list[str]]:
    """The request headers, led by the `Authorization` header carrying `token` (if any)."""
    given = values(headers)
    if token is not None and not has_header(given, "authorization"):
        given = {name: [token], **given}
    return given


def api_gateway_authorizer_token_event(
    token: str = "Bearer allow",  # noqa: S107 - a sample token
    *,
    method: str = "GET",
    path: str = "/",
    stage: str = "prod",
    api_id: str = API_ID,
) -> APIGatewayAuthorizerTokenEvent:
    """An `APIGatewayAuthorizerTokenEvent`: a REST API TOKEN authorizer call.

    `methodArn` names `method` on `path` of the stage, in the default account and region.
    """
    from .. import APIGatewayAuthorizerTokenEvent

    return APIGatewayAuthorizerTokenEvent(
        type="TOKEN",
        authorization_token=token,
        method_arn=execute_api_arn(api_id, stage, method, path),
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
    api_id: str = API_ID,
    source_ip: str = SOURCE_IP,
) -> APIGatewayAuthorizerRequestEvent:
    """An `APIGatewayAuthorizerRequestEvent`: a REST API REQUEST authorizer call.

    `token` is sent as the `Authorization` header (`None`: no such header); `methodArn`
    names `method` on the request `path`.
    """
    from .. import APIGatewayAuthorizerRequestEvent

    given = _with_token(headers, token, "Authorization")
    params = values(query)
    return APIGatewayAuthorizerRequestEvent(
        **rest_request(Request(method, path, given, query, source_ip), resource, stage, api_id),
        type="REQUEST",
        method_arn=execute_api_arn(api_id, stage, method, path),
        query_string_parameters=last(params),
        multi_value_query_string_parameters=tuples(params),
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
    api_id: str = API_ID,
    source_ip: str = SOURCE_IP,
) -> APIGatewayAuthorizerEventV2:
    """An `APIGatewayAuthorizerEventV2`: an HTTP API Lambda authorizer call (payload 2.0).

    `token` is sent as the `authorization` header and is the identity source; `routeArn`
    names `method` on the request path.
    """
    from .. import APIGatewayAuthorizerEventV2, BaseRequestContextV2

    given = _with_token(headers, token, "authorization")
    domain = execute_api_domain(api_id)
    request = Request(method, path, given, query, source_ip)
    parts = v2_request(request, stage, route_key, domain, cookies)
    context = BaseRequestContextV2(**parts.pop("context"), **execute_api_ids(api_id))
    auth = parts["headers"].get("authorization")
    return APIGatewayAuthorizerEventV2(
        **parts,
        type="REQUEST",
        route_arn=execute_api_arn(api_id, stage, method, path),
        request_context=context,
        identity_source=(auth,) if auth is not None else None,
        path_parameters=dict(path_parameters) if path_parameters else None,
        stage_variables=dict(stage_variables) if stage_variables else None,
    )
