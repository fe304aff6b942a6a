"""Amazon VPC Lattice Lambda target events (v1 snake_case wire, v2) and the response."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import overload

from . import _http
from ._http import (
    ListOrStringHeaders,
    ListOrStringParameters,
)
from ._model import EMPTY, Model, field, model
from .headers import Headers, MultiValueHeaders
from .timestamps import EpochMicrosText

__all__ = [
    "VPCLatticeEvent",
    "VPCLatticeEventV2",
    "VPCLatticeEventV2Identity",
    "VPCLatticeEventV2RequestContext",
    "VPCLatticeResponse",
]


@model(case="snake")
class VPCLatticeEvent(Model, _http.HttpBodyMixin, _http.ParameterAccessMixin):
    """Amazon VPC Lattice request, event structure v1 (snake_case keys on the wire)."""

    raw_path: str = field(redact="url")  # the path and its query string
    method: str
    headers: Headers
    body: str
    is_base64_encoded: bool
    query_string_parameters: Mapping[str, str] | None = field(default=None, redact="query")

    @property
    def path(self) -> str:
        """`raw_path` without its query string."""
        return _http.path_without_query(self.raw_path)

    @property
    def http_method(self) -> str:
        return self.method

    @cached_property
    def resolved_headers_field(self) -> MultiValueHeaders:
        """Headers with comma-joined values split into lists, case-insensitive."""
        return _http.split_comma_headers(self.headers)

    @property
    def resolved_query_string_parameters(self) -> Mapping[str, str]:
        """Query parameters; empty when absent or `null`."""
        return self.query_string_parameters or EMPTY

    def _query_value(self, name: str) -> str | None:
        return self.resolved_query_string_parameters.get(name)

    def _query_values(self, name: str) -> Sequence[str]:
        value = self._query_value(name)
        return tuple(value.split(",")) if value is not None else ()


@model
class VPCLatticeEventV2Identity(Model):
    """Who called the VPC Lattice service (IAM principal and/or mTLS certificate fields)."""

    source_vpc_arn: str | None = None
    type: str | None = None
    principal: str | None = None
    principal_org_id: str | None = field(
        wire="principalOrgID", alt=("principalOrgId",), default=None
    )
    session_name: str | None = None
    x509_subject_cn: str | None = field(wire="X509SubjectCn", alt=("x509SubjectCn",), default=None)
    x509_issuer_ou: str | None = field(wire="X509IssuerOu", alt=("x509IssuerOu",), default=None)
    x509_san_dns: str | None = field(wire="x509SanDns", alt=("X509SanDns",), default=None)
    x509_san_uri: str | None = field(wire="X509SanUri", alt=("x509SanUri",), default=None)
    x509_san_name_cn: str | None = field(wire="X509SanNameCn", alt=("x509SanNameCn",), default=None)


@model
class VPCLatticeEventV2RequestContext(Model):
    """`requestContext` of a VPC Lattice v2 event."""

    service_network_arn: str
    service_arn: str
    target_group_arn: str
    identity: VPCLatticeEventV2Identity
    region: str
    time_epoch: EpochMicrosText


@model
class VPCLatticeEventV2(Model, _http.HttpBodyMixin, _http.ParameterAccessMixin):
    """Amazon VPC Lattice request, event structure v2.

    Header and query values arrive as strings or lists of strings. As in Powertools, a
    header reads as sent (a tuple where a list came; `headers.joined` joins it with `,`)
    and a query parameter as one string (a list joined by `,`); `.multi` gives every value
    as a tuple; the wire form is kept.
    """

    version: str
    path: str
    method: str
    headers: ListOrStringHeaders
    request_context: VPCLatticeEventV2RequestContext
    query_string_parameters: ListOrStringParameters | None = field(default=None, redact="query")
    body: str | None = None
    is_base64_encoded: bool | None = None

    @property
    def http_method(self) -> str:
        return self.method

    @property
    def path_without_query(self) -> str:
        """`path` without any query string."""
        return _http.path_without_query(self.path)

    @cached_property
    def resolved_headers_field(self) -> MultiValueHeaders:
        """Every header with all its values (lists, or comma-joined strings split)."""
        headers: ListOrStringHeaders = self.headers
        raw = headers._to_wire()
        return MultiValueHeaders(
            {k: tuple(v.split(",")) if isinstance(v, str) else tuple(v) for k, v in raw.items()}
        )

    @cached_property
    def resolved_query_string_parameters(self) -> Mapping[str, tuple[str, ...]]:
        """Every query parameter with all its values."""
        params: ListOrStringParameters | None = self.query_string_parameters
        return params.multi if params is not None else EMPTY

    @overload  # type: ignore[override]  # a header sent as a list reads as a tuple
    def get_header_value(
        self, name: str, default_value: str, case_sensitive: bool = False
    ) -> str | tuple[str, ...]: ...
    @overload
    def get_header_value(
        self, name: str, default_value: None = None, case_sensitive: bool = False
    ) -> str | tuple[str, ...] | None: ...
    def get_header_value(  # pyright: ignore[reportIncompatibleMethodOverride]
        self, name: str, default_value: str | None = None, case_sensitive: bool = False
    ) -> str | tuple[str, ...] | None:
        """One header's value as sent (any case unless `case_sensitive`), else the default."""
        return _http.header_value(self.headers, name, default_value, case_sensitive)

    def _query_value(self, name: str) -> str | None:
        params = self.query_string_parameters
        return params.get(name) if params is not None else None

    def _query_values(self, name: str) -> Sequence[str]:
        return self.resolved_query_string_parameters.get(name, ())


@model
class VPCLatticeResponse(Model, _http.HttpResponseMixin):
    """Response of a Lambda target to Amazon VPC Lattice (v1 and v2).

    `build()` fills `statusDescription` (`"200 OK"`) and encodes a body: `bytes` as base64, a
    JSON-able value as JSON with its content type, `str` as it is.
    """

    _describes_status = True

    status_code: int = field(validator=_http.check_status_code)
    is_base64_encoded: bool = False
    status_description: str | None = None
    headers: Mapping[str, str] | None = field(
        default=None, redact="headers", converter=_http.response_headers
    )
    body: str | None = field(default=None, validator=_http.check_base64_body)
