"""Builder for Amazon CloudWatch alarm state changes."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._common import compact
from ._ids import ACCOUNT, REGION, iso_offset_at, now_ms

if TYPE_CHECKING:
    from .. import CloudWatchAlarmEvent, CloudWatchAlarmState

__all__ = ["cloudwatch_alarm_event"]


def _metric_state(
    state: str, value: float, threshold: float, stat: str, period: int, when: int
) -> CloudWatchAlarmState:
    """A metric alarm's state whose reason and `reasonData` agree with the datapoint."""
    from .. import CloudWatchAlarmState

    start = when - when % 60_000 - period * 1000
    point = time.strftime("%d/%m/%y %H:%M:%S", time.gmtime(start / 1000))
    if state == "INSUFFICIENT_DATA":
        reason = "Insufficient Data: 1 datapoint was unknown."
        data: dict[str, Any] = {"recentDatapoints": []}
    else:
        relation = "was" if state == "ALARM" else "was not"
        reason = (
            f"Threshold Crossed: 1 datapoint [{value} ({point})] {relation} greater than or "
            f"equal to the threshold ({threshold})."
        )
        data = {
            "recentDatapoints": [value],
            "evaluatedDatapoints": [
                {"timestamp": iso_offset_at(start), "sampleCount": 1.0, "value": value}
            ],
        }
    reason_data = {
        "version": "1.0",
        "queryDate": iso_offset_at(when - 5),
        "startDate": iso_offset_at(start),
        "statistic": stat,
        "period": period,
        **data,
        "threshold": threshold,
    }
    return CloudWatchAlarmState(
        value=state, reason=reason, reason_data=compact(reason_data), timestamp=iso_offset_at(when)
    )


def cloudwatch_alarm_event(
    state: Literal["ALARM", "OK", "INSUFFICIENT_DATA"] = "ALARM",
    *,
    previous_state: Literal["ALARM", "OK", "INSUFFICIENT_DATA"] = "OK",
    alarm_name: str = "my-alarm",
    namespace: str = "AWS/Lambda",
    metric_name: str = "Errors",
    dimensions: Mapping[str, str] | None = None,
    stat: str = "Sum",
    period: int = 60,
    threshold: float = 1.0,
    value: float | None = None,
    description: str | None = None,
    alarm_rule: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> CloudWatchAlarmEvent:
    """A `CloudWatchAlarmEvent`: the alarm went from `previous_state` to `state`.

    A metric alarm by default, whose reasons and `reasonData` agree with `threshold` and
    the datapoint `value` (above it in ALARM, below otherwise); with `alarm_rule`, a
    composite alarm over other alarms.
    """
    from .. import (
        CloudWatchAlarmConfiguration,
        CloudWatchAlarmData,
        CloudWatchAlarmEvent,
        CloudWatchAlarmMetric,
        CloudWatchAlarmMetricDefinition,
        CloudWatchAlarmMetricStat,
        CloudWatchAlarmState,
    )

    when = now_ms()
    before = when - 15 * 60_000
    if alarm_rule is not None:
        prefix = f"arn:aws:cloudwatch:{region}:{account}:alarm:"
        children = re.findall(r"ALARM\(\"?([^\")]+)\"?\)", alarm_rule)
        child = children[0] if children else "child-alarm"

        def composite(value: str, ms: int) -> CloudWatchAlarmState:
            firing = value == "ALARM"
            triggering = (
                [
                    {
                        "arn": prefix + child,
                        "state": {"value": "ALARM", "timestamp": iso_offset_at(ms)},
                    }
                ]
                if firing
                else []
            )
            reason = (
                f"{prefix}{child} transitioned to ALARM" if firing else "No child alarm in ALARM"
            )
            return CloudWatchAlarmState(
                value=value,
                reason=reason,
                reason_data=compact({"triggeringAlarms": triggering}),
                timestamp=iso_offset_at(ms),
            )

        current, previous = composite(state, when), composite(previous_state, before)
        configuration = CloudWatchAlarmConfiguration(description=description, alarm_rule=alarm_rule)
    else:

        def datapoint(value_state: str) -> float:
            if value is not None and value_state == state:
                return value
            return threshold + 1.0 if value_state == "ALARM" else max(threshold - 1.0, 0.0)

        current = _metric_state(state, datapoint(state), threshold, stat, period, when)
        previous = _metric_state(
            previous_state, datapoint(previous_state), threshold, stat, period, before
        )
        metric = CloudWatchAlarmMetric(
            metric_id=str(uuid.uuid4()),
            metric_stat=CloudWatchAlarmMetricStat(
                metric=CloudWatchAlarmMetricDefinition(
                    namespace=namespace, name=metric_name, dimensions=dict(dimensions or {})
                ),
                period=period,
                stat=stat,
            ),
            return_data=True,
        )
        configuration = CloudWatchAlarmConfiguration(description=description, metrics=(metric,))
    return CloudWatchAlarmEvent(
        source="aws.cloudwatch",
        alarm_arn=f"arn:aws:cloudwatch:{region}:{account}:alarm:{alarm_name}",
        source_account_id=account,
        timestamp=iso_offset_at(when),
        region=region,
        alarm_data=CloudWatchAlarmData(
            alarm_name=alarm_name,
            state=current,
            previous_state=previous,
            configuration=configuration,
        ),
    )
