"""CloudWatch Logs: the decoded subscription payload, already typed."""

from __future__ import annotations

from typing import Any

from lambda_events import CloudWatchLogsEvent, event_source


@event_source(CloudWatchLogsEvent)
def lambda_handler(event: CloudWatchLogsEvent, context: object) -> dict[str, Any]:
    data = event.parse_logs_data()
    return {
        "log_group": data.log_group,
        "errors": [e.message for e in data.log_events if "ERROR" in e.message],
    }
