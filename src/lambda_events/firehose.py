"""Amazon Data Firehose (Kinesis Data Firehose) data-transformation events and responses.

A transformation function receives `KinesisFirehoseEvent` and must answer every record
exactly once with `KinesisFirehoseDataTransformationResponse`. `KinesisFirehoseEvent[Order]`
structures every record's base64 JSON `data` into `Order`; byte-exact round trips apply to
the unparameterised class (a typed payload re-serializes to equal JSON, not equal text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import attrs

from ._model import Model, field, model
from ._payload import Base64DataProperties, load_json
from .codecs import Base64Bytes, Base64Payload, Base64Text, _json_dumps, b64decode
from .errors import ContentError, ResponseError, quoted
from .timestamps import EpochMillis, IsoTimestamp

if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVar

    from ._converter import LambdaEventsConverter
    from .cloudwatch_logs import CloudWatchLogsDecodedData

    DataT = _TypeVar("DataT", default=Base64Text)
else:
    DataT = TypeVar("DataT")

__all__ = [
    "FirehoseResult",
    "KinesisFirehoseDataTransformationRecord",
    "KinesisFirehoseDataTransformationRecordMetadata",
    "KinesisFirehoseDataTransformationResponse",
    "KinesisFirehoseEvent",
    "KinesisFirehoseMSKRecordMetadata",
    "KinesisFirehoseRecord",
    "KinesisFirehoseRecordMetadata",
]

FirehoseResult = Literal["Ok", "Dropped", "ProcessingFailed"]
"""What a transformation did with a record: `Ok`, `Dropped` or `ProcessingFailed`."""

_RESULTS: frozenset[str] = frozenset(("Ok", "Dropped", "ProcessingFailed"))


# ------------------------------------------------------------------------------ event


@model
class KinesisFirehoseRecordMetadata(Model):
    """Kinesis Data Streams metadata of a record whose delivery stream reads a Kinesis stream.

    `subsequenceNumber` is a number, or a string of digits in some AWS sample events.
    """

    shard_id: str
    partition_key: str
    approximate_arrival_timestamp: EpochMillis
    sequence_number: str
    subsequence_number: int | str


@model
class KinesisFirehoseMSKRecordMetadata(Model):
    """Amazon MSK metadata of a record whose delivery stream reads an MSK cluster."""

    offset: str
    partition_id: str
    approximate_arrival_timestamp: EpochMillis


@model
class KinesisFirehoseRecord(Base64DataProperties, Model, Generic[DataT]):
    """One Firehose record to transform; `data` is base64 text (or `DataT` when typed).

    `kinesisRecordMetadata` is present only when the delivery stream's source is a Kinesis
    data stream (absent for Direct PUT). A record from an Amazon MSK source carries its
    payload in `kafkaRecordValue` (with `mskRecordMetadata`) instead of `data`; the
    `data_as_*` properties (as in Powertools) read whichever is there.
    `approximateArrivalTimestamp` is epoch
    milliseconds, or ISO-8601 text in some AWS sample events.
    """

    record_id: str
    approximate_arrival_timestamp: EpochMillis | IsoTimestamp
    data: Base64Payload[DataT] | None = None
    kinesis_record_metadata: KinesisFirehoseRecordMetadata | None = None
    kafka_record_value: Base64Payload[DataT] | None = None
    msk_record_metadata: KinesisFirehoseMSKRecordMetadata | None = None

    def _payload(self) -> Any:
        return self.data if self.data is not None else self.kafka_record_value

    @property
    def payload(self) -> DataT:
        """The record's payload, from `data` or (MSK sources) `kafkaRecordValue`."""
        payload = self._payload()
        if payload is None:
            raise ContentError(f"record {quoted(self.record_id)} carries neither data nor a value")
        return payload  # type: ignore[no-any-return]

    @property
    def metadata(self) -> KinesisFirehoseRecordMetadata | None:
        """The Kinesis stream metadata (`None` for Direct PUT)."""
        return self.kinesis_record_metadata

    def cloudwatch_logs(
        self, converter: LambdaEventsConverter | None = None
    ) -> CloudWatchLogsDecodedData:
        """CloudWatch Logs delivered through this stream (gzip data), decoded and typed."""
        from .cloudwatch_logs import decode_cloudwatch_logs

        return decode_cloudwatch_logs(self.data_as_bytes, converter, "KinesisFirehoseRecord.data")

    def build_data_transformation_response(
        self,
        result: FirehoseResult = "Ok",
        data: Any = b"",
        partition_keys: Mapping[str, str] | None = None,
    ) -> KinesisFirehoseDataTransformationRecord:
        """The answer to this record. A `str` `data` is base64 text, as in Powertools
        (`base64_from_json(...)`); bytes and other JSON-able values are the payload itself.
        UTF-8 text: `data=text.encode()` (or `KinesisFirehoseDataTransformationRecord.create`).
        """
        payload = _base64_payload(data) if isinstance(data, str) else data
        return KinesisFirehoseDataTransformationRecord.create(
            self.record_id, result=result, data=payload, partition_keys=partition_keys
        )


@model
class KinesisFirehoseEvent(Model, Generic[DataT]):
    """Amazon Data Firehose: a batch of records to transform.

    `KinesisFirehoseEvent[Order]` types every record's data as `Order` (semantic round trip);
    the unparameterised class keeps each record's bytes and round-trips exactly.
    """

    invocation_id: str
    region: str
    records: tuple[KinesisFirehoseRecord[DataT], ...]
    delivery_stream_arn: str | None = None
    source_kinesis_stream_arn: str | None = None
    source_msk_arn: str | None = field(wire="sourceMSKArn", default=None)

    def build_data_transformation_response(
        self,
        transform: Callable[
            [KinesisFirehoseRecord[DataT]], KinesisFirehoseDataTransformationRecord
        ],
    ) -> KinesisFirehoseDataTransformationResponse:
        """Answer every record with `transform(record)`, checked to cover each `recordId` once."""
        answers = []
        for record in self.records:
            answer = transform(record)
            if answer.record_id != record.record_id:
                raise ResponseError(
                    f"record {record.record_id!r} was answered with recordId {answer.record_id!r}"
                )
            answers.append(answer)
        return KinesisFirehoseDataTransformationResponse.for_event(self, answers)


# --------------------------------------------------------------------------- response


def _base64_payload(text: str) -> bytes:
    try:
        return b64decode(text)
    except ValueError:
        raise ResponseError(
            "data is a str that is not base64: build_data_transformation_response takes base64 "
            "text, as Powertools does; pass the payload as bytes (data=text.encode()) or a "
            "JSON-able value, or use KinesisFirehoseDataTransformationRecord.create(..., "
            "data=text) for UTF-8 text"
        ) from None


def _encode_data(data: Any) -> bytes:
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str):
        try:
            return data.encode()
        except UnicodeEncodeError:
            raise ResponseError("data is text that is not valid UTF-8") from None
    try:
        return _json_dumps(data).encode()
    except (TypeError, ValueError) as exc:
        raise ResponseError(f"data is neither bytes nor JSON-serializable: {exc}") from None


def _check_partition_keys(_: Any, __: attrs.Attribute[Any], value: Mapping[str, str]) -> None:
    if not isinstance(value, Mapping) or not value:
        raise ResponseError(
            "metadata.partitionKeys must map at least one key; omit metadata instead"
        )
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise ResponseError(
                f"metadata.partitionKeys[{quoted(key)}] must map a string to a string"
            )


@model
class KinesisFirehoseDataTransformationRecordMetadata(Model):
    """Dynamic-partitioning keys (and Iceberg table routing) of a transformed record."""

    partition_keys: Mapping[str, str] = field(validator=_check_partition_keys)
    otf_metadata: Mapping[str, Any] | None = None


def _check_record_id(_: Any, __: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not value:
        raise ResponseError("recordId must be the non-empty id of an input record")


def _check_result(_: Any, __: attrs.Attribute[Any], value: str) -> None:
    if value not in _RESULTS:
        raise ResponseError(f"result must be Ok, Dropped or ProcessingFailed, not {quoted(value)}")


def _check_data(_: Any, __: attrs.Attribute[Any], value: bytes) -> None:
    if not isinstance(value, (bytes, bytearray)):
        raise ResponseError(
            f"data must be bytes, not {type(value).__name__}; use "
            "KinesisFirehoseDataTransformationRecord.create(..., data=value) for text or JSON"
        )


@model
class KinesisFirehoseDataTransformationRecord(Model):
    """The answer to one Firehose record: `recordId`, `result`, base64 `data`, `metadata`.

    `data` is bytes here and base64 on the wire; `metadata` is omitted when `None`.
    An unknown `result` raises `ResponseError` at construction.
    """

    record_id: str = field(validator=_check_record_id)
    result: FirehoseResult = field(default="Ok", validator=_check_result)
    data: Base64Bytes = field(default=b"", validator=_check_data)
    metadata: KinesisFirehoseDataTransformationRecordMetadata | None = None
    kafka_record_value: Base64Bytes | None = None  # the answer for a record from Amazon MSK

    @classmethod
    def create(
        cls,
        record_id: str,
        *,
        result: FirehoseResult = "Ok",
        data: Any = b"",
        partition_keys: Mapping[str, str] | None = None,
    ) -> KinesisFirehoseDataTransformationRecord:
        """A record whose `data` is bytes, text (UTF-8) or a JSON-able value (compact JSON)."""
        metadata = (
            None
            if partition_keys is None
            else KinesisFirehoseDataTransformationRecordMetadata(partition_keys=partition_keys)
        )
        return cls(record_id=record_id, result=result, data=_encode_data(data), metadata=metadata)

    @property
    def data_as_bytes(self) -> bytes:
        """The transformed bytes (a Powertools name for `data`)."""
        return self.data

    @property
    def data_as_text(self) -> str:
        """The transformed bytes as UTF-8 text."""
        return self.data.decode()

    @property
    def data_as_json(self) -> Any:
        """The transformed bytes parsed as JSON (`None` for empty data)."""
        return load_json(self.data) if self.data else None


def _check_records(
    _: Any, __: attrs.Attribute[Any], value: tuple[KinesisFirehoseDataTransformationRecord, ...]
) -> None:
    if not value:
        raise ResponseError(
            "Amazon Data Firehose does not accept an empty response. Responses are frozen, so "
            "Powertools' empty response plus `add_record` cannot work: collect the records "
            "and build KinesisFirehoseDataTransformationResponse(records=records), or use "
            "event.build_data_transformation_response(transform)"
        )
    seen: set[str] = set()
    for record in value:
        if not isinstance(record, KinesisFirehoseDataTransformationRecord):
            raise ResponseError(
                "records must be KinesisFirehoseDataTransformationRecord, "
                f"not {type(record).__name__}"
            )
        if record.record_id in seen:
            raise ResponseError(f"recordId {quoted(record.record_id)} is answered more than once")
        seen.add(record.record_id)


@model
class KinesisFirehoseDataTransformationResponse(Model):
    """The answer to a Firehose transformation event: `{"records": [...]}`.

    An empty response or a `recordId` answered twice raises `ResponseError`; `for_event`
    (or `KinesisFirehoseEvent.build_data_transformation_response`) also checks that every
    input record is answered and that no unknown `recordId` is.
    """

    records: Sequence[KinesisFirehoseDataTransformationRecord] = field(
        default=(), validator=_check_records
    )

    def add_record(
        self, record: KinesisFirehoseDataTransformationRecord
    ) -> KinesisFirehoseDataTransformationResponse:
        """A new response with `record` appended."""
        return attrs.evolve(self, records=(*self.records, record))

    @classmethod
    def for_event(
        cls,
        event: KinesisFirehoseEvent[Any],
        records: Iterable[KinesisFirehoseDataTransformationRecord],
    ) -> KinesisFirehoseDataTransformationResponse:
        """A response answering every record of `event` exactly once, in the event's order."""
        answers: dict[str, KinesisFirehoseDataTransformationRecord] = {}
        for record in records:
            if record.record_id in answers:
                raise ResponseError(
                    f"recordId {quoted(record.record_id)} is answered more than once"
                )
            answers[record.record_id] = record
        expected = [r.record_id for r in event.records]
        unknown = sorted(set(answers) - set(expected))
        if unknown:
            raise ResponseError(f"recordId(s) not in the event: {', '.join(unknown)}")
        missing = [rid for rid in expected if rid not in answers]
        if missing:
            raise ResponseError(f"record(s) left unanswered: {', '.join(missing)}")
        return cls(records=tuple(answers[rid] for rid in expected))
