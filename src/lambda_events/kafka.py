"""Apache Kafka records delivered to Lambda: Amazon MSK and self-managed clusters.

`key` and `value` keep their base64 text and decode to bytes on access
(`KafkaEvent[Order]` structures every JSON `value` into `Order`). Headers arrive as arrays
of byte values, sometimes signed
(-128..127, Java's `byte`) and sometimes unsigned (0..255); they are decoded to `bytes` and
written back exactly as received. Byte-exact round trips apply to the unparameterised
class; a typed payload re-serializes to equal JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar

from ._model import Model, field, model
from ._payload import load_json, utf8
from .codecs import Base64Payload, Base64Text, Codec
from .enums import StrEnum
from .errors import StructureError, kind_of
from .headers import _CaseInsensitive
from .timestamps import EpochMillis

if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVar

    from ._converter import LambdaEventsConverter

    ValueT = _TypeVar("ValueT", default=Base64Text)
else:
    ValueT = TypeVar("ValueT")

__all__ = [
    "KafkaEvent",
    "KafkaEventRecord",
    "KafkaEventRecordSchemaMetadata",
    "KafkaHeaderBytes",
    "KafkaHeaderValue",
    "KafkaHeaders",
    "KafkaTimestampType",
]

_Fn = Any


class KafkaHeaderBytes(bytes):
    """A header value that arrived as signed byte values; remembers them for unstructure."""

    signed: tuple[int, ...]

    def __new__(cls, signed: tuple[int, ...]) -> KafkaHeaderBytes:
        obj = super().__new__(cls, bytes(b & 0xFF for b in signed))
        obj.signed = signed
        return obj


def _header_bytes(value: Any) -> bytes:
    if value.__class__ is not list:
        raise ValueError(f"expected a list of byte values, got {kind_of(value)}")
    negative = False
    for index, item in enumerate(value):
        if item.__class__ is not int or not -128 <= item <= 255:
            raise StructureError.at((index,), f"expected a byte value (-128..255), got {item!r}")
        if item < 0:
            negative = True
    if negative:
        return KafkaHeaderBytes(tuple(value))
    return bytes(value)


def _header_ints(value: bytes) -> list[int]:
    signed = getattr(value, "signed", None)
    return list(signed) if signed is not None else list(value)


class _KafkaHeaderCodec(Codec):
    """A Kafka header value: a JSON array of byte values <-> `bytes` (exact signedness)."""

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> _Fn:
        return _header_bytes

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> _Fn:
        return _header_ints


KafkaHeaderValue = Annotated[bytes, _KafkaHeaderCodec()]
"""A Kafka header value: bytes, carried as an array of signed or unsigned byte values."""


class KafkaHeaders(_CaseInsensitive[bytes]):
    """Decoded Kafka headers: case-insensitive name -> bytes (the last value of a name)."""

    __slots__ = ()


class KafkaTimestampType(StrEnum):
    """What a record's timestamp means; unknown values stay plain strings."""

    CREATE_TIME = "CREATE_TIME"
    LOG_APPEND_TIME = "LOG_APPEND_TIME"
    NO_TIMESTAMP_TYPE = "NO_TIMESTAMP_TYPE"


@model
class KafkaEventRecordSchemaMetadata(Model):
    """Schema Registry metadata of a record's key or value (format and schema id)."""

    data_format: str | None = None
    schema_id: str | None = None


@model
class KafkaEventRecord(Model, Generic[ValueT]):
    """One Kafka record: `key`/`value` as bytes (`value` as `ValueT` when typed)."""

    topic: str
    partition: int
    offset: int
    timestamp: EpochMillis
    timestamp_type: KafkaTimestampType | str
    value: Base64Payload[ValueT] | None = None
    key: Base64Text | None = None
    headers: tuple[Mapping[str, KafkaHeaderValue], ...] | None = None
    key_schema_metadata: KafkaEventRecordSchemaMetadata | None = None
    value_schema_metadata: KafkaEventRecordSchemaMetadata | None = None

    @property
    def decoded_key(self) -> bytes | None:
        """The key's bytes (`None` when the record has no key)."""
        return None if self.key is None else self.key.decoded

    def key_as_text(self) -> str | None:
        """The key as UTF-8 text (`None` when the record has no key)."""
        key = self.decoded_key
        return None if key is None else utf8(key, "KafkaEventRecord.key")

    def key_as_json(self) -> Any:
        """The key parsed as JSON (`None` when the record has no key)."""
        key = self.decoded_key
        return None if key is None else load_json(key)

    def value_as_bytes(self) -> bytes | None:
        """The value's bytes (`None` for a tombstone)."""
        if self.value is None:
            return None
        if isinstance(self.value, Base64Text):
            return self.value.decoded
        raise TypeError("this record is typed; its value is already structured")

    @property
    def decoded_value(self) -> bytes | None:
        """The value's bytes (`None` for a tombstone)."""
        return self.value_as_bytes()

    def value_as_text(self) -> str | None:
        """The value as UTF-8 text (`None` for a tombstone)."""
        data = self.value_as_bytes()
        return None if data is None else utf8(data, "KafkaEventRecord.value")

    def value_as_json(self) -> Any:
        """The value parsed as JSON (the payload itself when the record is typed)."""
        if not isinstance(self.value, Base64Text):
            return self.value
        return load_json(self.value.decoded)

    @cached_property
    def json_value(self) -> Any:
        """The value parsed as JSON (cached)."""
        return self.value_as_json()

    @cached_property
    def decoded_headers(self) -> KafkaHeaders:
        """Headers as a case-insensitive name -> bytes map.

        A name repeated in any casing keeps its last value (and that value's casing); use
        `get_header_values` for every value.
        """
        out: dict[str, bytes] = {}
        casing: dict[str, str] = {}
        for chunk in self.headers or ():
            for name, value in chunk.items():
                previous = casing.get(name.lower())
                if previous is not None:
                    del out[previous]
                casing[name.lower()] = name
                out[name] = value
        return KafkaHeaders(out)

    def get_header_values(self, name: str) -> list[bytes]:
        """Every value of header `name` (case-insensitive), in order."""
        folded = name.lower()
        return [v for chunk in self.headers or () for k, v in chunk.items() if k.lower() == folded]


@model
class KafkaEvent(Model, Generic[ValueT]):
    """Apache Kafka (Amazon MSK or self-managed): records grouped by topic-partition.

    `records_by_partition` is the wire `records` object (`"topic-0": [...]`); `records`
    flattens it. `KafkaEvent[Order]` types every value as `Order` (semantic round trip).
    """

    event_source: str
    bootstrap_servers: str
    records_by_partition: Mapping[str, tuple[KafkaEventRecord[ValueT], ...]] = field(wire="records")
    event_source_arn: str | None = None

    @cached_property
    def records(self) -> tuple[KafkaEventRecord[ValueT], ...]:
        """Every record of every topic-partition, in delivery order."""
        return tuple(r for batch in self.records_by_partition.values() for r in batch)

    @property
    def record(self) -> KafkaEventRecord[ValueT]:
        """The first record (the same one on every access)."""
        return self.records[0]

    @property
    def decoded_bootstrap_servers(self) -> list[str]:
        """The bootstrap servers, split on commas."""
        return self.bootstrap_servers.split(",")
