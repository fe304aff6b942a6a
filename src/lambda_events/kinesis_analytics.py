"""Amazon Kinesis Data Analytics (SQL applications): input preprocessing and output delivery.

Record `data` is base64 text kept as it came (`record.data.decoded` is the bytes). The
preprocessing function answers every record with `Ok`, `Dropped` or `ProcessingFailed`;
the output function with `Ok` or `DeliveryFailed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from ._model import Model, field, model
from .codecs import Base64Text
from .enums import StrEnum
from .errors import ResponseError
from .timestamps import EpochMillis

__all__ = [
    "KinesisAnalyticsDeliveryResult",
    "KinesisAnalyticsFirehoseRecordMetadata",
    "KinesisAnalyticsInputPreprocessingEvent",
    "KinesisAnalyticsInputPreprocessingRecord",
    "KinesisAnalyticsInputPreprocessingResponse",
    "KinesisAnalyticsInputPreprocessingResponseRecord",
    "KinesisAnalyticsLambdaDeliveryRecordMetadata",
    "KinesisAnalyticsOutputDeliveryEvent",
    "KinesisAnalyticsOutputDeliveryRecord",
    "KinesisAnalyticsOutputDeliveryResponse",
    "KinesisAnalyticsOutputDeliveryResponseRecord",
    "KinesisAnalyticsPreprocessingResult",
    "KinesisAnalyticsStreamRecordMetadata",
]


class KinesisAnalyticsPreprocessingResult(StrEnum):
    """The outcome of preprocessing one record."""

    OK = "Ok"
    DROPPED = "Dropped"
    PROCESSING_FAILED = "ProcessingFailed"


class KinesisAnalyticsDeliveryResult(StrEnum):
    """The outcome of delivering one output record."""

    OK = "Ok"
    DELIVERY_FAILED = "DeliveryFailed"


# ------------------------------------------------------------------ input preprocessing


@model
class KinesisAnalyticsStreamRecordMetadata(Model):
    """Where a record came from when the source is a Kinesis data stream."""

    sequence_number: str
    partition_key: str
    shard_id: str
    approximate_arrival_timestamp: EpochMillis


@model
class KinesisAnalyticsFirehoseRecordMetadata(Model):
    """When a record arrived when the source is a Firehose stream."""

    approximate_arrival_timestamp: EpochMillis


@model
class KinesisAnalyticsInputPreprocessingRecord(Model):
    """One source record to preprocess."""

    record_id: str
    data: Base64Text
    kinesis_stream_record_metadata: KinesisAnalyticsStreamRecordMetadata | None = None
    kinesis_firehose_record_metadata: KinesisAnalyticsFirehoseRecordMetadata | None = None


@model
class KinesisAnalyticsInputPreprocessingEvent(Model):
    """Amazon Kinesis Data Analytics: a batch of source records to preprocess."""

    invocation_id: str
    application_arn: str
    stream_arn: str
    records: tuple[KinesisAnalyticsInputPreprocessingRecord, ...]


class _AnsweredRecord(Protocol):
    @property
    def record_id(self) -> str: ...


def _result_in(allowed: type[StrEnum]) -> Callable[[object, object, object], None]:
    """A validator: `result` is one of `allowed`'s values."""

    def validate(_instance: object, _attribute: object, result: object) -> None:
        if result not in {m.value for m in allowed}:
            names = ", ".join(m.value for m in allowed)
            raise ResponseError(f"result must be one of {names}, not {result!r}")

    return validate


def _check_ok_has_data(
    record: KinesisAnalyticsInputPreprocessingResponseRecord, _attribute: object, data: object
) -> None:
    if record.result == KinesisAnalyticsPreprocessingResult.OK and data is None:
        raise ResponseError(f"record {record.record_id!r}: result Ok needs data")


def _check_unique_ids(
    _instance: object, _attribute: object, records: Iterable[_AnsweredRecord]
) -> None:
    seen: set[str] = set()
    for record in records:
        rid = record.record_id
        if not rid:
            raise ResponseError("every response record needs a recordId")
        if rid in seen:
            raise ResponseError(f"recordId {rid!r} is answered twice")
        seen.add(rid)


@model
class KinesisAnalyticsInputPreprocessingResponseRecord(Model):
    """One preprocessed record: its id, the result, and the new data (base64)."""

    record_id: str
    result: KinesisAnalyticsPreprocessingResult | str = field(
        validator=_result_in(KinesisAnalyticsPreprocessingResult)
    )
    data: Base64Text | None = field(default=None, validator=_check_ok_has_data)

    @classmethod
    def ok(
        cls, record_id: str, data: bytes | str
    ) -> KinesisAnalyticsInputPreprocessingResponseRecord:
        """A transformed record (`str` data is encoded as UTF-8)."""
        raw = data.encode() if isinstance(data, str) else data
        return cls(record_id=record_id, result="Ok", data=Base64Text.from_bytes(raw))


@model
class KinesisAnalyticsInputPreprocessingResponse(Model):
    """The answer to a preprocessing batch: one record per source record."""

    records: tuple[KinesisAnalyticsInputPreprocessingResponseRecord, ...] = field(
        validator=_check_unique_ids
    )


# ---------------------------------------------------------------------- output delivery


@model
class KinesisAnalyticsLambdaDeliveryRecordMetadata(Model):
    """How many times delivery of this record was retried."""

    retry_hint: int


@model
class KinesisAnalyticsOutputDeliveryRecord(Model):
    """One application output record to deliver."""

    record_id: str
    data: Base64Text
    lambda_delivery_record_metadata: KinesisAnalyticsLambdaDeliveryRecordMetadata | None = None


@model
class KinesisAnalyticsOutputDeliveryEvent(Model):
    """Amazon Kinesis Data Analytics: a batch of application output to deliver."""

    invocation_id: str
    application_arn: str
    records: tuple[KinesisAnalyticsOutputDeliveryRecord, ...]


@model
class KinesisAnalyticsOutputDeliveryResponseRecord(Model):
    """The delivery outcome of one output record."""

    record_id: str
    result: KinesisAnalyticsDeliveryResult | str = field(
        validator=_result_in(KinesisAnalyticsDeliveryResult)
    )


@model
class KinesisAnalyticsOutputDeliveryResponse(Model):
    """The answer to an output batch; `from_results({...})` builds it from id -> result."""

    records: tuple[KinesisAnalyticsOutputDeliveryResponseRecord, ...] = field(
        validator=_check_unique_ids
    )

    @classmethod
    def from_results(
        cls, results: dict[str, KinesisAnalyticsDeliveryResult | str]
    ) -> KinesisAnalyticsOutputDeliveryResponse:
        """One response record per `record id -> Ok / DeliveryFailed`."""
        return cls(
            records=tuple(
                KinesisAnalyticsOutputDeliveryResponseRecord(record_id=rid, result=result)
                for rid, result in results.items()
            )
        )
