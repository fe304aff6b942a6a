"""IoT Core registry: IoTCoreThingGroupEvent."""

from __future__ import annotations

from typing import Any

from lambda_events import IoTCoreThingGroupEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, IoTCoreThingGroupEvent)
    print(f"Received IoT Core event type {ev.event_type}")
    return {
        "event_type": str(ev.event_type),
        "operation": str(ev.operation),
        "subject": ev.thing_group_name,
        "at": ev.timestamp.datetime.isoformat(),
    }
