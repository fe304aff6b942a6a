"""Application Load Balancer (ALB) Lambda target events and responses."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from . import _http
from ._model import Model, field, model
from .headers import Headers, MultiValueHeaders

__all__ = [
    "ALBEvent",
    "ALBEventRequestContext",
    "ALBEventRequestContextElb",
    "ALBResponse",
]


@model
class ALBEventRequestContextElb(Model):
    """`requestContext.elb`: the target group that invoked the function."""

    target_group_arn: str


@model
class ALBEventRequestContext(Model):
    """`requestContext` of an ALB event."""

    elb: ALBEventRequestContextElb

    @property
    def elb_target_group_arn(self) -> str:
        return self.elb.target_group_arn


@model
class ALBEvent(Model, _http.HttpBodyMixin, _http.MultiValueRequestMixin):
    """Application Load Balancer request to a Lambda target.

    With multi-value headers enabled on the target group, ALB sends only the `multiValue*`
    maps; otherwise only the single-value ones. Query strings arrive URL-encoded as the
    client sent them: `decoded_query_string_parameters` decodes them.
    """

    request_context: ALBEventRequestContext
    http_method: str
    path: str
    body: str
    is_base64_encoded: bool
    query_string_parameters: Mapping[str, str] | None = field(default=None, redact="query")
    multi_value_query_string_parameters: Mapping[str, tuple[str, ...]] | None = field(
        default=None, redact="query"
    )
    headers: Headers = field(default=_http.NO_HEADERS, null_is_default=True)
    multi_value_headers: MultiValueHeaders = field(
        default=_http.NO_MULTI_VALUE_HEADERS, null_is_default=True
    )

    @cached_property
    def decoded_query_string_parameters(self) -> Mapping[str, tuple[str, ...]]:
        """Every query parameter with all its values, URL-decoded."""
        return _http.unquote_multi_value(self.resolved_query_string_parameters)


@model
class ALBResponse(Model, _http.HttpResponseMixin):
    """Response of a Lambda target to an Application Load Balancer.

    Use `headers` or, when the target group has multi-value headers enabled,
    `multi_value_headers`. `build()` fills `statusDescription` (`"200 OK"`) and encodes a
    body: `bytes` as base64, a JSON-able value as JSON with its content type.
    """

    _describes_status = True
    _no_body = ""

    status_code: int = field(validator=_http.check_status_code)
    status_description: str | None = None
    headers: Mapping[str, str] | None = field(
        default=None, redact="headers", converter=_http.response_headers
    )
    multi_value_headers: Mapping[str, tuple[str, ...]] | None = field(
        default=None, redact="headers", converter=_http.response_multi_value_headers
    )
    body: str | None = field(default=None, validator=_http.check_base64_body)
    is_base64_encoded: bool = False
