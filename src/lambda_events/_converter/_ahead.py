"""Hooks compiled ahead of time: the generated source of every library class, shipped as code.

`tools/gen_hooks.py` writes the source `_codegen` generates for each library class into
`lambda_events._generated.<module>` (one module per event module, imported on first use),
so the package's bytecode holds it compiled. At first use the converter still builds the
source and the helpers for itself; a shipped function is used only when its source is the
very same text, and it runs with this converter's helpers as its globals. The source is the
fingerprint: a copy with `forbid_extra_keys`, a user's hook for a wire type inside, or a
changed class produces other text and is compiled as before; limits and a user's hooks for
nested types live in the helpers, which are always this converter's own.
"""

from __future__ import annotations

import builtins
import importlib
from types import FunctionType
from typing import Any

__all__ = ["PACKAGE", "Recorded", "module_for", "recording", "shipped"]

PACKAGE = "lambda_events._generated"
_LIBRARY = "lambda_events."

Recorded = list[tuple[str, type, str]]
recording: Recorded | None = None  # set by tools/gen_hooks.py: every generated source, kept

# generated module name -> its table ("structure SQSRecord" -> (function, source)), or None
_TABLES: dict[str, dict[str, tuple[Any, str]] | None] = {}


def module_for(cls: type) -> str | None:
    """`lambda_events.sqs` -> `lambda_events._generated.sqs`; None outside the library."""
    name = cls.__module__
    if not name.startswith(_LIBRARY) or name.startswith(PACKAGE):
        return None
    return f"{PACKAGE}.{name[len(_LIBRARY) :].replace('.', '__')}"


def _table(module: str) -> dict[str, tuple[Any, str]] | None:
    if module not in _TABLES:
        try:
            _TABLES[module] = importlib.import_module(module).HOOKS
        except ImportError:  # not generated (yet): compiled at first use
            _TABLES[module] = None
    return _TABLES[module]


def shipped(name: str, t: Any, source: str, namespace: dict[str, Any]) -> Any:
    """The shipped function for exactly this source, with `namespace` as its globals."""
    if recording is not None:
        recording.append((name, t, source))
    module = module_for(t) if isinstance(t, type) else None  # `SQSEvent[Order]`: at first use
    table = _table(module) if module is not None else None
    found = table.get(f"{name} {t.__qualname__}") if table is not None else None
    if found is None or found[1] != source:
        return None
    fn = found[0]
    namespace["__builtins__"] = builtins
    return FunctionType(fn.__code__, namespace, fn.__name__, fn.__defaults__)
