"""AWS Client VPN connection handler: refuse outdated clients and blocked users."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    ClientVPNConnectionHandlerEvent,
    ClientVPNConnectionHandlerResponse,
    converter,
    to_json_dict,
)

MINIMUM_OS = {"macos": (14, 0), "windows": (10, 0)}
BLOCKED_USERS = frozenset({"former.employee"})


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, ClientVPNConnectionHandlerEvent)
    return to_json_dict(decide(ev))


def _version(text: str | None) -> tuple[int, ...]:
    parts = (text or "").split(".")
    return tuple(int(p) for p in parts if p.isdigit())


def decide(ev: ClientVPNConnectionHandlerEvent) -> ClientVPNConnectionHandlerResponse:
    if ev.username in BLOCKED_USERS:
        return ClientVPNConnectionHandlerResponse.deny("This account cannot use the VPN.")
    minimum = MINIMUM_OS.get((ev.platform or "").lower())
    if minimum is not None and _version(ev.platform_version) < minimum:
        wanted = ".".join(map(str, minimum))
        return ClientVPNConnectionHandlerResponse.deny(
            f"Please update {ev.platform} to {wanted} or later.",
            posture_compliance_statuses=["os-outdated"],
        )
    return ClientVPNConnectionHandlerResponse.allow_connection(
        posture_compliance_statuses=["compliant"]
    )
