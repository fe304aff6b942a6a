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
from ._ahead import shipped
from ._plan import (
    PRIMITIVES,
    Field,
    container_origin,
    fields_of,
    generated,
    generating,
    inline_wire_value,
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
    """The function of this source (shipped compiled, or compiled now) over `namespace`."""
    source = "\n".join(lines) + "\n"
    ahead = shipped(name, t, source, namespace)
    if ahead is not None:
        return ahead
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
    if f.null_is_default:  # the default object itself means "not on the wire"
        ns[f"default_{f.name}"] = f.default
        return [f"        {local} = default_{f.name}"]
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


def _first_branch(f: Field, conv: LambdaEventsConverter, ns: dict[str, Any]) -> list[str]:
    """The common case first: a value of the right kind, taken or built in place."""
    local = f"f_{f.name}"
    primitive = PRIMITIVES.get(f.type)
    if primitive is not None:
        return [
            f"    if {primitive[0]}:",
            f"        seen += 1; {local} = v",
            "    elif v is _MISSING:",
        ]
    inline = inline_wire_value(f.type, conv, f.where)
    if inline is not None:
        ns[f"kind_{f.name}"], ns[f"make_{f.name}"] = inline
        return [
            f"    if v.__class__ is kind_{f.name}:",
            f"        seen += 1; {local} = make_{f.name}(v)",
            "    elif v is _MISSING:",
        ]
    return ["    if v is _MISSING:"]


def _field_lines(f: Field, conv: LambdaEventsConverter, ns: dict[str, Any]) -> list[str]:
    """Look one field up, check or convert it, and record problems under its wire key."""
    key = repr(f.keys[0])
    local = f"f_{f.name}"
    if len(f.keys) == 1 and not f.has_default:  # required: subscripting is the cheap lookup
        lines = [f"    try: v = o[{key}]", "    except KeyError: v = _MISSING"]
    else:
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
    lines += _first_branch(f, conv, ns)
    lines += _missing_lines(f, key, ns)
    if f.optional or f.null_is_default:
        value = f"default_{f.name}" if f.null_is_default else "None"
        lines += [
            "    elif v is None:",
            f"        seen += 1; {local} = {value}; wire = _null(wire, {key})",
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
    """Build the instance with one `__dict__` assignment: reading never runs validators.

    Validators are for objects a user builds; what arrives from AWS is checked for shape
    by the lines above and is otherwise taken as it came (the reading contract).
    """
    ns["_new"] = object.__new__
    ns["_set_dict"] = _dict_setter(cls)
    entries = [f"{f.name!r}: f_{f.name}" for f in fields]
    items = ", ".join([*entries, "'unknown_keys': unknown", "'_wire': wire"])
    return [
        "    obj = _new(_cls)",
        f"    _set_dict(obj, {{{items}}})",
        "    return obj",
    ]


def _dict_setter(cls: type) -> Any:
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get("__dict__")
        if descriptor is not None:
            return descriptor.__set__
    raise TypeError(f"{cls.__name__} instances have no __dict__")


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
    if f.null_is_default:
        ns[f"default_{f.name}"] = f.default
        return [
            f"    if v is not default_{f.name}: d[k] = {value}",
            "    elif wire is not None and k in wire.nulls: d[k] = None",
        ]
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


def _always_written(f: Field) -> bool:
    """A required field with one spelling: its key is always in the output."""
    return len(f.keys) == 1 and not (f.optional or f.has_default or f.null_is_default)


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
    always = [f for f in fields if _always_written(f)]  # one dict display builds these
    entries = []
    for f in always:
        fn = ns[f"unstructure_{f.name}"] = value_unstructurer(f.type, conv)
        read = f"obj.{f.name}"
        entries.append(f"{f.keys[0]!r}: {read if fn is None else f'unstructure_{f.name}({read})'}")
    lines = ["def unstructure(obj):", "    wire = obj._wire", f"    d = {{{', '.join(entries)}}}"]
    for f in fields:
        if f in always:
            continue
        fn = ns[f"unstructure_{f.name}"] = value_unstructurer(f.type, conv)
        value = "v" if fn is None else f"unstructure_{f.name}(v)"
        lines += [_key_line(f), f"    v = obj.{f.name}", *_put_lines(f, value, ns)]
    ns["_EMPTY"], ns["_copy_json"] = EMPTY, copy_json
    lines += [
        "    unknown = obj.unknown_keys",
        "    if unknown is not _EMPTY: d.update(_copy_json(dict(unknown)))",
        "    return d",
    ]
    return _compile("unstructure", t, lines, ns)
