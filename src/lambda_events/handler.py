"""The handler decorator: structure the incoming dict, unstructure what the handler returns."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = ["event_source"]

E = TypeVar("E")
C = TypeVar("C")


def event_source(
    data_class: type[E], *, converter: LambdaEventsConverter | None = None
) -> Callable[[Callable[[E, C], object]], Callable[[dict[str, Any], C], Any]]:
    """Decorate a Lambda handler that takes a typed event.

    ```python
    @event_source(SQSEvent)
    def lambda_handler(event: SQSEvent, context: LambdaContext) -> None: ...
    ```
    The raw event is structured into `data_class` (a `StructureError` propagates unchanged);
    an attrs return value (a response, or a Cognito event returned whole) is unstructured,
    anything else (a dict, `None`) passes through. The decorated function remains a plain
    Lambda handler `(event: dict, context) -> JSON`.
    """

    def decorate(handler: Callable[[E, C], object]) -> Callable[[dict[str, Any], C], Any]:
        @functools.wraps(handler)
        def lambda_handler(event: dict[str, Any], context: C) -> Any:
            conv = converter if converter is not None else _shared()
            result = handler(conv.structure(event, data_class), context)
            return _to_json(conv, result)

        return lambda_handler

    return decorate


def _shared() -> LambdaEventsConverter:
    from ._payload import shared_converter

    return shared_converter()


def _to_json(conv: LambdaEventsConverter, result: Any) -> Any:
    import attrs

    if attrs.has(type(result)):
        return conv.unstructure(result)
    if isinstance(result, (list, tuple)) and any(attrs.has(type(r)) for r in result):
        return [conv.unstructure(r) for r in result]
    return result
