"""Hooks compiled ahead of time, one module per library module (`python tools/gen_hooks.py`).

Generated: do not edit. The converter imports a module here on a class's first use.
"""

__all__: list[str] = []
