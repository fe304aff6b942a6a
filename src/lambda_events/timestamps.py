"""Timestamp value types: exactly the wire value, plus `.datetime` (timezone-aware UTC).

AWS spells time five ways. Each type here subclasses the wire type (`int`, `float`, `str`),
so it compares, hashes and serializes exactly like what came in, and adds `.datetime`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .errors import kind_of

if TYPE_CHECKING:
    from datetime import datetime

__all__ = [
    "EpochMicrosText",
    "EpochMillis",
    "EpochMillisText",
    "EpochSeconds",
    "HttpDate",
    "IsoTimestamp",
]


def _since_epoch(seconds: float = 0, milliseconds: float = 0, microseconds: float = 0) -> datetime:
    """UTC time since the epoch; `datetime` is imported on first use, not at cold start."""
    from datetime import datetime, timedelta, timezone

    delta = timedelta(seconds=seconds, milliseconds=milliseconds, microseconds=microseconds)
    return datetime(1970, 1, 1, tzinfo=timezone.utc) + delta


class EpochSeconds(float):
    """Epoch seconds as a number (Kinesis arrival time, DynamoDB creation time)."""

    __slots__ = ()

    @property
    def datetime(self) -> datetime:
        return _since_epoch(seconds=self)

    @classmethod
    def _from_wire(cls, value: Any) -> EpochSeconds:
        kind = value.__class__
        if kind is int:
            return _IntegralEpochSeconds(value)
        if kind is float:
            return cls(value)
        raise ValueError(f"expected epoch seconds as a number, got {kind_of(value)}")

    def _to_wire(self) -> float | int:
        return float(self)


class _IntegralEpochSeconds(EpochSeconds):
    """Epoch seconds that arrived as an integer and go back as one."""

    __slots__ = ()

    def _to_wire(self) -> float | int:
        return int(self)


class EpochMillis(int):
    """Epoch milliseconds as an integer (CloudWatch Logs, SNS-less timestamps)."""

    __slots__ = ()

    @property
    def datetime(self) -> datetime:
        return _since_epoch(milliseconds=self)

    @classmethod
    def _from_wire(cls, value: Any) -> EpochMillis:
        if value.__class__ is not int:
            raise ValueError(f"expected epoch milliseconds as an integer, got {kind_of(value)}")
        return cls(value)

    def _to_wire(self) -> int:
        return int(self)


class _TextTimestamp(str):
    __slots__ = ()
    _pattern: re.Pattern[str]
    _what: str

    @classmethod
    def _from_wire(cls, value: Any) -> Any:
        if value.__class__ is not str:
            raise ValueError(f"expected {cls._what}, got {kind_of(value)}")
        if not cls._pattern.fullmatch(value):
            raise ValueError(f"expected {cls._what}, got {value!r}")
        return cls(value)

    def _to_wire(self) -> str:
        return str(self)


class EpochMillisText(_TextTimestamp):
    """Epoch milliseconds as a string (SQS `SentTimestamp` and friends)."""

    __slots__ = ()
    _pattern = re.compile(r"-?\d{1,18}")
    _what = "epoch milliseconds as a string"

    @classmethod
    def _from_wire(cls, value: Any) -> Any:
        if value.__class__ is str and value.isascii() and value.isdigit() and len(value) < 19:
            return cls(value)
        return super()._from_wire(value)

    @property
    def millis(self) -> int:
        return int(self)

    @property
    def datetime(self) -> datetime:
        return _since_epoch(milliseconds=int(self))


class EpochMicrosText(_TextTimestamp):
    """Epoch microseconds as a string (VPC Lattice `timeEpoch`)."""

    __slots__ = ()
    _pattern = re.compile(r"-?\d{1,21}")
    _what = "epoch microseconds as a string"

    @property
    def datetime(self) -> datetime:
        return _since_epoch(microseconds=int(self))


_ISO = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?"
    r"(Z|[+-]\d\d:?\d\d)?",
    re.IGNORECASE,
)


class IsoTimestamp(_TextTimestamp):
    """ISO-8601 time as a string (S3 `eventTime`, EventBridge `time`, SNS `Timestamp`).

    A value without an offset is read as UTC, which is what AWS means.
    """

    __slots__ = ()
    _pattern = _ISO
    _what = "an ISO-8601 timestamp"

    @property
    def datetime(self) -> datetime:
        from datetime import datetime, timedelta, timezone

        match = _ISO.fullmatch(self)
        assert match is not None  # checked on the way in
        year, month, day, hour, minute, second, fraction, offset = match.groups()
        micros = int((fraction or "0")[:6].ljust(6, "0"))
        tz = timezone.utc
        if offset and offset.upper() != "Z":
            sign = -1 if offset[0] == "-" else 1
            digits = offset[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        moment = datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micros, tz
        )
        return moment.astimezone(timezone.utc)


_MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
_HTTP = re.compile(
    r"(\d\d)/(" + "|".join(_MONTH_NAMES) + r")/(\d{4}):(\d\d):(\d\d):(\d\d) ?([+-])(\d\d)(\d\d)"
)


class HttpDate(_TextTimestamp):
    """API Gateway's `requestTime`: `20/Aug/2021:14:36:50 +0000`.

    Some payloads carry the offset without its space (`19:03:58+0000`); that text is
    accepted and kept exactly as it came.
    """

    __slots__ = ()
    _pattern = _HTTP
    _what = "a time like 20/Aug/2021:14:36:50 +0000"

    @property
    def datetime(self) -> datetime:
        from datetime import datetime, timedelta, timezone

        match = _HTTP.fullmatch(self)
        assert match is not None  # checked on the way in
        day, mon, year, hour, minute, second, sign, oh, om = match.groups()
        offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
        local = datetime(int(year), _MONTHS[mon], int(day), int(hour), int(minute), int(second))
        return (local - offset).replace(tzinfo=timezone.utc)
