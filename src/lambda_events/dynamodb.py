"""Amazon DynamoDB Streams records delivered to Lambda."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import Model, field, model
from .attribute_values import AttributeValueMap
from .enums import StrEnum
from .timestamps import EpochSeconds
from .windows import TumblingWindow, WindowedBatch

if TYPE_CHECKING:
    from datetime import datetime

__all__ = [
    "DynamoDBKinesisRecord",
    "DynamoDBKinesisStreamRecord",
    "DynamoDBRecord",
    "DynamoDBRecordEventName",
    "DynamoDBStreamEvent",
    "DynamoDBStreamWindow",
    "DynamoDBUserIdentity",
    "StreamRecord",
    "StreamViewType",
]

DynamoDBStreamWindow = TumblingWindow


class DynamoDBRecordEventName(StrEnum):
    """What happened to the item; unknown names stay plain strings."""

    INSERT = "INSERT"
    MODIFY = "MODIFY"
    REMOVE = "REMOVE"


class StreamViewType(StrEnum):
    """Which images the stream carries; unknown values stay plain strings."""

    KEYS_ONLY = "KEYS_ONLY"
    NEW_IMAGE = "NEW_IMAGE"
    OLD_IMAGE = "OLD_IMAGE"
    NEW_AND_OLD_IMAGES = "NEW_AND_OLD_IMAGES"


@model(case="pascal")
class StreamRecord(Model):
    """The `dynamodb` part of a record: keys and images as plain Python values.

    Images are absent when the stream view type does not carry them (`None`, not `{}`).
    """

    keys: AttributeValueMap | None = None  # type: ignore[assignment]  # not Model.keys()
    new_image: AttributeValueMap | None = None
    old_image: AttributeValueMap | None = None
    approximate_creation_date_time: EpochSeconds | None = None
    sequence_number: str | None = None
    size_bytes: int | None = None
    stream_view_type: StreamViewType | str | None = None


@model
class DynamoDBUserIdentity(Model):
    """Who removed the item: `dynamodb.amazonaws.com` for TTL expiry."""

    type: str
    principal_id: str


@model
class DynamoDBRecord(Model):
    """One change to one item."""

    event_id: str = field(wire="eventID")
    event_name: DynamoDBRecordEventName | str
    event_version: str
    event_source: str
    aws_region: str
    dynamodb: StreamRecord
    event_source_arn: str = field(wire="eventSourceARN")
    user_identity: DynamoDBUserIdentity | None = None


@model
class DynamoDBStreamEvent(WindowedBatch):
    """Amazon DynamoDB Streams: a batch of item changes (with tumbling-window fields)."""

    records: tuple[DynamoDBRecord, ...] = field(wire="Records")


# ------------------------------------------------------- through Kinesis Data Streams

_MICROS_FROM = 10**14  # epoch milliseconds stay below this until the year 5138


@model(case="pascal")
class DynamoDBKinesisStreamRecord(Model):
    """The `dynamodb` part of a change captured to Kinesis: keys, images and size.

    `ApproximateCreationDateTime` is epoch milliseconds or microseconds, as the table's
    `ApproximateCreationDateTimePrecision` says; `approximate_creation_datetime` reads both.
    """

    approximate_creation_date_time: int
    keys: AttributeValueMap  # type: ignore[assignment]  # not Model.keys()
    size_bytes: int
    new_image: AttributeValueMap | None = None
    old_image: AttributeValueMap | None = None

    @property
    def approximate_creation_datetime(self) -> datetime:
        """When the change was made (timezone-aware UTC)."""
        from datetime import datetime, timedelta, timezone

        value = self.approximate_creation_date_time
        delta = (
            timedelta(microseconds=value)
            if abs(value) >= _MICROS_FROM
            else timedelta(milliseconds=value)
        )
        return datetime(1970, 1, 1, tzinfo=timezone.utc) + delta


@model
class DynamoDBKinesisRecord(Model):
    """Amazon DynamoDB change data capture through Kinesis Data Streams: one change.

    The JSON `data` of a Kinesis record: use `KinesisStreamEvent[DynamoDBKinesisRecord]`.
    """

    aws_region: str
    event_id: str = field(wire="eventID")
    event_name: DynamoDBRecordEventName | str
    record_format: str
    table_name: str
    dynamodb: DynamoDBKinesisStreamRecord
    event_source: str
    user_identity: DynamoDBUserIdentity | None = None
