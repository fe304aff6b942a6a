"""Builders for Amazon EventBridge events: a custom bus's and S3's object notifications."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote_plus

from ..timestamps import IsoTimestamp
from ._ids import ACCOUNT, REGION, UPPER_ALNUM, iso_at, md5_hex, now_ms, random_id

if TYPE_CHECKING:
    from .. import EventBridgeEvent, S3EventBridgeNotificationEvent

__all__ = ["eventbridge_event", "s3_eventbridge_deleted_event", "s3_eventbridge_event"]


def _envelope(ms: int, region: str, account: str) -> dict[str, Any]:
    """What every EventBridge event carries besides its source, type and detail."""
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "account": account,
        "time": IsoTimestamp(iso_at(ms, millis=False)),
        "region": region,
    }


def eventbridge_event(
    detail: Mapping[str, Any] | None = None,
    *,
    detail_type: str = "Order Placed",
    source: str = "com.example.orders",
    resources: Iterable[str] = (),
    region: str = REGION,
    account: str = ACCOUNT,
) -> EventBridgeEvent[Any]:
    """An `EventBridgeEvent` from a custom bus: `detail` (any JSON object) as sent.

    `detail` defaults to `{"orderId": "order-1"}`. A `source` of `aws.s3` makes an event
    that detects as an S3 notification: use `s3_eventbridge_event` for those.
    """
    from .. import EventBridgeEvent

    return EventBridgeEvent[Any](
        **_envelope(now_ms(), region, account),
        detail_type=detail_type,
        source=source,
        resources=tuple(resources),
        detail={"orderId": "order-1"} if detail is None else dict(detail),
    )


def s3_eventbridge_event(
    key: str = "example.txt",
    *,
    bucket: str = "my-bucket",
    detail_type: Literal["Object Created", "Object Deleted"] = "Object Created",
    size: int = 1024,
    version_id: str | None = None,
    source_ip_address: str = "203.0.113.10",
    region: str = REGION,
    account: str = ACCOUNT,
) -> S3EventBridgeNotificationEvent:
    """An `S3EventBridgeNotificationEvent`: an object created (`PutObject`) or deleted.

    `key` is the plain key; it travels URL-encoded as S3 sends it (`object_key` gives it
    back). A created object has `size` and an ETag; a deleted one has neither, and its
    `deletion-type` says whether a delete marker was created (versioned, `version_id` given)
    or the object permanently deleted.
    """
    from .. import (
        S3EventBridgeNotificationDetail,
        S3EventBridgeNotificationEvent,
        S3EventBridgeNotificationObject,
        S3EventNotificationEventBridgeBucket,
    )

    deleted = detail_type == "Object Deleted"
    ms = now_ms()
    obj = S3EventBridgeNotificationObject(
        encoded_key=quote_plus(key, safe="/"),
        size=None if deleted else size,
        etag=None if deleted else md5_hex(key),
        version_id=version_id,
        sequencer=f"{ms:018X}",
    )
    deletion_type = None
    if deleted:
        deletion_type = "Delete Marker Created" if version_id else "Permanently Deleted"
    detail = S3EventBridgeNotificationDetail(
        version="0",
        bucket=S3EventNotificationEventBridgeBucket(name=bucket),
        object=obj,
        request_id=random_id(16, UPPER_ALNUM),
        requester=account,
        source_ip_address=source_ip_address,
        reason="DeleteObject" if deleted else "PutObject",
        deletion_type=deletion_type,
    )
    return S3EventBridgeNotificationEvent(
        **_envelope(ms, region, account),
        detail_type=detail_type,
        source="aws.s3",
        resources=(f"arn:aws:s3:::{bucket}",),
        detail=detail,
    )


def s3_eventbridge_deleted_event(
    key: str = "example.txt", *, bucket: str = "my-bucket", version_id: str | None = None
) -> S3EventBridgeNotificationEvent:
    """An `S3EventBridgeNotificationEvent` for a deleted object (`Object Deleted`)."""
    return s3_eventbridge_event(
        key, bucket=bucket, detail_type="Object Deleted", version_id=version_id
    )
