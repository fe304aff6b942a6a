"""CodeDeploy lifecycle hook: the deployment and hook execution ids."""

from __future__ import annotations

from typing import Any

from lambda_events import CodeDeployLifecycleHookEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CodeDeployLifecycleHookEvent)
    # A real hook runs its checks, then calls
    # codedeploy.put_lifecycle_event_hook_execution_status(**ev.status_request("Succeeded"))
    return {
        "deployment_id": ev.deployment_id,
        "lifecycle_event_hook_execution_id": ev.lifecycle_event_hook_execution_id,
        "status_request": ev.status_request("Succeeded"),
    }
