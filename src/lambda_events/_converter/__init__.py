"""The converter: a cattrs `Converter` with the library's hooks and safety limits.

Split by concern: `_plan` (type -> field plans and value functions), `_codegen` (plans ->
generated structure/unstructure functions), `_problems` (problems with wire paths),
`_strict` (strict hooks for the user's own payload types: nothing is coerced), `_ahead`
(hooks shipped compiled). Hooks are generated per class on first use, for the converter that
asks, so a user's `converter.copy()` with its own hooks is honoured; a library class whose
generated source is shipped compiled takes that code instead of compiling it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, get_args, get_origin

import cattrs

from ..codecs import WireValue, codec_for
from ..errors import quoted
from ._codegen import structure_factory, unstructure_factory
from ._plan import is_model, open_enum_of, optional_inner, value_structurer
from ._problems import problems_from, top_level
from ._strict import (
    STRICT_PRIMITIVES,
    array_unstructure_factory,
    class_factory,
    container_factory,
    enum_factory,
    is_array,
    is_container,
    is_enum,
    is_literal,
    is_user_class,
    literal_factory,
)

__all__ = [
    "DEFAULT_MAX_DECOMPRESSED_SIZE",
    "DEFAULT_MAX_DEPTH",
    "LambdaEventsConverter",
    "is_model",
    "make_converter",
    "open_enum_of",
    "optional_inner",
    "problems_from",
]

DEFAULT_MAX_DECOMPRESSED_SIZE = 32 * 1024 * 1024
DEFAULT_MAX_DEPTH = 32


def _limit(name: str, value: Any) -> int:
    if value.__class__ is not int or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {quoted(value)}")
    return int(value)


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
        self.max_decompressed_size = _limit("max_decompressed_size", max_decompressed_size)
        self.max_depth = _limit("max_depth", max_depth)

    def copy(
        self,
        *args: Any,
        max_decompressed_size: int | None = None,
        max_depth: int | None = None,
        **kwargs: Any,
    ) -> LambdaEventsConverter:
        """A copy with every hook; extend the copy, never the shared converter."""
        res = super().copy(*args, **kwargs)
        if max_decompressed_size is not None:
            res.max_decompressed_size = _limit("max_decompressed_size", max_decompressed_size)
        if max_depth is not None:
            res.max_depth = _limit("max_depth", max_depth)
        return res


def make_converter(
    *,
    max_decompressed_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> LambdaEventsConverter:
    """A fresh converter with every lambda-events hook registered (generated lazily)."""
    conv = LambdaEventsConverter(max_decompressed_size=max_decompressed_size, max_depth=max_depth)
    for kind, check in STRICT_PRIMITIVES.items():
        conv.register_structure_hook(kind, check)
    for predicate, factory in _USER_FACTORIES:  # registered first: ours below take precedence
        conv.register_structure_hook_factory(predicate, factory)
    # Value types subclass str/int/float, whose class hooks cattrs would match first.
    conv.register_structure_hook(WireValue, _structure_wire_value)
    conv.register_unstructure_hook(WireValue, _unstructure_wire_value)
    for predicate, factory in _STRUCTURE_FACTORIES:
        conv.register_structure_hook_factory(predicate, factory)
    for predicate, factory in _UNSTRUCTURE_FACTORIES:
        conv.register_unstructure_hook_factory(predicate, factory)
    return conv


# -------------------------------------------------------------- hook factories


def _is_wire_type(t: Any) -> bool:
    return codec_for(t) is not None


def _is_open_enum(t: Any) -> bool:
    return open_enum_of(t) is not None


def _is_model_sequence(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) in (list, tuple, Sequence) and bool(args) and is_model(args[0])


def _one_argument(fn: Callable[[Any], Any]) -> Any:
    def structure(value: Any, _t: Any = None) -> Any:
        return top_level(fn, value)

    structure.one_argument = True  # type: ignore[attr-defined]
    return structure


def _model_sequence_structure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    """`list[SomeEvent]` (AppSync batch invokes): every element's problems, with indices."""
    return _one_argument(value_structurer(t, conv))


def _structure_wire_value(value: Any, t: Any) -> Any:
    return top_level(t._from_wire, value)


def _unstructure_wire_value(value: Any) -> Any:
    return value._to_wire()


_structure_wire_value.wire_codec = True  # type: ignore[attr-defined]
_unstructure_wire_value.wire_codec = True  # type: ignore[attr-defined]


def _wire_structure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    found = codec_for(t)
    assert found is not None
    hook = _one_argument(found[0].structurer(found[1], conv))
    hook.wire_codec = True
    return hook


def _wire_unstructure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    found = codec_for(t)
    assert found is not None
    fn = found[0].unstructurer(found[1], conv)

    def unstructure(value: Any) -> Any:
        return fn(value)

    unstructure.wire_codec = True  # type: ignore[attr-defined]
    return unstructure


def _open_enum_structure_factory(t: Any, conv: LambdaEventsConverter) -> Any:
    return _one_argument(value_structurer(t, conv))


def _strict_factory(make: Callable[[Any, Any], Callable[[Any], Any]]) -> Any:
    """A factory of strict hooks for the user's own types (payload classes and containers)."""

    def factory(t: Any, conv: LambdaEventsConverter) -> Any:
        return _one_argument(make(t, conv))

    return factory


_Factories = list[tuple[Callable[[Any], bool], Any]]
_USER_FACTORIES: _Factories = [
    (is_container, _strict_factory(container_factory)),
    (is_literal, _strict_factory(literal_factory)),
    (is_enum, _strict_factory(enum_factory)),
    (is_user_class, _strict_factory(class_factory)),
]
_STRUCTURE_FACTORIES: _Factories = [
    (_is_wire_type, _wire_structure_factory),
    (_is_open_enum, _open_enum_structure_factory),
    (is_model, structure_factory),
    (_is_model_sequence, _model_sequence_structure_factory),
]
_UNSTRUCTURE_FACTORIES: _Factories = [
    (is_array, array_unstructure_factory),  # first: the library's hooks take precedence
    (_is_wire_type, _wire_unstructure_factory),
    (is_model, unstructure_factory),
]
