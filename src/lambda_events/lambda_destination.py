"""AWS Lambda destinations: the record of an asynchronous invocation or a failed batch.

Lambda sends it to an on-success / on-failure destination (SQS, SNS, EventBridge, another
function). As an SQS or SNS body or an EventBridge `detail` it is a typed payload:
`SQSEvent[LambdaDestinationEvent]`. Stream on-failure records carry the batch position
(`DDBStreamBatchInfo`, `KinesisBatchInfo`) instead of the request payload.
"""

from __future__ import annotations

from typing import Any

from ._model import Model, field, model
from .enums import StrEnum
from .timestamps import IsoTimestamp

__all__ = [
    "LambdaDestinationCondition",
    "LambdaDestinationEvent",
    "LambdaDestinationRequestContext",
    "LambdaDestinationResponseContext",
    "LambdaDestinationStreamBatchInfo",
]


class LambdaDestinationCondition(StrEnum):
    """Why the record was sent."""

    SUCCESS = "Success"
    RETRIES_EXHAUSTED = "RetriesExhausted"
    EVENT_AGE_EXCEEDED = "EventAgeExceeded"
    RETRY_ATTEMPTS_EXHAUSTED = "RetryAttemptsExhausted"
    MAXIMUM_RECORD_AGE_EXCEEDED = "MaximumRecordAgeExceeded"
    MAXIMUM_PAYLOAD_SIZE_EXCEEDED = "MaximumPayloadSizeExceeded"


@model
class LambdaDestinationRequestContext(Model):
    """The invocation: request id, function ARN, condition and how often it was tried."""

    request_id: str
    function_arn: str
    condition: LambdaDestinationCondition | str
    approximate_invoke_count: int


@model
class LambdaDestinationResponseContext(Model):
    """The function's answer: status code, version run, and `functionError` when it failed."""

    status_code: int
    executed_version: str
    function_error: str | None = None


@model
class LambdaDestinationStreamBatchInfo(Model):
    """The failed batch of a stream source: shard, sequence numbers and arrival times."""

    shard_id: str
    start_sequence_number: str
    end_sequence_number: str
    approximate_arrival_of_first_record: IsoTimestamp
    approximate_arrival_of_last_record: IsoTimestamp
    batch_size: int
    stream_arn: str


@model
class LambdaDestinationEvent(Model):
    """AWS Lambda destinations: an invocation record (`requestPayload`, `responsePayload`)."""

    version: str
    timestamp: IsoTimestamp
    request_context: LambdaDestinationRequestContext
    response_context: LambdaDestinationResponseContext
    request_payload: Any = None
    response_payload: Any = None
    ddb_stream_batch_info: LambdaDestinationStreamBatchInfo | None = field(
        wire="DDBStreamBatchInfo", default=None
    )
    kinesis_batch_info: LambdaDestinationStreamBatchInfo | None = field(
        wire="KinesisBatchInfo", default=None
    )

    @property
    def is_success(self) -> bool:
        """True for an on-success record."""
        return self.request_context.condition == LambdaDestinationCondition.SUCCESS

    @property
    def error_message(self) -> str | None:
        """`errorMessage` of a failed invocation's response payload, if any."""
        payload = self.response_payload
        message = payload.get("errorMessage") if isinstance(payload, dict) else None
        return message if isinstance(message, str) else None
