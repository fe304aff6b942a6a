"""Partial batch responses for SQS, Kinesis Data Streams and DynamoDB Streams.

With `ReportBatchItemFailures` enabled on the event source mapping, a function answers
`{"batchItemFailures": [{"itemIdentifier": ...}]}`: the SQS `messageId`, or the stream
record's sequence number, of each record that failed. An empty list means every record
succeeded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ._model import Model, field, model
from .errors import ResponseError

if TYPE_CHECKING:
    from .dynamodb import DynamoDBRecord
    from .kinesis import KinesisStreamRecord
    from .sqs import SQSRecord

    BatchRecord = SQSRecord[Any] | KinesisStreamRecord[Any] | DynamoDBRecord

__all__ = ["BatchItemFailure", "PartialBatchResponse", "item_identifier"]


def _check_identifier(_: Any, __: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ResponseError(
            "itemIdentifier must be a non-empty string (Lambda treats an empty or null "
            "identifier as a failure of the whole batch)"
        )


@model
class BatchItemFailure(Model):
    """One failed record: SQS `messageId`, or Kinesis / DynamoDB sequence number."""

    item_identifier: str = field(validator=_check_identifier)


def item_identifier(record: BatchRecord) -> str:
    """The identifier Lambda expects for a failed record of an SQS, Kinesis or DynamoDB batch."""
    from .dynamodb import DynamoDBRecord
    from .kinesis import KinesisStreamRecord
    from .sqs import SQSRecord

    if isinstance(record, SQSRecord):
        return record.message_id
    if isinstance(record, KinesisStreamRecord):
        return record.kinesis.sequence_number
    if isinstance(record, DynamoDBRecord):
        sequence = record.dynamodb.sequence_number
        if sequence is None:
            raise ResponseError(f"DynamoDB record {record.event_id} has no SequenceNumber")
        return sequence
    raise ResponseError(
        f"cannot report a {type(record).__name__} as a batch item failure "
        "(SQS, Kinesis and DynamoDB stream records only)"
    )


@model
class PartialBatchResponse(Model):
    """`{"batchItemFailures": [...]}`: the records of a batch that failed (empty: none).

    Build it from failed records with `from_failed_records`, or add them one by one with
    `add_failure`; each returns a new response.
    """

    batch_item_failures: Sequence[BatchItemFailure] = ()
    state: Mapping[str, Any] | None = None  # a tumbling window's state, carried forward

    @classmethod
    def from_failed_records(cls, records: Iterable[BatchRecord]) -> PartialBatchResponse:
        """A response naming each failed record (duplicates reported once, order kept)."""
        identifiers = dict.fromkeys(item_identifier(r) for r in records)
        return cls.from_identifiers(identifiers)

    @classmethod
    def from_identifiers(cls, identifiers: Iterable[str]) -> PartialBatchResponse:
        """A response naming these identifiers (message ids or sequence numbers)."""
        return cls(
            batch_item_failures=tuple(BatchItemFailure(item_identifier=i) for i in identifiers)
        )

    def add_failure(self, record: BatchRecord) -> PartialBatchResponse:
        """A new response that also names `record` (no change when it is already named)."""
        ident = item_identifier(record)
        if ident in self.item_identifiers:
            return self
        failure = BatchItemFailure(item_identifier=ident)
        return attrs.evolve(self, batch_item_failures=(*self.batch_item_failures, failure))

    @property
    def item_identifiers(self) -> list[str]:
        """The identifiers of the failed records, in order."""
        return [f.item_identifier for f in self.batch_item_failures]

    @property
    def all_succeeded(self) -> bool:
        """True when no record failed."""
        return not self.batch_item_failures
