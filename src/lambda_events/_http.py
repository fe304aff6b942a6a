"""HTTP helpers shared by the API Gateway, ALB, Function URL and VPC Lattice modules.

Merged single/multi-value views, cookie parsing, base64-aware bodies, JSON bodies, the
lenient API Gateway request time, list-or-string header maps (VPC Lattice v2) and the
body encoding of HTTP responses. Nothing here is an event class.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, overload
from urllib.parse import unquote_plus

import attrs

from . import _redact
from ._model import EMPTY
from ._payload import load_json, structure_json
from .codecs import ValueCodec, b64decode, b64encode
from .errors import ResponseError, StructureError, kind_of, quoted
from .headers import Headers, MultiValueHeaders, _CaseInsensitive
from .timestamps import HttpDate

if TYPE_CHECKING:
    from typing import Protocol

    from typing_extensions import Self

    from ._converter import LambdaEventsConverter

    class _HasBody(Protocol):
        @property
        def body(self) -> str | None: ...
        @property
        def is_base64_encoded(self) -> bool | None: ...


__all__ = [
    "NO_HEADERS",
    "NO_MULTI_VALUE_HEADERS",
    "HttpBodyMixin",
    "HttpResponseMixin",
    "ListOrStringHeaders",
    "ListOrStringParameters",
    "MultiValueRequestMixin",
    "ParameterAccessMixin",
    "PathStageMixin",
    "RequestTime",
    "body_bytes",
    "body_text",
    "cookies_from_header",
    "check_base64_body",
    "check_status_code",
    "cookies_from_list",
    "encode_response_body",
    "get_multi_value",
    "get_single_value",
    "header_value",
    "json_of",
    "merged_headers",
    "merged_multi_value",
    "path_without_query",
    "response_cookies",
    "response_headers",
    "response_multi_value_headers",
    "split_comma_headers",
    "split_commas",
    "status_reason",
    "structure_body",
    "unquote_multi_value",
    "with_default_header",
]

T = TypeVar("T")
V = TypeVar("V")
Fn = Callable[[Any], Any]
_EMPTY_MULTI = MultiValueHeaders()


class _NoHeaders(Headers):
    """`headers` of an event that had none (absent or `null`): empty, written back as it came."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "NO_HEADERS"  # copies and pickles stay this very object


class _NoMultiValueHeaders(MultiValueHeaders):
    """The `multiValueHeaders` of an event that had none: empty, written back as it came."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "NO_MULTI_VALUE_HEADERS"


NO_HEADERS: Headers = _NoHeaders()
"""Default of `headers` fields: `event.headers.get(name)` works when AWS sends `null`."""
NO_MULTI_VALUE_HEADERS: MultiValueHeaders = _NoMultiValueHeaders()
"""Default of `multiValueHeaders` fields."""


# ------------------------------------------------------------------------ request time

RequestTime = HttpDate
"""API Gateway's `requestTime` / `time` (`20/Aug/2021:14:36:50 +0000`)."""


# ------------------------------------------------------------------ multi-value views


def merged_multi_value(
    single: Mapping[str, str] | None,
    multi: Mapping[str, Sequence[str]] | None,
) -> dict[str, tuple[str, ...]]:
    """Every name with all its values: the multi-value map wins, single values fill gaps."""
    out: dict[str, tuple[str, ...]] = {}
    if multi:
        for key, values in multi.items():
            out[key] = tuple(values)
    if single:
        for key, value in single.items():
            out.setdefault(key, (value,))
    return out


def merged_headers(
    single: Mapping[str, str] | None, multi: Mapping[str, Sequence[str]] | None
) -> MultiValueHeaders:
    """Headers with all their values, looked up in any case."""
    if not single and not multi:
        return _EMPTY_MULTI
    if multi and isinstance(multi, MultiValueHeaders) and not single:
        return multi
    folded: dict[str, str] = {}
    out: dict[str, tuple[str, ...]] = {}
    for key, values in (multi or {}).items():
        out[key] = tuple(values)
        folded.setdefault(key.lower(), key)
    for key, value in (single or {}).items():
        if key.lower() not in folded:
            out[key] = (value,)
            folded[key.lower()] = key
    return MultiValueHeaders(out)


def split_commas(single: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """HTTP API / Function URL maps, where repeated values arrive joined by commas."""
    if not single:
        return {}
    return {key: tuple(value.split(",")) for key, value in single.items()}


def split_comma_headers(single: Mapping[str, str] | None) -> MultiValueHeaders:
    """Comma-joined header values split into lists, looked up in any case."""
    return MultiValueHeaders(split_commas(single)) if single else _EMPTY_MULTI


def unquote_multi_value(values: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """URL-decode names and values (ALB passes the query string as the client sent it)."""
    return {unquote_plus(k): tuple(unquote_plus(v) for v in vs) for k, vs in values.items()}


def get_single_value(
    single: Mapping[str, str] | None,
    multi: Mapping[str, Sequence[str]] | None,
    name: str,
    default: str | None = None,
) -> str | None:
    """One value of a parameter: the single-value map, else the last multi value."""
    if single and name in single:
        return single[name]
    if multi:
        values = multi.get(name)
        if values:
            return values[-1]
    return default


def get_multi_value(
    values: Mapping[str, Sequence[str]], name: str, default: Sequence[str] = ()
) -> tuple[str, ...]:
    """Every value of a parameter, or `default` when it has none."""
    found = values.get(name)
    return tuple(found) if found else tuple(default)


def path_without_query(raw_path: str) -> str:
    """A path with any `?query` removed."""
    return raw_path.split("?", 1)[0]


# ----------------------------------------------------------------------------- cookies


def _cookie_pairs(text: str) -> Iterator[tuple[str, str]]:
    for part in text.split(";"):
        name, sep, value = part.strip().partition("=")
        name = name.strip()
        if sep and name:
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            yield name, value


def cookies_from_header(values: Iterable[str]) -> dict[str, str]:
    """Cookies of `Cookie` header values (`a=1; b=2`); a repeated name keeps its first value."""
    out: dict[str, str] = {}
    for text in values:
        for name, value in _cookie_pairs(text):
            out.setdefault(name, value)
    return out


def cookies_from_list(items: Iterable[str] | None) -> dict[str, str]:
    """Cookies of an HTTP API `cookies` list (`["a=1", "b=2"]`); items without `=` are skipped."""
    return cookies_from_header(items or ())


# ------------------------------------------------------------------------------ bodies


def body_bytes(body: str | None, is_base64_encoded: bool | None, key: str = "body") -> bytes:
    """The body as bytes, base64-decoded when the event says so; invalid base64 raises."""
    if body is None:
        return b""
    if is_base64_encoded:
        try:
            return b64decode(body)
        except ValueError as exc:
            raise StructureError.at((key,), str(exc)) from None
    try:
        return body.encode()
    except UnicodeEncodeError:  # a lone surrogate ("\ud800") read from the JSON event
        raise StructureError.at((key,), "not valid UTF-8 text") from None


def body_text(body: str | None, is_base64_encoded: bool | None, key: str = "body") -> str:
    """The body as text (UTF-8 after base64 decoding when the event says so)."""
    if body is None:
        return ""
    if not is_base64_encoded:
        return body
    try:
        return body_bytes(body, True, key).decode()
    except UnicodeDecodeError:
        raise StructureError.at((key,), "base64 body is not UTF-8 text") from None


def json_of(body: str | None, is_base64_encoded: bool | None, key: str = "body") -> Any:
    """The body parsed as JSON; `None` for a missing or empty body."""
    data = body_bytes(body, is_base64_encoded, key)
    if not data:
        return None
    try:
        return load_json(data)
    except StructureError as exc:
        raise exc.prefixed((key,)) from None


def structure_body(
    body: str | None,
    is_base64_encoded: bool | None,
    cls: type[T],
    converter: LambdaEventsConverter | None = None,
    key: str = "body",
) -> T:
    """The JSON body structured into `cls` with the given (or shared) converter."""
    try:
        return structure_json(body_bytes(body, is_base64_encoded, key) or b"null", cls, converter)
    except StructureError as exc:
        if exc.problems and exc.problems[0].path[:1] == (key,):
            raise
        raise exc.prefixed((key,)) from None


# ------------------------------------------------------------- list-or-string maps


def _list_or_string_map(value: Any) -> dict[str, str | list[str]]:
    if value.__class__ is not dict:
        raise ValueError(f"expected an object, got {kind_of(value)}")
    out: dict[str, str | list[str]] = {}
    for key, item in value.items():
        if item.__class__ is str:
            out[key] = item
        elif item.__class__ is list and all(i.__class__ is str for i in item):
            out[key] = list(item)
        else:
            raise StructureError.at(
                (key,), f"expected a string or a list of strings, got {kind_of(item)}"
            )
    return out


def _joined(raw: Mapping[str, str | Sequence[str]]) -> dict[str, str]:
    return {k: v if isinstance(v, str) else ",".join(v) for k, v in raw.items()}


def _as_tuples(raw: Mapping[str, str | Sequence[str]]) -> dict[str, tuple[str, ...]]:
    return {k: (v,) if isinstance(v, str) else tuple(v) for k, v in raw.items()}


def _raw_copy(raw: Mapping[str, str | Sequence[str]]) -> dict[str, str | list[str]]:
    return {k: v if isinstance(v, str) else list(v) for k, v in raw.items()}


def _as_sent(raw: Mapping[str, str | Sequence[str]]) -> dict[str, str | tuple[str, ...]]:
    return {k: v if isinstance(v, str) else tuple(v) for k, v in raw.items()}


class ListOrStringHeaders(_CaseInsensitive[str | tuple[str, ...]]):
    """Headers whose values arrive as strings or lists of strings (VPC Lattice v2).

    Lookup gives each value as sent, as Powertools does: a string, or a tuple where a list
    came. `multi` gives every value as a tuple, `joined` as one string (a list joined by
    `,`); the wire form is kept exactly (a list stays a list).
    """

    __slots__ = ("_raw",)

    def __init__(self, data: Mapping[str, str | Sequence[str]] | None = None) -> None:
        raw = _raw_copy(data or {})
        super().__init__(_as_sent(raw))
        self._raw = raw

    @property
    def multi(self) -> MultiValueHeaders:
        """Every header with all its values (case-insensitive)."""
        return MultiValueHeaders(_as_tuples(self._raw))

    @property
    def joined(self) -> Headers:
        """Every header as one string, a list's values joined by `,` (case-insensitive)."""
        return Headers(_joined(self._raw))

    @classmethod
    def _from_wire(cls, value: Any) -> ListOrStringHeaders:
        return cls(_list_or_string_map(value))

    def _to_wire(self) -> dict[str, Any]:
        return _raw_copy(self._raw)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ListOrStringHeaders):
            return self._raw == other._raw
        if isinstance(other, Mapping) and self._raw == dict(other):  # lists as sent
            return True
        return super().__eq__(other)  # tuples, as looked up

    __hash__ = None


class ListOrStringParameters(Mapping[str, str]):
    """Query parameters whose values arrive as strings or lists of strings (VPC Lattice v2).

    Case-sensitive. Lookup gives one string (list values joined by `,`, as Powertools does);
    `multi` gives every value; the wire form is kept exactly.
    """

    __slots__ = ("_joined", "_raw")

    def __init__(self, data: Mapping[str, str | Sequence[str]] | None = None) -> None:
        self._raw = _raw_copy(data or {})
        self._joined = _joined(self._raw)

    def __getitem__(self, key: str) -> str:
        return self._joined[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._joined)

    def __len__(self) -> int:
        return len(self._joined)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ListOrStringParameters):
            return self._raw == other._raw
        if isinstance(other, Mapping):
            return self._joined == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({_redact.query(self._raw)!r})"  # values are ***

    @property
    def multi(self) -> dict[str, tuple[str, ...]]:
        """Every parameter with all its values."""
        return _as_tuples(self._raw)

    __wire__: ClassVar[ValueCodec] = ValueCodec()

    @classmethod
    def _from_wire(cls, value: Any) -> ListOrStringParameters:
        return cls(_list_or_string_map(value))

    def _to_wire(self) -> dict[str, Any]:
        return _raw_copy(self._raw)


class HttpBodyMixin:
    """Body helpers of HTTP events: the class declares `body` and `is_base64_encoded`."""

    __slots__ = ()

    @property
    def decoded_body(self: _HasBody) -> str | None:
        """The body as text, base64-decoded when `isBase64Encoded` says so (None without one)."""
        body = self.body
        return None if body is None else body_text(body, self.is_base64_encoded)

    @property
    def decoded_body_bytes(self: _HasBody) -> bytes:
        """The body as bytes, base64-decoded when `isBase64Encoded` says so (b"" when absent)."""
        return body_bytes(self.body, self.is_base64_encoded)

    @property
    def json_body(self: _HasBody) -> Any:
        """The body parsed as JSON (`None` when there is no body)."""
        return json_of(self.body, self.is_base64_encoded)

    def body_as(self: _HasBody, cls: type[T], converter: LambdaEventsConverter | None = None) -> T:
        """The JSON body structured into `cls` (with the shared converter unless given)."""
        return structure_body(self.body, self.is_base64_encoded, cls, converter)


class ParameterAccessMixin:
    """Powertools' `get_query_string_value`, `get_multi_value_query_string_values` and
    `get_header_value`, with Powertools' keyword names (`default_value=`, `default_values=`)
    beside ours (`default=`). The class gives `_query_value` / `_query_values` and `headers`.
    """

    __slots__ = ()

    def _header_map(self) -> Mapping[str, str]:
        return self.headers  # type: ignore[attr-defined,no-any-return]

    def _query_value(self, name: str) -> str | None:
        raise NotImplementedError

    def _query_values(self, name: str) -> Sequence[str]:
        raise NotImplementedError

    @overload
    def get_query_string_value(
        self, name: str, default: str, *, default_value: str | None = None
    ) -> str: ...
    @overload
    def get_query_string_value(
        self, name: str, default: None = None, *, default_value: str
    ) -> str: ...
    @overload
    def get_query_string_value(
        self, name: str, default: None = None, *, default_value: None = None
    ) -> str | None: ...
    def get_query_string_value(
        self, name: str, default: str | None = None, *, default_value: str | None = None
    ) -> str | None:
        """One query parameter's value as sent, else the default (`default_value=` too)."""
        value = self._query_value(name)
        if value is not None:
            return value
        return default if default is not None else default_value

    def get_multi_value_query_string_values(
        self,
        name: str,
        default: Sequence[str] = (),
        *,
        default_values: Sequence[str] | None = None,
    ) -> tuple[str, ...]:
        """Every value of one query parameter, else the default (`default_values=` too)."""
        found = self._query_values(name)
        if found:
            return tuple(found)
        return tuple(default or default_values or ())

    @overload
    def get_header_value(
        self, name: str, default_value: str, case_sensitive: bool = False
    ) -> str: ...
    @overload
    def get_header_value(
        self, name: str, default_value: None = None, case_sensitive: bool = False
    ) -> str | None: ...
    def get_header_value(
        self, name: str, default_value: str | None = None, case_sensitive: bool = False
    ) -> str | None:
        """One header's value (any case unless `case_sensitive`), else `default_value`."""
        return header_value(self._header_map(), name, default_value, case_sensitive)


def header_value(
    headers: Mapping[str, V], name: str, default: V | None, case_sensitive: bool
) -> V | None:
    """One header's value from a case-insensitive map, in any case unless `case_sensitive`."""
    if case_sensitive:
        return next((v for k, v in headers.items() if k == name), default)
    return headers.get(name, default)


class MultiValueRequestMixin(ParameterAccessMixin):
    """Header and query helpers of events with single- and multi-value maps (REST, ALB).

    The class has `headers`, `multi_value_headers`, `query_string_parameters` and
    `multi_value_query_string_parameters`; the multi-value map wins where both have a name.
    """

    __slots__ = ()
    headers: Headers
    multi_value_headers: MultiValueHeaders
    query_string_parameters: Mapping[str, str] | None
    multi_value_query_string_parameters: Mapping[str, tuple[str, ...]] | None

    @property
    def resolved_headers_field(self) -> MultiValueHeaders:
        """Every header with all its values, case-insensitive."""
        return merged_headers(self.headers, self.multi_value_headers)

    @property
    def resolved_query_string_parameters(self) -> Mapping[str, tuple[str, ...]]:
        """Every query parameter with all its values, as sent."""
        return merged_multi_value(
            self.query_string_parameters, self.multi_value_query_string_parameters
        )

    @property
    def resolved_cookies_field(self) -> Mapping[str, str]:
        """Cookies of the `Cookie` header(s)."""
        return cookies_from_header(self.resolved_headers_field.get("cookie", ()))

    def _query_value(self, name: str) -> str | None:
        """The single value, else the last multi value."""
        return get_single_value(
            self.query_string_parameters, self.multi_value_query_string_parameters, name
        )

    def _query_values(self, name: str) -> Sequence[str]:
        return self.resolved_query_string_parameters.get(name, ())


class PathStageMixin:
    """`resolved_path_parameters` / `resolved_stage_variables`: empty when AWS sends `null`."""

    __slots__ = ()
    path_parameters: Mapping[str, str] | None
    stage_variables: Mapping[str, str] | None

    @property
    def resolved_path_parameters(self) -> Mapping[str, str]:
        """Path parameters; empty when absent or `null`."""
        return self.path_parameters or EMPTY

    @property
    def resolved_stage_variables(self) -> Mapping[str, str]:
        """Stage variables; empty when absent or `null`."""
        return self.stage_variables or EMPTY


# --------------------------------------------------------------------------- responses

_JSON_TYPE = "application/json"
_BINARY_TYPE = "application/octet-stream"


def encode_response_body(body: Any) -> tuple[str | None, bool, str | None]:
    """(wire text, isBase64Encoded, default content type) of a response body.

    `None` is no body; `str` is sent as it is; `bytes` is base64-encoded; anything else is
    serialized as JSON (and must be JSON-able).
    """
    if body is None:
        return None, False, None
    if isinstance(body, str):
        return body, False, None
    if isinstance(body, (bytes, bytearray, memoryview)):
        return b64encode(bytes(body)), True, _BINARY_TYPE
    try:
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ResponseError(f"body is not JSON-serializable: {exc}") from None
    return text, False, _JSON_TYPE


def _has_name(headers: Mapping[str, Any], name: str) -> bool:
    return any(k.lower() == name.lower() for k in headers)


def with_default_header(
    headers: Mapping[str, str] | None, name: str, value: str | None
) -> dict[str, str] | None:
    """`headers` plus `name: value` unless a header of that name (any case) is present."""
    if value is None:
        return dict(headers) if headers is not None else None
    out = dict(headers or {})
    if not _has_name(out, name):
        out[name] = value
    return out


def _with_default_values(
    multi: Mapping[str, Sequence[str]], name: str, value: str | None
) -> dict[str, Sequence[str]]:
    """`multi` plus `name: [value]` unless a header of that name (any case) is present."""
    out = dict(multi)
    if value is not None and not _has_name(out, name):
        out[name] = (value,)
    return out


def _replaced_header(headers: Mapping[str, str] | None, name: str, value: str) -> dict[str, str]:
    out = {k: v for k, v in (headers or {}).items() if k.lower() != name.lower()}
    out[name] = value
    return out


def status_reason(status_code: int) -> str:
    """`"200 OK"`: the status line text ALB and VPC Lattice expect in `statusDescription`."""
    try:
        return f"{status_code} {HTTPStatus(status_code).phrase}"
    except ValueError:
        return str(status_code)


def _check_header_values(headers: Mapping[str, Any]) -> None:
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ResponseError(
                f"header {quoted(key)}: values must be strings, got {kind_of(value)}"
            )


def _check_multi_values(multi: Mapping[str, Any]) -> None:
    for key, values in multi.items():
        if (
            not isinstance(key, str)
            or isinstance(values, str)
            or not all(isinstance(v, str) for v in values)
        ):
            raise ResponseError(f"multi-value header {quoted(key)}: expected a list of strings")


def _check_mapping(value: Any, wire: str) -> None:
    if not isinstance(value, Mapping):
        raise ResponseError(f"{wire} must be an object of header names, got {kind_of(value)}")


def response_headers(headers: Mapping[str, str] | None) -> dict[str, str] | None:
    """Converter of a response's `headers`: checked (strings only), then a plain dict."""
    if headers is None:
        return None
    _check_mapping(headers, "headers")
    _check_header_values(headers)
    return dict(headers)


def response_multi_value_headers(
    multi: Mapping[str, Sequence[str]] | None,
) -> dict[str, tuple[str, ...]] | None:
    """Converter of `multiValueHeaders`: checked (lists of strings), values as tuples."""
    if multi is None:
        return None
    _check_mapping(multi, "multiValueHeaders")
    _check_multi_values(multi)
    return {k: tuple(v) for k, v in multi.items()}


def response_cookies(cookies: Sequence[str] | None) -> tuple[str, ...] | None:
    """Converter of an HTTP API response's `cookies`: a tuple of strings."""
    if cookies is None:
        return None
    if isinstance(cookies, str) or not all(isinstance(c, str) for c in cookies):
        raise ResponseError("cookies must be a list of strings")
    return tuple(cookies)


def check_status_code(_instance: Any, _attribute: Any, code: Any) -> None:
    """Validator of `statusCode`: an integer from 100 to 599."""
    if code.__class__ is not int or not 100 <= code <= 599:
        raise ResponseError(f"statusCode must be an integer from 100 to 599, got {quoted(code)}")


def check_base64_body(instance: Any, _attribute: Any, body: str | None) -> None:
    """Validator of `body`: valid base64 when the response says `isBase64Encoded`."""
    if body is not None and instance.is_base64_encoded:
        try:
            b64decode(body)
        except ValueError:
            raise ResponseError("isBase64Encoded is true but body is not valid base64") from None


class HttpResponseMixin:
    """`build`, `with_header` and `with_status` of every HTTP proxy response.

    The class declares its fields (`status_code`, `headers`, `body`, `is_base64_encoded`,
    and `multi_value_headers`, `cookies` or `status_description` where its service has
    them) with the converters and validators above; this mixin holds the behaviour.
    """

    __slots__ = ()
    _describes_status: ClassVar[bool] = False
    """Whether `build()` fills `statusDescription` (`"200 OK"`: ALB, VPC Lattice)."""
    _no_body: ClassVar[str | None] = None
    """The `body` `build()` sends without one (ALB wants `""`)."""
    headers: Mapping[str, str] | None

    @classmethod
    def build(
        cls,
        body: Any = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        **fields: Any,
    ) -> Self:
        """A response with its body encoded: `bytes` as base64 (`isBase64Encoded: true`), a
        JSON-able value as JSON with `Content-Type: application/json`, `str` as it is.

        `fields` are the class's other fields (`multi_value_headers=`, `cookies=`,
        `status_description=`). The content type goes to `multi_value_headers` when only
        those are given.
        """
        text, encoded, content_type = encode_response_body(body)
        multi = fields.get("multi_value_headers")
        if multi and not headers:
            fields["multi_value_headers"] = _with_default_values(
                multi, "Content-Type", content_type
            )
        else:
            headers = with_default_header(headers, "Content-Type", content_type)
        if cls._describes_status:
            fields["status_description"] = fields.get("status_description") or status_reason(
                status_code
            )
        make: Any = cls
        return make(  # type: ignore[no-any-return]
            status_code=status_code,
            headers=headers,
            body=cls._no_body if text is None else text,
            is_base64_encoded=encoded,
            **fields,
        )

    def with_header(self, name: str, value: str) -> Self:
        """A copy with one more (or a replaced, in any case) single-value header."""
        return self._evolved(headers=_replaced_header(self.headers, name, value))

    def with_status(self, status_code: int) -> Self:
        """A copy with another status code."""
        return self._evolved(status_code=status_code)

    def _evolved(self, **changes: Any) -> Self:
        this: Any = self
        return attrs.evolve(this, **changes)  # type: ignore[no-any-return]
