"""Amazon EC2 Auto Scaling: custom termination policies and events delivered by EventBridge.

A custom termination policy invokes the function directly with the capacity to terminate
and the suggested instances; it answers with the instances that are ready
(`AutoScalingCustomTerminationPolicyResponse`). Lifecycle actions and instance launch /
terminate results arrive through EventBridge: `EventBridgeEvent[AutoScalingLifecycleActionDetail]`
and `EventBridgeEvent[AutoScalingInstanceActivityDetail]`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ._model import Model, field, model
from .enums import StrEnum
from .errors import ResponseError
from .timestamps import IsoTimestamp

__all__ = [
    "AutoScalingCapacityToTerminate",
    "AutoScalingCustomTerminationPolicyEvent",
    "AutoScalingCustomTerminationPolicyResponse",
    "AutoScalingInstance",
    "AutoScalingInstanceActivityDetail",
    "AutoScalingLifecycleActionDetail",
    "AutoScalingLifecycleTransition",
    "AutoScalingTerminationCause",
]


class AutoScalingTerminationCause(StrEnum):
    """Why instances are terminating; unknown causes stay plain strings."""

    SCALE_IN = "SCALE_IN"
    INSTANCE_REFRESH = "INSTANCE_REFRESH"
    MAX_INSTANCE_LIFETIME = "MAX_INSTANCE_LIFETIME"
    REBALANCE = "REBALANCE"


class AutoScalingLifecycleTransition(StrEnum):
    """The transition a lifecycle hook paused."""

    LAUNCHING = "autoscaling:EC2_INSTANCE_LAUNCHING"
    TERMINATING = "autoscaling:EC2_INSTANCE_TERMINATING"


# ------------------------------------------------------------ custom termination policy


@model(case="pascal")
class AutoScalingCapacityToTerminate(Model):
    """How much Spot or On-Demand capacity to terminate in one Availability Zone."""

    availability_zone: str
    capacity: int
    instance_market_option: str


@model(case="pascal")
class AutoScalingInstance(Model):
    """An instance Auto Scaling suggests for termination."""

    availability_zone: str
    instance_id: str
    instance_type: str
    instance_market_option: str


@model(case="pascal")
class AutoScalingCustomTerminationPolicyEvent(Model):
    """Amazon EC2 Auto Scaling: a custom termination policy asks which instances may go.

    `HasMoreInstances` is only sent (as true) when more than 30,000 instances qualify.
    """

    auto_scaling_group_arn: str = field(wire="AutoScalingGroupARN")
    auto_scaling_group_name: str
    capacity_to_terminate: tuple[AutoScalingCapacityToTerminate, ...]
    instances: tuple[AutoScalingInstance, ...]
    cause: AutoScalingTerminationCause | str
    has_more_instances: bool | None = None

    @property
    def instance_ids(self) -> tuple[str, ...]:
        """The ids of the suggested instances, in order."""
        return tuple(instance.instance_id for instance in self.instances)


def _check_instance_ids(_instance: object, _attribute: object, ids: tuple[str, ...]) -> None:
    for instance_id in ids:
        if instance_id.__class__ is not str or not instance_id:
            raise ResponseError(f"InstanceIDs holds instance ids as text, not {instance_id!r}")


@model(case="pascal")
class AutoScalingCustomTerminationPolicyResponse(Model):
    """The instances that are ready to terminate (none: `InstanceIDs` is `[]`)."""

    instance_ids: tuple[str, ...] = field(wire="InstanceIDs", validator=_check_instance_ids)

    @classmethod
    def terminate(cls, instance_ids: Iterable[str]) -> AutoScalingCustomTerminationPolicyResponse:
        """Terminate these instances (an empty list: none is ready yet)."""
        return cls(instance_ids=tuple(instance_ids))


# ------------------------------------------------------------------ through EventBridge


@model(case="pascal")
class AutoScalingLifecycleActionDetail(Model):
    """Auto Scaling through EventBridge: an instance waits in a lifecycle hook.

    The `detail` of `EC2 Instance-launch Lifecycle Action` and `EC2 Instance-terminate
    Lifecycle Action`; complete it with `CompleteLifecycleAction` and the token.
    """

    lifecycle_action_token: str
    auto_scaling_group_name: str
    lifecycle_hook_name: str
    ec2_instance_id: str = field(wire="EC2InstanceId")
    lifecycle_transition: AutoScalingLifecycleTransition | str
    notification_metadata: str | None = None
    origin: str | None = None
    destination: str | None = None


@model(case="pascal")
class AutoScalingInstanceActivityDetail(Model):
    """Auto Scaling through EventBridge: an instance launch or termination succeeded or failed.

    The `detail` of `EC2 Instance Launch Successful` / `Unsuccessful` and `EC2 Instance
    Terminate Successful` / `Unsuccessful`; failures carry no `Description`.
    """

    status_code: str
    auto_scaling_group_name: str
    activity_id: str
    request_id: str
    status_message: str
    start_time: IsoTimestamp
    end_time: IsoTimestamp
    ec2_instance_id: str = field(wire="EC2InstanceId")
    cause: str
    description: str | None = None
    details: Mapping[str, str] | None = None
    origin: str | None = None
    destination: str | None = None
