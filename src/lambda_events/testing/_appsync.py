"""Builders for AWS AppSync events: direct resolver, Lambda authorizer and AppSync Events."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._common import with_nulls
from ._http import SOURCE_IP, USER_AGENT, joined, merged, trace_id
from ._ids import ACCOUNT, REGION, now_ms, request_id

if TYPE_CHECKING:
    from .. import (
        AppSyncAuthorizerEvent,
        AppSyncEventsOperation,
        AppSyncIdentityCognito,
        AppSyncIdentityIAM,
        AppSyncIdentityLambda,
        AppSyncIdentityOIDC,
        AppSyncRequest,
        AppSyncResolverEvent,
        AppSyncResolverEventsEvent,
    )

__all__ = ["appsync_authorizer_event", "appsync_events_event", "appsync_resolver_event"]

_API_ID = "abcdefghijklmnopqrstuvwxyz"


def _host(api_id: str) -> str:
    return f"{api_id}.appsync-api.{REGION}.amazonaws.com"


def _request(
    defaults: Sequence[tuple[str, str]], headers: Mapping[str, str] | None
) -> AppSyncRequest:
    """The GraphQL request's headers (comma-joined); `domainName` is `null` (no custom domain)."""
    from .. import AppSyncRequest, Headers

    head = merged(defaults, headers, lower=True)
    return with_nulls(AppSyncRequest(headers=Headers(joined(head))), "domainName")


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
    api_id: str = _API_ID,
) -> AppSyncResolverEvent:
    """An `AppSyncResolverEvent` as a direct Lambda resolver receives it.

    `identity` is `None` for API key auth (sent as `null`), else an `AppSyncIdentity*`
    object; `source` is the parent object (`null` for root fields); `selection` the
    selected fields; `variables` default to the arguments.
    """
    from .. import AppSyncResolverEvent, AppSyncResolverEventInfo

    args = dict(arguments or {})
    defaults = [
        ("accept", "application/json"),
        ("content-type", "application/json"),
        ("host", _host(api_id)),
        ("user-agent", USER_AGENT),
        ("x-amzn-trace-id", trace_id(now_ms())),
        ("x-forwarded-for", SOURCE_IP),
    ]
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
        request=_request(defaults, headers),
        prev=None,
        raw_info=info,
        stash=dict(stash or {}),
    )
    return with_nulls(event, "identity", "source", "prev")


def appsync_authorizer_event(
    token: str = "custom-token",  # noqa: S107 - a sample token
    *,
    query: str = "query GetItem($id: ID!) {\n  getItem(id: $id) {\n    id\n  }\n}\n",
    operation_name: str | None = "GetItem",
    variables: Mapping[str, Any] | None = None,
    api_id: str = _API_ID,
) -> AppSyncAuthorizerEvent:
    """An `AppSyncAuthorizerEvent`: an AppSync Lambda (`AWS_LAMBDA`) authorizer call.

    `token` is the `authorization` header and `authorizationToken`; `query`,
    `operation_name` and `variables` describe the GraphQL request being authorized.
    """
    from .. import AppSyncAuthorizerEvent, AppSyncAuthorizerEventRequestContext, Headers

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
        "host": _host(api_id),
        "user-agent": USER_AGENT,
        "x-forwarded-for": SOURCE_IP,
    }
    return AppSyncAuthorizerEvent(
        authorization_token=token, request_context=context, request_headers=Headers(headers)
    )


def _events_operation(operation: str) -> AppSyncEventsOperation:
    from .. import AppSyncEventsOperation

    try:
        return AppSyncEventsOperation(str(operation).upper())
    except ValueError:
        raise ValueError(f"operation must be PUBLISH or SUBSCRIBE, got {operation!r}") from None


def appsync_events_event(
    operation: Literal["PUBLISH", "SUBSCRIBE"] = "PUBLISH",
    *,
    channel: str = "/default/channel",
    payloads: Sequence[Any] = ({"message": "Hello from AppSync Events"},),
    identity: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    api_id: str = _API_ID,
) -> AppSyncResolverEventsEvent:
    """An `AppSyncResolverEventsEvent`: an AppSync Events handler call.

    `PUBLISH` carries one event (with a fresh id) per payload; `SUBSCRIBE` carries none.
    The channel namespace is the first segment of `channel`. `identity` is the raw identity
    object (`None`, sent as `null`, for API key auth).
    """
    from .. import (
        AppSyncEventsChannel,
        AppSyncEventsChannelNamespace,
        AppSyncResolverEventsEvent,
        AppSyncResolverEventsInfo,
    )

    op = _events_operation(operation)
    segments = tuple(s for s in channel.split("/") if s)
    if not segments:
        raise ValueError(f"channel must name a namespace, got {channel!r}")
    defaults = [("content-type", "application/json"), ("host", _host(api_id))]
    publish = op.value == "PUBLISH"
    event = AppSyncResolverEventsEvent(
        info=AppSyncResolverEventsInfo(
            channel=AppSyncEventsChannel(path="/" + "/".join(segments), segments=segments),
            channel_namespace=AppSyncEventsChannelNamespace(name=segments[0]),
            operation=op,
        ),
        request=_request(defaults, headers),
        identity=dict(identity) if identity is not None else None,
        events=tuple({"payload": p, "id": str(uuid.uuid4())} for p in payloads)
        if publish
        else None,
        out_errors=(),
        stash={},
    )
    return with_nulls(event, "identity", "result", "error", "prev")
