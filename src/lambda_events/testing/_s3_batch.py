"""Builder for Amazon S3 Batch Operations events."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote_plus

from ._common import with_nulls
from ._ids import b64url

if TYPE_CHECKING:
    from .. import S3BatchOperationEvent

__all__ = ["s3_batch_operation_event"]


def s3_batch_operation_event(
    keys: Iterable[str] = ("example.txt",),
    *,
    bucket: str = "my-bucket",
    schema_version: Literal["1.0", "2.0"] = "1.0",
    user_arguments: Mapping[str, str] | None = None,
    version_id: str | None = None,
) -> S3BatchOperationEvent:
    """An `S3BatchOperationEvent` with one task per key (S3 sends one per invocation).

    Keys are given decoded and sent URL-encoded (`task.s3_key` gives them back).
    Schema 1.0 names the bucket by ARN; schema 2.0 by name and carries `user_arguments`.
    """
    from .. import S3BatchOperationEvent, S3BatchOperationJob, S3BatchOperationTask

    if schema_version == "1.0" and user_arguments is not None:
        raise ValueError("userArguments come with invocation schema 2.0 only")
    v2 = schema_version == "2.0"
    tasks = tuple(
        with_nulls(  # an unversioned object: `s3VersionId` is null
            S3BatchOperationTask(
                task_id=b64url(12),
                encoded_key=quote_plus(key, safe="/"),
                s3_version_id=version_id,
                s3_bucket_arn=None if v2 else f"arn:aws:s3:::{bucket}",
                s3_bucket_name=bucket if v2 else None,
            ),
            *(("s3VersionId",) if version_id is None else ()),
        )
        for key in keys
    )
    job = S3BatchOperationJob(
        id=str(uuid.uuid4()),
        user_arguments=(dict(user_arguments or {}) if v2 else None),
    )
    return S3BatchOperationEvent(
        invocation_schema_version=schema_version,
        invocation_id=b64url(48),
        job=job,
        tasks=tasks,
    )
