"""Builder for AWS Lambda destination records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._ids import arn, iso_now, request_id

if TYPE_CHECKING:
    from .. import LambdaDestinationEvent

__all__ = ["lambda_destination_event"]


def lambda_destination_event(
    request_payload: Any = None,
    *,
    function: str = "my-function",
    error: str | None = "something went wrong",
    attempts: int = 3,
) -> LambdaDestinationEvent:
    """A `LambdaDestinationEvent`: an on-failure record (or on-success when `error` is None)."""
    from .. import (
        LambdaDestinationEvent,
        LambdaDestinationRequestContext,
        LambdaDestinationResponseContext,
    )

    rid = request_id()
    failed = error is not None
    return LambdaDestinationEvent(
        version="1.0",
        timestamp=iso_now(),
        request_context=LambdaDestinationRequestContext(
            request_id=rid,
            function_arn=arn("lambda", f"function:{function}:$LATEST"),
            condition="RetriesExhausted" if failed else "Success",
            approximate_invoke_count=attempts if failed else 1,
        ),
        request_payload=request_payload if request_payload is not None else {"orderId": rid[:8]},
        response_context=LambdaDestinationResponseContext(
            status_code=200,
            executed_version="$LATEST",
            function_error="Unhandled" if failed else None,
        ),
        response_payload=(
            {"errorMessage": error, "errorType": "Exception", "requestId": rid, "stackTrace": []}
            if failed
            else {"ok": True}
        ),
    )
