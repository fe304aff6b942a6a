"""Application Load Balancer (ALB) Lambda target events and responses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import attrs

from . import _http
from ._model import Model, field, model
from .headers import Headers, MultiValueHeaders

if TYPE_CHECKING:
    from typing_extensions import Self

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

    def _body_parts(self) -> tuple[str | None, bool | None, str]:
        return self.body, self.is_base64_encoded, "body"

    @cached_property
    def decoded_query_string_parameters(self) -> Mapping[str, tuple[str, ...]]:
        """Every query parameter with all its values, URL-decoded."""
        return _http.unquote_multi_value(self.resolved_query_string_parameters)


@model
class ALBResponse(Model):
    """Response of a Lambda target to an ALB.

    Use `headers` or, when the target group has multi-value headers enabled,
    `multi_value_headers`. `build()` fills `statusDescription` (`"200 OK"`) and encodes a
    body: `bytes` as base64, a JSON-able value as JSON with its content type.
    """

    status_code: int
    status_description: str | None = None
    headers: Mapping[str, str] | None = field(default=None, redact="headers")
    multi_value_headers: Mapping[str, tuple[str, ...]] | None = field(
        default=None, redact="headers"
    )
    body: str | None = None
    is_base64_encoded: bool = False

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
        status_description: str | None = None,
    ) -> Self:
        """A response with its status description and encoded body."""
        _http.validate_status_code(status_code)
        text, encoded, content_type = _http.encode_response_body(body)
        multi = (
            {k: tuple(v) for k, v in multi_value_headers.items()} if multi_value_headers else None
        )
        if multi is not None and headers is None:
            if content_type and not any(k.lower() == "content-type" for k in multi):
                multi["Content-Type"] = (content_type,)
        else:
            headers = _http.with_default_header(headers, "Content-Type", content_type)
        return cls(
            status_code=status_code,
            status_description=status_description or _http.status_reason(status_code),
            headers=headers,
            multi_value_headers=multi,
            body=text if text is not None else "",
            is_base64_encoded=encoded,
        )

    def with_header(self, name: str, value: str) -> Self:
        """A copy with one more (or a replaced) single-value header."""
        headers = {k: v for k, v in (self.headers or {}).items() if k.lower() != name.lower()}
        headers[name] = value
        return attrs.evolve(self, headers=headers)
