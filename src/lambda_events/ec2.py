"""Amazon EC2 instance state changes delivered by EventBridge.

`EventBridgeEvent[EC2InstanceStateChangeNotificationDetail]`.
"""

from __future__ import annotations

from ._model import Model, model
from .enums import StrEnum

__all__ = ["EC2InstanceState", "EC2InstanceStateChangeNotificationDetail"]


class EC2InstanceState(StrEnum):
    """The state an instance entered; unknown states stay plain strings."""

    PENDING = "pending"
    RUNNING = "running"
    STOPPING = "stopping"
    STOPPED = "stopped"
    SHUTTING_DOWN = "shutting-down"
    TERMINATED = "terminated"


@model(case="kebab")
class EC2InstanceStateChangeNotificationDetail(Model):
    """Amazon EC2 through EventBridge: `EC2 Instance State-change Notification` detail."""

    instance_id: str
    state: EC2InstanceState | str
