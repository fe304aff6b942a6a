"""Amazon CloudWatch alarm state-change actions that invoke Lambda (metric and composite)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ._model import Model, field, model
from ._payload import load_json, structure_json
from .enums import StrEnum
from .timestamps import IsoTimestamp

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = [
    "CloudWatchAlarmConfiguration",
    "CloudWatchAlarmData",
    "CloudWatchAlarmEvent",
    "CloudWatchAlarmMetric",
    "CloudWatchAlarmMetricDefinition",
    "CloudWatchAlarmMetricStat",
    "CloudWatchAlarmSNSDimension",
    "CloudWatchAlarmSNSMessage",
    "CloudWatchAlarmSNSMetric",
    "CloudWatchAlarmSNSMetricDataQuery",
    "CloudWatchAlarmSNSMetricStat",
    "CloudWatchAlarmSNSTrigger",
    "CloudWatchAlarmState",
    "CloudWatchAlarmStateValue",
]

T = TypeVar("T")


class CloudWatchAlarmStateValue(StrEnum):
    """The state of an alarm."""

    OK = "OK"
    ALARM = "ALARM"
    INSUFFICIENT_DATA = "INSUFFICIENT_DATA"


@model
class CloudWatchAlarmState(Model):
    """A state of the alarm: value, why, and when. `reasonData` is JSON text, kept exact."""

    value: CloudWatchAlarmStateValue | str
    reason: str
    timestamp: IsoTimestamp
    reason_data: str | None = None
    actions_suppressed_by: str | None = None
    actions_suppressed_reason: str | None = None

    @cached_property
    def reason_data_decoded(self) -> Any:
        """`reasonData` parsed as JSON; None when absent or empty."""
        return load_json(self.reason_data) if self.reason_data else None

    def reason_data_as(
        self, cls: type[T], converter: LambdaEventsConverter | None = None
    ) -> T | None:
        """`reasonData` structured into `cls`; None when absent or empty."""
        return structure_json(self.reason_data, cls, converter) if self.reason_data else None


@model
class CloudWatchAlarmMetricDefinition(Model):
    """The metric a query reads: namespace, name and dimensions."""

    name: str
    namespace: str | None = None
    dimensions: Mapping[str, str] | None = None


@model
class CloudWatchAlarmMetricStat(Model):
    """A metric with its period, statistic and unit."""

    metric: CloudWatchAlarmMetricDefinition
    period: int | None = None
    stat: str | None = None
    unit: str | None = None


@model
class CloudWatchAlarmMetric(Model):
    """One metric query of the alarm: a metric (`metricStat`) or a math `expression`."""

    metric_id: str = field(wire="id")
    metric_stat: CloudWatchAlarmMetricStat | None = None
    expression: str | None = None
    label: str | None = None
    return_data: bool | None = None
    period: int | None = None
    account_id: str | None = None

    @property
    def is_expression(self) -> bool:
        """True for a metric-math expression (no `metricStat`)."""
        return self.expression is not None


@model
class CloudWatchAlarmConfiguration(Model):
    """How the alarm is defined: metric queries, or a rule over other alarms (composite)."""

    description: str | None = None
    metrics: tuple[CloudWatchAlarmMetric, ...] | None = None
    alarm_rule: str | None = None
    alarm_actions_suppressor: str | None = field(wire="actionsSuppressor", default=None)
    alarm_actions_suppressor_wait_period: int | None = field(
        wire="actionsSuppressorWaitPeriod", default=None
    )
    alarm_actions_suppressor_extension_period: int | None = field(
        wire="actionsSuppressorExtensionPeriod", default=None
    )

    @property
    def is_composite(self) -> bool:
        """True for a composite alarm (an `alarmRule` over other alarms)."""
        return self.alarm_rule is not None


@model
class CloudWatchAlarmData(Model):
    """The alarm: its name, current and previous state, and its configuration."""

    alarm_name: str
    state: CloudWatchAlarmState
    previous_state: CloudWatchAlarmState
    configuration: CloudWatchAlarmConfiguration


@model
class CloudWatchAlarmEvent(Model):
    """Amazon CloudWatch: an alarm changed state and its action invokes this function."""

    source: str
    alarm_arn: str
    source_account_id: str = field(wire="accountId")
    timestamp: IsoTimestamp = field(wire="time")
    region: str
    alarm_data: CloudWatchAlarmData


# ------------------------------------------------------------------------ through SNS


@model
class CloudWatchAlarmSNSDimension(Model):
    """One metric dimension of an SNS alarm message (lowercase `name` / `value`)."""

    name: str
    value: str


@model(case="pascal")
class CloudWatchAlarmSNSMetric(Model):
    """A metric of an SNS alarm message's metric query."""

    metric_name: str
    namespace: str | None = None
    dimensions: tuple[CloudWatchAlarmSNSDimension, ...] | None = None


@model(case="pascal")
class CloudWatchAlarmSNSMetricStat(Model):
    """A metric with its period and statistic."""

    metric: CloudWatchAlarmSNSMetric
    period: int | None = None
    stat: str | None = None
    unit: str | None = None


@model(case="pascal")
class CloudWatchAlarmSNSMetricDataQuery(Model):
    """One metric query of a metric-math alarm: a metric (`MetricStat`) or an `Expression`."""

    id: str
    metric_stat: CloudWatchAlarmSNSMetricStat | None = None
    expression: str | None = None
    label: str | None = None
    return_data: bool | None = None
    period: int | None = None
    account_id: str | None = None


@model(case="pascal")
class CloudWatchAlarmSNSTrigger(Model):
    """What the alarm watches: one metric (`MetricName`...) or metric queries (`Metrics`)."""

    period: int | None = None
    evaluation_periods: int | None = None
    comparison_operator: str | None = None
    threshold: float | None = None
    metric_name: str | None = None
    namespace: str | None = None
    statistic_type: str | None = None
    statistic: str | None = None
    extended_statistic: str | None = None
    unit: str | None = None
    dimensions: tuple[CloudWatchAlarmSNSDimension, ...] | None = None
    metrics: tuple[CloudWatchAlarmSNSMetricDataQuery, ...] | None = None
    treat_missing_data: str | None = None
    evaluate_low_sample_count_percentile: str | None = None
    datapoints_to_alarm: int | None = None


@model(case="pascal")
class CloudWatchAlarmSNSMessage(Model):
    """Amazon CloudWatch alarm delivered through SNS: the JSON of the SNS `Message`.

    Use it as a typed payload: `SNSEvent[CloudWatchAlarmSNSMessage]` (or
    `SQSEvent[SNSMessage[CloudWatchAlarmSNSMessage]]`). `StateChangeTime` is ISO-8601 with a
    `+0000` offset. Composite alarms carry `AlarmRule` instead of `Trigger`.
    """

    alarm_name: str
    aws_account_id: str = field(wire="AWSAccountId")
    new_state_value: CloudWatchAlarmStateValue | str
    new_state_reason: str
    state_change_time: IsoTimestamp
    region: str
    old_state_value: CloudWatchAlarmStateValue | str
    alarm_arn: str | None = None
    alarm_description: str | None = None
    alarm_configuration_updated_timestamp: IsoTimestamp | None = None
    trigger: CloudWatchAlarmSNSTrigger | None = None
    alarm_rule: str | None = None
    ok_actions: tuple[str, ...] | None = field(wire="OKActions", default=None)
    alarm_actions: tuple[str, ...] | None = None
    insufficient_data_actions: tuple[str, ...] | None = None

    @property
    def is_alarm(self) -> bool:
        """True when the alarm went into the ALARM state."""
        return self.new_state_value == CloudWatchAlarmStateValue.ALARM
