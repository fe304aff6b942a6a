"""AWS CodeDeploy lifecycle hook events (Lambda and ECS deployment hooks), and deployment /
instance state changes delivered by EventBridge
(`EventBridgeEvent[CodeDeployDeploymentStateChangeDetail]`).
"""

from __future__ import annotations

from typing import Literal

from ._model import Model, model
from .enums import StrEnum
from .errors import ResponseError, quoted

__all__ = [
    "CodeDeployDeploymentState",
    "CodeDeployDeploymentStateChangeDetail",
    "CodeDeployInstanceStateChangeDetail",
    "CodeDeployLifecycleHookEvent",
]


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


# ------------------------------------------------------------------ through EventBridge


class CodeDeployDeploymentState(StrEnum):
    """The state of a deployment or of an instance in it; unknown states stay plain strings."""

    START = "START"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
    STOP = "STOP"
    READY = "READY"
    SUPERSEDED = "SUPERSEDED"


@model
class CodeDeployDeploymentStateChangeDetail(Model):
    """AWS CodeDeploy through EventBridge: `CodeDeploy Deployment State-change Notification`."""

    application: str
    deployment_group: str
    deployment_id: str
    state: CodeDeployDeploymentState | str
    region: str
    instance_group_id: str | None = None


@model
class CodeDeployInstanceStateChangeDetail(Model):
    """AWS CodeDeploy through EventBridge: `CodeDeploy Instance State-change Notification`."""

    application: str
    deployment_group: str
    deployment_id: str
    instance_id: str
    state: CodeDeployDeploymentState | str
    region: str
    instance_group_id: str | None = None
