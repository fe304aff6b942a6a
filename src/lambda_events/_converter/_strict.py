"""Strict hooks for the user's own types (typed payloads): JSON kinds checked, nothing coerced.

cattrs alone would turn `"ab"` into `["a", "b"]` for a `list[str]`, `5` into five zero bytes
for `bytes`, a list of pairs into a `dict`, and accept `true` for `Literal[1]`. These hooks
check the JSON kind first and take elements through the converter, so a user's own hooks
still apply to what is inside. Library classes never reach them: their generated hooks
check their fields themselves.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Callable, Mapping, MutableMapping, MutableSequence, MutableSet, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Literal, TypeVar, get_args, get_origin

import attrs

from .._json import copy_json
from ..errors import StructureError, kind_of
from ._plan import is_model
from ._problems import element_problems

if TYPE_CHECKING:
    from . import LambdaEventsConverter

__all__ = [
    "STRICT_PRIMITIVES",
    "array_unstructure_factory",
    "class_factory",
    "container_factory",
    "enum_factory",
    "is_array",
    "is_container",
    "is_enum",
    "is_literal",
    "is_user_class",
    "literal_factory",
]

Fn = Callable[[Any], Any]


def _strict(kind: type, what: str) -> Callable[[Any, Any], Any]:
    """`"5"` is not an int, `true` is not a number, and a number is finite."""
    allowed = (int, float) if kind is float else (kind,)

    def check(value: Any, _t: Any = None) -> Any:
        if value.__class__ not in allowed:
            raise ValueError(f"expected {what}, got {kind_of(value)}")
        if kind is float:
            if not math.isfinite(value):
                raise ValueError("expected a finite number, got infinity or NaN")
            return float(value)
        return value

    return check


def _no_bytes(value: Any, _t: Any = None) -> bytes:
    if value.__class__ is bytes:
        return value  # type: ignore[no-any-return,unused-ignore]
    raise ValueError(f"expected bytes, which JSON cannot carry, got {kind_of(value)}")


STRICT_PRIMITIVES: dict[type, Callable[[Any, Any], Any]] = {
    str: _strict(str, "a string"),
    int: _strict(int, "an integer"),
    float: _strict(float, "a number"),
    bool: _strict(bool, "true or false"),
    bytes: _no_bytes,
}

# ------------------------------------------------------------------------ elements


def _element(t: Any, conv: LambdaEventsConverter) -> Fn:
    """The converter's hook for an element type, as a one-argument function."""
    if t is Any or t is object or isinstance(t, TypeVar):
        return copy_json
    hook = conv.get_structure_hook(t)
    return lambda v: hook(v, t)


def _resolved(types: Sequence[Any], conv: LambdaEventsConverter) -> Callable[[], list[Fn]]:
    """Element hooks looked up on first use (a class may contain a list of itself)."""
    found: list[list[Fn]] = []

    def get() -> list[Fn]:
        if not found:
            found.append([_element(t, conv) for t in types])
        return found[0]

    return get


# ---------------------------------------------------------------------- containers

_MAKERS: dict[Any, Callable[[Any], Any]] = {
    list: list,
    Sequence: list,
    MutableSequence: list,
    tuple: tuple,
    set: set,
    MutableSet: set,
    frozenset: frozenset,
    AbstractSet: frozenset,
    dict: dict,
    Mapping: dict,
    MutableMapping: dict,
}


def is_container(t: Any) -> bool:
    """A list, tuple, set or dict type (`typing.Sequence[int]` and bare `list` included)."""
    return (get_origin(t) or t) in _MAKERS


def container_factory(t: Any, conv: LambdaEventsConverter) -> Fn:
    """A JSON list (or object, for mappings) whose elements go through the converter."""
    origin = get_origin(t) or t
    args = get_args(t)
    make = _MAKERS[origin]
    if make is dict:
        return _mapping(args if len(args) == 2 else (str, Any), conv)
    if origin is tuple and args and args[-1] is not Ellipsis:
        return _fixed_tuple(args, conv)
    return _sequence(args[0] if args else Any, make, conv)


def _expect_list(v: Any) -> list[Any]:
    if v.__class__ is not list:
        raise ValueError(f"expected a list, got {kind_of(v)}")
    return v  # type: ignore[no-any-return,unused-ignore]


def _sequence(item_type: Any, make: Callable[[Any], Any], conv: LambdaEventsConverter) -> Fn:
    hooks = _resolved([item_type], conv)

    def structure_sequence(v: Any) -> Any:
        (item,) = hooks()
        try:
            items = [item(element) for element in _expect_list(v)]
        except Exception:  # redone below to report every element
            if v.__class__ is not list:
                raise
            raise StructureError(element_problems(item, enumerate(v))) from None
        return make(items)

    return structure_sequence


def _fixed_tuple(types: tuple[Any, ...], conv: LambdaEventsConverter) -> Fn:
    hooks = _resolved(types, conv)

    def structure_tuple(v: Any) -> tuple[Any, ...]:
        if len(_expect_list(v)) != len(types):
            raise ValueError(f"expected a list of {len(types)} items, got {len(v)}")
        pairs = list(zip(hooks(), v, strict=True))
        problems = element_problems(lambda p: p[0](p[1]), enumerate(pairs))
        if problems:
            raise StructureError(problems)
        return tuple(fn(element) for fn, element in pairs)

    return structure_tuple


def _mapping(types: tuple[Any, ...], conv: LambdaEventsConverter) -> Fn:
    hooks = _resolved(types, conv)

    def structure_mapping(v: Any) -> dict[Any, Any]:
        if v.__class__ is not dict:
            raise ValueError(f"expected an object, got {kind_of(v)}")
        key, value = hooks()
        try:
            return {key(k): value(x) for k, x in v.items()}
        except Exception:  # noqa: BLE001 - redone below to report every entry
            pairs = ((k, (k, x)) for k, x in v.items())
            problems = element_problems(lambda p: (key(p[0]), value(p[1])), pairs)
            raise StructureError(problems) from None

    return structure_mapping


# ------------------------------------------------------------------ literals, classes


def is_literal(t: Any) -> bool:
    return get_origin(t) is Literal


def is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def literal_factory(t: Any, conv: LambdaEventsConverter) -> Fn:
    """Exactly one of the literal's values, of the same JSON kind (`true` is not `1`)."""
    return _one_of(get_args(t))


def enum_factory(t: Any, conv: LambdaEventsConverter) -> Fn:
    """One of the enum's values, of the same JSON kind; the message never quotes the input."""
    return _one_of(tuple(t))


def _one_of(options: tuple[Any, ...]) -> Fn:
    allowed: dict[tuple[type, Any], Any] = {}
    for option in options:
        wire = option.value if isinstance(option, enum.Enum) else option
        allowed[(wire.__class__, wire)] = option
    names = ", ".join(repr(k[1]) for k in allowed)
    what = f"one of {names}" if len(names) <= 80 else "one of the allowed values"

    def structure_one_of(v: Any) -> Any:
        try:
            return allowed[(v.__class__, v)]
        except (KeyError, TypeError):
            raise ValueError(f"expected {what}, got another {kind_of(v)}") from None

    return structure_one_of


def is_array(t: Any) -> bool:
    """A tuple or set type: unstructured to a JSON list (cattrs would keep a tuple or set)."""
    return (get_origin(t) or t) in (tuple, set, frozenset, AbstractSet, MutableSet)


def array_unstructure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    args = get_args(t)
    if get_origin(t) is tuple and args and args[-1] is not Ellipsis:
        return conv.gen_unstructure_hetero_tuple(t, unstructure_to=list)
    return conv.gen_unstructure_iterable(t, unstructure_to=list)


def is_user_class(t: Any) -> bool:
    """An attrs class or dataclass of the user's (a payload), not a lambda-events class."""
    origin = get_origin(t) or t
    if not isinstance(origin, type) or is_model(origin):
        return False
    return attrs.has(origin) or dataclasses.is_dataclass(origin)


def class_factory(t: Any, conv: LambdaEventsConverter) -> Fn:
    """cattrs' own hook for the class, given only a JSON object."""
    structure = conv.gen_structure_attrs_fromdict(t)

    def structure_class(v: Any) -> Any:
        if v.__class__ is not dict:
            raise ValueError(f"expected an object, got {kind_of(v)}")
        return structure(v, t)

    return structure_class
