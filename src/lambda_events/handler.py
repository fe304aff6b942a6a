"""The handler decorator: structure the incoming dict, unstructure what the handler returns."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, get_origin

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = ["event_source"]

E = TypeVar("E")
C = TypeVar("C")


def event_source(
    data_class: type[E], *, converter: LambdaEventsConverter | None = None
) -> Callable[[Callable[[E, C], object]], Callable[[dict[str, Any] | E, C], Any]]:
    """Decorate a Lambda handler that takes a typed event.

    ```python
    @event_source(SQSEvent)
    def lambda_handler(event: SQSEvent, context: LambdaContext) -> None: ...
    ```
    The raw event is structured into `data_class`; an instance of the class (a test builder's
    event) is passed as it is. A `StructureError` names the class first (`SQSEvent:
    Records[0].messageId: missing required key`). Response objects in what the handler
    returns (the value itself, or inside a dict or list) are unstructured; anything else
    passes through. The decorated function remains a plain Lambda handler.
    """

    def decorate(handler: Callable[[E, C], object]) -> Callable[[dict[str, Any] | E, C], Any]:
        @functools.wraps(handler)
        def lambda_handler(event: dict[str, Any] | E, context: C) -> Any:
            conv = converter if converter is not None else _shared()
            result = handler(_typed(conv, event, data_class), context)
            _warn_if_custom_resource_response(result)
            return _to_json(conv, result)

        return lambda_handler

    return decorate


def _shared() -> LambdaEventsConverter:
    from ._payload import shared_converter

    return shared_converter()


def _typed(conv: LambdaEventsConverter, event: Any, data_class: type[E]) -> E:
    """The event as `data_class`: an instance as it is, a raw dict structured.

    A `StructureError` names the class at the start of its message.
    """
    from .errors import StructureError

    if isinstance(event, get_origin(data_class) or data_class):
        return event
    try:
        return conv.structure(event, data_class)
    except StructureError as exc:
        name = getattr(get_origin(data_class) or data_class, "__name__", repr(data_class))
        exc.args = (f"{name}: {exc}",)
        raise


def _to_json(conv: LambdaEventsConverter, result: Any) -> Any:
    """`result` with every attrs object in it (at any depth of dicts and lists) unstructured."""
    import attrs

    if attrs.has(type(result)):
        return conv.unstructure(result)
    if isinstance(result, dict):
        return {k: _to_json(conv, v) for k, v in result.items()}
    if isinstance(result, (list, tuple)):
        return [_to_json(conv, r) for r in result]
    return result


def _warn_if_custom_resource_response(result: Any) -> None:
    import sys

    module = sys.modules.get(f"{__package__}.cloudformation")  # loaded if result is one
    if module is None or not isinstance(result, module.CloudFormationCustomResourceResponse):
        return
    import warnings

    warnings.warn(
        "CloudFormation ignores a custom resource's return value and waits (up to an hour) "
        "for the response at the event's ResponseURL: call "
        "send_custom_resource_response(event, response)",
        UserWarning,
        stacklevel=3,
    )
