"""AWS CodeDeploy lifecycle hook events (Lambda and ECS deployment hooks)."""

from __future__ import annotations

from typing import Literal

from ._model import Model, model
from .errors import ResponseError, quoted

__all__ = ["CodeDeployLifecycleHookEvent"]


@model(case="pascal")
class CodeDeployLifecycleHookEvent(Model):
    """AWS CodeDeploy: a lifecycle hook (`BeforeAllowTraffic`, `AfterAllowTraffic`, ...).

    The function reports the hook's outcome with CodeDeploy's
    `PutLifecycleEventHookExecutionStatus`; `status_request(...)` builds its parameters.
    """

    deployment_id: str
    lifecycle_event_hook_execution_id: str

    def status_request(self, status: Literal["Succeeded", "Failed"]) -> dict[str, str]:
        """Keyword arguments for `put_lifecycle_event_hook_execution_status`."""
        if status not in ("Succeeded", "Failed"):
            raise ResponseError(f"status must be Succeeded or Failed, not {quoted(status)}")
        return {
            "deploymentId": self.deployment_id,
            "lifecycleEventHookExecutionId": self.lifecycle_event_hook_execution_id,
            "status": status,
        }
