"""How a subpackage (`lambda_events.cognito`) re-exports its names without importing them."""

from __future__ import annotations

import importlib
import sys

from ._registry import LAZY_NAMES

TYPE_CHECKING = False  # no `typing` at import time (see `__init__.py`)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["lazy_attribute"]


def lazy_attribute(package: str, name: str) -> Any:
    """A public name of a subpackage (`lambda_events.cognito`), imported from its module on
    first use (PEP 562) and kept in the package: importing one submodule never imports its
    siblings. The module is the one `LAZY_NAMES` gives the name.
    """
    module = LAZY_NAMES.get(name, "")
    if not module.startswith(f".{package.partition('.')[2]}."):
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, "lambda_events"), name)
    setattr(sys.modules[package], name, value)
    return value
