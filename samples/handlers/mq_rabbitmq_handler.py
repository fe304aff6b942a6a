"""RabbitMQ: messages per queue with their JSON payload (ported from Powertools)."""

from __future__ import annotations

from typing import Any

from lambda_events import RabbitMQEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, RabbitMQEvent)
    out: dict[str, list[dict[str, Any]]] = {}
    for queue_name, messages in ev.rmq_messages_by_queue.items():
        for message in messages:
            out.setdefault(queue_name, []).append(
                {"message_id": message.basic_properties.message_id, "data": message.json_data}
            )
    return out
