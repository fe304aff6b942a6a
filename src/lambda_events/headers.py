"""Read-only header maps: case-insensitive lookup, original casing and order kept.

`headers["content-type"]` finds `Content-Type`; iteration, equality and unstructure see the
keys exactly as AWS sent them. `repr` shows only the values of allow-listed, harmless headers
(`SAFE_HEADERS`); every other value is `***`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from . import _redact
from .codecs import ValueCodec
from .errors import StructureError, kind_of

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["SAFE_HEADERS", "Headers", "MultiValueHeaders"]

V = TypeVar("V")

SAFE_HEADERS = _redact.SAFE_HEADERS
"""Header names whose values `repr` and `lambda-events show` display; all others are `***`."""


class _CaseInsensitive(Mapping[str, V], Generic[V]):
    __slots__ = ("_data", "_folded")
    __wire__: ClassVar[ValueCodec] = ValueCodec()

    def __init__(self, data: Mapping[str, V] | None = None) -> None:
        self._data: dict[str, V] = dict(data or {})
        self._folded: dict[str, str] | None = None

    @classmethod
    def _adopt(cls, data: dict[str, V]) -> Self:
        """An instance that keeps `data` itself: a dict made for it, nobody else's."""
        self = object.__new__(cls)
        self._data = data
        self._folded = None
        return self

    def _key(self, key: str) -> str | None:
        if key in self._data:
            return key
        folded = self._folded
        if folded is None:
            folded = self._folded = {k.lower(): k for k in reversed(list(self._data))}
        return folded.get(key.lower()) if isinstance(key, str) else None

    def __getitem__(self, key: str) -> V:
        original = self._key(key)
        if original is None:
            raise KeyError(key)
        return self._data[original]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._key(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _CaseInsensitive):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._redacted()!r})"

    def _redacted(self) -> dict[str, Any]:
        """The map as `repr` and the CLI show it: values outside the allow-list are `***`."""
        return _redact.headers(self._data)  # type: ignore[no-any-return]

    def _to_wire(self) -> dict[str, Any]:
        return dict(self._data)


class Headers(_CaseInsensitive[str]):
    """Single-value HTTP headers (or query parameters) as AWS sent them."""

    __slots__ = ()

    @classmethod
    def _from_wire(cls, value: Any) -> Headers:
        if value.__class__ is not dict:
            raise ValueError(f"expected an object of strings, got {kind_of(value)}")
        for key, item in value.items():
            if item.__class__ is not str:
                raise StructureError.at((key,), f"expected a string, got {kind_of(item)}")
        return cls._adopt(dict(value))


class MultiValueHeaders(_CaseInsensitive[Sequence[str]]):
    """Multi-value HTTP headers (or query parameters): each name maps to a list of values."""

    __slots__ = ()

    @classmethod
    def _from_wire(cls, value: Any) -> MultiValueHeaders:
        if value.__class__ is not dict:
            raise ValueError(f"expected an object of string lists, got {kind_of(value)}")
        out: dict[str, Sequence[str]] = {}
        for key, items in value.items():
            if items.__class__ is list:
                for item in items:  # a loop, not any(): no generator per header
                    if item.__class__ is not str:
                        break
                else:
                    out[key] = tuple(items)
                    continue
            raise StructureError.at((key,), f"expected a list of strings, got {kind_of(items)}")
        return cls._adopt(out)

    def _to_wire(self) -> dict[str, Any]:
        return {k: list(v) for k, v in self._data.items()}
