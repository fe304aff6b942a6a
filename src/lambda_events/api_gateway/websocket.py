"""Amazon API Gateway WebSocket API events ($connect, $disconnect, messages).

A WebSocket integration answers with `APIGatewayProxyResponse` (from `rest`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from .. import _http
from .._http import RequestTime
from .._model import Model, field, model
from ..enums import StrEnum
from ..headers import Headers, MultiValueHeaders
from ..timestamps import EpochMillis
from ._context import APIGatewayEventAuthorizer, APIGatewayEventIdentity

__all__ = [
    "APIGatewayWebSocketEvent",
    "APIGatewayWebSocketEventIdentity",
    "APIGatewayWebSocketEventRequestContext",
    "APIGatewayWebSocketEventType",
]


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
