"""Lazy public names of the issue 4: streams, messaging, EventBridge (name -> module)."""

from __future__ import annotations

__all__ = ["NAMES"]

NAMES: dict[str, str] = {}
