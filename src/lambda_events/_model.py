"""How an event class is declared: the frozen-class decorator, key styles, wire names.

A class says what the data is; the converter reads the declarations made here to decide
how it travels. Nothing in this module knows about cattrs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, overload

import attrs

from . import _redact
from .errors import ResponseError

if TYPE_CHECKING:
    from typing_extensions import Self, dataclass_transform

    from ._converter import LambdaEventsConverter
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
    "checked_by",
    "field",
    "is_null_default",
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
_NULL_IS_DEFAULT = "null_is_default"
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
    converter: Callable[[Any], Any] | None = None,
    null_is_default: bool = False,
) -> Any:
    """A field whose wire key breaks the class's key style, or whose value is sensitive.

    `wire` names the key exactly; `alt` lists other spellings AWS also uses (the one that
    came in is written back). `secret` hides the whole value in `repr` and the CLI;
    `redact` hides part of it: header values outside the allow-list (`"headers"`), query
    parameter values (`"query"`, `"query_string"`), a URL's query string (`"url"`). With
    `null_is_default`, a `null` or absent key (and `None` passed to the constructor) reads as
    `default`, never `None`; `default` itself is written back as it came: absent or `null`.
    `validator` and `converter` run in the constructor only, never when structuring: what
    AWS sends is read as it is, what the user builds is checked (`ResponseError`).
    """
    metadata: dict[str, Any] = {}
    if wire is not None:
        metadata[_WIRE] = wire
    if alt:
        metadata[_ALT] = alt
    if secret or redact:
        metadata[_REDACT] = "secret" if secret else redact
    if null_is_default:
        metadata[_NULL_IS_DEFAULT] = True
    return attrs.field(
        default=default,
        factory=factory,
        metadata=metadata,
        validator=validator,
        converter=converter,
    )


def checked_by(check: Callable[[Any], None]) -> Callable[[Any, Any, Any], None]:
    """A field validator that checks the whole object (attrs runs validators once every field
    is set, so `check` sees them all); for rules that tie several fields together.
    """

    def validate(instance: Any, _attribute: Any, _value: Any) -> None:
        check(instance)

    return validate


@overload
def model(cls: _C, /) -> _C: ...
@overload
def model(*, case: KeyStyle = "camel") -> Callable[[_C], _C]: ...


@dataclass_transform(
    frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field, field)
)
def model(cls: Any = None, /, *, case: KeyStyle = "camel") -> Any:
    """Declare a frozen, keyword-only event class with a wire key style.

    Instances keep their fields in a `__dict__` rather than slots: the converter builds an
    object with one dict assignment (13% fewer instructions per SQS event than slot by
    slot), field reads cost the same, and `functools.cached_property` needs no
    `__getattr__` (attrs adds one to slotted classes, slowing every attribute read).
    """

    def wrap(c: type) -> type:
        c.__wire_case__ = case  # type: ignore[attr-defined]
        built = attrs.frozen(
            c, kw_only=True, repr=False, slots=False, field_transformer=_converters
        )
        built.__setattr__ = _frozen_setattr  # type: ignore[method-assign,assignment]
        built.__hash__ = _hash  # type: ignore[method-assign,assignment]
        return built

    return wrap(cls) if cls is not None else wrap


def _converters(cls: type, attributes: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """Constructor conversions: sequences become tuples, `None` the default where declared.

    They run in `__init__` only; structuring sets slots directly and never pays for them.
    """
    out = []
    for a in attributes:
        if a.metadata.get(_NULL_IS_DEFAULT):
            a = a.evolve(converter=_default_for_none(a.default))
        elif a.converter is None and _is_sequence_annotation(a.type):
            where = f"{cls.__name__}.{a.name} ({wire_keys(cls, a)[0]})"
            a = a.evolve(converter=_tuple_of(where))
        out.append(a)
    return out


def _is_sequence_annotation(annotation: Any) -> bool:
    """`tuple[X, ...]` or `Sequence[X]`, optionally `| None` (a string under PEP 563)."""
    text = annotation if isinstance(annotation, str) else ""
    text = text.removesuffix(" | None")
    if not text.startswith(("tuple[", "Sequence[")) or not text.endswith("]"):
        return False
    depth = 0
    for index, ch in enumerate(text):
        depth += (ch == "[") - (ch == "]")
        if depth == 0 and index != len(text) - 1 and ch == "]":
            return False  # `tuple[str] | list[str]`: more than one sequence
    return True


def _tuple_of(where: str) -> Callable[[Any], Any]:
    def to_tuple(value: Any) -> Any:
        if value is None or value.__class__ is tuple:
            return value
        if isinstance(value, (str, bytes, bytearray, Mapping, Model)) or not hasattr(
            value, "__iter__"
        ):
            hint = " (put one item in a list)" if isinstance(value, str) else ""
            raise ResponseError(f"{where}: expected a list, got {type(value).__name__}{hint}")
        return tuple(value)

    return to_tuple


def _default_for_none(default: Any) -> Callable[[Any], Any]:
    return lambda value: default if value is None else value


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    """attrs' frozen `__setattr__`, with a message that says what to do instead."""
    error = attrs.exceptions.FrozenInstanceError()
    error.msg = (
        f"{type(self).__name__} is frozen: cannot set {name!r}; build a changed copy with "
        f"attrs.evolve(obj, {name}=...)"
    )
    if ".cognito." in type(self).__module__:
        error.msg += (
            f" (a trigger returns attrs.evolve(event, response=attrs.evolve(event.response, "
            f"{name}=...)))"
        )
    error.args = (error.msg,)
    raise error


# Decorated with attrs itself (not `model`) so that mypy's attrs plugin knows every subclass
# is an attrs class (`attrs.evolve`, `attrs.fields`).
@attrs.frozen(kw_only=True, repr=False, slots=False)
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

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        if len(args) == 1 and isinstance(args[0], Mapping):
            name = cls.__name__
            raise TypeError(
                f"{name}(raw) is not supported (fields are keyword-only): use "
                f"{name}.from_dict(raw) or converter.structure(raw, {name})"
            )
        return super().__new__(cls)

    @classmethod
    def from_dict(
        cls, raw: Mapping[str, Any], converter: LambdaEventsConverter | None = None
    ) -> Self:
        """`raw` (a wire dict) structured into this class (with the shared converter)."""
        from ._payload import shared_converter

        return (converter or shared_converter()).structure(raw, cls)

    @property
    def raw_event(self) -> dict[str, Any]:
        """The wire dict of this object (Powertools' `raw_event`; a new dict on every read)."""
        from ._payload import to_json_dict

        return to_json_dict(self)

    def __getitem__(self, key: str) -> Any:
        """The value of one wire key, as AWS sent it (`event["Records"]`)."""
        return self.raw_event[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of one wire key, or `default` (`event.get("headers")`)."""
        return self.raw_event.get(key, default)

    # Powertools' data classes are read-only Mappings over the event dict; these read
    # `raw_event` when called (structuring pays nothing for them).

    def __contains__(self, key: object) -> bool:
        """Whether the wire dict has `key` (`"headers" in event`)."""
        return key in self.raw_event

    def __iter__(self) -> Iterator[str]:
        """The wire keys, as `dict(event)` and `for key in event` read them."""
        return iter(self.raw_event)

    def __len__(self) -> int:
        """How many keys the wire dict has."""
        return len(self.raw_event)

    def __bool__(self) -> bool:
        """Always true, even without keys: an absent part reads `None`, not an empty object."""
        return True

    def keys(self) -> KeysView[str]:
        """The wire dict's keys."""
        return self.raw_event.keys()

    def values(self) -> ValuesView[Any]:
        """The wire dict's values, as AWS sent them."""
        return self.raw_event.values()

    def items(self) -> ItemsView[str, Any]:
        """The wire dict's `(key, value)` pairs, as AWS sent them."""
        return self.raw_event.items()

    def asdict(self) -> dict[str, Any]:
        """The exact JSON AWS expects (Powertools' `asdict()` of a response)."""
        return self.raw_event

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


def is_null_default(attr: attrs.Attribute[Any]) -> bool:
    """Whether `null` (or absence) on the wire reads as the field's default."""
    return bool(attr.metadata.get(_NULL_IS_DEFAULT))
