"""Code generation: one structure and one unstructure function per declared class.

Generated functions check primitive values inline (strictly: a number is not a string),
collect every problem with its wire path, keep unknown keys and remember `null` versus
absent. Everything that is not a primitive is delegated to the functions `_plan` builds
for the converter the code is generated for, so a `converter.copy()` with its own hooks is
honoured. Helpers carry the names of the fields they serve (`structure_body`), and each
function gets its own source filename, so a traceback shows the code that ran.
"""

from __future__ import annotations

import itertools
import linecache
from typing import TYPE_CHECKING, Any, get_args

import attrs

from .._json import copy_json
from .._model import EMPTY, WireMemory
from ..errors import StructureError
from . import _problems
from ._plan import (
    PRIMITIVES,
    Field,
    container_origin,
    fields_of,
    generated,
    generating,
    value_structurer,
    value_unstructurer,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from . import LambdaEventsConverter

__all__ = ["structure_factory", "unstructure_factory"]

_MISSING = object()
_serial = itertools.count(1)


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


def _other_spellings(raw: Mapping[str, Any], keys: tuple[str, ...], used: str) -> dict[str, Any]:
    return {key: raw[key] for key in keys if key != used and key in raw}


_HELPERS: dict[str, Any] = {
    "_MISSING": _MISSING,
    "_EMPTY": EMPTY,
    "_copy_json": copy_json,
    "_StructureError": StructureError,
    "_as_dict": _problems.as_dict,
    "_bad": _problems.bad,
    "_failed": _problems.failed,
    "_missing": _problems.missing,
    "_unknown_keys": _problems.unknown_keys,
    "_null": _null,
    "_absent": _absent,
    "_spelled": _spelled,
    "_other_spellings": _other_spellings,
}


def _describe(t: Any) -> str:
    args = get_args(t)
    cls = fields_of(t)[0]
    name = f"{cls.__module__}.{cls.__qualname__}"
    return f"{name}[{', '.join(getattr(a, '__name__', repr(a)) for a in args)}]" if args else name


def _compile(name: str, t: Any, lines: list[str], namespace: dict[str, Any]) -> Any:
    """Compile a generated function whose helpers are the globals in `namespace`."""
    source = "\n".join(lines) + "\n"
    filename = f"<lambda_events {name} {_describe(t)} #{next(_serial)}>"
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - generated hook source
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    return namespace[name]


# ------------------------------------------------------------------------ structure


def _missing_lines(f: Field, key: str, ns: dict[str, Any]) -> list[str]:
    """Lines (indented 8) for a key that is absent from the wire."""
    local = f"f_{f.name}"
    if f.has_default and f.optional:
        return [f"        {local} = None"]
    if f.has_default:
        default: Any = f.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            ns[f"default_{f.name}"] = default.factory
            return [f"        {local} = default_{f.name}(); wire = _absent(wire, {key})"]
        ns[f"default_{f.name}"] = default
        return [f"        {local} = default_{f.name}; wire = _absent(wire, {key})"]
    return [f"        problems = _missing(problems, {key}); {local} = None"]


def _present_lines(
    f: Field, key: str, conv: LambdaEventsConverter, ns: dict[str, Any]
) -> list[str]:
    """Lines (indented 8) that turn a present, non-null `v` into the field's local."""
    local = f"f_{f.name}"
    primitive = PRIMITIVES.get(f.type)
    if primitive is not None:  # the fast path already took the good values
        return [f"        problems = _bad(problems, {key}, v, {primitive[1]!r}); {local} = None"]
    ns[f"structure_{f.name}"] = value_structurer(f.type, conv, f.where)
    lines = [
        f"        try: {local} = structure_{f.name}(v)",
        "        except Exception as e:",
        f"            problems = _failed(problems, {key}, e); {local} = None",
    ]
    container = container_origin(f.type)
    if container == "list":  # an empty list (SQS `stringListValues: []`) needs no hook
        return [f"        if v.__class__ is list and not v: {local} = ()", "        else:"] + [
            "    " + line for line in lines
        ]
    if container == "dict":
        return [f"        if v.__class__ is dict and not v: {local} = {{}}", "        else:"] + [
            "    " + line for line in lines
        ]
    return lines


def _field_lines(f: Field, conv: LambdaEventsConverter, ns: dict[str, Any]) -> list[str]:
    """Look one field up, check or convert it, and record problems under its wire key."""
    key = repr(f.keys[0])
    local = f"f_{f.name}"
    lines = [f"    v = o.get({key}, _MISSING)"]
    if len(f.keys) > 1:
        lines.insert(0, f"    key_{f.name} = {key}")
        key = f"key_{f.name}"
        for alt in f.keys[1:]:
            lines += [
                "    if v is _MISSING:",
                f"        v = o.get({alt!r}, _MISSING)",
                "        if v is not _MISSING:",
                f"            {key} = {alt!r}; wire = _spelled(wire, {f.name!r}, {key})",
            ]
    primitive = PRIMITIVES.get(f.type)
    if primitive is not None:  # the common case first: a value of the right type
        lines += [
            f"    if {primitive[0]}:",
            f"        seen += 1; {local} = v",
            "    elif v is _MISSING:",
        ]
    else:
        lines.append("    if v is _MISSING:")
    lines += _missing_lines(f, key, ns)
    if f.optional:
        lines += [
            "    elif v is None:",
            f"        seen += 1; {local} = None; wire = _null(wire, {key})",
        ]
    lines += ["    else:", "        seen += 1"]
    return lines + _present_lines(f, key, conv, ns)


def _spelling_lines(fields: list[Field], ns: dict[str, Any]) -> list[str]:
    """A second spelling beside the one that was read is an unknown key: keep it too."""
    lines = []
    for f in fields:
        if len(f.keys) > 1:
            ns[f"keys_{f.name}"] = f.keys
            lines.append(
                f"        unknown.update(_other_spellings(o, keys_{f.name}, key_{f.name}))"
            )
    return lines


def _construct_lines(cls: type, fields: list[Field], ns: dict[str, Any]) -> list[str]:
    """Build the instance slot by slot: reading never runs a constructor's validators.

    Validators are for objects a user builds; what arrives from AWS is checked for shape
    by the lines above and is otherwise taken as it came (the reading contract).
    """
    ns["_new"] = object.__new__
    lines = ["    obj = _new(_cls)"]
    names = [(f.name, f"f_{f.name}") for f in fields]
    for name, local in [*names, ("unknown_keys", "unknown"), ("_wire", "wire")]:
        ns[f"set_{name}"] = getattr(cls, name).__set__
        lines.append(f"    set_{name}(obj, {local})")
    return [*lines, "    return obj"]


def structure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    """Generate the structure function of one lambda-events class."""
    key = generating(conv, "structure", t)
    try:
        return _structure_function(t, conv)
    finally:
        generated(key)


def _structure_function(t: Any, conv: LambdaEventsConverter) -> Any:
    cls, fields = fields_of(t)
    ns: dict[str, Any] = {**_HELPERS, "_cls": cls}
    ns["_KNOWN"] = frozenset(k for f in fields for k in f.keys)
    lines = [
        "def structure(o, _t=None):",
        "    if o.__class__ is not dict: o = _as_dict(o)",
        "    problems = None",
        "    wire = None",
        "    seen = 0",
    ]
    for f in fields:
        lines += _field_lines(f, conv, ns)
    lines += [
        "    if seen == len(o): unknown = _EMPTY",
        "    else:",
        "        unknown = {k: x for k, x in o.items() if k not in _KNOWN}",
        *_spelling_lines(fields, ns),
        "        unknown = _copy_json(unknown)",
    ]
    if conv.forbid_extra_keys:
        lines.append("    if unknown: problems = _unknown_keys(problems, unknown)")
    lines += [
        "    if problems is not None: raise _StructureError(problems, _cls)",
        *_construct_lines(cls, fields, ns),
    ]
    hook = _compile("structure", t, lines, ns)
    hook.one_argument = True
    return hook


# ---------------------------------------------------------------------- unstructure


def _key_line(f: Field) -> str:
    main = f.keys[0]
    if len(f.keys) > 1:
        return f"    k = {main!r} if wire is None else wire.spellings.get({f.name!r}, {main!r})"
    return f"    k = {main!r}"


def _put_lines(f: Field, value: str, ns: dict[str, Any]) -> list[str]:
    if f.optional:
        return [
            f"    if v is not None: d[k] = {value}",
            "    elif wire is not None and k in wire.nulls: d[k] = None",
        ]
    if f.has_default:
        default: Any = f.default
        is_factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        ns[f"default_{f.name}"] = default.factory() if is_factory else default
        return [
            f"    if wire is None or k not in wire.absent or v != default_{f.name}: d[k] = {value}"
        ]
    return [f"    d[k] = {value}"]


def unstructure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    """Generate the unstructure function of one lambda-events class."""
    key = generating(conv, "unstructure", t)
    try:
        return _unstructure_function(t, conv)
    finally:
        generated(key)


def _unstructure_function(t: Any, conv: LambdaEventsConverter) -> Any:
    _, fields = fields_of(t)
    ns: dict[str, Any] = {}
    lines = ["def unstructure(obj):", "    wire = obj._wire", "    d = {}"]
    for f in fields:
        fn = value_unstructurer(f.type, conv)
        ns[f"unstructure_{f.name}"] = fn
        value = "v" if fn is None else f"unstructure_{f.name}(v)"
        lines += [_key_line(f), f"    v = obj.{f.name}", *_put_lines(f, value, ns)]
    ns["_EMPTY"], ns["_copy_json"] = EMPTY, copy_json
    lines += [
        "    unknown = obj.unknown_keys",
        "    if unknown is not _EMPTY: d.update(_copy_json(dict(unknown)))",
        "    return d",
    ]
    return _compile("unstructure", t, lines, ns)
