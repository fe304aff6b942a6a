"""AWS Step Functions events delivered by EventBridge (`Step Functions Execution Status Change`).

`input` and `output` are the execution's JSON text, kept exactly as sent (`None` when
too large to include: see `inputDetails.included`); `startDate` and `stopDate` are epoch
milliseconds.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from ._model import Model, model
from ._payload import load_json
from .enums import StrEnum
from .timestamps import EpochMillis

__all__ = [
    "StepFunctionsExecutionStatus",
    "StepFunctionsExecutionStatusChangeDetail",
    "StepFunctionsPayloadDetails",
]


class StepFunctionsExecutionStatus(StrEnum):
    """The execution's status; unknown statuses stay plain strings."""

    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    ABORTED = "ABORTED"
    PENDING_REDRIVE = "PENDING_REDRIVE"


@model
class StepFunctionsPayloadDetails(Model):
    """Whether the input or output was included (false when it was too large)."""

    included: bool


@model
class StepFunctionsExecutionStatusChangeDetail(Model):
    """AWS Step Functions through EventBridge: an execution changed status."""

    execution_arn: str
    state_machine_arn: str
    name: str
    status: StepFunctionsExecutionStatus | str
    start_date: EpochMillis
    stop_date: EpochMillis | None = None
    input: str | None = None
    output: str | None = None
    input_details: StepFunctionsPayloadDetails | None = None
    output_details: StepFunctionsPayloadDetails | None = None
    error: str | None = None
    cause: str | None = None
    redrive_count: int | None = None
    redrive_date: EpochMillis | None = None
    redrive_status: str | None = None
    redrive_status_reason: str | None = None
    state_machine_version_arn: str | None = None
    state_machine_alias_arn: str | None = None

    @cached_property
    def input_decoded(self) -> Any:
        """`input` parsed as JSON; None when absent."""
        return load_json(self.input) if self.input is not None else None

    @cached_property
    def output_decoded(self) -> Any:
        """`output` parsed as JSON; None when absent."""
        return load_json(self.output) if self.output is not None else None
