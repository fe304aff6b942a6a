"""AWS CodeBuild events delivered by EventBridge: build state and phase changes.

`EventBridgeEvent[CodeBuildStateChangeDetail]` and
`EventBridgeEvent[CodeBuildPhaseChangeDetail]`. Times inside `additional-information`
are kept as CodeBuild writes them (`Sep 1, 2017 4:12:29 PM`); `completed-phase-context`
and `current-phase-context` are JSON text (`"[]"`).
"""

from __future__ import annotations

from ._model import Model, field, model
from .enums import StrEnum

__all__ = [
    "CodeBuildAdditionalInformation",
    "CodeBuildArtifact",
    "CodeBuildBuildStatus",
    "CodeBuildEnvironment",
    "CodeBuildEnvironmentVariable",
    "CodeBuildLogs",
    "CodeBuildPhase",
    "CodeBuildPhaseChangeDetail",
    "CodeBuildSource",
    "CodeBuildStateChangeDetail",
]


class CodeBuildBuildStatus(StrEnum):
    """A build's status; unknown statuses stay plain strings."""

    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    STOPPED = "STOPPED"
    FAULT = "FAULT"
    TIMED_OUT = "TIMED_OUT"


@model(case="kebab")
class CodeBuildArtifact(Model):
    """The build's output artifact and its checksums."""

    location: str
    md5sum: str | None = None
    sha256sum: str | None = None


@model(case="kebab")
class CodeBuildEnvironmentVariable(Model):
    """One environment variable of the build (`value` is redacted in repr)."""

    name: str
    type: str
    value: str = field(secret=True)


@model(case="kebab")
class CodeBuildEnvironment(Model):
    """The build environment: image, compute type and variables."""

    image: str
    privileged_mode: bool
    compute_type: str
    type: str
    environment_variables: tuple[CodeBuildEnvironmentVariable, ...] | None = None


@model(case="kebab")
class CodeBuildSource(Model):
    """Where the source came from."""

    type: str
    location: str | None = None
    buildspec: str | None = None
    auth: str | None = None


@model(case="kebab")
class CodeBuildLogs(Model):
    """The build's CloudWatch Logs group, stream and console link."""

    group_name: str | None = None
    stream_name: str | None = None
    deep_link: str | None = None


@model(case="kebab")
class CodeBuildPhase(Model):
    """One phase of the build (the last, `COMPLETED`, has only a start time)."""

    phase_type: str
    start_time: str
    end_time: str | None = None
    duration_in_seconds: float | None = None
    phase_status: str | None = None
    phase_context: tuple[str, ...] | None = None


@model(case="kebab")
class CodeBuildAdditionalInformation(Model):
    """The build's details: environment, source, logs, phases, initiator."""

    build_complete: bool
    initiator: str
    build_start_time: str
    source: CodeBuildSource
    environment: CodeBuildEnvironment
    artifact: CodeBuildArtifact | None = None
    timeout_in_minutes: float | None = None
    build_number: float | None = None
    source_version: str | None = None
    logs: CodeBuildLogs | None = None
    phases: tuple[CodeBuildPhase, ...] | None = None
    queued_timeout_in_minutes: float | None = None


@model(case="kebab")
class CodeBuildStateChangeDetail(Model):
    """AWS CodeBuild through EventBridge: a `CodeBuild Build State Change` detail."""

    build_status: CodeBuildBuildStatus | str
    project_name: str
    build_id: str
    additional_information: CodeBuildAdditionalInformation
    current_phase: str
    current_phase_context: str
    version: str


@model(case="kebab")
class CodeBuildPhaseChangeDetail(Model):
    """AWS CodeBuild through EventBridge: a `CodeBuild Build Phase Change` detail."""

    completed_phase: str
    project_name: str
    build_id: str
    additional_information: CodeBuildAdditionalInformation
    completed_phase_status: str
    completed_phase_start: str
    completed_phase_end: str
    version: str
    completed_phase_context: str | None = None
    completed_phase_duration_seconds: float | None = None
