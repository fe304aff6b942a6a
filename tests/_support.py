"""Helpers shared by the test modules: samples, the shared corpus, round-trip checks."""

from __future__ import annotations

import base64
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import EventBridgeEvent, converter

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "events"
RESPONSES = ROOT / "samples" / "responses"
SHARED = ROOT.parent / "shared"
CORPUS_MAP = SHARED / "tools" / "corpus_map.json"
CORPORA = ("powertools", "go", "java", "sam")
CORPUS_ROOTS = {"seed": SHARED / "seed" / "events", **{c: SHARED / "corpus" / c for c in CORPORA}}
STRICT = converter.copy(forbid_extra_keys=True)


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


def assert_corpus_round_trip(path: Path, cls_name: str) -> Any:
    """Round-trip a shared-corpus file (a list of events as a list) and return the object."""
    raw = json.loads(path.read_text())
    cls: Any = getattr(lambda_events, cls_name)
    return assert_round_trip(raw, list[cls] if isinstance(raw, list) else cls)


def assert_unknown_keys_survive(name: str, cls: Any, also_unknown: int = 0) -> None:
    """A new top-level key on a sample is kept in `unknown_keys` and written back."""
    raw = {**load_sample(name), "brandNewAwsField": {"x": [1, 2.0]}}
    obj = assert_round_trip(raw, cls)
    assert obj.unknown_keys["brandNewAwsField"] == {"x": [1, 2.0]}
    assert len(obj.unknown_keys) == 1 + also_unknown


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


def set_at(path: tuple[Any, ...], value: Any) -> Callable[[Any], None]:
    """A change to a raw event: the value at `path` (keys and indexes) becomes `value`."""

    def mutate(raw: Any) -> None:
        target: Any = raw
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def delete_at(path: tuple[Any, ...]) -> Callable[[Any], None]:
    """A change to a raw event: the key at `path` is removed."""

    def mutate(raw: Any) -> None:
        target: Any = raw
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


# ------------------------------------------------------------------ sample handlers


def sample_handler(module: str) -> Callable[[Any, object], Any]:
    """The `lambda_handler` of samples/handlers/<module>.py."""
    return importlib.import_module(f"samples.handlers.{module}").lambda_handler  # type: ignore[no-any-return]


def run_sample_handler(module: str, sample: str, **changes: Any) -> Any:
    """A sample handler's answer to a sample (top-level keys changed); Lambda can serialize it."""
    raw = load_sample(sample)
    raw.update(changes)
    out = sample_handler(module)(raw, None)
    json.dumps(out)  # what Lambda serializes
    return out


# ------------------------------------------------ user payloads inside event envelopes


@attrs.frozen
class Customer:
    """A user's payload class: the customer of an order."""

    id: int
    tier: str


@attrs.frozen
class Order:
    """A user's payload class: an order, as producers put it in SQS, SNS, Kinesis, Kafka, ..."""

    orderId: str  # noqa: N815 - the producer's JSON keys
    customer: Customer
    total: float


def order_json(i: int, customer_id: Any = None) -> str:
    """The JSON text of order number `i` (its customer id replaceable by a wrong value)."""
    cid = i if customer_id is None else customer_id
    return json.dumps({"orderId": f"o-{i}", "customer": {"id": cid, "tier": "gold"}, "total": i})


def b64(data: bytes) -> str:
    """`data` as base64 text."""
    return base64.b64encode(data).decode()


def semantic_round_trip(raw: Any, cls: Any, payload_keys: set[str]) -> Any:
    """Structure and unstructure a typed event; payload strings compare as equal JSON."""
    obj = converter.structure(raw, cls)
    back = converter.unstructure(obj, cls)
    _assert_semantic(back, raw, payload_keys)
    assert converter.structure(back, cls) == obj
    return obj


def _decode_payload(key: str, value: str) -> Any:
    if key == "data" or key == "value":
        return json.loads(base64.b64decode(value))
    return json.loads(value)


def _assert_semantic(actual: Any, expected: Any, payload_keys: set[str], key: str = "") -> None:
    if key in payload_keys and isinstance(expected, str):
        assert isinstance(actual, str)
        assert _decode_payload(key, actual) == _decode_payload(key, expected)
    elif isinstance(expected, dict):
        assert set(actual) == set(expected)
        for k in expected:
            _assert_semantic(actual[k], expected[k], payload_keys, k)
    elif isinstance(expected, list):
        assert len(actual) == len(expected)
        for a, e in zip(actual, expected, strict=True):
            _assert_semantic(a, e, payload_keys, key)
    else:
        assert_same_json(actual, expected)


# ------------------------------------------------ typed EventBridge details of services


def sample_or_corpus_path(rel: str) -> Path:
    """`samples/<name>` (a bundled sample event) or `<corpus>/<name>` (a shared-corpus file)."""
    root, _, name = rel.partition("/")
    if root == "samples":
        return SAMPLES / name
    return CORPUS_ROOTS[root] / name


def detail_params(details: dict[str, str]) -> list[Any]:
    """pytest params (file, detail class name); corpus files skip when ../shared is absent."""
    out = []
    for rel, name in sorted(details.items()):
        marks = ()
        if not rel.startswith("samples/") and not SHARED.exists():
            marks = (pytest.mark.skip(reason="../shared is absent"),)
        out.append(pytest.param(rel, name, id=rel, marks=marks))
    return out


def assert_typed_detail_round_trips(rel: str, detail_name: str) -> None:
    """The file is an EventBridgeEvent whose detail fits the class strictly, and round-trips."""
    raw = json.loads(sample_or_corpus_path(rel).read_text())
    assert lambda_events.detect(raw) is EventBridgeEvent  # detection is unchanged
    cls = EventBridgeEvent[getattr(lambda_events, detail_name)]  # type: ignore[misc]
    event = STRICT.structure(raw, cls)
    back = converter.unstructure(event)
    assert_same_json(back, raw)
    assert converter.structure(back, cls) == event


def sample_tests(samples: list[tuple[str, Any]]) -> tuple[Callable[..., None], ...]:
    """The three tests a source module runs over its samples: the exact round trip, the shared
    corpus files of its classes, and unknown keys kept. Assign them to `test_*` names."""
    ids = [name for name, _ in samples]
    classes = sorted({cls.__name__ for _, cls in samples})

    @pytest.mark.parametrize(("name", "cls"), samples, ids=ids)
    def test_sample_round_trips(name: str, cls: Any) -> None:
        assert_round_trip(load_sample(name), cls)

    @pytest.mark.parametrize(("path", "cls_name"), shared_files(*classes))
    def test_shared_corpus_round_trips(path: Any, cls_name: str) -> None:
        assert_corpus_round_trip(path, cls_name)

    @pytest.mark.parametrize(("name", "cls"), samples, ids=ids)
    def test_unknown_keys_survive(name: str, cls: Any) -> None:
        assert_unknown_keys_survive(name, cls)

    return test_sample_round_trips, test_shared_corpus_round_trips, test_unknown_keys_survive
