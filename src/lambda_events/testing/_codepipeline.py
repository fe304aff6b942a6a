"""Builder for AWS CodePipeline job events."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..timestamps import EpochMillis
from ._common import with_nulls
from ._ids import ACCOUNT, REGION, UPPER_ALNUM, b64, now_ms, random_id

if TYPE_CHECKING:
    from .. import CodePipelineJobEvent

__all__ = ["codepipeline_job_event"]


def codepipeline_job_event(
    user_parameters: str | Mapping[str, Any] | None = None,
    *,
    function_name: str = "my-function",
    pipeline: str = "my-pipeline",
    input_artifacts: Iterable[str] = ("SourceOutput",),
    output_artifacts: Iterable[str] = (),
    continuation_token: str | None = None,
    kms_key_arn: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> CodePipelineJobEvent:
    """A `CodePipelineJobEvent` for a Lambda invoke action.

    `user_parameters` is kept as given when it is a string, serialized to JSON when it is
    a mapping. Artifacts live in the pipeline's artifact bucket under
    `<pipeline[:20]>/<artifact[:10]>/<random>`, the way CodePipeline names them.
    """
    from .. import (
        CodePipelineActionConfiguration,
        CodePipelineArtifact,
        CodePipelineArtifactCredentials,
        CodePipelineConfiguration,
        CodePipelineData,
        CodePipelineEncryptionKey,
        CodePipelineJob,
        CodePipelineJobEvent,
        CodePipelineLocation,
        CodePipelineS3Location,
    )

    bucket = f"codepipeline-{region}-{account}"

    def artifact(name: str, revision: str | None) -> CodePipelineArtifact:
        key = f"{pipeline[:20]}/{name[:10]}/{random_id(7)}"
        location = CodePipelineS3Location(bucket_name=bucket, key=key)
        made = CodePipelineArtifact(
            name=name,
            revision=revision,
            location=CodePipelineLocation(type="S3", s3_location=location),
        )
        return made if revision is not None else with_nulls(made, "revision")

    params = (
        user_parameters
        if user_parameters is None or isinstance(user_parameters, str)
        else json.dumps(user_parameters)
    )
    data = CodePipelineData(
        action_configuration=CodePipelineActionConfiguration(
            configuration=CodePipelineConfiguration(
                function_name=function_name, user_parameters=params
            )
        ),
        input_artifacts=tuple(artifact(n, secrets.token_hex(20)) for n in input_artifacts),
        output_artifacts=tuple(artifact(n, None) for n in output_artifacts),
        artifact_credentials=CodePipelineArtifactCredentials(
            access_key_id=f"ASIA{random_id(16, UPPER_ALNUM)}",
            secret_access_key=random_id(40),
            session_token=f"IQoJb3JpZ2luX2Vj{b64(96)}",
            expiration_time=EpochMillis(now_ms() + 3_600_000),
        ),
        continuation_token=continuation_token,
        encryption_key=(
            None if kms_key_arn is None else CodePipelineEncryptionKey(id=kms_key_arn, type="KMS")
        ),
    )
    job = CodePipelineJob(id=str(uuid.uuid4()), account_id=account, data=data)
    return CodePipelineJobEvent(job=job)
