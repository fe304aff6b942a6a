"""Amazon S3 Batch Operations: the Lambda invocation event and its response.

Schema 1.0 names the bucket by ARN (`s3BucketArn`); schema 2.0 names it directly
(`s3Bucket`) and adds the job's `userArguments`. Lambda answers one result per task.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import unquote_plus

from ._model import Model, field, model
from .enums import StrEnum
from .errors import ResponseError, quoted

__all__ = [
    "S3BatchOperationEvent",
    "S3BatchOperationJob",
    "S3BatchOperationResponse",
    "S3BatchOperationResponseRecord",
    "S3BatchOperationResultCode",
    "S3BatchOperationTask",
]


class S3BatchOperationResultCode(StrEnum):
    """How a task ended: the only three codes S3 Batch Operations accepts."""

    SUCCEEDED = "Succeeded"
    TEMPORARY_FAILURE = "TemporaryFailure"
    PERMANENT_FAILURE = "PermanentFailure"


_CODES = frozenset(code.value for code in S3BatchOperationResultCode)


def _check_code(instance: Any, attribute: Any, value: Any) -> None:
    if getattr(value, "value", value) not in _CODES:  # enum members compare by value
        raise ResponseError(
            f"{attribute.name} must be one of {', '.join(sorted(_CODES))}, got {value!r}"
        )


def _check_one_result(instance: Any, attribute: Any, value: Sequence[Any]) -> None:
    if len(value) != 1:
        raise ResponseError(
            f"S3 Batch Operations expects exactly one result per task, got {len(value)}"
        )


@model
class S3BatchOperationJob(Model):
    """The batch job; `userArguments` only comes with schema 2.0."""

    id: str
    user_arguments: Mapping[str, str] | None = None


@model
class S3BatchOperationResponseRecord(Model):
    """The result of one task; `resultString` is omitted when not given."""

    task_id: str
    result_code: S3BatchOperationResultCode | str = field(validator=_check_code)
    result_string: str | None = None


@model
class S3BatchOperationTask(Model):
    """One object to process; `encoded_key` is `s3Key` as S3 sends it (URL-encoded).

    `s3_key` decodes it, as Powertools does.
    """

    task_id: str
    encoded_key: str = field(wire="s3Key")
    s3_version_id: str | None = None
    s3_bucket_arn: str | None = None
    s3_bucket_name: str | None = field(wire="s3Bucket", default=None)

    @property
    def s3_key(self) -> str:
        """The object key, URL-decoded (`my+file%21.txt` -> `my file!.txt`), as in Powertools."""
        return unquote_plus(self.encoded_key)

    @property
    def decoded_key(self) -> str:
        """The object key, URL-decoded (the same as `s3_key`)."""
        return self.s3_key

    @property
    def s3_bucket(self) -> str:
        """The bucket name: `s3Bucket` (schema 2.0) or parsed from `s3BucketArn` (1.0)."""
        if self.s3_bucket_name is not None:
            return self.s3_bucket_name
        if self.s3_bucket_arn is not None:
            return self.s3_bucket_arn.rpartition(":")[2]
        raise ValueError("this task names no bucket (neither s3Bucket nor s3BucketArn)")

    def build_task_batch_response(
        self,
        result_code: S3BatchOperationResultCode | str = S3BatchOperationResultCode.SUCCEEDED,
        result_string: str | None = None,
    ) -> S3BatchOperationResponseRecord:
        """The result record of this task (an invalid code raises `ResponseError`)."""
        return S3BatchOperationResponseRecord(
            task_id=self.task_id, result_code=result_code, result_string=result_string
        )


@model
class S3BatchOperationEvent(Model):
    """Amazon S3 Batch Operations: one invocation of the job's Lambda function."""

    invocation_schema_version: str
    invocation_id: str
    job: S3BatchOperationJob
    tasks: tuple[S3BatchOperationTask, ...]

    @property
    def task(self) -> S3BatchOperationTask:
        """The task of this invocation (S3 sends exactly one)."""
        return self.tasks[0]

    def build_response(
        self,
        result_code: S3BatchOperationResultCode | str = S3BatchOperationResultCode.SUCCEEDED,
        result_string: str | None = None,
        *,
        treat_missing_keys_as: S3BatchOperationResultCode | str = (
            S3BatchOperationResultCode.SUCCEEDED
        ),
    ) -> S3BatchOperationResponse:
        """The response for this invocation's task: schema version and id echoed."""
        if len(self.tasks) != 1:
            raise ResponseError(
                f"build_response answers exactly one task, the event has {len(self.tasks)}"
            )
        return S3BatchOperationResponse.for_event(
            self,
            self.task.build_task_batch_response(result_code, result_string),
            treat_missing_keys_as=treat_missing_keys_as,
        )


@model
class S3BatchOperationResponse(Model):
    """What the Lambda function returns to S3 Batch Operations: exactly one result.

    `treatMissingKeysAs` is always emitted (default `Succeeded`), as AWS documents it.
    """

    invocation_schema_version: str
    treat_missing_keys_as: S3BatchOperationResultCode | str = field(
        default=S3BatchOperationResultCode.SUCCEEDED, validator=_check_code
    )
    invocation_id: str
    results: Sequence[S3BatchOperationResponseRecord] = field(validator=_check_one_result)

    @classmethod
    def for_event(
        cls,
        event: S3BatchOperationEvent,
        result: S3BatchOperationResponseRecord,
        *,
        treat_missing_keys_as: S3BatchOperationResultCode | str = (
            S3BatchOperationResultCode.SUCCEEDED
        ),
    ) -> S3BatchOperationResponse:
        """A response echoing the event's schema version and invocation id."""
        known = {task.task_id for task in event.tasks}
        if result.task_id not in known:
            raise ResponseError(f"result for unknown task {quoted(result.task_id)}")
        return cls(
            invocation_schema_version=event.invocation_schema_version,
            treat_missing_keys_as=treat_missing_keys_as,
            invocation_id=event.invocation_id,
            results=(result,),
        )
