"""Lazy public names of the issue 5: service integrations (name -> module)."""

from __future__ import annotations

__all__ = ["NAMES"]

NAMES: dict[str, str] = {}
