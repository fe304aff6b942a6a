"""Which class does a raw event belong to: decided from the event's own markers.

The rules are the `_sources.SOURCES` table's, one per event class, mutually exclusive.
Every rule is evaluated; exactly one must match. Detection never tries structuring.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._registry import LAZY_NAMES
from ._sources import SOURCES, record_source
from .errors import QUOTED, DetectionError, quoted

__all__ = ["detect", "detect_name", "parse"]

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

T = TypeVar("T")

Raw = Mapping[str, Any]


RULES: tuple[tuple[str, Callable[[Raw], bool]], ...] = tuple(
    (source.event, source.rule) for source in SOURCES
)


def _seen(raw: Any) -> str:
    """What a message may say of an event: a few keys and its source, each bounded."""
    if not isinstance(raw, Mapping):
        return f"a JSON {type(raw).__name__}"
    keys = ", ".join(_short(str(k)) for k in sorted(map(str, raw))[:12]) or "no keys"
    source = record_source(raw) or raw.get("eventSource") or raw.get("source")
    return f"keys [{keys}]" + (f", source {quoted(source)}" if source else "")


def _short(key: str) -> str:
    return key if len(key) <= QUOTED else key[:QUOTED] + "..."


def detect_name(raw: Any) -> str:
    """The class name for a raw event; `DetectionError` when none or several match."""
    if isinstance(raw, list) and raw:  # a batch (AppSync): its first event decides
        raw = raw[0]
    if not isinstance(raw, Mapping):
        raise DetectionError(f"cannot detect an event class for {_seen(raw)}")
    matches = [name for name, rule in RULES if rule(raw)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DetectionError(f"no event class matches an event with {_seen(raw)}")
    raise DetectionError(f"ambiguous event ({', '.join(matches)}) with {_seen(raw)}")


def detect(raw: Any) -> Any:
    """The class a raw event belongs to (`list[Cls]` for a batch given as a JSON list)."""
    name = detect_name(raw)
    module = LAZY_NAMES.get(name)
    if module is None:
        raise DetectionError(f"{name} is not available in this version of lambda-events")
    cls = getattr(importlib.import_module(module, "lambda_events"), name)
    return list[cls] if isinstance(raw, list) else cls  # type: ignore[valid-type]


@overload
def parse(raw: Any, converter: LambdaEventsConverter | None = None) -> Any: ...
@overload
def parse(raw: Any, converter: LambdaEventsConverter | None = None, *, expect: type[T]) -> T: ...


def parse(raw: Any, converter: Any = None, *, expect: Any = None) -> Any:
    """Detect the class of a raw event and structure it.

    With `expect=SQSEvent` the result is typed, and an event of another class raises
    `DetectionError` instead of being structured.
    """
    from ._payload import shared_converter

    cls = detect(raw)
    if expect is not None and cls is not expect:
        found = getattr(cls, "__name__", str(cls))
        raise DetectionError(f"expected a {expect.__name__} event, got a {found} event")
    conv = converter if converter is not None else shared_converter()
    return conv.structure(raw, cls)
