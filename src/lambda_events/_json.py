"""Free-form JSON values (`Any` fields, unknown keys): copied without recursion.

A structured object owns its containers: structure copies the dicts and lists it keeps
as they came, unstructure copies them out, so neither the caller's raw event nor the
output of `unstructure` aliases a frozen object. The copy is iterative (any depth, no
`RecursionError`) and refuses nesting deeper than `MAX_JSON_DEPTH` (a cyclic value built
in code) with `ResponseError`; structuring reports it as a `StructureError` problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import ResponseError

__all__ = ["MAX_JSON_DEPTH", "copy_json"]

MAX_JSON_DEPTH = 10_000
"""Deeper than any JSON `json.loads` accepts by default; a deeper value is cyclic."""

_SCALARS = frozenset({str, int, float, bool, type(None)})


def copy_json(value: Any, leaf: Callable[[Any], Any] | None = None) -> Any:
    """A deep copy of nested dicts and lists; `leaf` converts values JSON has no kind for."""
    kind = value.__class__
    if kind is not dict and kind is not list:
        return value if leaf is None or kind in _SCALARS else leaf(value)
    root = value.copy()
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise ResponseError(f"nested deeper than {MAX_JSON_DEPTH} levels (or cyclic)")
        for key, item in node.items() if node.__class__ is dict else enumerate(node):
            kind = item.__class__
            if kind is dict or kind is list:
                node[key] = item = item.copy()
                stack.append((item, depth + 1))
            elif leaf is not None and kind not in _SCALARS:
                node[key] = leaf(item)
    return root
