"""Type analysis: from a declared type to the functions that move its values.

`fields_of` turns a class into field plans (name, wire keys, type, optional, default);
`value_structurer` / `value_unstructurer` turn one field type into a one-argument function.
Wire types resolve through `codecs.codec_for` only; this is the one place that decides how
a type travels.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

import attrs

from .._json import copy_json
from .._model import Model, is_null_default, wire_keys
from ..codecs import WireValue, codec_for
from ..errors import StructureError, kind_of
from ._problems import element_problems, problems_from

if typing.TYPE_CHECKING:
    from . import LambdaEventsConverter

__all__ = [
    "PRIMITIVES",
    "Field",
    "fields_of",
    "generated",
    "generating",
    "is_model",
    "json_kinds",
    "open_enum_of",
    "optional_inner",
    "value_structurer",
    "value_unstructurer",
]

Fn = Callable[[Any], Any]
BASE_FIELDS = frozenset({"unknown_keys", "_wire"})
_UnionType: Any = getattr(__import__("types"), "UnionType", Union)
_SEQUENCES = (tuple, list, Sequence, typing.Sequence)
_MAPPINGS = (dict, Mapping, typing.Mapping)

PRIMITIVES: dict[Any, tuple[str, str]] = {
    str: ("v.__class__ is str", "a string"),
    int: ("v.__class__ is int", "an integer"),
    float: ("v.__class__ is float or v.__class__ is int", "a number"),
    bool: ("v.__class__ is bool", "true or false"),
}


def is_model(t: Any) -> bool:
    """True for lambda-events classes (and their parameterised generic aliases)."""
    origin = get_origin(t) or t
    return isinstance(origin, type) and issubclass(origin, Model)


def _is_union(t: Any) -> bool:
    return get_origin(t) in (Union, _UnionType)


def optional_inner(t: Any) -> tuple[Any, bool]:
    """`X | None` -> (X, True); anything else -> (t, False)."""
    if _is_union(t):
        args = get_args(t)
        if type(None) in args:
            rest = tuple(a for a in args if a is not type(None))
            return (rest[0] if len(rest) == 1 else Union[rest]), True  # noqa: UP007
    return t, False


def open_enum_of(t: Any) -> type[enum.Enum] | None:
    """The enum of an open enum (`Color | str`), else None."""
    if not _is_union(t):
        return None
    members = [a for a in get_args(t) if a is not str]
    if len(members) == 1 and len(get_args(t)) == 2:
        cand = members[0]
        if isinstance(cand, type) and issubclass(cand, enum.Enum) and issubclass(cand, str):
            return cand
    return None


def json_kinds(t: Any) -> tuple[type, ...]:
    """The JSON kinds (Python classes of decoded JSON) a value of type `t` arrives as."""
    t, _ = optional_inner(t)
    found = codec_for(t)
    if found is not None:
        kinds = getattr(found[0], "kinds", None)
        if kinds:
            return kinds  # type: ignore[no-any-return]
    origin = get_origin(t) or t
    if origin is Literal:
        return tuple({type(v) for v in get_args(t)})
    if _is_union(t):
        return tuple(k for member in get_args(t) for k in json_kinds(member))
    if origin in _SEQUENCES:
        return (list,)
    if origin in _MAPPINGS or is_model(t):
        return (dict,)
    if isinstance(origin, type):
        for base, kinds in ((bool, (bool,)), (int, (int,)), (float, (float, int)), (str, (str,))):
            if issubclass(origin, base):
                return kinds
        if issubclass(origin, Mapping):
            return (dict,)
    return ()


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, include_extras=True)


def _substitute(t: Any, mapping: dict[Any, Any]) -> Any:
    if not mapping:
        return t
    if isinstance(t, TypeVar):
        return mapping.get(t, t)
    params = getattr(t, "__parameters__", ())
    if params:
        return t[tuple(mapping.get(p, p) for p in params)]
    return t


class Field:
    """One declared field as the generators see it."""

    __slots__ = (
        "default",
        "has_default",
        "keys",
        "name",
        "null_is_default",
        "optional",
        "type",
        "where",
    )

    def __init__(self, cls: type, attr: attrs.Attribute[Any], mapping: dict[Any, Any]) -> None:
        self.name: str = attr.name
        self.where = f"{cls.__name__}.{attr.name}"
        self.keys: tuple[str, ...] = wire_keys(cls, attr)
        inner, optional = optional_inner(_substitute(_hints(cls)[attr.name], mapping))
        self.type = inner
        self.has_default = attr.default is not attrs.NOTHING
        self.default = attr.default
        self.optional = optional or (self.has_default and attr.default is None)
        self.null_is_default = is_null_default(attr)


def fields_of(t: Any) -> tuple[type, list[Field]]:
    """The class behind `t` and the plans of its declared fields (base fields excluded)."""
    origin = get_origin(t) or t
    args = get_args(t) if origin is not t else ()
    mapping = dict(zip(getattr(origin, "__parameters__", ()), args, strict=False))
    fields = [Field(origin, a, mapping) for a in attrs.fields(origin) if a.name not in BASE_FIELDS]
    return origin, fields


# ----------------------------------------------------------------- value structurers


def _primitive_checker(t: type, what: str) -> Fn:
    allowed = (int, float) if t is float else (t,)

    def check(v: Any) -> Any:
        if v.__class__ not in allowed:
            raise ValueError(f"expected {what}, got {kind_of(v)}")
        return v

    return check


def _open_enum_structurer(enum_cls: type[enum.Enum]) -> Fn:
    members = enum_cls._value2member_map_

    def open_enum(v: Any) -> Any:
        if v.__class__ is not str:
            raise ValueError(f"expected a string, got {kind_of(v)}")
        return members.get(v, v)

    return open_enum


def _open_literal_structurer(t: Any) -> Fn:
    """Enums are open on input: any value of the literal's JSON kind is accepted."""
    kinds = json_kinds(t)
    names = " or ".join(sorted({_KIND_NAMES.get(k, k.__name__) for k in kinds}))

    def open_literal(v: Any) -> Any:
        if v.__class__ not in kinds:
            raise ValueError(f"expected {names}, got {kind_of(v)}")
        return v

    return open_literal


_KIND_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
_KIND_NAMES.update({list: "a list", dict: "an object"})


def _kind_union_structurer(t: Any, conv: LambdaEventsConverter, where: str) -> Fn:
    """A union whose members arrive as different JSON kinds (a string or a list)."""
    by_kind: dict[type, Fn] = {}
    for member in get_args(t):
        fn = value_structurer(member, conv, where)
        for kind in json_kinds(member):
            by_kind.setdefault(kind, fn)
    names = " or ".join(_KIND_NAMES.get(k, k.__name__) for k in by_kind)

    def structure_union(v: Any) -> Any:
        fn = by_kind.get(v.__class__)
        if fn is None:
            raise ValueError(f"expected {names}, got {kind_of(v)}")
        return fn(v)

    return structure_union


def _primitive_sequence(kind: type, what: str, make: Callable[[Any], Any]) -> Fn:
    allowed = (int, float) if kind is float else (kind,)

    def structure_sequence(v: Any) -> Any:
        if v.__class__ is not list:
            raise ValueError(f"expected a list, got {kind_of(v)}")
        for index, element in enumerate(v):
            if element.__class__ not in allowed:
                raise StructureError.at((index,), f"expected {what}, got {kind_of(element)}")
        return make(v)

    return structure_sequence


def _sequence_structurer(item: Fn, make: Callable[[list[Any]], Any]) -> Fn:
    def structure_sequence(v: Any) -> Any:
        if v.__class__ is not list:
            raise ValueError(f"expected a list, got {kind_of(v)}")
        out: list[Any] = []
        append = out.append
        for index, element in enumerate(v):
            try:
                append(item(element))
            except Exception as exc:  # noqa: BLE001 - every element is reported, each run once
                raise _every_problem(item, exc, index, enumerate(v)) from None
        return make(out)

    return structure_sequence


def _mapping_structurer(item: Fn) -> Fn:
    def structure_mapping(v: Any) -> Any:
        if v.__class__ is not dict:
            raise ValueError(f"expected an object, got {kind_of(v)}")
        out: dict[Any, Any] = {}
        for key, element in v.items():
            try:
                out[key] = item(element)
            except Exception as exc:  # noqa: BLE001 - every value is reported, each run once
                raise _every_problem(item, exc, key, v.items()) from None
        return out

    return structure_mapping


def _every_problem(item: Fn, exc: Exception, failed: Any, pairs: Iterable[Any]) -> StructureError:
    """The first failure's problems, then those of the elements after it (each run once).

    Elements before `failed` already succeeded; running them again would make the error
    path cost double with every level of nesting.
    """
    rest = iter(pairs)
    for where, _ in rest:
        if where == failed:
            break
    first = [p.prefixed((failed,)) for p in problems_from(exc)]
    return StructureError(first + element_problems(item, rest))


def _nullable(fn: Fn) -> Fn:
    return lambda v: None if v is None else fn(v)


def _is_kind_union(t: Any) -> bool:
    """Every member arrives as its own JSON kind (`EpochMillis | IsoTimestamp`)."""
    if open_enum_of(t) is not None:
        return False
    kinds = [json_kinds(member) for member in get_args(t)]
    firsts = [k[0] for k in kinds if k]
    return len(firsts) == len(kinds) and len(set(firsts)) == len(firsts)


def value_structurer(t: Any, conv: LambdaEventsConverter, where: str = "") -> Fn:
    """A one-argument function that turns a wire value into a value of type `t`."""
    inner, optional = optional_inner(t)
    if optional:
        return _nullable(value_structurer(inner, conv, where))
    if t is Any or t is object or isinstance(t, TypeVar):
        return copy_json  # kept as it came, in containers of its own
    if t in PRIMITIVES:
        return _primitive_checker(t, PRIMITIVES[t][1])
    found = codec_for(t)
    if found is not None:
        hook = conv.get_structure_hook(t)
        if not getattr(hook, "wire_codec", False):  # a user's hook on a converter copy
            return lambda v: hook(v, t)
        return found[0].structurer(found[1], conv, where)
    enum_cls = open_enum_of(t)
    if enum_cls is not None:
        return _open_enum_structurer(enum_cls)
    origin, args = get_origin(t), get_args(t)
    if origin is Literal:
        return _open_literal_structurer(t)
    if _is_union(t) and _is_kind_union(t):
        return _kind_union_structurer(t, conv, where)
    if origin in _SEQUENCES and args:
        make = list if origin is list else tuple
        if args[0] in PRIMITIVES:
            return _primitive_sequence(args[0], PRIMITIVES[args[0]][1], make)
        return _sequence_structurer(value_structurer(args[0], conv, where), make)
    if origin in _MAPPINGS and len(args) == 2:
        return _mapping_structurer(value_structurer(args[1], conv, where))
    return _hook_structurer(t, conv)


def inline_wire_value(t: Any, conv: LambdaEventsConverter, where: str) -> tuple[type, Fn] | None:
    """(JSON kind, constructor) when a wire value is built by `cls(v)` from one kind."""
    found = codec_for(t)
    if found is None or not isinstance(t, type) or not issubclass(t, WireValue) or t._kind is None:
        return None
    if not getattr(conv.get_structure_hook(t), "wire_codec", False):
        return None  # a user's hook on a converter copy
    return t._kind, t._bound(where, conv)


# Hooks being generated, by (converter, direction, class): a class that refers back to one
# of them (a tree of itself) gets a hook that resolves on first use instead of recursing.
_GENERATING: set[tuple[int, str, Any]] = set()


def generating(conv: LambdaEventsConverter, direction: str, t: Any) -> tuple[int, str, Any]:
    """Mark the hook of `t` as being generated; pass the key to `generated` when done."""
    key = (id(conv), direction, t)
    _GENERATING.add(key)
    return key


def generated(key: tuple[int, str, Any]) -> None:
    _GENERATING.discard(key)


def _later(resolve: Callable[[], Fn]) -> Fn:
    """A function that looks its hook up on first call (a class that contains itself)."""
    found: list[Fn] = []

    def call(v: Any) -> Any:
        if not found:
            found.append(resolve())
        return found[0](v)

    return call


def _hook_structurer(t: Any, conv: LambdaEventsConverter) -> Fn:
    """The converter's hook for `t` as a one-argument function (ours take one argument)."""
    if (id(conv), "structure", t) in _GENERATING:
        return _later(lambda: _one_argument_hook(t, conv))
    return _one_argument_hook(t, conv)


def _one_argument_hook(t: Any, conv: LambdaEventsConverter) -> Fn:
    hook = conv.get_structure_hook(t)
    if getattr(hook, "one_argument", False):
        return hook  # type: ignore[return-value]
    return lambda v: hook(v, t)


def _union_unstructurer(t: Any, conv: LambdaEventsConverter) -> Fn:
    """Each member's unstructurer, chosen by the value's class."""
    members: list[tuple[type, Fn | None]] = []
    for member in get_args(t):
        origin = get_origin(member) or member
        check = tuple if origin in _SEQUENCES else origin
        if isinstance(check, type):
            members.append((check, value_unstructurer(member, conv)))

    def unstructure_union(v: Any) -> Any:
        for check, fn in members:
            if isinstance(v, check):
                return v if fn is None else fn(v)
        return conv.unstructure(v)

    return unstructure_union


def _json_unstructurer(conv: LambdaEventsConverter) -> Fn:
    """Free-form JSON copied out (any depth); objects inside it unstructured."""
    unstructure = conv.unstructure
    return lambda v: copy_json(v, unstructure)


def value_unstructurer(t: Any, conv: LambdaEventsConverter) -> Fn | None:
    """A function from a value of type `t` to its wire form; None means "as it is"."""
    inner, optional = optional_inner(t)
    if optional:
        fn = value_unstructurer(inner, conv)
        return None if fn is None else (lambda v: None if v is None else fn(v))
    if t is Any or t is object or isinstance(t, TypeVar):  # raw JSON, or an object in it
        return _json_unstructurer(conv)
    if t in PRIMITIVES or get_origin(t) is Literal:
        return None
    found = codec_for(t)
    if found is not None:
        hook = conv.get_unstructure_hook(t)
        if not getattr(hook, "wire_codec", False):  # a user's hook on a converter copy
            return hook
        return found[0].unstructurer(found[1], conv)
    if open_enum_of(t) is not None:
        return lambda v: v if v.__class__ is str else v.value
    origin, args = get_origin(t), get_args(t)
    if _is_union(t):
        return _union_unstructurer(t, conv)
    if origin in _SEQUENCES and args:
        item = value_unstructurer(args[0], conv)
        return list if item is None else (lambda v: [item(x) for x in v])
    if origin in _MAPPINGS and len(args) == 2:
        value = value_unstructurer(args[1], conv)
        return dict if value is None else (lambda v: {k: value(x) for k, x in v.items()})
    if (id(conv), "unstructure", t) in _GENERATING:
        return _later(lambda: conv.get_unstructure_hook(t))
    return conv.get_unstructure_hook(t)


def container_origin(t: Any) -> str | None:
    """`"list"` for tuple/sequence types, `"dict"` for mapping types, else None."""
    origin = get_origin(t)
    if origin is tuple or origin in (Sequence, typing.Sequence):
        return "list"
    if origin in _MAPPINGS:
        return "dict"
    return None
