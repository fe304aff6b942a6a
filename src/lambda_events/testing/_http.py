"""What the HTTP request builders share: headers, query strings, bodies, ids and times.

Bodies: `body` (text, or `bytes` sent base64-encoded with `isBase64Encoded: true`) or
`json_body` (any JSON value, sent as JSON with `Content-Type: application/json`).
Headers and query parameters take a string or a list of strings per name; each source
spells them the way AWS does (single and multi-value maps, comma-joined values, lists,
URL-encoded ALB values, `rawQueryString`).
"""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote, urlencode

from ._ids import ACCOUNT, REGION, now_ms

if TYPE_CHECKING:
    from .. import HttpDate

__all__ = [
    "API_ID",
    "SOURCE_IP",
    "USER_AGENT",
    "Body",
    "HeaderInput",
    "Request",
    "client_headers",
    "clock",
    "execute_api_arn",
    "execute_api_domain",
    "forwarded_defaults",
    "has_header",
    "hex_digits",
    "joined",
    "last",
    "merged",
    "query_string",
    "request_body",
    "short_id",
    "trace_id",
    "tuples",
    "user_agent",
    "values",
]

HeaderInput = Mapping[str, str | Sequence[str]]
"""Headers or query parameters: one value or a list of values per name."""

API_ID = "a1b2c3d4e5"
SOURCE_IP = "203.0.113.10"
USER_AGENT = "python-requests/2.32.3"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ------------------------------------------------------------------------ ids and times


def clock() -> tuple[int, HttpDate]:
    """Now in epoch milliseconds and as API Gateway's `requestTime` (the same instant)."""
    from .. import HttpDate

    ms = now_ms()
    t = time.gmtime(ms // 1000)
    text = (
        f"{t.tm_mday:02d}/{_MONTHS[t.tm_mon - 1]}/{t.tm_year}:"
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000"
    )
    return ms, HttpDate(text)


def short_id() -> str:
    """An id shaped like API Gateway's `extendedRequestId` / `connectionId` (`Lk2pVdZwoAMCJ-Q=`)."""
    return base64.b64encode(os.urandom(11)).decode().replace("+", "-").replace("/", "_")


def hex_digits(n: int) -> str:
    """`n` random hexadecimal digits."""
    return os.urandom((n + 1) // 2).hex()[:n]


def trace_id(ms: int) -> str:
    """An `X-Amzn-Trace-Id` root for a request made at `ms`."""
    return f"Root=1-{ms // 1000:08x}-{hex_digits(24)}"


def execute_api_domain(api_id: str) -> str:
    """The default domain of an API Gateway API."""
    return f"{api_id}.execute-api.{REGION}.amazonaws.com"


def execute_api_arn(api_id: str, stage: str, method: str, path: str) -> str:
    """The `execute-api` ARN naming `method` on `path` of the stage (`methodArn`, `routeArn`)."""
    return f"arn:aws:execute-api:{REGION}:{ACCOUNT}:{api_id}/{stage}/{method}/{path.lstrip('/')}"


# ---------------------------------------------------------------------------- headers


def values(items: HeaderInput | None) -> dict[str, list[str]]:
    """Names with their values as lists, in the order given."""
    out: dict[str, list[str]] = {}
    for key, value in (items or {}).items():
        out[key] = [value] if isinstance(value, str) else list(value)
    return out


def merged(
    defaults: Sequence[tuple[str, str]], given: HeaderInput | None, lower: bool
) -> dict[str, list[str]]:
    """Default headers, replaced (case-insensitively) by the given ones."""
    user = values(given)
    if lower:
        user = {k.lower(): v for k, v in user.items()}
    taken = {k.lower() for k in user}
    out = {k: [v] for k, v in defaults if k.lower() not in taken}
    out.update(user)
    return out


def has_header(headers: Mapping[str, Any], name: str) -> bool:
    """Whether `headers` has `name` (lower-case), in any case."""
    return any(k.lower() == name for k in headers)


def client_headers(
    defaults: Sequence[tuple[str, str]],
    given: HeaderInput | None,
    content_type: str | None,
    *,
    lower: bool,
) -> dict[str, list[str]]:
    """The headers a client sends: defaults replaced by the given ones, `lower` cased as
    the source spells them, with the body's `Content-Type` unless one was given."""
    if lower:
        defaults = [(k.lower(), v) for k, v in defaults]
    head = merged(defaults, given, lower)
    if content_type is not None and not has_header(head, "content-type"):
        head["content-type" if lower else "Content-Type"] = [content_type]
    return head


def user_agent(headers: Mapping[str, list[str]]) -> str:
    """The request's `User-Agent` (the default client's when it sent none)."""
    for key, found in headers.items():
        if key.lower() == "user-agent" and found:
            return found[-1]
    return USER_AGENT


def query_string(query: Mapping[str, list[str]]) -> str:
    """The query string a client sends for these parameters (percent-encoded)."""
    pairs = [(k, v) for k, vs in query.items() for v in vs]
    return urlencode(pairs, quote_via=quote)


def last(found: Mapping[str, list[str]]) -> dict[str, str]:
    """The last value of every name (single-value maps)."""
    return {k: vs[-1] for k, vs in found.items() if vs}


def tuples(found: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Every value of every name (multi-value maps)."""
    return {k: tuple(vs) for k, vs in found.items()}


def joined(found: Mapping[str, list[str]]) -> dict[str, str]:
    """The values of every name comma-joined (HTTP API, Lattice, AppSync)."""
    return {k: ",".join(vs) for k, vs in found.items()}


# ------------------------------------------------------------------------------ bodies


class Request(NamedTuple):
    """What the client sent: method, path, headers and query parameters, and from where."""

    method: str
    path: str
    headers: HeaderInput | None
    query: HeaderInput | None
    source_ip: str


class Body(NamedTuple):
    """A request body as it travels: its text, whether base64, and its content type."""

    text: str | None
    encoded: bool
    content_type: str | None


def request_body(body: str | bytes | None, json_body: Any) -> Body:
    """The wire body for a text, bytes or JSON body (at most one of them)."""
    if body is not None and json_body is not None:
        raise ValueError("give body or json_body, not both")
    if json_body is not None:
        return Body(json.dumps(json_body), False, "application/json")
    if isinstance(body, (bytes, bytearray)):
        return Body(base64.b64encode(bytes(body)).decode(), True, "application/octet-stream")
    if body is not None:
        return Body(body, False, "text/plain; charset=utf-8")
    return Body(None, False, None)


def forwarded_defaults(host: str, source_ip: str, ms: int) -> list[tuple[str, str]]:
    """The headers a request arrives with through API Gateway or a load balancer."""
    return [
        ("Accept", "*/*"),
        ("Host", host),
        ("User-Agent", USER_AGENT),
        ("X-Amzn-Trace-Id", trace_id(ms)),
        ("X-Forwarded-For", source_ip),
        ("X-Forwarded-Port", "443"),
        ("X-Forwarded-Proto", "https"),
    ]
