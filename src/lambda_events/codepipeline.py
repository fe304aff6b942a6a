"""AWS CodePipeline job events: a Lambda invoke action's job, artifacts and credentials.

The job sits under the literal key `CodePipeline.job`. `UserParameters` stays the exact
string the pipeline author typed; `decoded_user_parameters` and `user_parameters_as(cls)`
read it as JSON. The artifact credentials' secret key and session token are redacted in
repr. (Downloading and uploading artifacts needs an S3 client and is left to the caller:
the bucket, key and credentials are all here.)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote_plus

from ._model import Model, field, model
from ._payload import load_json, structure_json
from .enums import StrEnum
from .timestamps import EpochMillis, IsoTimestamp

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = [
    "CodePipelineActionConfiguration",
    "CodePipelineActionExecutionStateChangeDetail",
    "CodePipelineActionType",
    "CodePipelineArtifact",
    "CodePipelineArtifactCredentials",
    "CodePipelineConfiguration",
    "CodePipelineData",
    "CodePipelineEncryptionKey",
    "CodePipelineExecutionStateChangeDetail",
    "CodePipelineJob",
    "CodePipelineJobEvent",
    "CodePipelineLocation",
    "CodePipelineS3Location",
    "CodePipelineStageExecutionStateChangeDetail",
    "CodePipelineState",
]

T = TypeVar("T")


@model(case="pascal")
class CodePipelineConfiguration(Model):
    """The Lambda invoke action's configuration: function name and user parameters."""

    function_name: str
    user_parameters: str | None = None

    @cached_property
    def decoded_user_parameters(self) -> Any:
        """`UserParameters` parsed as JSON; `{}` when absent or blank."""
        text = self.user_parameters
        if text is None or not text.strip():
            return {}
        return load_json(text)

    def user_parameters_as(self, cls: type[T], converter: LambdaEventsConverter | None = None) -> T:
        """`UserParameters` parsed as JSON and structured into `cls`."""
        return structure_json(self.user_parameters or "{}", cls, converter)


@model
class CodePipelineActionConfiguration(Model):
    """The action's configuration block."""

    configuration: CodePipelineConfiguration


@model
class CodePipelineS3Location(Model):
    """Where an artifact lives in the pipeline's artifact bucket."""

    bucket_name: str
    key: str = field(wire="objectKey")

    @property
    def object_key(self) -> str:
        """The object key, URL-decoded (`unquote_plus`)."""
        return unquote_plus(self.key)


@model
class CodePipelineLocation(Model):
    """An artifact's location type (`S3`) and S3 location."""

    type: str
    s3_location: CodePipelineS3Location


@model
class CodePipelineArtifact(Model):
    """An input or output artifact of the job."""

    name: str
    location: CodePipelineLocation
    revision: str | None = None


@model
class CodePipelineArtifactCredentials(Model):
    """Temporary credentials for the artifact bucket; secrets are redacted in repr."""

    access_key_id: str
    secret_access_key: str = field(secret=True)
    session_token: str = field(secret=True)
    expiration_time: EpochMillis | None = None


@model
class CodePipelineEncryptionKey(Model):
    """The KMS key that encrypts the artifact store."""

    id: str
    type: str

    @property
    def get_id(self) -> str:
        """Powertools' name for `id`."""
        return self.id


@model
class CodePipelineData(Model):
    """What the job works on: configuration, artifacts, credentials."""

    action_configuration: CodePipelineActionConfiguration
    input_artifacts: tuple[CodePipelineArtifact, ...]
    output_artifacts: tuple[CodePipelineArtifact, ...]
    artifact_credentials: CodePipelineArtifactCredentials
    continuation_token: str | None = None
    encryption_key: CodePipelineEncryptionKey | None = None


@model
class CodePipelineJob(Model):
    """The job under `CodePipeline.job`: its id, account and data."""

    id: str
    account_id: str
    data: CodePipelineData


@model
class CodePipelineJobEvent(Model):
    """AWS CodePipeline: a job for a Lambda invoke action."""

    job: CodePipelineJob = field(wire="CodePipeline.job")

    @property
    def id(self) -> str:
        """The job id (pass it to `PutJobSuccessResult` / `PutJobFailureResult`)."""
        return self.job.id

    @property
    def get_id(self) -> str:
        """Powertools' name for `id`."""
        return self.job.id

    @property
    def account_id(self) -> str:
        """The account the pipeline runs in."""
        return self.job.account_id

    @property
    def data(self) -> CodePipelineData:
        """The job's data."""
        return self.job.data

    @property
    def user_parameters(self) -> str | None:
        """`UserParameters` exactly as configured, or `None`."""
        return self.job.data.action_configuration.configuration.user_parameters

    @property
    def decoded_user_parameters(self) -> Any:
        """`UserParameters` parsed as JSON; `{}` when absent or blank."""
        return self.job.data.action_configuration.configuration.decoded_user_parameters

    def user_parameters_as(self, cls: type[T], converter: LambdaEventsConverter | None = None) -> T:
        """`UserParameters` parsed as JSON and structured into `cls`."""
        return self.job.data.action_configuration.configuration.user_parameters_as(cls, converter)

    @property
    def input_bucket_name(self) -> str | None:
        """The bucket of the first input artifact, or `None` without input artifacts."""
        artifacts = self.job.data.input_artifacts
        return artifacts[0].location.s3_location.bucket_name if artifacts else None

    @property
    def input_object_key(self) -> str | None:
        """The URL-decoded key of the first input artifact, or `None`."""
        artifacts = self.job.data.input_artifacts
        return artifacts[0].location.s3_location.object_key if artifacts else None

    def find_input_artifact(self, name: str) -> CodePipelineArtifact | None:
        """The input artifact called `name`, or `None`."""
        return next((a for a in self.job.data.input_artifacts if a.name == name), None)

    def find_output_artifact(self, name: str) -> CodePipelineArtifact | None:
        """The output artifact called `name`, or `None`."""
        return next((a for a in self.job.data.output_artifacts if a.name == name), None)


# ------------------------------------------------------------------ through EventBridge


class CodePipelineState(StrEnum):
    """The state of a pipeline execution, stage or action; unknown states stay plain strings."""

    STARTED = "STARTED"
    SUCCEEDED = "SUCCEEDED"
    RESUMED = "RESUMED"
    FAILED = "FAILED"
    CANCELED = "CANCELED"
    SUPERSEDED = "SUPERSEDED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"
    ABANDONED = "ABANDONED"


@model(case="kebab")
class CodePipelineExecutionStateChangeDetail(Model):
    """AWS CodePipeline through EventBridge: `CodePipeline Pipeline Execution State Change`."""

    pipeline: str
    version: float
    state: CodePipelineState | str
    execution_id: str
    execution_trigger: Mapping[str, Any] | None = None
    start_time: IsoTimestamp | None = None
    pipeline_execution_attempt: float | None = None


@model(case="kebab")
class CodePipelineStageExecutionStateChangeDetail(Model):
    """AWS CodePipeline through EventBridge: `CodePipeline Stage Execution State Change`."""

    pipeline: str
    version: float
    state: CodePipelineState | str
    execution_id: str
    stage: str | None = None
    start_time: IsoTimestamp | None = None
    pipeline_execution_attempt: float | None = None


@model
class CodePipelineActionType(Model):
    """An action's type: owner, category, provider and version."""

    owner: str
    category: str
    provider: str
    version: float


@model(case="kebab")
class CodePipelineActionExecutionStateChangeDetail(Model):
    """AWS CodePipeline through EventBridge: `CodePipeline Action Execution State Change`."""

    pipeline: str
    version: float
    execution_id: str
    stage: str
    action: str
    state: CodePipelineState | str
    type: CodePipelineActionType
    region: str | None = None
    start_time: IsoTimestamp | None = None
    input_artifacts: tuple[Mapping[str, Any], ...] | None = None
    output_artifacts: tuple[Mapping[str, Any], ...] | None = None
    execution_result: Mapping[str, Any] | None = None
    pipeline_execution_attempt: float | None = None
