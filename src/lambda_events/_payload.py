"""Typed access to JSON payloads carried as text, shared by the event modules."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import StructureError

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = ["load_json", "shared_converter", "structure_json"]

T = TypeVar("T")


def shared_converter() -> LambdaEventsConverter:
    """The shared `lambda_events.converter`, created on first use."""
    from . import converter

    return converter


def load_json(text: str | bytes) -> Any:
    """Parse JSON text; malformed text raises `StructureError`."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise StructureError.at((), f"not valid JSON ({exc})") from None


def structure_json(
    text: str | bytes, cls: type[T], converter: LambdaEventsConverter | None = None
) -> T:
    """Parse JSON text and structure it into `cls` with the given (or shared) converter."""
    from ._converter import problems_from

    conv = converter if converter is not None else shared_converter()
    try:
        return conv.structure(load_json(text), cls)
    except StructureError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes the documented error
        raise StructureError(problems_from(exc), cls) from None
