"""Builder for AWS CodeDeploy lifecycle hook events."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from ._common import compact
from ._ids import UPPER_ALNUM, b64, random_id

if TYPE_CHECKING:
    from .. import CodeDeployLifecycleHookEvent

__all__ = ["codedeploy_lifecycle_hook_event"]


def codedeploy_lifecycle_hook_event(
    deployment_id: str | None = None, *, hook_execution_id: str | None = None
) -> CodeDeployLifecycleHookEvent:
    """A `CodeDeployLifecycleHookEvent` (`d-XXXXXXXXX` deployment, opaque hook execution id)."""
    from .. import CodeDeployLifecycleHookEvent

    if hook_execution_id is None:
        opaque = {"encryptedData": b64(48), "iv": b64(12), "materialSetSerial": 1}
        hook_execution_id = base64.b64encode(compact(opaque).encode()).decode()
    return CodeDeployLifecycleHookEvent(
        deployment_id=deployment_id or f"d-{random_id(9, UPPER_ALNUM)}",
        lifecycle_event_hook_execution_id=hook_execution_id,
    )
