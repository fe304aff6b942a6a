"""CloudWatch alarm action: route the alarm, flag P1s, show what triggered it."""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import CloudWatchAlarmEvent, converter

logger = logging.getLogger(__name__)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CloudWatchAlarmEvent)
    data = ev.alarm_data
    logger.info("Alarm %s state is %s", data.alarm_name, data.state.value)
    reason = data.state.reason_data_decoded or {}
    if data.configuration.is_composite:
        triggered = [alarm["arn"] for alarm in reason.get("triggeringAlarms", [])]
    else:
        triggered = [m.metric_id for m in data.configuration.metrics or () if m.return_data]
    return {
        "name": data.alarm_name,
        "arn": ev.alarm_arn,
        "state": str(data.state.value),
        "since": ev.timestamp.datetime.isoformat(),
        "urgent": "Priority: P1" in (data.configuration.description or ""),
        "triggered_by": triggered,
    }
