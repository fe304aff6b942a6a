"""What every payload 2.0 request context carries (HTTP APIs, their Lambda authorizers and
Lambda function URLs): the HTTP request line, mTLS authentication, API and stage.
"""

from __future__ import annotations

from .._http import RequestTime
from .._model import Model, model
from ..timestamps import EpochMillis
from ._context import RequestContextClientCert

__all__ = ["BaseRequestContextV2", "RequestContextV2Authentication", "RequestContextV2Http"]


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
