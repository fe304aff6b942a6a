"""Helpers shared by the test modules: samples, the shared corpus, round-trip checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lambda_events import converter

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "events"
RESPONSES = ROOT / "samples" / "responses"
SHARED = ROOT.parent / "shared"
CORPUS_MAP = SHARED / "tools" / "corpus_map.json"
CORPORA = ("powertools", "go", "java", "sam")
CORPUS_ROOTS = {"seed": SHARED / "seed" / "events", **{c: SHARED / "corpus" / c for c in CORPORA}}


def detected_samples() -> list[tuple[Path, Any, Any]]:
    """(path, raw event, detected class) for every bundled sample that detection recognises."""
    from lambda_events import DetectionError, detect

    found = []
    for path in sorted(SAMPLES.glob("*.json")):
        raw = json.loads(path.read_text())
        try:
            found.append((path, raw, detect(raw)))
        except DetectionError:
            continue
    return found


def load_tool(name: str) -> Any:
    """A script of tools/ (`gen_docs`, `gen_hooks`) imported as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_sample(name: str) -> Any:
    """A bundled sample event from samples/events/."""
    return json.loads((SAMPLES / name).read_text())


def load_response(name: str) -> Any:
    """A bundled response sample from samples/responses/ (the JSON AWS expects back)."""
    return json.loads((RESPONSES / name).read_text())


def shared_files(*class_names: str) -> list[Any]:
    """pytest params (path, class name) for every shared-corpus file mapped to these classes.

    Returns a single skipped param when ../shared is absent, so tests skip cleanly.
    """
    if not CORPUS_MAP.exists():
        return [pytest.param(None, None, marks=pytest.mark.skip(reason="../shared is absent"))]
    mapping = json.loads(CORPUS_MAP.read_text())
    out = []
    for rel, cls in sorted(mapping.items()):
        if cls in class_names:
            corpus, _, name = rel.partition("/")
            out.append(pytest.param(CORPUS_ROOTS[corpus] / name, cls, id=rel))
    return out


def assert_round_trip(raw: Any, cls: Any) -> Any:
    """Structure `raw`, check both round trips exactly, and return the object."""
    obj = converter.structure(raw, cls)
    back = converter.unstructure(obj)
    assert_same_json(back, raw)
    assert converter.structure(back, cls) == obj
    json.dumps(back)  # what Lambda will serialize
    return obj


def assert_same_json(actual: Any, expected: Any, path: str = "$") -> None:
    """Deep equality that also tells int from float and bool from int."""
    assert type(actual) is type(expected) or (
        isinstance(actual, str) and isinstance(expected, str)
    ), f"{path}: {type(actual).__name__} != {type(expected).__name__}"
    if isinstance(expected, dict):
        assert set(actual) == set(expected), f"{path}: keys {set(actual) ^ set(expected)}"
        for key in expected:
            assert_same_json(actual[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, list) and path.rpartition(".")[2] in {"SS", "NS", "BS"}:
        assert sorted(actual) == sorted(expected), f"{path}: set members differ"
    elif isinstance(expected, list):
        assert len(actual) == len(expected), f"{path}: length"
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_same_json(a, e, f"{path}[{i}]")
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"


def structure_error(raw: Any, cls: Any) -> str:
    """The message of the StructureError that structuring `raw` must raise."""
    from lambda_events import StructureError

    with pytest.raises(StructureError) as info:
        converter.structure(raw, cls)
    return str(info.value)
