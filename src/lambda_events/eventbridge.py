"""Amazon EventBridge events (and S3 notifications delivered through EventBridge).

The envelope uses kebab-case keys (`detail-type`, `replay-name`). `detail` is free-form
JSON; `EventBridgeEvent[MyDetail]` structures it into `MyDetail`. EventBridge Scheduler
sends `"detail": "{}"` (a string): the unparameterised class keeps it as that string, a
typed class parses the string as JSON first. Byte-exact round trips apply to the
unparameterised class; a typed `detail` re-serializes to equal JSON.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar
from urllib.parse import unquote_plus

from ._json import copy_json
from ._model import Model, field, model
from .codecs import Codec
from .timestamps import IsoTimestamp

if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVar

    from ._converter import LambdaEventsConverter

    DetailT = _TypeVar("DetailT", default=Any)
else:
    DetailT = TypeVar("DetailT")

__all__ = [
    "EventBridgeDetail",
    "EventBridgeEvent",
    "S3EventBridgeNotificationDetail",
    "S3EventBridgeNotificationEvent",
    "S3EventBridgeNotificationObject",
    "S3EventNotificationEventBridgeBucket",
    "ScheduledEventDetail",
]

T = TypeVar("T")


def _is_raw(target: Any) -> bool:
    return isinstance(target, TypeVar) or target is Any or target is object


class _DetailCodec(Codec):
    """EventBridge `detail`: JSON kept as sent, or structured into the bound type.

    A typed detail that arrives as a string (EventBridge Scheduler's `"{}"`) is parsed as
    JSON before it is structured.
    """

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Any:
        if _is_raw(target):
            return copy_json
        structure = converter.structure

        def to_detail(value: Any) -> Any:
            if value.__class__ is str and target is not str:
                try:
                    value = json.loads(value)
                except ValueError as exc:
                    raise ValueError(f"not valid JSON ({exc})") from None
            return structure(value, target)

        return to_detail

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Any:
        unstructure = converter.unstructure
        if _is_raw(target):  # JSON of any depth, copied without recursion
            return lambda v: copy_json(v, unstructure)
        return unstructure


EventBridgeDetail = Annotated[T, _DetailCodec()]
"""`EventBridgeDetail[T]`: free-form JSON, or structured into `T` when `T` is bound."""


@model(case="kebab")
class EventBridgeEvent(Model, Generic[DetailT]):
    """Amazon EventBridge: an event delivered by a rule (kebab-case envelope).

    `EventBridgeEvent[MyDetail]` types `detail` as `MyDetail` (semantic round trip); the
    unparameterised class keeps `detail` exactly as sent. Envelope fields other than
    `detail-type`, `source` and `detail` are optional (test fixtures and replays omit them).
    """

    detail_type: str
    source: str
    detail: EventBridgeDetail[DetailT]
    version: str | None = None
    id: str | None = None
    account: str | None = None
    time: IsoTimestamp | None = None
    region: str | None = None
    resources: tuple[str, ...] | None = None
    replay_name: str | None = None


@model(case="kebab")
class ScheduledEventDetail(Model):
    """An EventBridge schedule rule's `Scheduled Event` detail: an empty object.

    `EventBridgeEvent[ScheduledEventDetail]`; any key a future event adds is kept in
    `unknown_keys`.
    """


# ------------------------------------------------------------------- S3 via EventBridge


@model(case="kebab")
class S3EventNotificationEventBridgeBucket(Model):
    """The bucket of an S3 event delivered through EventBridge."""

    name: str


@model(case="kebab")
class S3EventBridgeNotificationObject(Model):
    """The object of an S3 EventBridge event; `encoded_key` is the key as S3 sends it.

    `key` decodes it, as Powertools does. Which keys are present depends on the event:
    `version-id` only for versioned buckets, `size` not for deletions, `sequencer` only for
    created and deleted objects.
    """

    encoded_key: str = field(wire="key")
    size: int | None = None
    etag: str | None = None
    version_id: str | None = None
    sequencer: str | None = None

    @property
    def key(self) -> str:
        """The object key, URL-decoded (`my+photo.jpg` -> `my photo.jpg`), as in Powertools."""
        return unquote_plus(self.encoded_key)

    @property
    def decoded_key(self) -> str:
        """The object key, URL-decoded (the same as `key`; `S3Object` has it too)."""
        return self.key


@model(case="kebab")
class S3EventBridgeNotificationDetail(Model):
    """The `detail` of an S3 EventBridge event, for every detail type.

    Object Created / Deleted / Restore Initiated / Restore Completed / Restore Expired,
    Object Tags Added / Deleted, Object ACL Updated, Object Storage Class Changed and
    Object Access Tier Changed; the fields an event type does not use are `None`.
    """

    version: str
    bucket: S3EventNotificationEventBridgeBucket
    object: S3EventBridgeNotificationObject
    request_id: str
    requester: str
    source_ip_address: str | None = None
    reason: str | None = None
    deletion_type: str | None = None
    restore_expiry_time: IsoTimestamp | None = None
    source_storage_class: str | None = None
    destination_storage_class: str | None = None
    destination_access_tier: str | None = None


@model(case="kebab")
class S3EventBridgeNotificationEvent(EventBridgeEvent[S3EventBridgeNotificationDetail]):
    """Amazon S3 event notification delivered through EventBridge (typed `detail`)."""

    detail: S3EventBridgeNotificationDetail

    @property
    def bucket_name(self) -> str:
        """The bucket's name."""
        return self.detail.bucket.name

    @property
    def object_key(self) -> str:
        """The object key, URL-decoded."""
        return self.detail.object.decoded_key
