"""Builder for Amazon DynamoDB Streams events."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..timestamps import EpochSeconds
from ._ids import ACCOUNT

if TYPE_CHECKING:
    from .. import DynamoDBStreamEvent

__all__ = ["dynamodb_stream_event"]


def dynamodb_stream_event(
    inserts: Iterable[Mapping[str, Any]] = ({"id": "1"},),
    *,
    key: str = "id",
    table: str = "my-table",
) -> DynamoDBStreamEvent:
    """A `DynamoDBStreamEvent` with one INSERT record per new item (plain Python values)."""
    from .. import DynamoDBRecord, DynamoDBStreamEvent, StreamRecord, StreamViewType

    arn = f"arn:aws:dynamodb:us-east-1:{ACCOUNT}:table/{table}/stream/2024-01-01T00:00:00.000"
    records = tuple(
        DynamoDBRecord(
            event_id=uuid.uuid4().hex,
            event_name="INSERT",
            event_version="1.1",
            event_source="aws:dynamodb",
            aws_region="us-east-1",
            dynamodb=StreamRecord(
                keys={key: item[key]},
                new_image=dict(item),
                approximate_creation_date_time=EpochSeconds(int(time.time())),
                sequence_number=str(100000000000000000000 + i),
                size_bytes=len(json.dumps(item, default=str)),
                stream_view_type=StreamViewType.NEW_AND_OLD_IMAGES,
            ),
            event_source_arn=arn,
        )
        for i, item in enumerate(inserts)
    )
    return DynamoDBStreamEvent(records=records)
