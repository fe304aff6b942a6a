"""Run a function per record of an SQS, Kinesis or DynamoDB Streams batch.

`process_partial_response` calls your function once per record, catches what it raises, and
returns the `PartialBatchResponse` Lambda expects with `ReportBatchItemFailures` enabled:

- SQS standard queue: every record runs; each failed `messageId` is reported.
- SQS FIFO queue (ARN ends in `.fifo`): stops at the first failure and reports it and every
  later record, so messages of a group are never handled out of order.
- Kinesis and DynamoDB Streams: stops at the first failure and reports its sequence number
  (Lambda checkpoints there and retries from it, so later records would be handled twice).

When every record fails, every identifier (streams: the first record's) is reported and
Lambda retries the whole batch, exactly as if the function had raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .batch import PartialBatchResponse, item_identifier

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter
    from .batch import BatchRecord
    from .codecs import Base64Text
    from .dynamodb import DynamoDBRecord, DynamoDBStreamEvent
    from .kinesis import KinesisStreamEvent, KinesisStreamRecord
    from .sqs import SQSEvent, SQSRecord

__all__ = ["process_partial_response"]

logger = logging.getLogger(__name__)

BodyT = TypeVar("BodyT")
PayloadT = TypeVar("PayloadT")
_Mode = Literal["each", "rest", "first"]


@overload
def process_partial_response(
    event: SQSEvent[BodyT],
    record_handler: Callable[[SQSRecord[BodyT]], object],
    *,
    converter: LambdaEventsConverter | None = None,
) -> PartialBatchResponse: ...
@overload
def process_partial_response(
    event: SQSEvent[str],
    record_handler: Callable[[SQSRecord[str], PayloadT], object],
    *,
    payload: type[PayloadT],
    converter: LambdaEventsConverter | None = None,
) -> PartialBatchResponse: ...
@overload
def process_partial_response(
    event: KinesisStreamEvent[BodyT],
    record_handler: Callable[[KinesisStreamRecord[BodyT]], object],
    *,
    converter: LambdaEventsConverter | None = None,
) -> PartialBatchResponse: ...
@overload
def process_partial_response(
    event: KinesisStreamEvent[Base64Text],
    record_handler: Callable[[KinesisStreamRecord[Base64Text], PayloadT], object],
    *,
    payload: type[PayloadT],
    converter: LambdaEventsConverter | None = None,
) -> PartialBatchResponse: ...
@overload
def process_partial_response(
    event: DynamoDBStreamEvent,
    record_handler: Callable[[DynamoDBRecord], object],
    *,
    converter: LambdaEventsConverter | None = None,
) -> PartialBatchResponse: ...
def process_partial_response(
    event: Any,
    record_handler: Callable[..., object],
    *,
    payload: type[Any] | None = None,
    converter: LambdaEventsConverter | None = None,
) -> PartialBatchResponse:
    """Run `record_handler` per record of an SQS, Kinesis or DynamoDB event; report failures.

    With `payload=Order`, each SQS body / Kinesis data is structured into `Order` first and
    the function is called as `record_handler(record, order)`; a payload that does not fit
    fails that record only. An exception (not `KeyboardInterrupt`/`SystemExit`) fails the
    record and is logged at warning level with the record's identifier and exception type.
    """
    mode = _failure_mode(event, payload)
    failed: list[BatchRecord] = []
    records: Sequence[BatchRecord] = event.records
    for index, record in enumerate(records):
        if _succeeds(record, record_handler, payload, converter):
            continue
        if mode == "each":
            failed.append(record)
            continue
        failed.extend(records[index:] if mode == "rest" else [record])
        break
    return PartialBatchResponse.from_failed_records(failed)


def _failure_mode(event: Any, payload: type[Any] | None) -> _Mode:
    """What a failure reports: itself ("each"), itself and the rest ("rest"), or stops ("first")."""
    from .dynamodb import DynamoDBStreamEvent
    from .kinesis import KinesisStreamEvent
    from .sqs import SQSEvent

    if isinstance(event, SQSEvent):
        fifo = any(r.event_source_arn.endswith(".fifo") for r in event.records)
        return "rest" if fifo else "each"
    if isinstance(event, KinesisStreamEvent):
        if payload is not None and not all(_is_raw_data(r) for r in event.records):
            raise TypeError("payload= needs an unparameterised KinesisStreamEvent")
        return "first"
    if isinstance(event, DynamoDBStreamEvent):
        if payload is not None:
            raise TypeError("payload= applies to SQS bodies and Kinesis data, not DynamoDB")
        return "first"
    raise TypeError(
        f"cannot process a {type(event).__name__} as a batch "
        "(SQSEvent, KinesisStreamEvent and DynamoDBStreamEvent only)"
    )


def _is_raw_data(record: KinesisStreamRecord[Any]) -> bool:
    from .codecs import Base64Text

    return isinstance(record.kinesis.data, Base64Text)


def _succeeds(
    record: BatchRecord,
    record_handler: Callable[..., object],
    payload: type[Any] | None,
    converter: LambdaEventsConverter | None,
) -> bool:
    """Run the function on one record; False (logged) when it or the payload raised."""
    try:
        if payload is None:
            record_handler(record)
        else:
            record_handler(record, _payload_of(record, payload, converter))
    except Exception as exc:  # noqa: BLE001 - one record's failure must not fail the batch
        # the exception's text may quote the record's content: log only its type
        logger.warning("batch record %s failed: %s", item_identifier(record), type(exc).__name__)
        return False
    return True


def _payload_of(record: Any, cls: type[Any], converter: LambdaEventsConverter | None) -> Any:
    """An SQS body or Kinesis data structured into `cls`."""
    from ._payload import structure_json
    from .sqs import SQSRecord

    if isinstance(record, SQSRecord):
        return record.body_as(cls, converter)
    return structure_json(record.kinesis.data_as_bytes(), cls, converter)
