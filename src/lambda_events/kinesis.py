"""Amazon Kinesis Data Streams records delivered to Lambda."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._model import Model, field, model
from ._payload import Base64DataAccessors
from .codecs import Base64Payload, Base64Text
from .timestamps import EpochSeconds
from .windows import TumblingWindow, WindowedBatch

if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVar

    from ._converter import LambdaEventsConverter
    from .cloudwatch_logs import CloudWatchLogsDecodedData

    DataT = _TypeVar("DataT", default=Base64Text)
else:
    DataT = TypeVar("DataT")

__all__ = [
    "KinesisStreamEvent",
    "KinesisStreamRecord",
    "KinesisStreamRecordPayload",
    "KinesisStreamWindow",
    "extract_cloudwatch_logs_from_event",
    "extract_cloudwatch_logs_from_record",
]

KinesisStreamWindow = TumblingWindow


@model
class KinesisStreamRecordPayload(Base64DataAccessors, Model, Generic[DataT]):
    """The `kinesis` part of a record; `data` is base64 text (or `DataT` when typed)."""

    kinesis_schema_version: str
    partition_key: str
    sequence_number: str
    data: Base64Payload[DataT]
    approximate_arrival_timestamp: EpochSeconds
    encryption_type: str | None = None

    def cloudwatch_logs(
        self, converter: LambdaEventsConverter | None = None
    ) -> CloudWatchLogsDecodedData:
        """CloudWatch Logs delivered through this stream, decoded and typed."""
        from .cloudwatch_logs import decode_cloudwatch_logs

        return decode_cloudwatch_logs(
            self.data_as_bytes(), converter, "KinesisStreamRecordPayload.data"
        )


@model
class KinesisStreamRecord(Model, Generic[DataT]):
    """One Kinesis record with its event-source metadata."""

    kinesis: KinesisStreamRecordPayload[DataT]
    event_source: str
    event_version: str
    event_id: str = field(wire="eventID")
    event_name: str
    invoke_identity_arn: str
    aws_region: str
    event_source_arn: str = field(wire="eventSourceARN")


@model
class KinesisStreamEvent(WindowedBatch, Generic[DataT]):
    """Amazon Kinesis Data Streams: a batch of records (with tumbling-window fields).

    `KinesisStreamEvent[Order]` structures every record's base64 JSON `data` into `Order`;
    a record that does not fit raises `StructureError` with the path into it
    (`Records[0].kinesis.data.customer.id: ...`). Byte-exact round trips apply to the
    unparameterised class; typed data re-serializes to equal JSON, not to the same bytes.
    """

    records: tuple[KinesisStreamRecord[DataT], ...] = field(wire="Records")


def extract_cloudwatch_logs_from_record(
    record: KinesisStreamRecord[Any], converter: LambdaEventsConverter | None = None
) -> CloudWatchLogsDecodedData:
    """CloudWatch Logs carried by one Kinesis record."""
    return record.kinesis.cloudwatch_logs(converter)


def extract_cloudwatch_logs_from_event(
    event: KinesisStreamEvent[Any], converter: LambdaEventsConverter | None = None
) -> list[CloudWatchLogsDecodedData]:
    """CloudWatch Logs carried by every record of a Kinesis event.

    All records together decompress to at most the converter's `max_decompressed_size`
    (one budget per call, so a batch of gzip bombs is bounded like one).
    """
    from .cloudwatch_logs import _decode_logs

    items = (
        (f"Records[{i}].kinesis.data", r.kinesis.data_as_bytes())
        for i, r in enumerate(event.records)
    )
    return _decode_logs(items, converter)
