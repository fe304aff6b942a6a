"""The DynamoDB AttributeValue deserializer: iterative, and the same answers as the recursive one.

`_recursive` below is the former implementation, kept as the oracle: values, problems,
their paths and their order must not change (every bad entry of a map, the first of a list).
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lambda_events import StructureError
from lambda_events.attribute_values import _SCALARS, deserialize, deserialize_map
from lambda_events.errors import Problem, kind_of, quoted

# ---------------------------------------------------------------------- the oracle


def _recursive(av: Any, max_depth: int, depth: int = 0) -> Any:
    if av.__class__ is not dict or len(av) != 1:
        raise ValueError("expected an AttributeValue object with exactly one type key")
    ((kind, value),) = av.items()
    if kind in ("M", "L"):
        if depth >= max_depth:
            raise ValueError(f"nested deeper than {max_depth} levels")
        if kind == "M":
            return _recursive_map(value, max_depth, depth + 1)
        if value.__class__ is not list:
            raise ValueError(f"L: expected a list, got {kind_of(value)}")
        return [_recursive_at(i, item, max_depth, depth + 1) for i, item in enumerate(value)]
    if kind not in _SCALARS:
        raise ValueError(f"unknown AttributeValue type {quoted(kind)}")
    return _SCALARS[kind](value)


def _recursive_at(key: Any, av: Any, max_depth: int, depth: int) -> Any:
    try:
        return _recursive(av, max_depth, depth)
    except StructureError as exc:
        raise exc.prefixed((key,)) from None
    except ValueError as exc:
        raise StructureError.at((key,), str(exc)) from None


def _recursive_map(image: Any, max_depth: int, depth: int = 0) -> dict[str, Any]:
    if image.__class__ is not dict:
        raise ValueError(f"expected an object of AttributeValues, got {kind_of(image)}")
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, av in image.items():
        try:
            out[key] = _recursive_at(key, av, max_depth, depth)
        except StructureError as exc:
            problems.extend(exc.problems)
    if problems:
        raise StructureError(problems)
    return out


def _outcome(fn: Any, *args: Any) -> tuple[Any, ...]:
    try:
        return ("ok", repr(fn(*args)))
    except StructureError as exc:
        return ("problems", [(p.path, p.message) for p in exc.problems])
    except ValueError as exc:
        return ("value error", str(exc))


# ---------------------------------------------------------------------- strategies

_texts = st.text(alphabet="ab1.e-", max_size=4)
_scalars = st.one_of(
    st.builds(lambda v: {"S": v}, st.one_of(_texts, st.integers())),
    st.builds(lambda v: {"N": v}, st.sampled_from(["1", "1e5", "007", "x", "-0", "1" * 39, 5])),
    st.builds(lambda v: {"BOOL": v}, st.one_of(st.booleans(), _texts)),
    st.builds(lambda v: {"NULL": v}, st.booleans()),
    st.builds(lambda v: {"B": v}, st.sampled_from(["AA==", "!!", 3])),
    st.builds(lambda v: {"SS": v}, st.one_of(st.lists(_texts, max_size=3), _texts)),
    st.builds(lambda v: {"NS": v}, st.lists(st.sampled_from(["1", "1.0", "x"]), max_size=3)),
    st.builds(lambda v: {"BS": v}, st.lists(st.sampled_from(["AA==", "?"]), max_size=2)),
    st.sampled_from([{}, {"X": 1}, {"S": "a", "N": "1"}, "not an object", None]),
)
_keys = st.sampled_from(["a", "b", "c", "d"])
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.builds(lambda m: {"M": m}, st.dictionaries(_keys, inner, max_size=3)),
        st.builds(lambda items: {"L": items}, st.lists(inner, max_size=3)),
        st.sampled_from([{"M": "x"}, {"L": "x"}, {"M": []}]),
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(av=_values, max_depth=st.integers(1, 4))
def test_deserialize_gives_the_recursive_answers(av: Any, max_depth: int) -> None:
    assert _outcome(deserialize, av, max_depth) == _outcome(_recursive, av, max_depth)


@settings(max_examples=300, deadline=None)
@given(image=st.dictionaries(_keys, _values, max_size=4), max_depth=st.integers(1, 4))
def test_deserialize_map_gives_the_recursive_answers(image: Any, max_depth: int) -> None:
    expected = _outcome(_recursive_map, image, max_depth)
    assert _outcome(deserialize_map, image, max_depth) == expected


def _nested(levels: int) -> Any:
    av: Any = {"S": "bottom"}
    for index in range(levels):
        av = {"M": {"k": av}} if index % 2 else {"L": [av]}
    return av


def test_nesting_is_followed_without_recursion() -> None:
    deep = sys.getrecursionlimit() * 2
    value = deserialize(_nested(deep), max_depth=deep)
    for _ in range(deep // 2):
        value = value[0]["k"] if isinstance(value, list) else value["k"][0]
    assert value == "bottom"


def test_the_depth_limit_names_the_path() -> None:
    with pytest.raises(StructureError) as info:
        deserialize_map({"a": _nested(5)}, max_depth=3)
    assert [(p.path, p.message) for p in info.value.problems] == [
        (("a", 0, "k", 0), "nested deeper than 3 levels")
    ]
