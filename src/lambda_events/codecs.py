"""Wire types: how bytes, payloads and compressed data travel inside an event.

Each wire type is an `Annotated` alias whose marker is a `Codec`. Type checkers see the
Python type (`bytes`, the payload class); the converter reads the marker and builds the
two functions that move a value between its wire text and its Python value. Event classes
only name the wire type; they never decode anything themselves.
"""

from __future__ import annotations

import binascii
import json
import sys
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeVar

from .errors import kind_of

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = [
    "Base64Bytes",
    "Base64Payload",
    "Codec",
    "CompressedJson",
    "DispatchBy",
    "JsonText",
    "b64decode",
    "b64encode",
    "decompress",
]

Fn = Callable[[Any], Any]
T = TypeVar("T")


class Codec:
    """Marker for a wire type; builds its structure and unstructure functions once per field.

    `keeps_raw`: the original wire text is remembered and written back while the decoded
    value is unchanged (for encodings that cannot be reproduced byte-for-byte).
    """

    keeps_raw: ClassVar[bool] = False

    def structurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        raise NotImplementedError

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _is_raw(target: Any, raw_type: type) -> bool:
    return isinstance(target, TypeVar) or target is raw_type or target is Any


def _expect_str(value: Any) -> str:
    if value.__class__ is not str:
        raise ValueError(f"expected a string, got {kind_of(value)}")
    return value  # type: ignore[no-any-return,unused-ignore]


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
    except binascii.Error:
        raise ValueError("not valid base64") from None


def b64encode(value: bytes | bytearray) -> str:
    """Bytes to standard padded base64 text."""
    return binascii.b2a_base64(value, newline=False).decode("ascii")


def decompress(data: bytes, limit: int) -> bytes:
    """gzip or zlib data to bytes, refusing output larger than `limit` bytes."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise ValueError("not valid gzip or zlib data") from None
    if len(out) > limit:
        raise ValueError(f"decompressed size exceeds the {limit}-byte limit")
    if not inflater.eof:
        raise ValueError("truncated gzip or zlib data")
    return out


def _json_loads(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from None


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _payload_structurer(target: Any, converter: LambdaEventsConverter) -> Fn:
    """Decoded JSON to the user's payload type."""
    structure = converter.structure

    def to_payload(decoded: Any) -> Any:
        return structure(decoded, target)

    return to_payload


class _JsonText(Codec):
    """A string that carries JSON (SQS/SNS bodies, API Gateway bodies).

    Unparameterised (`T` unbound, or `str`) the text stays as it came: exact. Bound to a
    class, the JSON is structured into it; re-serialization is equal JSON, not equal text.
    """

    def structurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        if _is_raw(target, str):
            return _expect_str
        to_payload = _payload_structurer(target, converter)
        return lambda v: to_payload(_json_loads(_expect_str(v)))

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        unstructure = converter.unstructure

        def to_text(value: Any) -> Any:
            if value.__class__ is str:
                return value
            return _json_dumps(unstructure(value))

        return to_text


class _Base64Payload(Codec):
    """Base64 text that carries bytes (Kinesis `data`, Kafka `value`), or JSON when typed."""

    def structurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        if _is_raw(target, bytes):
            return b64decode
        to_payload = _payload_structurer(target, converter)
        return lambda v: to_payload(_json_loads(b64decode(v)))

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        unstructure = converter.unstructure

        def to_text(value: Any) -> str:
            if isinstance(value, (bytes, bytearray)):
                return b64encode(value)
            return b64encode(_json_dumps(unstructure(value)).encode())

        return to_text


class _CompressedJson(Codec):
    """Base64 text of gzip (or zlib) compressed JSON: CloudWatch Logs `awslogs.data`.

    Decompressed size is bounded by the converter's `max_decompressed_size`. Re-compressing
    never reproduces AWS's bytes, so the original text is remembered and written back while
    the decoded value is unchanged; a changed value is re-encoded as gzip.
    """

    keeps_raw = True

    def structurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        limit = converter.max_decompressed_size
        to_payload = _payload_structurer(target, converter)
        return lambda v: to_payload(_json_loads(decompress(b64decode(v), limit)))

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        unstructure = converter.unstructure

        def to_text(value: Any) -> str:
            import gzip  # only needed when a changed payload is written back

            data = _json_dumps(unstructure(value)).encode()
            return b64encode(gzip.compress(data, mtime=0))

        return to_text


class DispatchBy(Codec):
    """A union whose member is chosen from the raw value by `choose(raw) -> class`.

    `Annotated[A | B, DispatchBy(choose)]` lets `converter.structure(raw, Alias)` pick the
    class from the event's own markers (a Cognito `triggerSource`), never by trying each.
    `choose` raises `StructureError` (or `ValueError`) for a value that fits no member.
    """

    def __init__(self, choose: Callable[[Any], Any]) -> None:
        self.choose = choose

    def structurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        choose, get_hook = self.choose, converter.get_structure_hook

        def structure_member(value: Any) -> Any:
            cls = choose(value)
            return get_hook(cls)(value, cls)

        return structure_member

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        return converter.unstructure


Base64Bytes = Annotated[bytes, _Base64Payload()]
"""Bytes carried as base64 text; invalid base64 is a structuring error."""

JsonText = Annotated[T, _JsonText()]
"""`JsonText[T]`: a string carrying JSON, kept raw unless `T` names a payload class."""

Base64Payload = Annotated[T, _Base64Payload()]
"""`Base64Payload[T]`: base64 bytes, or JSON structured into `T` when `T` is bound."""

CompressedJson = Annotated[T, _CompressedJson()]
"""`CompressedJson[T]`: base64 gzip/zlib JSON structured into `T`, size-bounded."""
