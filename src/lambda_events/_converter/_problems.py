"""Problems collected while structuring, each with its wire path.

Generated hooks append `Problem` objects as they go; an exception from code that is not
ours (a user's cattrs hook, a codec) becomes problems here. cattrs' own errors are walked
as objects (`group_exceptions`), never parsed back out of their text, so a payload key
cannot forge a path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from ..errors import Problem, StructureError, kind_of

__all__ = [
    "as_dict",
    "bad",
    "element_problems",
    "failed",
    "missing",
    "problems_from",
    "top_level",
    "unknown_keys",
]

_QUOTED = 40


def problems_from(exc: BaseException) -> list[Problem]:
    """The problems an exception describes, with paths relative to where it was raised."""
    if isinstance(exc, StructureError):
        return list(exc.problems)
    if isinstance(exc, BaseValidationError):
        return _cattrs_problems(exc)
    if isinstance(exc, RecursionError):
        return [Problem((), "nested too deeply")]
    return [Problem((), _message(exc))]


def _message(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "..."


def _cattrs_problems(exc: BaseValidationError) -> list[Problem]:
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        located, rest = exc.group_exceptions()
    else:
        located, rest = [], list(exc.exceptions)
    out = [p for sub, note in located for p in _under(_where(note), sub)]
    return out + [p for sub in rest for p in problems_from(sub)]


def _where(note: object) -> str | int | None:
    """The attribute name or element index a cattrs note carries."""
    if isinstance(note, AttributeValidationNote):
        return note.name
    return note.index if isinstance(note, IterableValidationNote) else None


def _under(where: str | int | None, exc: BaseException) -> list[Problem]:
    if where is None:
        return problems_from(exc)
    if isinstance(exc, KeyError):  # cattrs: a required attribute's key is absent
        return [Problem((where,), "missing required key")]
    return [p.prefixed((where,)) for p in problems_from(exc)]


def top_level(fn: Any, value: Any) -> Any:
    """Call a value function at the top of a `structure` call: every failure documented."""
    try:
        return fn(value)
    except StructureError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes the documented error
        raise StructureError(problems_from(exc)) from None


def failed(problems: list[Problem] | None, key: str, exc: BaseException) -> list[Problem]:
    out = problems if problems is not None else []
    out.extend(p.prefixed((key,)) for p in problems_from(exc))
    return out


def missing(problems: list[Problem] | None, key: str) -> list[Problem]:
    out = problems if problems is not None else []
    out.append(Problem((key,), "missing required key"))
    return out


def bad(problems: list[Problem] | None, key: str, value: Any, what: str) -> list[Problem]:
    out = problems if problems is not None else []
    out.append(Problem((key,), f"expected {what}, got {kind_of(value)}"))
    return out


def unknown_keys(problems: list[Problem] | None, unknown: Mapping[str, Any]) -> list[Problem]:
    out = problems if problems is not None else []
    out.extend(Problem((key,), "unknown key (forbid_extra_keys is set)") for key in unknown)
    return out


def as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    raise StructureError.at((), f"expected an object, got {kind_of(value)}")


def element_problems(item: Any, pairs: Iterable[tuple[Any, Any]]) -> list[Problem]:
    """Every problem of a container's elements, each under its index or key."""
    problems: list[Problem] = []
    for where, element in pairs:
        try:
            item(element)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a problem
            problems.extend(p.prefixed((where,)) for p in problems_from(exc))
    return problems
