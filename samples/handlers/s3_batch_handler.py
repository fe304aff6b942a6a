"""S3 Batch Operations: copy each object, answering one result for the task."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    S3BatchOperationEvent,
    S3BatchOperationResponse,
    S3BatchOperationResponseRecord,
    converter,
    to_json_dict,
)


class CopyError(Exception):
    """A failure reported by the (stubbed) copy step."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, S3BatchOperationEvent)
    task = ev.task
    target = (ev.job.user_arguments or {}).get("targetBucket", f"{task.s3_bucket}-copy")
    result: S3BatchOperationResponseRecord
    try:
        dest_bucket, dest_key = do_some_work(task.s3_bucket, task.decoded_key, target)
        result = task.build_task_batch_response("Succeeded", f"s3://{dest_bucket}/{dest_key}")
    except CopyError as exc:
        if exc.code == "RequestTimeout":
            result = task.build_task_batch_response(
                "TemporaryFailure", "Retry request to Amazon S3 due to timeout."
            )
        else:
            result = task.build_task_batch_response("PermanentFailure", f"{exc.code}: {exc}")
    response = S3BatchOperationResponse.for_event(
        ev, result, treat_missing_keys_as="PermanentFailure"
    )
    return to_json_dict(response)


def do_some_work(src_bucket: str, src_key: str, dest_bucket: str) -> tuple[str, str]:
    """Stand-in for `s3.copy_object(...)`: refuses empty keys like S3 would."""
    if not src_key:
        raise CopyError("InvalidRequest", f"no key to copy from {src_bucket}")
    return dest_bucket, src_key
