"""Amazon Connect contact flow: route by channel, answer with flat string attributes."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    ConnectContactFlowChannel,
    ConnectContactFlowEndpointType,
    ConnectContactFlowEvent,
    converter,
)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, str]:
    ev = converter.structure(event, ConnectContactFlowEvent)
    data = ev.contact_data
    caller = data.customer_endpoint
    is_phone = (
        caller is not None
        and caller.endpoint_type == ConnectContactFlowEndpointType.TELEPHONE_NUMBER
    )
    return {
        "channel": str(data.channel),
        "isVoice": str(data.channel == ConnectContactFlowChannel.VOICE).lower(),
        "callerNumber": caller.address if caller is not None and is_phone else "",
        "initiation": str(data.initiation_method),
        "queue": data.queue.name if data.queue is not None else "",
        "tier": data.attributes.get("customerTier", "standard"),
    }
