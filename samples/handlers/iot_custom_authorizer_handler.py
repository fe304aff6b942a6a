"""AWS IoT custom authorizer: MQTT devices log in with a per-device key."""

from __future__ import annotations

import hmac
from typing import Any

from lambda_events import (
    IoTCustomAuthorizerEvent,
    IoTCustomAuthorizerResponse,
    converter,
    to_json_dict,
)

ACCOUNT = "210987654321"
REGION = "eu-west-1"
DEVICE_KEYS = {"thermo-0042": b"s3cr3t-device-key"}  # a real authorizer reads a secret store


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, IoTCustomAuthorizerEvent)
    return to_json_dict(authorize(ev))


def authorize(ev: IoTCustomAuthorizerEvent) -> IoTCustomAuthorizerResponse:
    mqtt = ev.protocol_data.mqtt
    client_id = mqtt.client_id if mqtt is not None else None
    principal = "".join(ch for ch in (client_id or "unknown") if ch.isalnum())
    key = DEVICE_KEYS.get(client_id or "")
    if mqtt is None or mqtt.password is None or key is None:
        return IoTCustomAuthorizerResponse.deny(principal)
    if not hmac.compare_digest(mqtt.password.decoded, key):
        return IoTCustomAuthorizerResponse.deny(principal)
    arn = f"arn:aws:iot:{REGION}:{ACCOUNT}"
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": "iot:Connect", "Resource": f"{arn}:client/{client_id}"},
            {
                "Effect": "Allow",
                "Action": "iot:Publish",
                "Resource": f"{arn}:topic/telemetry/{client_id}",
            },
        ],
    }
    return IoTCustomAuthorizerResponse.allow(
        principal, [policy], refresh_after_in_seconds=3600, context={"deviceId": client_id}
    )
