"""Amazon CloudFront Lambda@Edge: viewer/origin request and response events.

Headers travel as `{"lowercase-name": [{"key": "Name", "value": "v"}]}`; `header(name)`
reads the first value of a header. A request function returns the request (changed with
`with_header`, `attrs.evolve`) or a generated response (`CloudFrontResponse.generate`); a
response function returns the response. Body `data` is kept as it came (base64 or text).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._model import Model, field, model
from ._redact import is_safe_header
from .codecs import b64decode, b64encode
from .enums import StrEnum
from .errors import ContentError, ResponseError

if TYPE_CHECKING:
    from typing import Protocol, TypeVar

    class _HasHeaders(Protocol):
        @property
        def headers(self) -> CloudFrontHeaders | None: ...

    _HasHeadersT = TypeVar("_HasHeadersT", bound=_HasHeaders)

__all__ = [
    "CloudFrontBody",
    "CloudFrontConfig",
    "CloudFrontCustomOrigin",
    "CloudFrontEventType",
    "CloudFrontHeader",
    "CloudFrontHeaders",
    "CloudFrontOrigin",
    "CloudFrontRequest",
    "CloudFrontRequestEvent",
    "CloudFrontRequestEventRecord",
    "CloudFrontRequestEventRecordCf",
    "CloudFrontResponse",
    "CloudFrontResponseEvent",
    "CloudFrontResponseEventRecord",
    "CloudFrontResponseEventRecordCf",
    "CloudFrontS3Origin",
]


class CloudFrontEventType(StrEnum):
    """Which CloudFront event triggered the function."""

    VIEWER_REQUEST = "viewer-request"
    ORIGIN_REQUEST = "origin-request"
    ORIGIN_RESPONSE = "origin-response"
    VIEWER_RESPONSE = "viewer-response"


@model
class CloudFrontHeader(Model):
    """One header value; `key` is the header's original casing.

    Values of credential headers (`Authorization`, `Cookie`, ...) are redacted in repr.
    """

    value: str
    key: str | None = None

    def __repr__(self) -> str:
        if self.key is None or not is_safe_header(self.key):
            return f"CloudFrontHeader(value='***', key={self.key!r})"
        return Model.__repr__(self)


CloudFrontHeaders = Mapping[str, tuple[CloudFrontHeader, ...]]
"""Header name in lowercase -> its values."""


def _header(headers: CloudFrontHeaders | None, name: str) -> str | None:
    values = (headers or {}).get(name.lower())
    return values[0].value if values else None


def _with_header(headers: CloudFrontHeaders | None, name: str, value: str) -> CloudFrontHeaders:
    out = dict(headers or {})
    out[name.lower()] = (CloudFrontHeader(key=name, value=value),)
    return out


@model
class CloudFrontConfig(Model):
    """The distribution, event type and request id of the invocation."""

    distribution_id: str
    distribution_domain_name: str | None = None
    event_type: CloudFrontEventType | str | None = None
    request_id: str | None = None


@model
class CloudFrontBody(Model):
    """A request body (when the behaviour includes it) or a generated response body.

    `data` is the wire text; `content` gives the bytes (base64 decoded when `encoding` is
    `base64`). `input_truncated` is true when CloudFront cut the body; `action` says what
    to do with a body the function returns (`read-only` or `replace`).
    """

    data: str
    encoding: str | None = None
    input_truncated: bool | None = None
    action: str | None = None

    @property
    def content(self) -> bytes:
        """The body as bytes (`ContentError` when `base64` data is not base64)."""
        if self.encoding == "base64":
            try:
                return b64decode(self.data)
            except ValueError as exc:
                raise ContentError(f"CloudFrontBody.data: {exc}") from None
        return self.data.encode()


@model
class CloudFrontCustomOrigin(Model):
    """A custom (HTTP) origin."""

    domain_name: str
    port: int | None = None
    protocol: str | None = None
    path: str | None = None
    ssl_protocols: tuple[str, ...] | None = None
    read_timeout: int | None = None
    keepalive_timeout: int | None = None
    custom_headers: CloudFrontHeaders | None = None


@model
class CloudFrontS3Origin(Model):
    """An Amazon S3 origin."""

    domain_name: str
    auth_method: str | None = None
    path: str | None = None
    region: str | None = None
    custom_headers: CloudFrontHeaders | None = None


@model
class CloudFrontOrigin(Model):
    """The origin of an origin request: `custom` or `s3`."""

    custom: CloudFrontCustomOrigin | None = None
    s3: CloudFrontS3Origin | None = None


class _HeaderAccess:
    """`header()` and `with_header()` of a request or response with CloudFront's header map."""

    __slots__ = ()

    def header(self: _HasHeaders, name: str) -> str | None:
        """The first value of header `name` (any casing), or None."""
        return _header(self.headers, name)

    def with_header(self: _HasHeadersT, name: str, value: str) -> _HasHeadersT:
        """A copy with header `name` set to `value` (replacing its values)."""
        this: Any = self
        changed = attrs.evolve(this, headers=_with_header(self.headers, name, value))
        return changed  # type: ignore[no-any-return]


@model
class CloudFrontRequest(Model, _HeaderAccess):
    """The viewer's request; a request function may return it, changed."""

    uri: str
    method: str
    headers: CloudFrontHeaders
    client_ip: str | None = None
    querystring: str | None = None
    body: CloudFrontBody | None = None
    origin: CloudFrontOrigin | None = None


def _check_status(_instance: object, _attribute: object, status: object) -> None:
    if not (isinstance(status, str) and status.isdigit() and 100 <= int(status) <= 599):
        raise ResponseError(f"status must be an HTTP status code as text, not {status!r}")


def _check_headers(
    _instance: object, _attribute: object, headers: CloudFrontHeaders | None
) -> None:
    for name, values in (headers or {}).items():
        if name != name.lower():
            raise ResponseError(f"header names are lowercase keys, not {name!r}")
        for item in values:
            if item.key is not None and item.key.lower() != name:
                raise ResponseError(f"header key {item.key!r} does not match {name!r}")


def _check_body_encoding(_instance: object, _attribute: object, encoding: str | None) -> None:
    if encoding not in (None, "text", "base64"):
        raise ResponseError(f"bodyEncoding must be text or base64, not {encoding!r}")


@model
class CloudFrontResponse(Model, _HeaderAccess):
    """A response: the origin's (in response events) or one a request function generates.

    A generated response may carry `body` as text with `bodyEncoding` `text` or `base64`.
    """

    status: str = field(validator=_check_status)
    status_description: str | None = None
    headers: CloudFrontHeaders | None = field(default=None, validator=_check_headers)
    body: str | None = None
    body_encoding: str | None = field(default=None, validator=_check_body_encoding)

    @classmethod
    def generate(
        cls,
        status: int | str,
        *,
        body: str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        status_description: str | None = None,
    ) -> CloudFrontResponse:
        """A generated response; `bytes` bodies are sent base64 encoded."""
        out: dict[str, tuple[CloudFrontHeader, ...]] = {}
        for name, value in (headers or {}).items():
            out[name.lower()] = (CloudFrontHeader(key=name, value=value),)
        encoding: str | None = None
        text: str | None = None
        if isinstance(body, bytes):
            text, encoding = b64encode(body), "base64"
        elif body is not None:
            text, encoding = body, "text"
        return cls(
            status=str(status),
            status_description=status_description,
            headers=out,
            body=text,
            body_encoding=encoding,
        )

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> CloudFrontResponse:
        """A redirect to `location`."""
        return cls.generate(status, headers={"Location": location}, status_description="Found")


@model
class CloudFrontRequestEventRecordCf(Model):
    """The `cf` part of a request event: the configuration and the request."""

    config: CloudFrontConfig
    request: CloudFrontRequest


@model(case="pascal")
class CloudFrontRequestEvent(Model):
    """Amazon CloudFront Lambda@Edge: a viewer or origin request."""

    records: tuple[CloudFrontRequestEventRecord, ...]

    @property
    def request(self) -> CloudFrontRequest:
        """The request of the (only) record."""
        return self.records[0].cf.request

    @property
    def config(self) -> CloudFrontConfig:
        """The configuration of the (only) record."""
        return self.records[0].cf.config


@model
class CloudFrontRequestEventRecord(Model):
    """One Lambda@Edge request record."""

    cf: CloudFrontRequestEventRecordCf


@model
class CloudFrontResponseEventRecordCf(Model):
    """The `cf` part of a response event: configuration, request and response."""

    config: CloudFrontConfig
    response: CloudFrontResponse
    request: CloudFrontRequest | None = None


@model
class CloudFrontResponseEventRecord(Model):
    """One Lambda@Edge response record."""

    cf: CloudFrontResponseEventRecordCf


@model(case="pascal")
class CloudFrontResponseEvent(Model):
    """Amazon CloudFront Lambda@Edge: a viewer or origin response."""

    records: tuple[CloudFrontResponseEventRecord, ...]

    @property
    def response(self) -> CloudFrontResponse:
        """The response of the (only) record."""
        return self.records[0].cf.response

    @property
    def config(self) -> CloudFrontConfig:
        """The configuration of the (only) record."""
        return self.records[0].cf.config
