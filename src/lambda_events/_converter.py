"""The converter: hook factories that generate one structure and one unstructure function
per declared class, on first use, from the declarations in `_model`.

Generated functions check primitive values inline (strictly: a number is not a string),
collect every problem with its wire path, keep unknown keys and remember `null` versus
absent. Everything that is not a primitive is delegated to the converter they were
generated for, so a user's `converter.copy()` with its own hooks is honoured.
"""

from __future__ import annotations

import enum
import linecache
import re
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.errors import BaseValidationError

from ._model import EMPTY, Model, WireMemory, wire_keys
from .codecs import Codec
from .errors import Problem, StructureError, kind_of

__all__ = ["LambdaEventsConverter", "make_converter"]

DEFAULT_MAX_DECOMPRESSED_SIZE = 32 * 1024 * 1024
DEFAULT_MAX_DEPTH = 32
_BASE_FIELDS = frozenset({"unknown_keys", "_wire"})
_MISSING = object()
Fn = Callable[[Any], Any]


class LambdaEventsConverter(cattrs.Converter):
    """A cattrs `Converter` that also carries the library's safety limits."""

    __slots__ = ("max_decompressed_size", "max_depth")

    def __init__(
        self,
        *args: Any,
        max_decompressed_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE,
        max_depth: int = DEFAULT_MAX_DEPTH,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_decompressed_size = max_decompressed_size
        self.max_depth = max_depth

    def copy(
        self,
        *args: Any,
        max_decompressed_size: int | None = None,
        max_depth: int | None = None,
        **kwargs: Any,
    ) -> LambdaEventsConverter:
        """A copy with every hook; extend the copy, never the shared converter."""
        res = super().copy(*args, **kwargs)
        res.max_decompressed_size = max_decompressed_size or self.max_decompressed_size
        res.max_depth = max_depth or self.max_depth
        return res


def make_converter(
    *,
    max_decompressed_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> LambdaEventsConverter:
    """A fresh converter with every lambda-events hook registered (generated lazily)."""
    conv = LambdaEventsConverter(max_decompressed_size=max_decompressed_size, max_depth=max_depth)
    structure_factories: list[tuple[Callable[[Any], Any], Any]] = [
        (_is_wire_value, _wire_value_structure_factory),
        (_codec_of, _codec_structure_factory),
        (_open_enum_of, _open_enum_structure_factory),
        (is_model, structure_factory),
        (_is_model_sequence, _model_sequence_structure_factory),
    ]
    unstructure_factories: list[tuple[Callable[[Any], Any], Any]] = [
        (_is_wire_value, _wire_value_unstructure_factory),
        (_codec_of, _codec_unstructure_factory),
        (is_model, unstructure_factory),
    ]
    for predicate, factory in structure_factories:
        conv.register_structure_hook_factory(predicate, factory)
    for predicate, factory in unstructure_factories:
        conv.register_unstructure_hook_factory(predicate, factory)
    for value_type in _wire_value_types():
        # Exact registrations: cattrs would otherwise match `float`/`str`/`int` first.
        conv.register_structure_hook(value_type, _wire_value_structure_factory(value_type))
        conv.register_unstructure_hook(value_type, _wire_value_unstructure_factory(value_type))
    return conv


def _wire_value_types() -> list[type]:
    """Value types that subclass `int`/`float`/`str` (header maps match by predicate)."""
    from . import timestamps

    stamps = [getattr(timestamps, name) for name in timestamps.__all__]
    return [*stamps, timestamps._IntegralEpochSeconds]


# ---------------------------------------------------------------------------- predicates


def is_model(t: Any) -> bool:
    """True for lambda-events classes (and their parameterised generic aliases)."""
    origin = get_origin(t) or t
    return isinstance(origin, type) and issubclass(origin, Model)


def _is_wire_value(t: Any) -> bool:
    return isinstance(t, type) and hasattr(t, "_from_wire") and hasattr(t, "_to_wire")


def _codec_of(t: Any) -> Codec | None:
    for meta in getattr(t, "__metadata__", ()):
        if isinstance(meta, Codec):
            return meta
    return None


def _open_enum_of(t: Any) -> type[enum.Enum] | None:
    if get_origin(t) not in (Union, _UnionType):
        return None
    members = [a for a in get_args(t) if a is not str]
    if len(members) == 1 and len(get_args(t)) == 2:
        cand = members[0]
        if isinstance(cand, type) and issubclass(cand, enum.Enum) and issubclass(cand, str):
            return cand
    return None


_UnionType: Any = getattr(__import__("types"), "UnionType", Union)


# ------------------------------------------------------------------ small hook factories


def _is_model_sequence(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) in _SEQUENCES and len(args) >= 1 and is_model(args[0])


def _model_sequence_structure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    """`list[SomeEvent]` (AppSync batch invokes): every element's problems, with indices."""
    fn = value_structurer(t, conv)
    return lambda v, _t=None: _top_level(fn, v)


def _wire_value_structure_factory(t: Any) -> Any:
    from_wire = t._from_wire

    def structure_wire_value(v: Any, _t: Any = None) -> Any:
        return _top_level(from_wire, v)

    structure_wire_value.direct = from_wire  # type: ignore[attr-defined]
    return structure_wire_value


def _wire_value_unstructure_factory(t: Any) -> Fn:
    def to_wire(value: Any) -> Any:
        try:
            return value._to_wire()
        except AttributeError:  # a plain wire value given by user code
            return value

    return to_wire


def _codec_structure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    codec = _codec_of(t)
    assert codec is not None
    fn = codec.structurer(get_args(t)[0], conv)
    return lambda v, _t=None: _top_level(fn, v)


def _codec_unstructure_factory(t: Any, conv: LambdaEventsConverter) -> Fn:
    codec = _codec_of(t)
    assert codec is not None
    return codec.unstructurer(get_args(t)[0], conv)


def _open_enum_structure_factory(t: Any) -> Any:
    fn = _open_enum_structurer(_open_enum_of(t))  # type: ignore[arg-type]
    return lambda v, _t=None: _top_level(fn, v)


def _top_level(fn: Fn, value: Any) -> Any:
    try:
        return fn(value)
    except StructureError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes the documented error
        raise StructureError(problems_from(exc)) from None


# ----------------------------------------------------------------------------- errors


_CATTRS_PATH = re.compile(r"\.([^.\[]+)|\[(\d+)\]|\[['\"](.*?)['\"]\]")


def _parse_cattrs_path(text: str) -> list[str | int]:
    parts: list[str | int] = []
    for name, index, key in _CATTRS_PATH.findall(text):
        parts.append(int(index) if index else (name or key))
    return parts


def problems_from(exc: BaseException) -> list[Problem]:
    """The problems an exception describes, with paths relative to where it was raised."""
    if isinstance(exc, StructureError):
        return list(exc.problems)
    if isinstance(exc, BaseValidationError):
        out = []
        for line in cattrs.transform_error(exc):
            message, _, where = line.rpartition(" @ $")
            out.append(Problem(_parse_cattrs_path(where), message or line))
        return out
    if isinstance(exc, RecursionError):
        return [Problem((), "nested too deeply")]
    return [Problem((), str(exc) or type(exc).__name__)]


def _failed(problems: list[Problem] | None, key: str, exc: BaseException) -> list[Problem]:
    out = problems if problems is not None else []
    out.extend(p.prefixed((key,)) for p in problems_from(exc))
    return out


def _missing(problems: list[Problem] | None, key: str) -> list[Problem]:
    out = problems if problems is not None else []
    out.append(Problem((key,), "missing required key"))
    return out


def _bad(problems: list[Problem] | None, key: str, value: Any, what: str) -> list[Problem]:
    out = problems if problems is not None else []
    out.append(Problem((key,), f"expected {what}, got {kind_of(value)}"))
    return out


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    raise StructureError.at((), f"expected an object, got {kind_of(value)}")


def _memory(wire: WireMemory | None) -> WireMemory:
    return wire if wire is not None else WireMemory()


def _null(wire: WireMemory | None, key: str) -> WireMemory:
    mem = _memory(wire)
    mem.nulls.add(key)
    return mem


def _absent(wire: WireMemory | None, key: str) -> WireMemory:
    mem = _memory(wire)
    mem.absent.add(key)
    return mem


def _spelled(wire: WireMemory | None, name: str, key: str) -> WireMemory:
    mem = _memory(wire)
    mem.spellings[name] = key
    return mem


def _raw(wire: WireMemory | None, key: str, value: Any, raw: Any) -> WireMemory:
    mem = _memory(wire)
    mem.raws[key] = (value, raw)
    return mem


# --------------------------------------------------------------------- type analysis


_PRIMITIVES: dict[Any, tuple[str, str]] = {
    str: ("v.__class__ is str", "a string"),
    int: ("v.__class__ is int", "an integer"),
    float: ("v.__class__ is float or v.__class__ is int", "a number"),
    bool: ("v.__class__ is bool", "true or false"),
}


def _optional_inner(t: Any) -> tuple[Any, bool]:
    if get_origin(t) in (Union, _UnionType):
        args = get_args(t)
        if type(None) in args:
            rest = tuple(a for a in args if a is not type(None))
            return (rest[0] if len(rest) == 1 else Union[rest]), True  # noqa: UP007
    return t, False


def _substitute(t: Any, mapping: dict[Any, Any]) -> Any:
    if not mapping:
        return t
    if isinstance(t, TypeVar):
        return mapping.get(t, t)
    params = getattr(t, "__parameters__", ())
    if params:
        return t[tuple(mapping.get(p, p) for p in params)]
    return t


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, include_extras=True)


class _Field:
    """One declared field as the generators see it."""

    __slots__ = ("default", "has_default", "keys", "name", "optional", "type")

    def __init__(self, cls: type, attr: attrs.Attribute[Any], mapping: dict[Any, Any]) -> None:
        self.name: str = attr.name
        self.keys: tuple[str, ...] = wire_keys(cls, attr)
        inner, optional = _optional_inner(_substitute(_hints(cls)[attr.name], mapping))
        self.type = inner
        self.has_default = attr.default is not attrs.NOTHING
        self.default = attr.default
        self.optional = optional or (self.has_default and attr.default is None)


def _fields_of(t: Any) -> tuple[type, list[_Field]]:
    origin = get_origin(t) or t
    args = get_args(t) if origin is not t else ()
    mapping = dict(zip(getattr(origin, "__parameters__", ()), args, strict=False))
    fields = [
        _Field(origin, a, mapping) for a in attrs.fields(origin) if a.name not in _BASE_FIELDS
    ]
    return origin, fields


# ------------------------------------------------------------- value structurers


def _identity(v: Any) -> Any:
    return v


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
        try:  # the fast path: no bookkeeping while every element is fine
            return make([item(element) for element in v])
        except Exception:  # noqa: BLE001 - redone below to report every element
            raise StructureError(_element_problems(item, enumerate(v))) from None

    return structure_sequence


def _mapping_structurer(item: Fn) -> Fn:
    def structure_mapping(v: Any) -> Any:
        if v.__class__ is not dict:
            raise ValueError(f"expected an object, got {kind_of(v)}")
        try:  # the fast path: no bookkeeping while every value is fine
            return {key: item(element) for key, element in v.items()}
        except Exception:  # noqa: BLE001 - redone below to report every value
            raise StructureError(_element_problems(item, v.items())) from None

    return structure_mapping


def _element_problems(item: Fn, pairs: Iterable[tuple[Any, Any]]) -> list[Problem]:
    """Every problem of a container's elements, each under its index or key."""
    problems: list[Problem] = []
    for where, element in pairs:
        try:
            item(element)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a problem
            problems.extend(p.prefixed((where,)) for p in problems_from(exc))
    return problems


def _nullable(fn: Fn) -> Fn:
    return lambda v: None if v is None else fn(v)


_SEQUENCES = (tuple, list, Sequence, typing.Sequence)
_MAPPINGS = (dict, Mapping, typing.Mapping)


def value_structurer(t: Any, conv: LambdaEventsConverter) -> Fn:
    """A one-argument function that turns a wire value into a value of type `t`."""
    inner, optional = _optional_inner(t)
    if optional:
        return _nullable(value_structurer(inner, conv))
    if t is Any or t is object or isinstance(t, TypeVar):
        return _identity
    if t in _PRIMITIVES:
        return _primitive_checker(t, _PRIMITIVES[t][1])
    codec = _codec_of(t)
    if codec is not None:
        return codec.structurer(get_args(t)[0], conv)
    enum_cls = _open_enum_of(t)
    if enum_cls is not None:
        return _open_enum_structurer(enum_cls)
    origin, args = get_origin(t), get_args(t)
    if origin in _SEQUENCES and args:
        make = list if origin is list else tuple
        if args[0] in _PRIMITIVES:
            return _primitive_sequence(args[0], _PRIMITIVES[args[0]][1], make)
        return _sequence_structurer(value_structurer(args[0], conv), make)
    if origin in _MAPPINGS and len(args) == 2:
        return _mapping_structurer(value_structurer(args[1], conv))
    return _hook_structurer(t, conv)


def _hook_structurer(t: Any, conv: LambdaEventsConverter) -> Fn:
    """The converter's hook for `t` as a one-argument function, called directly if ours."""
    hook = conv.get_structure_hook(t)
    direct = getattr(hook, "direct", None)
    if direct is not None:
        return direct  # type: ignore[no-any-return]
    return lambda v: hook(v, t)


def value_unstructurer(t: Any, conv: LambdaEventsConverter) -> Fn | None:
    """A function from a value of type `t` to its wire form; None means "as it is"."""
    inner, optional = _optional_inner(t)
    if optional:
        fn = value_unstructurer(inner, conv)
        return None if fn is None else (lambda v: None if v is None else fn(v))
    if isinstance(t, TypeVar):  # an unbound payload: raw JSON, or a typed object
        return conv.unstructure
    if t is Any or t is object or t in _PRIMITIVES:
        return None
    codec = _codec_of(t)
    if codec is not None:
        return codec.unstructurer(get_args(t)[0], conv)
    if _open_enum_of(t) is not None:
        return lambda v: v if v.__class__ is str else v.value
    origin, args = get_origin(t), get_args(t)
    if origin in _SEQUENCES and args:
        item = value_unstructurer(args[0], conv)
        return list if item is None else (lambda v: [item(x) for x in v])
    if origin in _MAPPINGS and len(args) == 2:
        value = value_unstructurer(args[1], conv)
        return dict if value is None else (lambda v: {k: value(x) for k, x in v.items()})
    return conv.get_unstructure_hook(t)


# ------------------------------------------------------------------ code generation


def _compile(name: str, cls: type, lines: list[str], namespace: dict[str, Any]) -> Any:
    """Compile a generated function whose helpers are the globals in `namespace`."""
    source = "\n".join(lines) + "\n"
    filename = f"<lambda_events generated {name} {cls.__module__}.{cls.__qualname__}>"
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - generated hook source
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return namespace[name]


def _missing_lines(f: _Field, i: int, key: str, ns: dict[str, Any]) -> list[str]:
    """Lines (indented 8) for a key that is absent from the wire."""
    if f.has_default and f.optional:
        return [f"        f{i} = None"]
    if f.has_default:
        default: Any = f.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            ns[f"d{i}"] = default.factory
            return [f"        f{i} = d{i}(); wire = _absent(wire, {key})"]
        ns[f"d{i}"] = default
        return [f"        f{i} = d{i}; wire = _absent(wire, {key})"]
    return [f"        problems = _missing(problems, {key}); f{i} = None"]


def _present_lines(
    f: _Field, i: int, key: str, conv: LambdaEventsConverter, ns: dict[str, Any]
) -> list[str]:
    """Lines (indented 8) that turn a present, non-null `v` into `f_i`."""
    if f.type is Any or f.type is object or isinstance(f.type, TypeVar):
        return [f"        f{i} = v"]
    primitive = _PRIMITIVES.get(f.type)
    if primitive is not None:  # the fast path already took the good values
        return [f"        problems = _bad(problems, {key}, v, {primitive[1]!r}); f{i} = None"]
    ns[f"c{i}"] = value_structurer(f.type, conv)
    lines = [
        f"        try: f{i} = c{i}(v)",
        "        except Exception as e:",
        f"            problems = _failed(problems, {key}, e); f{i} = None",
    ]
    codec = _codec_of(f.type)
    if codec is not None and codec.keeps_raw:
        lines += ["        else:", f"            wire = _raw(wire, {key}, f{i}, v)"]
    empty = _empty_container_lines(f, i)
    return [*empty, *("    " + line for line in lines)] if empty else lines


def _empty_container_lines(f: _Field, i: int) -> list[str]:
    """An empty list or object (SQS `stringListValues: []`) skips the container's hook."""
    origin = get_origin(f.type)
    if origin is tuple or origin in (Sequence, typing.Sequence):
        return [f"        if v.__class__ is list and not v: f{i} = ()", "        else:"]
    if origin in _MAPPINGS:
        return [f"        if v.__class__ is dict and not v: f{i} = {{}}", "        else:"]
    return []


def _field_lines(f: _Field, i: int, conv: LambdaEventsConverter, ns: dict[str, Any]) -> list[str]:
    """Look one field up, check or convert it, and record problems under its wire key."""
    key = repr(f.keys[0])
    lines = [f"    v = o.get({key}, _MISSING)"]
    if len(f.keys) > 1:
        lines.insert(0, f"    k{i} = {key}")
        key = f"k{i}"
        for alt in f.keys[1:]:
            lines += [
                "    if v is _MISSING:",
                f"        v = o.get({alt!r}, _MISSING)",
                "        if v is not _MISSING:",
                f"            {key} = {alt!r}; wire = _spelled(wire, {f.name!r}, {key})",
            ]
    primitive = _PRIMITIVES.get(f.type)
    if primitive is not None:  # the common case first: a value of the right type
        lines += [
            f"    if {primitive[0]}:",
            f"        seen += 1; f{i} = v",
            "    elif v is _MISSING:",
        ]
    else:
        lines.append("    if v is _MISSING:")
    lines += _missing_lines(f, i, key, ns)
    if f.optional:
        lines += [
            "    elif v is None:",
            f"        seen += 1; f{i} = None; wire = _null(wire, {key})",
        ]
    lines += ["    else:", "        seen += 1"]
    return lines + _present_lines(f, i, key, conv, ns)


def _strict_lines(conv: LambdaEventsConverter, ns: dict[str, Any]) -> list[str]:
    """With `converter.copy(forbid_extra_keys=True)`, every unknown key is a problem."""
    if not conv.forbid_extra_keys:
        return []
    ns["_unknown_keys"] = _unknown_keys
    return ["    if unknown: problems = _unknown_keys(problems, unknown)"]


def _unknown_keys(problems: list[Problem] | None, unknown: Mapping[str, Any]) -> list[Problem]:
    out = problems if problems is not None else []
    out.extend(Problem((key,), "unknown key (forbid_extra_keys is set)") for key in unknown)
    return out


def _spelling_lines(fields: list[_Field], ns: dict[str, Any]) -> list[str]:
    """A second spelling beside the one that was read is an unknown key: keep it too."""
    ns["_other_spellings"] = _other_spellings
    lines = []
    for i, f in enumerate(fields):
        if len(f.keys) > 1:
            ns[f"ks{i}"] = f.keys
            lines.append(f"        unknown.update(_other_spellings(o, ks{i}, k{i}))")
    return lines


def _other_spellings(raw: dict[str, Any], keys: tuple[str, ...], used: str) -> dict[str, Any]:
    return {key: raw[key] for key in keys if key != used and key in raw}


def structure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    """Generate the structure function of one lambda-events class."""
    cls, fields = _fields_of(t)
    ns: dict[str, Any] = {
        "_cls": cls,
        "_MISSING": _MISSING,
        "_EMPTY": EMPTY,
        "_StructureError": StructureError,
        "_as_dict": _as_dict,
        "_bad": _bad,
        "_failed": _failed,
        "_missing": _missing,
        "_null": _null,
        "_absent": _absent,
        "_raw": _raw,
        "_spelled": _spelled,
        "_KNOWN": frozenset(k for f in fields for k in f.keys),
    }
    lines = [
        "def structure(o, _t=None):",
        "    if o.__class__ is not dict: o = _as_dict(o)",
        "    problems = None",
        "    wire = None",
        "    seen = 0",
    ]
    for i, f in enumerate(fields):
        lines += _field_lines(f, i, conv, ns)
    lines += [
        "    if seen == len(o): unknown = _EMPTY",
        "    else:",
        "        unknown = {k: x for k, x in o.items() if k not in _KNOWN}",
        *_spelling_lines(fields, ns),
        *_strict_lines(conv, ns),
        "    if problems is not None: raise _StructureError(problems, _cls)",
        *_construct_lines(cls, fields, ns),
    ]
    hook = _compile("structure", cls, lines, ns)
    hook.direct = hook
    return hook


def _construct_lines(cls: type, fields: list[_Field], ns: dict[str, Any]) -> list[str]:
    """Build the instance: through `__init__` when the class validates, else slot by slot."""
    validates = hasattr(cls, "__attrs_post_init__") or any(
        a.validator is not None or a.converter is not None for a in attrs.fields(cls)
    )
    if validates or not getattr(cls, "__slots__", None):
        ns["_Problem"] = Problem
        kwargs = "".join(f"{f.name}=f{i}, " for i, f in enumerate(fields))
        return [
            f"    try: return _cls({kwargs}unknown_keys=unknown, _wire=wire)",
            "    except (ValueError, TypeError) as e:",  # a validator refused a value
            "        raise _StructureError([_Problem((), str(e))], _cls) from None",
        ]
    ns["_new"] = object.__new__
    lines = ["    obj = _new(_cls)"]
    names = [(f.name, f"f{i}") for i, f in enumerate(fields)]
    for j, (name, local) in enumerate([*names, ("unknown_keys", "unknown"), ("_wire", "wire")]):
        ns[f"s{j}"] = getattr(cls, name).__set__
        lines.append(f"    s{j}(obj, {local})")
    return [*lines, "    return obj"]


def unstructure_factory(t: Any, conv: LambdaEventsConverter) -> Fn:
    """Generate the unstructure function of one lambda-events class."""
    cls, fields = _fields_of(t)
    ns: dict[str, Any] = {}
    lines = ["def unstructure(obj):", "    wire = obj._wire", "    d = {}"]
    for i, f in enumerate(fields):
        fn = value_unstructurer(f.type, conv)
        ns[f"u{i}"] = fn
        codec = _codec_of(f.type)
        main = f.keys[0]
        if len(f.keys) > 1:
            lines.append(
                f"    k = {main!r} if wire is None else wire.spellings.get({f.name!r}, {main!r})"
            )
        else:
            lines.append(f"    k = {main!r}")
        lines.append(f"    v = obj.{f.name}")
        value = "v" if fn is None else f"u{i}(v)"
        if codec is not None and codec.keeps_raw:
            lines += [
                "    r = None if wire is None else wire.raws.get(k)",
                "    if r is not None and r[0] is v: x = r[1]",
                f"    else: x = {value} if v is not None else None",
            ]
            value = "x"
        if f.optional:
            lines += [
                f"    if v is not None: d[k] = {value}",
                "    elif wire is not None and k in wire.nulls: d[k] = None",
            ]
        elif f.has_default:
            value_default: Any = f.default
            is_factory = isinstance(value_default, attrs.Factory)  # type: ignore[arg-type]
            ns[f"d{i}"] = value_default.factory() if is_factory else value_default
            lines += [
                f"    if wire is None or k not in wire.absent or v != d{i}: d[k] = {value}",
            ]
        else:
            lines.append(f"    d[k] = {value}")
    lines += [
        "    unknown = obj.unknown_keys",
        "    if unknown: d.update(unknown)",
        "    return d",
    ]
    return _compile("unstructure", cls, lines, ns)  # type: ignore[no-any-return]
