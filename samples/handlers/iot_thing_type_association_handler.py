"""IoT Core registry: IoTCoreThingTypeAssociationEvent."""

from __future__ import annotations

from typing import Any

from lambda_events import IoTCoreThingTypeAssociationEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, IoTCoreThingTypeAssociationEvent)
    print(f"Received IoT Core event type {ev.event_type}")
    return {
        "event_type": str(ev.event_type),
        "operation": str(ev.operation),
        "subject": ev.thing_name,
        "at": ev.timestamp.datetime.isoformat(),
    }
