"""Builder for Amazon EC2 Auto Scaling custom termination policy calls."""

from __future__ import annotations

import secrets
import uuid
from typing import TYPE_CHECKING

from ._ids import REGION, arn

if TYPE_CHECKING:
    from .. import AutoScalingCustomTerminationPolicyEvent

__all__ = ["autoscaling_custom_termination_policy_event"]


def autoscaling_custom_termination_policy_event(
    group: str = "my-asg",
    *,
    instances: int = 2,
    cause: str = "SCALE_IN",
    region: str = REGION,
) -> AutoScalingCustomTerminationPolicyEvent:
    """An `AutoScalingCustomTerminationPolicyEvent` suggesting `instances` On-Demand instances."""
    from .. import (
        AutoScalingCapacityToTerminate,
        AutoScalingCustomTerminationPolicyEvent,
        AutoScalingInstance,
    )

    zone = f"{region}a"
    suggested = tuple(
        AutoScalingInstance(
            availability_zone=zone,
            instance_id=f"i-{secrets.token_hex(9)[:17]}",
            instance_type="t3.micro",
            instance_market_option="on-demand",
        )
        for _ in range(instances)
    )
    return AutoScalingCustomTerminationPolicyEvent(
        auto_scaling_group_arn=arn(
            "autoscaling", f"autoScalingGroup:{uuid.uuid4()}:autoScalingGroupName/{group}", region
        ),
        auto_scaling_group_name=group,
        capacity_to_terminate=(
            AutoScalingCapacityToTerminate(
                availability_zone=zone, capacity=1, instance_market_option="on-demand"
            ),
        ),
        instances=suggested,
        cause=cause,
    )
