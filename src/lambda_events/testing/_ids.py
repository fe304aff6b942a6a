"""Consistent ids, ARNs and times for the builders, the way AWS makes them."""

from __future__ import annotations

import base64
import hashlib
import secrets
import string
import time
import uuid

from ..timestamps import IsoTimestamp

__all__ = [
    "ACCOUNT",
    "ALNUM",
    "LOWER_ALNUM",
    "REGION",
    "UPPER_ALNUM",
    "arn",
    "b64",
    "b64url",
    "iso_at",
    "iso_now",
    "iso_offset_at",
    "md5_hex",
    "now_ms",
    "request_id",
    "random_id",
]

ACCOUNT = "123456789012"
REGION = "us-east-1"
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits


def now_ms() -> int:
    """The current time in epoch milliseconds."""
    return int(time.time() * 1000)


def _seconds_text(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000))


def iso_at(ms: int, *, millis: bool = True) -> str:
    """`2024-01-01T12:00:00.000Z` (or without the fraction, as EventBridge writes `time`)."""
    return _seconds_text(ms) + (f".{ms % 1000:03d}Z" if millis else "Z")


def iso_now() -> IsoTimestamp:
    """The current time as AWS writes it: `2024-01-01T12:00:00.000Z`."""
    return IsoTimestamp(iso_at(now_ms()))


def iso_offset_at(ms: int) -> IsoTimestamp:
    """The time as CloudWatch alarms and CodeCommit write it: `2024-06-11T03:20:41.912+0000`."""
    return IsoTimestamp(f"{_seconds_text(ms)}.{ms % 1000:03d}+0000")


def md5_hex(text: str) -> str:
    """The MD5 digest AWS puts beside a body (`md5OfBody`) or an object (ETag)."""
    return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 - what AWS sends, not security


def request_id() -> str:
    """A fresh request id."""
    return str(uuid.uuid4())


def random_id(length: int, alphabet: str = ALNUM) -> str:
    """A random id of `length` characters from `alphabet`."""
    return "".join(secrets.choice(alphabet) for _ in range(length))


def b64(nbytes: int) -> str:
    """`nbytes` random bytes in base64 (an opaque token, a ciphertext)."""
    return base64.b64encode(secrets.token_bytes(nbytes)).decode()


def b64url(nbytes: int) -> str:
    """`nbytes` random bytes in unpadded URL-safe base64."""
    return base64.urlsafe_b64encode(secrets.token_bytes(nbytes)).decode().rstrip("=")


def arn(service: str, resource: str, region: str = REGION, account: str = ACCOUNT) -> str:
    """`arn:aws:<service>:<region>:<account>:<resource>`."""
    return f"arn:aws:{service}:{region}:{account}:{resource}"
