"""Builder for Amazon S3 event notifications."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ._ids import ACCOUNT, iso_now, md5_hex, now_ms

if TYPE_CHECKING:
    from .. import S3Event

__all__ = ["s3_event"]


def s3_event(
    key: str = "example.txt",
    *,
    bucket: str = "my-bucket",
    event_name: str = "ObjectCreated:Put",
    size: int | None = 1024,
) -> S3Event:
    """An `S3Event` for one object (delete events have no size or ETag)."""
    from .. import S3Bucket, S3Event, S3EventRecord, S3Identity, S3Message, S3Object
    from .. import S3RequestParameters as Params

    deleted = event_name.startswith("ObjectRemoved")
    obj = S3Object(
        key=key,
        size=None if deleted else size,
        etag=None if deleted else md5_hex(key),
        sequencer=f"{now_ms():016X}",
    )
    record = S3EventRecord(
        event_version="2.1",
        event_source="aws:s3",
        aws_region="us-east-1",
        event_time=iso_now(),
        event_name=event_name,
        user_identity=S3Identity(principal_id=f"AWS:AIDA{ACCOUNT}"),
        request_parameters=Params(source_ip_address="203.0.113.10"),
        response_elements={"x-amz-request-id": uuid.uuid4().hex[:16].upper(), "x-amz-id-2": "x"},
        s3=S3Message(
            s3_schema_version="1.0",
            configuration_id="notification",
            bucket=S3Bucket(
                name=bucket,
                owner_identity=S3Identity(principal_id="A3EXAMPLE"),
                arn=f"arn:aws:s3:::{bucket}",
            ),
            object=obj,
        ),
    )
    return S3Event(records=(record,))
