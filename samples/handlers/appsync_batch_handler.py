"""AppSync batch resolver: one result per event, in order."""

from __future__ import annotations

from typing import Any

from lambda_events import AppSyncResolverEvent, converter

AUTHORS = {"a-1": "Ana", "a-2": "Bruno", "a-3": "Carla"}


def lambda_handler(event: list[dict[str, Any]], context: object) -> list[dict[str, Any]]:
    batch = converter.structure(event, list[AppSyncResolverEvent])
    return [{"name": AUTHORS.get(str(ev.resolved_source.get("authorId")))} for ev in batch]
