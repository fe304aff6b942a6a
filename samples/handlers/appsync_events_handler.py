"""AppSync Events API handler: drop spam on publish, allow subscriptions."""

from __future__ import annotations

from typing import Any

from lambda_events import AppSyncEventsOperation, AppSyncResolverEventsEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any] | None:
    ev = converter.structure(event, AppSyncResolverEventsEvent)
    if ev.info.operation == AppSyncEventsOperation.SUBSCRIBE:
        return None
    kept = [e for e in ev.resolved_events if e["payload"].get("from") != "bot"]
    return {"events": kept}
