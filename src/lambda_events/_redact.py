"""What `repr`, `lambda-events show` and error messages may show of a value.

The policy (README, "Security and limits"):

- **Secret fields** (`field(secret=True)`: passwords, tokens, cookies, Cognito
  `clientMetadata`, CloudFormation `ResourceProperties`, ...): the whole value is `***`.
- **Headers**: an ALLOW-LIST. Values of the harmless names below (and `CloudFront-*` viewer
  headers) are shown; every other header's values are `***` (Authorization, Cookie,
  Set-Cookie, X-Api-Key, Referer, and every custom header, whose names no list can know).
- **Query strings**: every parameter's value is `***` and its name is shown: applications
  name their parameters freely and tokens, codes and signatures travel in them.
- **URLs that may be presigned** (S3 Object Lambda): the query string's values are `***`.
- **Error messages** name the JSON kind of a wrong value, never the value of a secret
  field, and quote at most `errors.QUOTED` characters of any other value or key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "REDACTED",
    "SAFE_HEADERS",
    "headers",
    "is_safe_header",
    "query",
    "query_string",
    "url",
]

REDACTED = "***"

SAFE_HEADERS = frozenset(
    {
        "accept",
        "accept-charset",
        "accept-encoding",
        "accept-language",
        "accept-ranges",
        "access-control-allow-headers",
        "access-control-allow-methods",
        "access-control-allow-origin",
        "access-control-expose-headers",
        "access-control-max-age",
        "access-control-request-headers",
        "access-control-request-method",
        "age",
        "cache-control",
        "connection",
        "content-encoding",
        "content-language",
        "content-length",
        "content-type",
        "date",
        "dnt",
        "etag",
        "expires",
        "host",
        "if-modified-since",
        "if-none-match",
        "last-modified",
        "origin",
        "pragma",
        "sec-fetch-dest",
        "sec-fetch-mode",
        "sec-fetch-site",
        "sec-websocket-extensions",
        "sec-websocket-version",
        "server",
        "strict-transport-security",
        "upgrade",
        "upgrade-insecure-requests",
        "user-agent",
        "vary",
        "via",
        "x-amz-cf-id",
        "x-amz-cf-pop",
        "x-amz-date",
        "x-amzn-requestid",
        "x-amzn-trace-id",
        "x-content-type-options",
        "x-forwarded-for",
        "x-forwarded-port",
        "x-forwarded-proto",
        "x-frame-options",
        "x-requested-with",
    }
)
_SAFE_PREFIXES = ("cloudfront-is-", "cloudfront-viewer-", "cloudfront-forwarded-proto")


def is_safe_header(name: str) -> bool:
    """True for a header whose values may be shown (the allow-list)."""
    folded = name.lower()
    return folded in SAFE_HEADERS or folded.startswith(_SAFE_PREFIXES)


def headers(value: Any) -> Any:
    """A header map (single or multi-value) with every value not allow-listed redacted."""
    if not isinstance(value, Mapping):
        return value
    return {k: v if is_safe_header(str(k)) else REDACTED for k, v in value.items()}


def query(value: Any) -> Any:
    """Query parameters (single or multi-value): names kept, every value redacted."""
    if not isinstance(value, Mapping):
        return value
    return dict.fromkeys(value, REDACTED)


def query_string(value: Any) -> Any:
    """`a=1&b=2` -> `a=***&b=***`."""
    if not isinstance(value, str) or not value:
        return value
    return "&".join(part.partition("=")[0] + "=" + REDACTED for part in value.split("&"))


def url(value: Any) -> Any:
    """A URL with its query string's values redacted (a presigned URL's credentials)."""
    if not isinstance(value, str) or "?" not in value:
        return value
    base, _, rest = value.partition("?")
    text, hash_mark, _fragment = rest.partition("#")
    return f"{base}?{query_string(text)}" + (f"#{REDACTED}" if hash_mark else "")
