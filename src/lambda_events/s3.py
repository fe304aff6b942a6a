"""Amazon S3 event notifications delivered to Lambda."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import unquote_plus

from ._model import Model, field, model
from .timestamps import IsoTimestamp

__all__ = [
    "S3Bucket",
    "S3Event",
    "S3EventRecord",
    "S3EventRecordGlacierEventData",
    "S3EventRecordGlacierRestoreEventData",
    "S3EventRecordIntelligentTieringEventData",
    "S3EventRecordLifecycleEventData",
    "S3EventRecordReplicationEventData",
    "S3EventRecordTransitionEventData",
    "S3Identity",
    "S3Message",
    "S3Object",
    "S3RequestParameters",
]


@model
class S3Identity(Model):
    """The principal behind an S3 event."""

    principal_id: str


@model
class S3RequestParameters(Model):
    """Where the request that caused an S3 event came from."""

    source_ip_address: str = field(wire="sourceIPAddress")


@model
class S3Bucket(Model):
    """The bucket of an S3 event."""

    name: str
    owner_identity: S3Identity
    arn: str


@model
class S3Object(Model):
    """The object of an S3 event; `key` is URL-encoded as S3 sends it.

    Delete events carry no `size` or `eTag`.
    """

    key: str
    size: int | None = None
    etag: str | None = field(wire="eTag", default=None)
    version_id: str | None = None
    sequencer: str | None = None

    @property
    def decoded_key(self) -> str:
        """The object key, URL-decoded (`Happy%20Face.jpg` -> `Happy Face.jpg`)."""
        return unquote_plus(self.key)


@model
class S3Message(Model):
    """The `s3` part of a record: bucket and object.

    Intelligent-Tiering events put the object under `get_object` instead of `object`.
    """

    s3_schema_version: str
    configuration_id: str
    bucket: S3Bucket
    object: S3Object | None = None
    intelligent_tiering_object: S3Object | None = field(wire="get_object", default=None)

    @property
    def get_object(self) -> S3Object:
        """The object, wherever this event type puts it."""
        found = self.object or self.intelligent_tiering_object
        if found is None:
            raise AttributeError("this S3 event has no object")
        return found


@model
class S3EventRecordGlacierRestoreEventData(Model):
    """When a restored Glacier object expires, and its restore storage class."""

    lifecycle_restoration_expiry_time: IsoTimestamp
    lifecycle_restore_storage_class: str


@model
class S3EventRecordGlacierEventData(Model):
    """Glacier restore data of an `ObjectRestore:Completed` event."""

    restore_event_data: S3EventRecordGlacierRestoreEventData


@model
class S3EventRecordIntelligentTieringEventData(Model):
    """The access tier an Intelligent-Tiering event moved the object to."""

    destination_access_tier: str


@model
class S3EventRecordTransitionEventData(Model):
    """The storage class a lifecycle transition moved the object to."""

    destination_storage_class: str


@model
class S3EventRecordLifecycleEventData(Model):
    """Lifecycle data of a `LifecycleTransition` event."""

    transition_event_data: S3EventRecordTransitionEventData | None = None


@model
class S3EventRecordReplicationEventData(Model):
    """Replication data of a `Replication:*` event."""

    replication_rule_id: str | None = None
    destination_bucket: str | None = None
    s3_operation: str | None = None
    request_time: IsoTimestamp | None = None
    failure_reason: str | None = None
    threshold: str | None = None
    replication_time: str | None = None


@model
class S3EventRecord(Model):
    """One S3 event notification record."""

    event_version: str
    event_source: str
    aws_region: str
    event_time: IsoTimestamp
    event_name: str
    user_identity: S3Identity
    request_parameters: S3RequestParameters
    response_elements: Mapping[str, str]
    s3: S3Message
    glacier_event_data: S3EventRecordGlacierEventData | None = None
    intelligent_tiering_event_data: S3EventRecordIntelligentTieringEventData | None = None
    lifecycle_event_data: S3EventRecordLifecycleEventData | None = None
    replication_event_data: S3EventRecordReplicationEventData | None = None


@model
class S3Event(Model):
    """Amazon S3: object created, removed, restored, replicated or transitioned.

    The `s3:TestEvent` S3 sends when a notification is configured has no `Records` (its
    keys stay in `unknown_keys`); `records` is then empty.
    """

    records: tuple[S3EventRecord, ...] = field(wire="Records", default=())

    @property
    def record(self) -> S3EventRecord:
        """The first record (S3 sends one per notification)."""
        return self.records[0]

    @property
    def bucket_name(self) -> str:
        """The first record's bucket name."""
        return self.records[0].s3.bucket.name

    @property
    def object_key(self) -> str:
        """The first record's object key, URL-decoded."""
        return self.records[0].s3.get_object.decoded_key
