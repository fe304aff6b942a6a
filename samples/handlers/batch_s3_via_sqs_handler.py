"""S3 -> SNS -> SQS in one call; messages for other buckets are reported as failures."""

from __future__ import annotations

from typing import Any

from lambda_events import PartialBatchResponse, S3Event, SNSMessage, SQSEvent, converter

BUCKET = "media-archive-prod"


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, SQSEvent[SNSMessage[S3Event]])
    keys: list[str] = []
    response = PartialBatchResponse()
    for record in ev.records:
        notification = record.body.message
        if notification.bucket_name != BUCKET:
            response = response.add_failure(record)
            continue
        keys.extend(r.s3.get_object.decoded_key for r in notification.records)
    return {"keys": keys, **converter.unstructure(response)}
