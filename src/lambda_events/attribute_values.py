"""DynamoDB AttributeValues to Python values and back.

`S`->str, `N`->Decimal (exact text kept), `B`->bytes, `BOOL`->bool, `NULL`->None,
`L`->list, `M`->dict, `SS`/`NS`/`BS`->`DynamoSet` (a read-only, hashable set). Results
agree with boto3's `TypeDeserializer` except that `B`/`BS` are decoded from base64 (as Lambda
delivers them) rather than returned as text. A set read from the wire is written back
exactly as it came (order, duplicates, spelling); a set built in code is written sorted.
Nesting deeper than the converter's `max_depth` (DynamoDB allows 32 levels) is an error.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    Clamped,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
    Underflow,
)
from typing import TYPE_CHECKING, Annotated, Any

from .codecs import Codec, Fn, b64decode, b64encode
from .errors import Problem, StructureError, kind_of, quoted

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = ["AttributeValueMap", "DynamoNumber", "DynamoSet", "deserialize", "serialize"]

_CONTEXT = Context(
    Emin=-128, Emax=126, prec=38, traps=[Clamped, Overflow, Inexact, Rounded, Underflow]
)
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)  # normalize() never rounds


class DynamoNumber(Decimal):
    """A DynamoDB number whose text Python would spell differently (`1e5`, `007`).

    It is equal to the plain `Decimal` and serializes back to the original text.
    """

    __slots__ = ("text",)
    text: str

    def __new__(cls, text: str) -> DynamoNumber:
        self = super().__new__(cls, text)
        self.text = text
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (DynamoNumber, (self.text,))


def _number(text: Any) -> Decimal:
    if text.__class__ is not str:
        raise ValueError(f"N: expected a number as a string, got {kind_of(text)}")
    try:
        value = _CONTEXT.create_decimal(text)
    except (InvalidOperation, ArithmeticError):
        raise ValueError(f"N: not a DynamoDB number: {quoted(text)}") from None
    if not value.is_finite():
        raise ValueError(f"N: not a DynamoDB number: {quoted(text)}")
    return value if str(value) == text else DynamoNumber(text)


def _string(value: Any) -> str:
    if value.__class__ is not str:
        raise ValueError(f"S: expected a string, got {kind_of(value)}")
    return value  # type: ignore[no-any-return,unused-ignore]


def _members(kind: str, value: Any) -> list[Any]:
    if value.__class__ is not list:
        raise ValueError(f"{kind}: expected a list, got {kind_of(value)}")
    return value  # type: ignore[no-any-return,unused-ignore]


def _text_key(value: Any) -> Any:
    return value if isinstance(value, str) else None


def _bytes_key(value: Any) -> Any:
    return bytes(value) if isinstance(value, (bytes, bytearray, memoryview)) else None


def _number_key(value: Any) -> Any:
    """The exact value as text (`1.0`, `1e0`, `1` -> `"1"`): hashed like any string.

    `hash(Decimal)` is the same for every number congruent modulo 2**61 - 1, so a set of
    such numbers keyed by the numbers themselves builds in quadratic time.
    """
    if not isinstance(value, (int, float, Decimal)):
        return None
    number = value if isinstance(value, Decimal) else Decimal(value)
    if not number.is_finite():
        return None
    return str(number.normalize(_EXACT)) if number else "0"


_KEYS = {"SS": _text_key, "NS": _number_key, "BS": _bytes_key}


class DynamoSet(AbstractSet[Any]):
    """A DynamoDB set (`SS`/`NS`/`BS`) that remembers the members as they came.

    A read-only, hashable set, equal to any `set` or `frozenset` with the same members;
    `kind` is its type key and `wire` its member texts in their order, written back exactly
    (duplicates, `"1.0"` beside `"1"`, an empty set from a test fixture included). Members
    are indexed by their exact text, never by `hash(Decimal)`, which input can make collide.
    """

    __slots__ = ("_index", "kind", "wire")

    def __init__(self, members: Iterable[Any] = (), kind: str = "SS", wire: Iterable[str] = ()):
        key = _KEYS.get(kind, _text_key)
        index: dict[Any, Any] = {}
        for member in members:
            index.setdefault(key(member), member)
        self._index = index
        self.kind = kind
        self.wire = tuple(wire)

    @classmethod
    def _read(cls, kind: str, members: list[Any], wire: tuple[str, ...]) -> DynamoSet:
        """A set read from the wire: members converted already (str, bytes or `Decimal`)."""
        self = object.__new__(cls)
        if kind == "NS":
            index: dict[Any, Any] = {}
            for member in members:
                index.setdefault(_number_key(member), member)
        else:  # a string or bytes member is its own key
            index = dict(zip(members, members, strict=True))
        self._index = index
        self.kind = kind
        self.wire = wire
        return self

    def __contains__(self, value: object) -> bool:
        key = _KEYS.get(self.kind, _text_key)(value)
        return key is not None and key in self._index

    def __iter__(self) -> Iterator[Any]:
        return iter(self._index.values())

    def __len__(self) -> int:
        return len(self._index)

    def __hash__(self) -> int:
        return self._hash()

    @classmethod
    def _from_iterable(cls, it: Iterable[Any]) -> frozenset[Any]:
        return frozenset(it)  # `a | b`, `a & b`: plain frozensets

    def __reduce__(self) -> tuple[Any, ...]:
        return (DynamoSet, (tuple(self), self.kind, self.wire))

    def __repr__(self) -> str:
        return f"DynamoSet({list(self)!r}, kind={self.kind!r})"


def _set(kind: str, value: Any, member: Any) -> DynamoSet:
    texts = _members(kind, value)
    return DynamoSet._read(kind, [member(v) for v in texts], tuple(texts))


def _boolean(value: Any) -> bool:
    if value.__class__ is not bool:
        raise ValueError(f"BOOL: expected true or false, got {kind_of(value)}")
    return value  # type: ignore[no-any-return,unused-ignore]


def _null(value: Any) -> None:
    if value is not True:
        raise ValueError(f"NULL: expected true, got {kind_of(value)}")


_SCALARS: dict[str, Callable[[Any], Any]] = {
    "S": _string,
    "N": _number,
    "BOOL": _boolean,
    "NULL": _null,
    "B": b64decode,
    "SS": lambda value: _set("SS", value, _string),
    "NS": lambda value: _set("NS", value, _number),
    "BS": lambda value: _set("BS", value, b64decode),
}


def _type_and_value(av: Any) -> tuple[str, Any]:
    if av.__class__ is not dict or len(av) != 1:
        raise ValueError("expected an AttributeValue object with exactly one type key")
    ((kind, value),) = av.items()
    return kind, value


def _scalar(kind: str, value: Any) -> Any:
    convert = _SCALARS.get(kind)
    if convert is None:
        raise ValueError(f"unknown AttributeValue type {quoted(kind)}")
    return convert(value)


class _Level:
    """One `M` or `L` being filled: its output, its remaining entries, where it is."""

    __slots__ = ("depth", "entries", "failed", "is_list", "out", "path")

    def __init__(
        self, out: Any, entries: Iterator[tuple[Any, Any]], path: tuple[Any, ...], depth: int
    ) -> None:
        self.out = out
        self.entries = entries
        self.is_list = out.__class__ is list
        self.path = path
        self.depth = depth
        self.failed = False

    def fail(self) -> None:
        """A problem inside: a map goes on to report every entry, a list stops at its first."""
        self.failed = True
        if self.is_list:
            self.entries = iter(())


def _level(kind: str, value: Any, path: tuple[Any, ...], depth: int) -> _Level:
    """The level of an `M` or `L` value; a value of the wrong JSON kind is a `ValueError`."""
    if kind == "L":
        if value.__class__ is not list:
            raise ValueError(f"L: expected a list, got {kind_of(value)}")
        return _Level([None] * len(value), enumerate(value), path, depth)
    if value.__class__ is not dict:
        raise ValueError(f"expected an object of AttributeValues, got {kind_of(value)}")
    return _Level({}, iter(value.items()), path, depth)


def _fill(top: _Level, max_depth: int) -> Any:
    """Every value of `top` and of the containers inside it, without recursion."""
    problems: list[Problem] = []
    stack = [top]
    while stack:
        level = stack[-1]
        inner = _next_container(level, max_depth, problems)
        if inner is not None:
            stack.append(inner)
            continue
        stack.pop()
        if level.failed and stack:
            stack[-1].fail()
    if problems:
        raise StructureError(problems)
    return top.out


def _next_container(level: _Level, max_depth: int, problems: list[Problem]) -> _Level | None:
    """Convert `level`'s entries up to the next `M` or `L` inside it, which is returned."""
    out = level.out
    for key, av in level.entries:
        try:
            kind, value = _type_and_value(av)
            if kind == "S" and value.__class__ is str:
                out[key] = value
            elif kind == "M" or kind == "L":
                if level.depth >= max_depth:
                    raise ValueError(f"nested deeper than {max_depth} levels")
                inner = _level(kind, value, (*level.path, key), level.depth + 1)
                out[key] = inner.out
                return inner
            else:
                out[key] = _scalar(kind, value)
        except ValueError as exc:
            problems.append(Problem((*level.path, key), str(exc)))
            level.fail()
            if level.is_list:
                break
    return None


def deserialize(av: Any, max_depth: int = 32) -> Any:
    """One AttributeValue (`{"S": "x"}`) to its Python value.

    A problem with `av` itself is a `ValueError`; problems inside its `M` or `L` are one
    `StructureError` with their paths. Nesting is followed without recursion.
    """
    kind, value = _type_and_value(av)
    if kind == "M" or kind == "L":
        return _fill(_level(kind, value, (), 1), max_depth)
    return _scalar(kind, value)


def deserialize_map(image: Any, max_depth: int = 32) -> dict[str, Any]:
    """An item (`{"Id": {"N": "1"}}`) to a dict of Python values; every bad value reported."""
    if image.__class__ is not dict:
        raise ValueError(f"expected an object of AttributeValues, got {kind_of(image)}")
    out: dict[str, Any] = {}
    entries = iter(image.items())
    for key, av in entries:  # strings, numbers and sets inline; the rest level by level
        if av.__class__ is dict and len(av) == 1:
            ((kind, value),) = av.items()
            if kind == "S" and value.__class__ is str:
                out[key] = value
                continue
            convert = _SCALARS.get(kind)
            if convert is not None:
                try:
                    out[key] = convert(value)
                    continue
                except ValueError:
                    pass
        rest = itertools.chain(((key, av),), entries)
        return _fill(_Level(out, rest, (), 0), max_depth)  # type: ignore[no-any-return]
    return out


def _number_text(value: Any) -> str:
    if isinstance(value, DynamoNumber):
        return value.text
    return str(value)


def serialize(value: Any) -> dict[str, Any]:
    """A Python value to its AttributeValue; the inverse of `deserialize`."""
    if value is None:
        return {"NULL": True}
    if isinstance(value, bool):
        return {"BOOL": value}
    if isinstance(value, str):
        return {"S": value}
    if isinstance(value, (int, float, Decimal)):
        return {"N": _number_text(value)}
    if isinstance(value, (bytes, bytearray)):
        return {"B": b64encode(value)}
    if isinstance(value, Mapping):
        return {"M": serialize_map(value)}
    if isinstance(value, (list, tuple)):
        return {"L": [serialize(v) for v in value]}
    if isinstance(value, AbstractSet):
        return _serialize_set(value)
    raise TypeError(f"cannot store {type(value).__name__} in DynamoDB")


def _serialize_set(values: AbstractSet[Any]) -> dict[str, Any]:
    # A set read from the wire goes back as it came; a new set is written sorted.
    if isinstance(values, DynamoSet) and (values.wire or not values):
        return {values.kind: list(values.wire)}
    if values and all(isinstance(v, str) for v in values):
        return {"SS": sorted(values)}
    if values and all(isinstance(v, (bytes, bytearray)) for v in values):
        return {"BS": [b64encode(v) for v in sorted(values)]}
    if values and all(
        isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) for v in values
    ):
        return {"NS": [_number_text(v) for v in sorted(values)]}
    raise TypeError("a DynamoDB set must be non-empty and hold only strings, numbers or bytes")


def serialize_map(item: Mapping[str, Any]) -> dict[str, Any]:
    """A dict of Python values to an item of AttributeValues."""
    return {key: serialize(value) for key, value in item.items()}


class _Image(Codec):
    """An item of AttributeValues (`Keys`, `NewImage`, `OldImage`) as plain Python values."""

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        max_depth = converter.max_depth
        return lambda image: deserialize_map(image, max_depth)

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        return serialize_map


AttributeValueMap = Annotated[Mapping[str, Any], _Image()]
"""A DynamoDB item: AttributeValues on the wire, Python values in code."""
