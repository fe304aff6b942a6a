"""Consistent ids, ARNs and times for the builders, the way AWS makes them."""

from __future__ import annotations

import hashlib
import time
import uuid

from ..timestamps import IsoTimestamp

__all__ = ["ACCOUNT", "REGION", "http_date_now", "iso_now", "md5_hex", "now_ms", "request_id"]

ACCOUNT = "123456789012"
REGION = "us-east-1"


def now_ms() -> int:
    """The current time in epoch milliseconds."""
    return int(time.time() * 1000)


def iso_now() -> IsoTimestamp:
    """The current time as AWS writes it: `2024-01-01T12:00:00.000Z`."""
    ms = now_ms()
    text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000)) + f".{ms % 1000:03d}Z"
    return IsoTimestamp(text)


def http_date_now() -> str:
    """The current time as API Gateway writes `requestTime`: `01/Jan/2024:12:00:00 +0000`."""
    return time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime())


def md5_hex(text: str) -> str:
    """The MD5 digest AWS puts beside a body (`md5OfBody`)."""
    return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 - what AWS sends, not security


def request_id() -> str:
    """A fresh request id."""
    return str(uuid.uuid4())
