"""Wire types: how bytes, payloads, compressed data and other encoded values travel.

One protocol, resolved in one place (`codec_for`): a type travels through a `Codec`, named
either by an `Annotated` marker (`JsonText[T]`, `Base64Payload[T]`) or by the class itself
(`__wire__ = ...`, for value types such as `Base64Text`, the timestamps and the header maps).
A codec builds, once per field, a function from the wire value to the Python value and one
back. Event classes only name the wire type; they never decode anything themselves.

Content is kept as its exact wire text (`Base64Text`, `CompressedJsonText`, the timestamps)
and decoded on first access, so a placeholder or a non-canonical value never bounces an
incoming event; a bad value raises `ContentError` naming the class and field when read.
Typed payloads (`Base64Payload[Order]`, `JsonText[Order]`) are what the user asked for:
they are decoded and structured eagerly, and every primitive is checked.
"""

from __future__ import annotations

import binascii
import json
import sys
import zlib
from collections.abc import Callable
from functools import cached_property
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Generic,
    TypeVar,
    cast,
    get_args,
    get_origin,
)

from .errors import ContentError, kind_of

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._converter import LambdaEventsConverter

__all__ = [
    "Base64Bytes",
    "Base64Payload",
    "Base64Text",
    "Codec",
    "CompressedJson",
    "CompressedJsonText",
    "DispatchBy",
    "JsonText",
    "ValueCodec",
    "WireValue",
    "b64decode",
    "b64encode",
    "codec_for",
    "decompress",
]

Fn = Callable[[Any], Any]
T = TypeVar("T")


class Codec:
    """How one wire type travels; builds its structure and unstructure functions per field.

    `where` names the field (`SQSRecord.body`) so values decoded later can say where they
    came from; `target` is the type argument (`Order` in `JsonText[Order]`) or the class.
    """

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        raise NotImplementedError

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def codec_for(t: Any) -> tuple[Codec, Any] | None:
    """The codec of a wire type and its target, or None: the one place wire types resolve."""
    for meta in getattr(t, "__metadata__", ()):
        if isinstance(meta, Codec):
            return meta, get_args(t)[0]
    origin = get_origin(t) or t
    codec = getattr(origin, "__wire__", None) if isinstance(origin, type) else None
    return (codec, t) if isinstance(codec, Codec) else None


# ------------------------------------------------------------------- value types


class WireValue:
    """Mixin of value types that are their wire value and decode it on access.

    `_from_wire` checks only the JSON kind (the shape); `_to_wire` gives the wire value back.
    The converter binds each field to a subclass that knows where it is (`_where`) and
    which converter's limits apply, so a bad value names its class and field when read.
    """

    __slots__ = ()
    _where: ClassVar[str] = ""
    _converter: ClassVar[Any] = None
    _public: ClassVar[type]
    _kind: ClassVar[type | None] = None  # `cls(v)` is the whole of `_from_wire` for this kind

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_where" not in cls.__dict__:  # a declared type, not a per-field binding
            cls._public = cls

    @classmethod
    def _from_wire(cls, value: Any) -> Self:
        raise NotImplementedError

    def _to_wire(self) -> Any:
        raise NotImplementedError

    @classmethod
    def _bound(cls, where: str, converter: Any) -> type[Self]:
        """A subclass of `cls` for one field of one converter (same name, same behaviour)."""
        namespace = {"__slots__": (), "_where": where, "_converter": converter}
        namespace["__module__"] = cls.__module__
        namespace["__qualname__"] = cls.__qualname__
        return cast("type[Self]", type(cls.__name__, (cls,), namespace))

    def _content_error(self, message: str) -> ContentError:
        where = self._where
        return ContentError(f"{where}: {message}" if where else message)

    def __reduce__(self) -> tuple[Any, ...]:
        target = getattr(self, "_target", Any)
        return (_rebuild, (self._public, self._to_wire(), self._where, target))

    def __repr__(self) -> str:
        return f"{self._public.__name__}({self._to_wire()!r})"


_REBOUND: dict[tuple[Any, str, Any], Any] = {}


def _rebuild(cls: Any, wire: Any, where: str = "", target: Any = Any) -> Any:
    """Unpickle a value: same class, field and payload class; the shared converter's limits."""
    if where or target is not Any:
        key = (cls, where, target)
        bound = _REBOUND.get(key)
        if bound is None:
            bound = _REBOUND[key] = cls._bound(where, None)
            if target is not Any:
                bound._target = target
        cls = bound
    return cls._from_wire(wire)


class ValueCodec(Codec):
    """The codec of a `WireValue` class: `_from_wire` in, `_to_wire` out, bound per field."""

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        cls = get_origin(target) or target
        bound = cls._bound(where, converter) if issubclass(cls, WireValue) else cls
        if target is not cls:  # a generic value type: CompressedJsonText[Decoded]
            setattr(bound, "_target", get_args(target)[0])  # noqa: B010 - set on a new class
        return bound._from_wire  # type: ignore[no-any-return]

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        def to_wire(value: Any) -> Any:
            try:
                return value._to_wire()
            except AttributeError:  # a plain wire value given by user code
                return value

        return to_wire


def _expect_str(value: Any) -> str:
    if value.__class__ is not str:
        raise ValueError(f"expected a string, got {kind_of(value)}")
    return value  # type: ignore[no-any-return,unused-ignore]


class _WireText(WireValue, str):
    """A string value type: the exact wire text; content is checked when it is read."""

    __slots__ = ()
    _kind = str

    @classmethod
    def _from_wire(cls, value: Any) -> Self:
        if value.__class__ is not str:
            raise ValueError(f"expected a string, got {kind_of(value)}")
        return cls(value)

    def _to_wire(self) -> str:
        return str.__str__(self)

    def __str__(self) -> str:
        return str.__str__(self)


if sys.version_info >= (3, 11):

    def _strict_b64decode(text: str) -> bytes:
        return binascii.a2b_base64(text, strict_mode=True)

else:  # pragma: no cover - Python 3.10

    def _strict_b64decode(text: str) -> bytes:
        import base64

        return base64.b64decode(text, validate=True)


def b64decode(value: Any) -> bytes:
    """Strict base64 text to bytes; anything else is a `ValueError`."""
    try:
        return _strict_b64decode(_expect_str(value))
    except (binascii.Error, ValueError):
        raise ValueError("not valid base64") from None


def b64encode(value: bytes | bytearray) -> str:
    """Bytes to standard padded base64 text."""
    return binascii.b2a_base64(value, newline=False).decode("ascii")


def _lenient_b64decode(text: str) -> bytes:
    """Base64 as AWS's own tools write it: extra padding and line breaks are tolerated."""
    try:
        return _strict_b64decode(text)
    except (binascii.Error, ValueError):
        pass
    core = "".join(text.split()).rstrip("=")
    if not core or len(core) % 4 == 1:
        raise ValueError("not valid base64")
    try:
        return _strict_b64decode(core + "=" * (-len(core) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not valid base64") from None


class Base64Text(_WireText):
    """Base64 text exactly as it came (`"YR=="` stays `"YR=="`); `.decoded` is the bytes.

    Decoding happens on first access and is cached; text that is not base64 (a test tool's
    `"base64Str"` placeholder) raises `ContentError` naming the class and field then.
    Extra padding, as some AWS sample generators write it, is tolerated.
    """

    __slots__ = ("__dict__",)
    __wire__: ClassVar[Codec]

    @cached_property
    def decoded(self) -> bytes:
        """The bytes this text encodes."""
        try:
            return _lenient_b64decode(self)
        except ValueError as exc:
            raise self._content_error(str(exc)) from None

    @classmethod
    def from_bytes(cls, data: bytes | bytearray) -> Base64Text:
        """The standard base64 text of `data`."""
        return cls(b64encode(data))


_GZIP_MAGIC = b"\x1f\x8b"


def decompress(data: bytes, limit: int, spent: int = 0) -> bytes:
    """gzip (every member) or zlib data to bytes, refusing output beyond `limit` bytes.

    `spent` is what earlier records of the same call already used of `limit` (one budget
    per call). Bytes after the compressed data that are not another gzip member are an
    error, never silently dropped.
    """
    parts: list[bytes] = []
    used, rest = spent, data
    while True:
        part, rest = _inflate_one(rest, limit - used)
        if part is None:
            shared = " shared by this call's records" if spent else ""
            raise ValueError(f"decompressed size exceeds the {limit}-byte limit{shared}")
        parts.append(part)
        used += len(part)
        if not rest:
            return parts[0] if len(parts) == 1 else b"".join(parts)
        if data[:2] != _GZIP_MAGIC or rest[:2] != _GZIP_MAGIC:
            raise ValueError("unexpected bytes after the compressed data")


def _inflate_one(data: bytes, room: int) -> tuple[bytes | None, bytes]:
    """One gzip member (or zlib stream) and the bytes after it; None beyond `room` bytes."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    try:
        out = inflater.decompress(data, room + 1)
    except zlib.error:
        raise ValueError("not valid gzip or zlib data") from None
    if len(out) > room:
        return None, b""
    if not inflater.eof:
        raise ValueError("truncated gzip or zlib data")
    return out, inflater.unused_data


def _json_loads(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from None


def _json_dumps(value: Any) -> str:
    """Compact JSON text that is always valid UTF-8 (a lone surrogate is escaped)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if not text.isascii():
        try:
            text.encode()
        except UnicodeEncodeError:  # "\ud800" read from JSON: written back as an escape
            return json.dumps(value, separators=(",", ":"))
    return text


def _shared() -> Any:
    from ._payload import shared_converter

    return shared_converter()


class CompressedJsonText(_WireText, Generic[T]):
    """Base64 text of gzip (or zlib) JSON, exactly as it came: CloudWatch Logs `data`.

    `.decoded` decompresses (bounded by the converter's `max_decompressed_size`), parses
    and structures the payload on first access, and caches it. Gzip cannot be reproduced
    byte-for-byte, so a changed payload is written with `CompressedJsonText.compress(value)`:
    equal content, different bytes.
    """

    __slots__ = ("__dict__",)
    __wire__: ClassVar[Codec]
    _target: ClassVar[Any] = Any

    @cached_property
    def decompressed(self) -> bytes:
        """The decompressed bytes (bounded by the converter's limit)."""
        conv = self._converter if self._converter is not None else _shared()
        try:
            return decompress(_lenient_b64decode(self), conv.max_decompressed_size)
        except ValueError as exc:
            raise self._content_error(str(exc)) from None

    @cached_property
    def decoded(self) -> T:
        """The payload: decompressed, parsed and structured into the declared class."""
        conv = self._converter if self._converter is not None else _shared()
        data = self.decompressed
        try:
            payload = _json_loads(data)
        except ValueError as exc:
            raise self._content_error(str(exc)) from None
        return conv.structure(payload, self._target)  # type: ignore[no-any-return]

    @classmethod
    def compress(cls, value: Any, converter: LambdaEventsConverter | None = None) -> Self:
        """Compress `value` (a model or plain JSON) into new base64 gzip text.

        `.decoded` of the result is `value` itself (its class is the payload's class).
        """
        import gzip

        conv = converter if converter is not None else _shared()
        data = _json_dumps(conv.unstructure(value)).encode()
        text = cls(b64encode(gzip.compress(data, mtime=0)))
        text.__dict__["_target"] = type(value)
        text.__dict__["decoded"] = value
        return text


Base64Text.__wire__ = CompressedJsonText.__wire__ = ValueCodec()


# -------------------------------------------------------------------- payload codecs


def _is_raw(target: Any, raw_type: type) -> bool:
    return isinstance(target, TypeVar) or target is raw_type or target is Any


def _payload_structurer(target: Any, converter: LambdaEventsConverter) -> Fn:
    """Decoded JSON to the user's payload type."""
    structure = converter.structure

    def to_payload(decoded: Any) -> Any:
        return structure(decoded, target)

    return to_payload


class _JsonText(Codec):
    """A string that carries JSON (SQS/SNS bodies, API Gateway bodies).

    Unparameterised (`T` unbound, or `str`) the text stays as it came: exact. Bound to a
    class, the JSON is structured into it eagerly; re-serialization is equal JSON, not
    equal text.
    """

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        if _is_raw(target, str):
            return _expect_str
        to_payload = _payload_structurer(target, converter)
        return lambda v: to_payload(_json_loads(_expect_str(v)))

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        unstructure = converter.unstructure

        def to_text(value: Any) -> Any:
            if value.__class__ is str:
                return value
            if isinstance(value, str):
                return str.__str__(value)
            return _json_dumps(unstructure(value))

        return to_text


class _Base64Payload(Codec):
    """Base64 text that carries bytes (Kinesis `data`, Kafka `value`), or JSON when typed.

    Unparameterised, the value is a `Base64Text` (exact text, bytes on access); bound to a
    class, the bytes are decoded and structured into it eagerly.
    """

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        if _is_raw(target, Base64Text) or target is bytes:
            return Base64Text._bound(where, converter)._from_wire
        to_payload = _payload_structurer(target, converter)
        return lambda v: to_payload(_json_loads(b64decode(v)))

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        unstructure = converter.unstructure

        def to_text(value: Any) -> str:
            if isinstance(value, str):
                return str.__str__(value)
            if isinstance(value, (bytes, bytearray)):
                return b64encode(value)
            return b64encode(_json_dumps(unstructure(value)).encode())

        return to_text


class _Base64Bytes(Codec):
    """Bytes carried as base64 text, decoded eagerly (response bodies the user builds)."""

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        return b64decode

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        return b64encode


class DispatchBy(Codec):
    """A union whose member is chosen from the raw value by `choose(raw) -> class`.

    `Annotated[A | B, DispatchBy(choose)]` lets `converter.structure(raw, Alias)` pick the
    class from the event's own markers (a Cognito `triggerSource`), never by trying each.
    `choose` raises `StructureError` (or `ValueError`) for a value that fits no member.
    """

    def __init__(self, choose: Callable[[Any], Any]) -> None:
        self.choose = choose

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        choose, get_hook = self.choose, converter.get_structure_hook

        def structure_member(value: Any) -> Any:
            cls = choose(value)
            return get_hook(cls)(value, cls)

        return structure_member

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        return converter.unstructure


Base64Bytes = Annotated[bytes, _Base64Bytes()]
"""Bytes carried as base64 text, decoded at structure time (for responses you build)."""

JsonText = Annotated[T, _JsonText()]
"""`JsonText[T]`: a string carrying JSON, kept raw unless `T` names a payload class."""

Base64Payload = Annotated[T, _Base64Payload()]
"""`Base64Payload[T]`: `Base64Text` (bytes on access), or JSON structured into `T`."""

CompressedJson = CompressedJsonText
"""`CompressedJson[T]`: base64 gzip/zlib JSON kept as text, decoded into `T` on access."""
