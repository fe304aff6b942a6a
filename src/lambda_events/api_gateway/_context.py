"""Request-context parts shared by the API Gateway modules: the mTLS client certificate and
the REST (payload 1.0) request context with its identity and authorizer.

`_context_v2` holds what every payload 2.0 request context carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from .. import _http
from .._http import RequestTime
from .._model import EMPTY, Model, field, model
from ..headers import Headers, MultiValueHeaders
from ..timestamps import EpochMillis

__all__ = [
    "APIGatewayEventAuthorizer",
    "APIGatewayEventIdentity",
    "APIGatewayEventRequestContext",
    "BaseRequestContext",
    "RequestContextClientCert",
    "RequestContextClientCertValidity",
]

_CERT_TIME = "%b %d %H:%M:%S %Y GMT"


# --------------------------------------------------------------------- client certificate


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


# ------------------------------------------------------------------ REST (payload 1.0)


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
        """The whole authorizer object as AWS sent it, keys sent as `null` included (a Lambda
        authorizer's context; Powertools' `get_context()`).
        """
        return self.raw_event

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
class _RestRequestParts(Model):
    """What a REST API request carries to a proxy integration and to a REQUEST authorizer."""

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
