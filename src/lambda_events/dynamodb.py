"""Amazon DynamoDB Streams records delivered to Lambda."""

from __future__ import annotations

from ._model import Model, field, model
from .attribute_values import AttributeValueMap
from .enums import StrEnum
from .timestamps import EpochSeconds
from .windows import TumblingWindow, WindowedBatch

__all__ = [
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

    keys: AttributeValueMap | None = None
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
