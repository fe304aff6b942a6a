"""What builders of every service share: wire nulls, undeclared keys, compact JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .._model import Model

__all__ = ["compact", "with_nulls", "with_unknown_keys"]

_M = TypeVar("_M", bound="Model")


def compact(value: Any) -> str:
    """`value` as the compact JSON text AWS embeds in events (`{"a":1}`)."""
    return json.dumps(value, separators=(",", ":"))


def _evolved(obj: _M, changes: dict[str, Any]) -> _M:
    import attrs

    return attrs.evolve(obj, **changes)


def with_nulls(obj: _M, *keys: str) -> _M:
    """`obj` writing these wire keys as JSON `null` while unset, the way AWS sends them."""
    from .._model import WireMemory

    memory = WireMemory()
    memory.nulls.update(keys)
    return _evolved(obj, {"_wire": memory})


def with_unknown_keys(obj: _M, keys: Mapping[str, Any]) -> _M:
    """`obj` with wire keys its class does not declare (a Lambda authorizer's context)."""
    return _evolved(obj, {"unknown_keys": dict(keys)})
