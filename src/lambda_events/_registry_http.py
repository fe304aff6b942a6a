"""Lazy public names of the issue 3: HTTP and authorizer events (name -> module)."""

from __future__ import annotations

__all__ = ["NAMES"]

NAMES: dict[str, str] = {}
