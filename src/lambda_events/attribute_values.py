"""DynamoDB AttributeValues to Python values and back.

`S`->str, `N`->Decimal (exact text kept), `B`->bytes, `BOOL`->bool, `NULL`->None,
`L`->list, `M`->dict, `SS`/`NS`/`BS`->`DynamoSet` (a read-only, hashable set). Results
agree with boto3's `TypeDeserializer` except that `B`/`BS` are decoded from base64 (as Lambda
delivers them) rather than returned as text. A set read from the wire is written back
exactly as it came (order, duplicates, spelling); a set built in code is written sorted.
Nesting deeper than the converter's `max_depth` (DynamoDB allows 32 levels) is an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
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
    return DynamoSet([member(v) for v in texts], kind, tuple(texts))


def deserialize(av: Any, max_depth: int = 32, _depth: int = 0) -> Any:
    """One AttributeValue (`{"S": "x"}`) to its Python value."""
    if av.__class__ is not dict or len(av) != 1:
        raise ValueError("expected an AttributeValue object with exactly one type key")
    ((kind, value),) = av.items()
    if kind == "S":
        return _string(value)
    if kind == "N":
        return _number(value)
    if kind == "BOOL":
        if value.__class__ is not bool:
            raise ValueError(f"BOOL: expected true or false, got {kind_of(value)}")
        return value
    if kind == "NULL":
        if value is not True:
            raise ValueError(f"NULL: expected true, got {kind_of(value)}")
        return None
    if kind == "B":
        return b64decode(value)
    if kind == "SS":
        return _set(kind, value, _string)
    if kind == "NS":
        return _set(kind, value, _number)
    if kind == "BS":
        return _set(kind, value, b64decode)
    if kind in ("M", "L"):
        if _depth >= max_depth:
            raise ValueError(f"nested deeper than {max_depth} levels")
        if kind == "M":
            return deserialize_map(value, max_depth, _depth + 1)
        if value.__class__ is not list:
            raise ValueError(f"L: expected a list, got {kind_of(value)}")
        return [_at(i, item, max_depth, _depth + 1) for i, item in enumerate(value)]
    raise ValueError(f"unknown AttributeValue type {quoted(kind)}")


def _at(key: str | int, av: Any, max_depth: int, depth: int) -> Any:
    try:
        return deserialize(av, max_depth, depth)
    except StructureError as exc:
        raise exc.prefixed((key,)) from None
    except ValueError as exc:
        raise StructureError.at((key,), str(exc)) from None


def deserialize_map(image: Any, max_depth: int = 32, _depth: int = 0) -> dict[str, Any]:
    """An item (`{"Id": {"N": "1"}}`) to a dict of Python values; every bad value reported."""
    if image.__class__ is not dict:
        raise ValueError(f"expected an object of AttributeValues, got {kind_of(image)}")
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, av in image.items():
        try:
            out[key] = _at(key, av, max_depth, _depth)
        except StructureError as exc:
            problems.extend(exc.problems)
    if problems:
        raise StructureError(problems)
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
