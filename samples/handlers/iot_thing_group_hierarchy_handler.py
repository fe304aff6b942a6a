"""IoT Core registry: IoTCoreAddOrDeleteFromThingGroupEvent."""

from __future__ import annotations

from typing import Any

from lambda_events import IoTCoreAddOrDeleteFromThingGroupEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, IoTCoreAddOrDeleteFromThingGroupEvent)
    print(f"Received IoT Core event type {ev.event_type}")
    return {
        "event_type": str(ev.event_type),
        "operation": str(ev.operation),
        "subject": ev.child_group_name,
        "at": ev.timestamp.datetime.isoformat(),
    }
