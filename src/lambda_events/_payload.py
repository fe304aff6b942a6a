"""Typed access to JSON payloads carried as text, shared by the event modules."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypeVar

from .codecs import Base64Text, decompress
from .errors import ContentError, JSONContentError, Problem, StructureError

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = [
    "Base64DataAccessors",
    "Base64DataProperties",
    "load_json",
    "shared_converter",
    "structure_json",
    "to_json_dict",
    "utf8",
]

T = TypeVar("T")


def shared_converter() -> LambdaEventsConverter:
    """The shared `lambda_events.converter`, created on first use."""
    from . import converter

    return converter


def to_json_dict(obj: Any, converter: LambdaEventsConverter | None = None) -> dict[str, Any]:
    """The JSON object of an event or response, typed (`converter.unstructure` gives `Any`)."""
    conv = converter if converter is not None else shared_converter()
    out = conv.unstructure(obj)
    if not isinstance(out, dict):
        raise TypeError(f"{type(obj).__name__} does not unstructure to a JSON object")
    return out


def load_json(text: str | bytes) -> Any:
    """Parse JSON text; malformed text raises `JSONContentError` (a `StructureError`)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Problem((), f"not valid JSON ({exc})")
        raise JSONContentError([problem], doc=exc.doc, pos=exc.pos) from None
    except (ValueError, RecursionError) as exc:
        raise StructureError.at((), f"not valid JSON ({exc})") from None


def structure_json(
    text: str | bytes, cls: type[T], converter: LambdaEventsConverter | None = None
) -> T:
    """Parse JSON text and structure it into `cls` with the given (or shared) converter."""
    from ._converter import problems_from

    conv = converter if converter is not None else shared_converter()
    try:
        return conv.structure(load_json(text), cls)
    except StructureError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes the documented error
        raise StructureError(problems_from(exc), cls) from None


def utf8(data: bytes, where: str) -> str:
    """Bytes as UTF-8 text; other bytes raise `ContentError` naming the field."""
    try:
        return data.decode()
    except UnicodeDecodeError:
        raise ContentError(f"{where}: not valid UTF-8 text") from None


class _Base64Data:
    """Decoding of a base64 `data` field (Kinesis, Firehose, Amazon MQ), kept as wire text.

    A typed record (`KinesisStreamEvent[Order]`) already holds the structured payload instead.
    """

    __slots__ = ()
    data: Any

    def _payload(self) -> Any:
        return self.data

    def _text(self) -> Base64Text:
        payload = self._payload()
        if isinstance(payload, Base64Text):
            return payload
        raise TypeError("this record is typed; its data is already structured")

    def _data_bytes(self) -> bytes:
        return self._text().decoded

    def _data_text(self) -> str:
        return utf8(self._data_bytes(), f"{type(self).__name__}.data")

    def _data_json(self) -> Any:
        payload = self._payload()
        if not isinstance(payload, Base64Text):
            return payload
        return load_json(self._data_bytes())

    def data_zlib_compressed_as_json(self, max_size: int | None = None) -> Any:
        """The record's gzip/zlib bytes, decompressed and parsed as JSON.

        The decompressed size is bounded by `max_size`, by default the shared converter's
        `max_decompressed_size`; bad compressed data raises `ContentError`, text that is not
        JSON `StructureError` (as `data_as_json` does).
        """
        limit = max_size if max_size is not None else shared_converter().max_decompressed_size
        try:
            data = decompress(self._data_bytes(), limit)
        except ValueError as exc:
            raise ContentError(f"{type(self).__name__}.data: {exc}") from None
        return load_json(data)


class Base64DataAccessors(_Base64Data):
    """Powertools' accessor methods of a base64 `data` field (Kinesis streams, Amazon MQ)."""

    __slots__ = ()

    def data_as_bytes(self) -> bytes:
        """The record's bytes (`ContentError` when `data` is not base64)."""
        return self._data_bytes()

    def data_as_text(self) -> str:
        """The record's bytes as UTF-8 text."""
        return self._data_text()

    def data_as_json(self) -> Any:
        """The record's bytes parsed as JSON (the payload itself when typed)."""
        return self._data_json()


class Base64DataProperties(_Base64Data):
    """Powertools' accessor properties of a base64 `data` field (Firehose records)."""

    __slots__ = ()

    @property
    def data_as_bytes(self) -> bytes:
        """The record's bytes (`ContentError` when `data` is not base64)."""
        return self._data_bytes()

    @property
    def data_as_text(self) -> str:
        """The record's bytes as UTF-8 text."""
        return self._data_text()

    @property
    def data_as_json(self) -> Any:
        """The record's bytes parsed as JSON (the payload itself when typed)."""
        return self._data_json()
