"""Hypothesis strategies for every lambda-events class (requires `hypothesis`).

```python
from hypothesis import given, strategies as st
import lambda_events.strategies  # registers a strategy for every class

@given(st.from_type(SQSEvent))
def test_handler(event): ...
```
Strategies are derived from the class declarations, so they follow every field rule; the
objects they generate unstructure to JSON-serializable events. Importing this module
registers them with `st.register_type_strategy`.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from ._converter import _codec_of, _open_enum_of, _optional_inner, is_model
from ._registry import LAZY_NAMES
from .attribute_values import AttributeValueMap
from .headers import Headers, MultiValueHeaders
from .timestamps import (
    EpochMicrosText,
    EpochMillis,
    EpochMillisText,
    EpochSeconds,
    HttpDate,
    IsoTimestamp,
)

__all__ = ["json_values", "model_classes", "register_all", "strategy_for"]

_text = st.text(max_size=12)
_keys = st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=8)
_MS = 4_102_444_800_000  # year 2100
_moments = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1))

json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | _text
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=6,
)
"""Any JSON value."""

_dynamo_scalar = (
    _text
    | st.decimals(
        allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**9
    )
    | st.binary(max_size=8)
    | st.booleans()
    | st.none()
)
_dynamo_value = st.recursive(
    _dynamo_scalar
    | st.frozensets(_text, min_size=1, max_size=3)
    | st.frozensets(st.integers(-1000, 1000).map(Decimal), min_size=1, max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=6,
)

_WIRE_VALUES: dict[Any, st.SearchStrategy[Any]] = {
    EpochSeconds: st.floats(0, 4e9).map(EpochSeconds),
    EpochMillis: st.integers(0, _MS).map(EpochMillis),
    EpochMillisText: st.integers(0, _MS).map(EpochMillisText),
    EpochMicrosText: st.integers(0, _MS * 1000).map(EpochMicrosText),
    IsoTimestamp: _moments.map(
        lambda d: IsoTimestamp(d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")
    ),
    HttpDate: _moments.map(lambda d: HttpDate(d.strftime("%d/%b/%Y:%H:%M:%S +0000"))),
    Headers: st.dictionaries(_keys, _text, max_size=3).map(Headers),
    MultiValueHeaders: st.dictionaries(
        _keys, st.lists(_text, max_size=2).map(tuple), max_size=3
    ).map(MultiValueHeaders),
}


def strategy_for(t: Any) -> st.SearchStrategy[Any]:
    """A strategy for values of a field type, following the library's wire rules."""
    inner, optional = _optional_inner(t)
    if optional:
        return st.none() | strategy_for(inner)
    if t is Any or t is object or isinstance(t, TypeVar):
        return json_values
    if t is str:
        return _text
    if t is bool:
        return st.booleans()
    if t is int:
        return st.integers(-(2**53), 2**53)
    if t is float:
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**31), 2**31)
    if t in _WIRE_VALUES:
        return _WIRE_VALUES[t]
    if t == AttributeValueMap:
        return st.dictionaries(_keys, _dynamo_value, max_size=3)
    codec = _codec_of(t)
    if codec is not None:
        return _codec_strategy(t)
    enum_cls = _open_enum_of(t)
    if enum_cls is not None:
        return st.sampled_from(list(enum_cls)) | _text.filter(lambda s: s not in _values(enum_cls))
    origin, args = get_origin(t), get_args(t)
    if origin in (tuple, Sequence, list) and args:
        items = st.lists(strategy_for(args[0]), max_size=2)
        return items if origin is list else items.map(tuple)
    if origin in (Mapping, dict) and len(args) == 2:
        return st.dictionaries(_keys, strategy_for(args[1]), max_size=2)
    if origin is Union:
        return st.one_of([strategy_for(a) for a in args])
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return st.sampled_from(list(t))
    if is_model(t):
        return st.deferred(lambda: _model_strategy(t))
    return st.from_type(t)


def _values(enum_cls: type[enum.Enum]) -> set[Any]:
    return {m.value for m in enum_cls}


def _codec_strategy(t: Any) -> st.SearchStrategy[Any]:
    target = get_args(t)[0]
    codec = type(_codec_of(t)).__name__
    if target is bytes:
        return st.binary(max_size=16)
    if isinstance(target, TypeVar) or target is str:
        if codec == "_Base64Payload":
            return st.binary(max_size=16)
        return _text if codec == "_JsonText" or target is str else json_values
    return strategy_for(target)


def _model_strategy(cls: Any) -> st.SearchStrategy[Any]:
    origin = get_origin(cls) or cls
    hints = get_type_hints(origin, include_extras=True)
    fields = {
        a.name: strategy_for(hints[a.name])
        for a in attrs.fields(origin)
        if a.name not in ("unknown_keys", "_wire") and a.init
    }

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        values = {name: draw(strategy) for name, strategy in fields.items()}
        try:
            return origin(**values)
        except (ValueError, TypeError):  # a response validator refused the combination
            assume(False)

    return build()


def model_classes() -> list[type]:
    """Every public lambda-events model class."""
    out = []
    for name, module in sorted(LAZY_NAMES.items()):
        value = getattr(importlib.import_module(module, "lambda_events"), name)
        if (
            isinstance(value, type)
            and is_model(value)
            and value.__module__ != "lambda_events._model"
        ):
            out.append(value)
    return out


def register_all() -> None:
    """Register a strategy for every model class (`st.from_type(SQSEvent)` then works)."""
    for cls in model_classes():
        st.register_type_strategy(cls, _model_strategy(cls))


register_all()
