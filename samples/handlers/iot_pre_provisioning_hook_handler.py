"""AWS IoT pre-provisioning hook: provision only known serial numbers, tag the fleet."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    IoTPreProvisioningHookEvent,
    IoTPreProvisioningHookResponse,
    converter,
    to_json_dict,
)

SERIAL_PREFIX = "TH-2026-"


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, IoTPreProvisioningHookEvent)
    serial = ev.parameters.get("SerialNumber", "")
    if not serial.startswith(SERIAL_PREFIX):
        return to_json_dict(IoTPreProvisioningHookResponse(allow_provisioning=False))
    response = IoTPreProvisioningHookResponse(
        allow_provisioning=True, parameter_overrides={"Fleet": "thermostats-2026"}
    )
    return to_json_dict(response)
