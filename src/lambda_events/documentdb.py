"""Amazon DocumentDB change streams delivered to Lambda (an event source mapping).

Each record's `event` is a MongoDB-style change event: `insert`, `update`, `replace`,
`delete`, `drop`, `rename`, `dropDatabase` or `invalidate`. Documents (`fullDocument`,
`documentKey`) are MongoDB extended JSON (`{"$oid": ...}`) and are kept exactly as sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Model, field, model
from .enums import StrEnum
from .timestamps import EpochSeconds

__all__ = [
    "DocumentDBChangeEvent",
    "DocumentDBChangeStreamEvent",
    "DocumentDBClusterTime",
    "DocumentDBEventRecord",
    "DocumentDBNamespace",
    "DocumentDBOperationType",
    "DocumentDBResumeToken",
    "DocumentDBTimestamp",
    "DocumentDBUpdateDescription",
]


class DocumentDBOperationType(StrEnum):
    """What the change did; unknown operations stay plain strings."""

    INSERT = "insert"
    UPDATE = "update"
    REPLACE = "replace"
    DELETE = "delete"
    DROP = "drop"
    RENAME = "rename"
    DROP_DATABASE = "dropDatabase"
    INVALIDATE = "invalidate"


@model
class DocumentDBResumeToken(Model):
    """The change event's `_id`: the resume token of the change stream."""

    data: str = field(wire="_data")


@model
class DocumentDBTimestamp(Model):
    """A BSON timestamp: `t` epoch seconds and `i` the ordinal within that second."""

    t: EpochSeconds
    i: int


@model
class DocumentDBClusterTime(Model):
    """When the operation happened in the cluster (extended JSON `{"$timestamp": ...}`)."""

    timestamp: DocumentDBTimestamp = field(wire="$timestamp")


@model
class DocumentDBNamespace(Model):
    """The database and, for collection-level changes, the collection."""

    db: str
    coll: str | None = None


@model
class DocumentDBUpdateDescription(Model):
    """An update's delta: fields set to new values and fields removed."""

    updated_fields: Mapping[str, Any] | None = None
    removed_fields: tuple[str, ...] | None = None
    truncated_arrays: tuple[Mapping[str, Any], ...] | None = None


@model
class DocumentDBChangeStreamEvent(Model):
    """One change: the operation, where it happened, and the documents it concerns.

    `fullDocument` comes with inserts and replaces (and updates when the mapping asks for
    `UpdateLookup`); `updateDescription` with updates; `to` with renames; `ns` with every
    operation but `invalidate`.
    """

    id: DocumentDBResumeToken = field(wire="_id")
    operation_type: DocumentDBOperationType | str
    cluster_time: DocumentDBClusterTime
    ns: DocumentDBNamespace | None = None
    document_key: Mapping[str, Any] | None = None
    full_document: Mapping[str, Any] | None = None
    update_description: DocumentDBUpdateDescription | None = None
    to: DocumentDBNamespace | None = None


@model
class DocumentDBEventRecord(Model):
    """One record of the batch: its change event."""

    event: DocumentDBChangeStreamEvent


@model
class DocumentDBChangeEvent(Model):
    """Amazon DocumentDB: a batch of change stream events from one cluster."""

    event_source_arn: str
    events: tuple[DocumentDBEventRecord, ...]
    event_source: str

    @property
    def changes(self) -> tuple[DocumentDBChangeStreamEvent, ...]:
        """The change events of the batch, in order."""
        return tuple(record.event for record in self.events)
