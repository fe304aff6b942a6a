"""S3 notifications through EventBridge (ported from Powertools)."""

from __future__ import annotations

from typing import Any

from lambda_events import S3EventBridgeNotificationEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, S3EventBridgeNotificationEvent)
    bucket_name = ev.detail.bucket.name
    file_key = ev.detail.object.decoded_key
    created = ev.detail_type == "Object Created"
    return {"bucket": bucket_name, "file_key": file_key, "created": created}
