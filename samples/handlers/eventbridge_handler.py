"""EventBridge: the detail type and the instance state (ported from Powertools)."""

from __future__ import annotations

from typing import Any

from lambda_events import EventBridgeEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, EventBridgeEvent)
    detail = ev.detail if isinstance(ev.detail, dict) else {}
    return {"detail_type": ev.detail_type, "state": detail.get("state")}
