"""Open string enums: known values are members, unknown values stay plain strings.

A field typed `MyEnum | str` structures a known value to its member and any other string
to itself, so a new AWS channel or trigger source never breaks parsing and round-trips.
"""

from __future__ import annotations

import enum

__all__ = ["StrEnum"]


class StrEnum(str, enum.Enum):
    """A `str` enum that prints as its value (like Python 3.11's `enum.StrEnum`)."""

    def __str__(self) -> str:
        return str(self.value)
