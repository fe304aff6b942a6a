"""How an event class is declared: the frozen-class decorator, key styles, wire names.

A class says what the data is; the converter reads the declarations made here to decide
how it travels. Nothing in this module knows about cattrs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

import attrs

from . import _redact

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
elif hasattr(__import__("typing"), "dataclass_transform"):
    from typing import dataclass_transform
else:  # Python 3.10: the decorator only informs type checkers

    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        return lambda f: f


__all__ = [
    "EMPTY",
    "KeyStyle",
    "Model",
    "Redaction",
    "WireMemory",
    "field",
    "is_secret",
    "model",
    "redacted",
    "redaction",
    "wire_keys",
]

KeyStyle = Literal["camel", "pascal", "kebab", "snake"]
_C = TypeVar("_C", bound=type)


class _Empty(Mapping[str, Any]):
    """The read-only empty mapping shared by objects without unknown keys; pickled by name."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"

    def __reduce__(self) -> str:
        return "EMPTY"  # the module attribute: pickle and deepcopy keep the singleton


EMPTY: Mapping[str, Any] = _Empty()


class WireMemory:
    """What a structured object remembers about its wire form, outside equality.

    `nulls`: wire keys that were present with `null` (as opposed to absent);
    `spellings`: field name -> the alternative key spelling that came in;
    `absent`: keys of fields with a (non-None) default that were absent on the wire; they
    stay absent on unstructure while the value still equals the default.
    """

    __slots__ = ("absent", "nulls", "spellings")

    def __init__(self) -> None:
        self.absent: set[str] = set()
        self.nulls: set[str] = set()
        self.spellings: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"WireMemory(nulls={self.nulls!r}, spellings={self.spellings!r})"


_REDACT = "redact"
_WIRE = "wire"
_ALT = "alt"
Redaction = Literal["headers", "query", "query_string", "url"]
_POLICIES: dict[str, Callable[[Any], Any]] = {
    "secret": lambda _: _redact.REDACTED,
    "headers": _redact.headers,
    "query": _redact.query,
    "query_string": _redact.query_string,
    "url": _redact.url,
}


def field(
    *,
    wire: str | None = None,
    alt: tuple[str, ...] = (),
    default: Any = attrs.NOTHING,
    factory: Callable[[], Any] | None = None,
    secret: bool = False,
    redact: Redaction | None = None,
    validator: Any = None,
) -> Any:
    """A field whose wire key breaks the class's key style, or whose value is sensitive.

    `wire` names the key exactly; `alt` lists other spellings AWS also uses (the one that
    came in is written back). `secret` hides the whole value in `repr` and the CLI;
    `redact` hides part of it: header values outside the allow-list (`"headers"`), query
    parameter values (`"query"`, `"query_string"`), a URL's query string (`"url"`).
    """
    metadata: dict[str, Any] = {}
    if wire is not None:
        metadata[_WIRE] = wire
    if alt:
        metadata[_ALT] = alt
    if secret or redact:
        metadata[_REDACT] = "secret" if secret else redact
    return attrs.field(default=default, factory=factory, metadata=metadata, validator=validator)


@overload
def model(cls: _C, /) -> _C: ...
@overload
def model(*, case: KeyStyle = "camel") -> Callable[[_C], _C]: ...


@dataclass_transform(
    frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field, field)
)
def model(cls: Any = None, /, *, case: KeyStyle = "camel") -> Any:
    """Declare a frozen, slotted, keyword-only event class with a wire key style."""

    def wrap(c: type) -> type:
        c.__wire_case__ = case  # type: ignore[attr-defined]
        frozen = attrs.frozen(c, kw_only=True, repr=False)
        frozen.__hash__ = _hash  # type: ignore[method-assign,assignment]
        return frozen

    return wrap(cls) if cls is not None else wrap


# Decorated with attrs itself (not `model`) so that mypy's attrs plugin knows every subclass
# is an attrs class (`attrs.evolve`, `attrs.fields`).
@attrs.frozen(kw_only=True, repr=False)
class Model:
    """Base of every lambda-events class: unknown keys and wire memory live here.

    `unknown_keys` holds the wire keys the class does not model, written back on
    unstructure and part of equality. `_wire` remembers `null` versus absent keys and
    alternative spellings; it does not take part in equality, so `{"k": null}` and `{}`
    structure to equal objects that still unstructure to what came in.
    """

    __wire_case__: ClassVar[KeyStyle] = "camel"

    unknown_keys: Mapping[str, Any] = attrs.field(default=EMPTY)
    _wire: WireMemory | None = attrs.field(default=None, eq=False, alias="_wire")

    def __repr__(self) -> str:
        parts = []
        for f in attrs.fields(type(self)):
            if not f.repr or f.name == "_wire":
                continue
            value = getattr(self, f.name)
            if value is None or (f.name == "unknown_keys" and not value):
                continue
            parts.append(f"{f.name}={redacted(f, value)!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


def _hash_part(value: Any) -> int:
    if isinstance(value, (Mapping, AbstractSet)):
        return len(value)  # a mapping equals a dict, a set a frozenset: hash what they share
    try:
        return hash(value)
    except TypeError:  # a list (or a tuple holding a dict) takes part in equality only
        return 0


def _hash(self: Any) -> int:
    """Hash of what the fields share with every value equal to them.

    Equal objects hash equal, so events work in sets and as dict keys although
    `unknown_keys`, header maps and DynamoDB images are mappings.
    """
    parts = [_hash_part(getattr(self, f.name)) for f in attrs.fields(type(self)) if f.eq]
    return hash((type(self), *parts))


Model.__hash__ = _hash  # type: ignore[method-assign]


_WORD = re.compile(r"_+")


def _key_for(name: str, style: KeyStyle) -> str:
    words = [w for w in _WORD.split(name) if w]
    if style == "snake":
        return name
    if style == "kebab":
        return "-".join(words)
    head = words[0] if style == "camel" else words[0][:1].upper() + words[0][1:]
    return head + "".join(w[:1].upper() + w[1:] for w in words[1:])


def wire_keys(cls: type, attr: attrs.Attribute[Any]) -> tuple[str, ...]:
    """The wire keys of one field: the main spelling first, then alternatives."""
    style: KeyStyle = getattr(cls, "__wire_case__", "camel")
    main = attr.metadata.get(_WIRE) or _key_for(attr.name, style)
    return (main, *attr.metadata.get(_ALT, ()))


def redaction(attr: attrs.Attribute[Any]) -> str | None:
    """How a field's value is redacted: `secret`, `headers`, `query`, ... or None."""
    return attr.metadata.get(_REDACT)


def is_secret(attr: attrs.Attribute[Any]) -> bool:
    return redaction(attr) == "secret"


def redacted(attr: attrs.Attribute[Any], value: Any) -> Any:
    """A field's value as `repr` and the CLI may show it (the policy in `_redact`)."""
    policy = attr.metadata.get(_REDACT)
    return value if policy is None else _POLICIES[policy](value)
