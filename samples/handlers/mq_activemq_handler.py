"""ActiveMQ: message ids and destinations (ported from Powertools)."""

from __future__ import annotations

from typing import Any

from lambda_events import ActiveMQEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, ActiveMQEvent)
    return {
        "statusCode": 200,
        "messages": [
            {
                "id": m.message_id,
                "physical_name": m.destination_physicalname,
                "bytes": len(m.data_as_bytes()),
            }
            for m in ev.messages
        ],
    }
