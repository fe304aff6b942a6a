"""AWS IoT button: one action per kind of click, and a low-battery warning."""

from __future__ import annotations

from typing import Any

from lambda_events import IoTButtonClickType, IoTButtonEvent, converter

ACTIONS: dict[str, str] = {
    IoTButtonClickType.SINGLE: "order-coffee",
    IoTButtonClickType.DOUBLE: "order-tea",
    IoTButtonClickType.LONG: "call-reception",
}
LOW_BATTERY_MV = 1800


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, IoTButtonEvent)
    millivolts = int(ev.battery_voltage.removesuffix("mV") or 0)
    return {
        "button": ev.serial_number,
        "action": ACTIONS.get(ev.click_type, "ignored"),
        "lowBattery": millivolts < LOW_BATTERY_MV,
    }
