"""S3: the bucket, the decoded object key and its ETag."""

from __future__ import annotations

from typing import Any

from lambda_events import S3Event, event_source


@event_source(S3Event)
def lambda_handler(event: S3Event, context: object) -> dict[str, Any]:
    object_key = object_etag = None
    for record in event.records:
        object_key = record.s3.get_object.decoded_key
        object_etag = record.s3.get_object.etag
    return {"bucket": event.bucket_name, "object_key": object_key, "object_etag": object_etag}
