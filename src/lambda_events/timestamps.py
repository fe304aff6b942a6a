"""Timestamp value types: exactly the wire value, plus `.datetime` (timezone-aware UTC).

AWS spells time five ways. Each type here subclasses the wire type (`int`, `float`, `str`),
so it compares, hashes and serializes exactly like what came in, and adds `.datetime`.
Structuring checks only the JSON kind; the text is parsed when `.datetime` is read, and a
value that is not a time raises `ContentError` naming the class and field then.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

from .codecs import ValueCodec, WireValue, _WireText
from .errors import kind_of, quoted

if TYPE_CHECKING:
    from datetime import datetime

    from typing_extensions import Self

    from .codecs import Codec

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


class _Timestamp(WireValue):
    __slots__ = ()
    __wire__: ClassVar[Codec]
    _what: ClassVar[str]

    def _moment(self) -> datetime:
        raise NotImplementedError

    @property
    def datetime(self) -> datetime:
        """The time as a timezone-aware UTC `datetime` (`ContentError` if it is not one)."""
        try:
            return self._moment()
        except (ValueError, OverflowError, ArithmeticError):
            raise self._content_error(f"expected {self._what}, got {quoted(str(self))}") from None


class EpochSeconds(_Timestamp, float):
    """Epoch seconds as a number (Kinesis arrival time, DynamoDB creation time).

    An integer stays an integer on the way back, digit for digit, beyond 2**53 too.
    """

    __slots__ = ("raw",)
    raw: float | int
    _what = "epoch seconds"

    def __new__(cls, value: float | int) -> Self:
        self = float.__new__(cls, value)
        self.raw = value
        return self

    @classmethod
    def _from_wire(cls, value: Any) -> Self:
        kind = value.__class__
        if kind is int or kind is float:
            return cls(value)
        raise ValueError(f"expected epoch seconds as a number, got {kind_of(value)}")

    def _to_wire(self) -> float | int:
        return self.raw

    def _moment(self) -> datetime:
        return _since_epoch(seconds=self.raw)  # an int stays exact: timedelta takes ints

    def __str__(self) -> str:
        return str(self.raw)


class EpochMillis(_Timestamp, int):
    """Epoch milliseconds as an integer (CloudWatch Logs, Kafka, MQ timestamps)."""

    __slots__ = ()
    _what = "epoch milliseconds"
    _kind = int

    @classmethod
    def _from_wire(cls, value: Any) -> Self:
        if value.__class__ is not int:
            raise ValueError(f"expected epoch milliseconds as an integer, got {kind_of(value)}")
        return cls(value)

    def _to_wire(self) -> int:
        return int(self)

    def _moment(self) -> datetime:
        return _since_epoch(milliseconds=self)

    def __str__(self) -> str:
        return int.__repr__(self)


class _TextTimestamp(_Timestamp, _WireText):
    __slots__ = ()
    _pattern: ClassVar[re.Pattern[str]]

    def _match(self) -> re.Match[str]:
        match = self._pattern.fullmatch(self)
        if match is None:
            raise ValueError(self._what)
        return match


class EpochMillisText(_TextTimestamp):
    """Epoch milliseconds as a string (SQS `SentTimestamp` and friends)."""

    __slots__ = ()
    _pattern = re.compile(r"-?\d{1,18}")
    _what = "epoch milliseconds as a string"

    @property
    def millis(self) -> int:
        """The milliseconds as an integer (`ContentError` if the text is not a number)."""
        try:
            return int(self._match().group())
        except ValueError:
            raise self._content_error(f"expected {self._what}, got {quoted(self)}") from None

    def _moment(self) -> datetime:
        return _since_epoch(milliseconds=int(self._match().group()))


class EpochMicrosText(_TextTimestamp):
    """Epoch microseconds as a string (VPC Lattice `timeEpoch`)."""

    __slots__ = ()
    _pattern = re.compile(r"-?\d{1,21}")
    _what = "epoch microseconds as a string"

    def _moment(self) -> datetime:
        return _since_epoch(microseconds=int(self._match().group()))


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

    def _moment(self) -> datetime:
        from datetime import datetime, timedelta, timezone

        year, month, day, hour, minute, second, fraction, offset = self._match().groups()
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

    def _moment(self) -> datetime:
        from datetime import datetime, timedelta, timezone

        day, mon, year, hour, minute, second, sign, oh, om = self._match().groups()
        offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
        local = datetime(int(year), _MONTHS[mon], int(day), int(hour), int(minute), int(second))
        return (local - offset).replace(tzinfo=timezone.utc)


_Timestamp.__wire__ = ValueCodec()
