"""Mutation fuzzing of real events: every mutation round-trips exactly or raises the
documented `StructureError` with a wire path; nothing else may escape.

Mutations, at every position of every sample and every mapped shared-corpus file: drop a
key, add an unknown key, replace a value with null / a number / a string / a list / an
object, and truncate or corrupt base64-looking strings. The same mutations of a typed
payload (a plain attrs class carried by SQS, Kinesis and EventBridge) either raise
`StructureError` or keep every value with the JSON kind it was sent as: nothing coerced.
"""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest

import lambda_events
from lambda_events import StructureError, converter

from ._support import CORPUS_MAP, CORPUS_ROOTS, SAMPLES, load_sample

WRONG_VALUES: list[Any] = [None, 7, 2.5, "text", [], {}, True]
Path_ = tuple[Any, ...]


def _positions(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key), item
            yield from _positions(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):  # the first few elements of long lists
            yield (*path, index), item
            yield from _positions(item, (*path, index))


def _containers(value: Any, path: Path_ = ()) -> Iterator[Path_]:
    if isinstance(value, dict):
        yield path
        for key, item in value.items():
            yield from _containers(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            yield from _containers(item, (*path, index))


def _set(raw: Any, path: Path_, value: Any) -> Any:
    out = copy.deepcopy(raw)
    target = out
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return out


def _drop(raw: Any, path: Path_) -> Any:
    out = copy.deepcopy(raw)
    target = out
    for part in path[:-1]:
        target = target[part]
    del target[path[-1]]
    return out


def _deep_attribute_value(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"S": "leaf"}
    for _ in range(depth):
        value = {"M": {"k": value}}
    return value


def mutations(raw: Any) -> Iterator[tuple[str, Any]]:
    for path, value in _positions(raw):
        if isinstance(path[-1], str):
            yield f"drop {path}", _drop(raw, path)
        for wrong in WRONG_VALUES:
            if type(wrong) is not type(value):
                yield f"set {path}={wrong!r}", _set(raw, path, wrong)
        if isinstance(value, str) and len(value) >= 8:
            yield f"truncate {path}", _set(raw, path, value[: len(value) // 2 + 1])
            yield f"corrupt {path}", _set(raw, path, "%" + value[1:])
        if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("M", "L"):
            yield f"nest {path} 40 deep", _set(raw, path, _deep_attribute_value(40))
    for path in _containers(raw):
        target = raw
        for part in path:
            target = target[part]
        yield f"add unknown key at {path}", _set(raw, (*path, "zzUnknownKey"), {"x": [1]})


def check(raw: Any, cls: Any) -> str:
    """'ok' (exact round trip) or 'error' (documented error); anything else fails."""
    try:
        obj = converter.structure(raw, cls)
    except StructureError as exc:
        assert exc.problems, "a StructureError must name at least one problem"
        return "error"
    back = converter.unstructure(obj)
    assert back == raw or _equal_modulo_sets(back, raw), "mutated event did not round-trip"
    assert converter.structure(back, cls) == obj
    return "ok"


def _equal_modulo_sets(a: Any, b: Any) -> bool:
    return json.dumps(_sorted_sets(a), sort_keys=True) == json.dumps(
        _sorted_sets(b), sort_keys=True
    )


def _sorted_sets(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: sorted(v) if k in ("SS", "NS", "BS") and isinstance(v, list) else _sorted_sets(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_sorted_sets(v) for v in value]
    return value


def _cases() -> list[Any]:
    cases = []
    for path in sorted(SAMPLES.glob("*.json")):
        raw = json.loads(path.read_text())
        try:
            name = lambda_events.detect_name(raw)
        except lambda_events.DetectionError:
            continue
        cases.append(pytest.param(path, name, id=f"samples/{path.name}"))
    if CORPUS_MAP.exists():
        for rel, name in sorted(json.loads(CORPUS_MAP.read_text()).items()):
            if name and hasattr(lambda_events, name):
                corpus, _, file = rel.partition("/")
                cases.append(pytest.param(CORPUS_ROOTS[corpus] / file, name, id=rel))
    return cases


@pytest.mark.parametrize(("path", "class_name"), _cases())
def test_mutations_round_trip_or_raise_the_documented_error(path: Path, class_name: str) -> None:
    raw = json.loads(path.read_text())
    cls = getattr(lambda_events, class_name)
    if isinstance(raw, list):
        cls = list[cls]
    tried = 0
    for label, mutated in mutations(raw):
        tried += 1
        try:
            check(mutated, cls)
        except AssertionError as exc:
            raise AssertionError(f"{label}: {exc}") from None
        except Exception as exc:
            raise AssertionError(f"{label}: {type(exc).__name__}: {exc}") from exc
    assert tried > 0


# ------------------------------------------------ typed payloads of plain attrs classes


@attrs.frozen
class _Line:
    sku: str
    qty: int
    price: float
    tags: list[str]
    gift: bool = False


@attrs.frozen
class _Order:
    id: str
    total: float
    lines: tuple[_Line, ...]
    status: Literal["new", "paid"]
    meta: dict[str, str]
    note: str | None = None
    span: tuple[int, str] | None = None


ORDER: dict[str, Any] = {
    "id": "order-0001",
    "total": 12.5,
    "lines": [{"sku": "sku-000001", "qty": 2, "price": 2.5, "tags": ["x"], "gift": True}],
    "status": "new",
    "meta": {"channel": "web"},
    "note": "leave at the door",
    "span": [1, "day"],
}


def _carry(payload: Any, carrier: str) -> tuple[Any, Any]:
    """A raw event carrying `payload`, and the typed class that reads it."""
    if carrier == "sqs":
        raw = copy.deepcopy(_SQS)
        raw["Records"][0]["body"] = json.dumps(payload)
        return raw, lambda_events.SQSEvent[_Order]
    if carrier == "kinesis":
        raw = copy.deepcopy(_KINESIS)
        raw["Records"][0]["kinesis"]["data"] = base64.b64encode(
            json.dumps(payload).encode()
        ).decode()
        return raw, lambda_events.KinesisStreamEvent[_Order]
    raw = {**copy.deepcopy(_EVENTBRIDGE), "detail": copy.deepcopy(payload)}
    return raw, lambda_events.EventBridgeEvent[_Order]


def _payload_of(obj: Any, carrier: str) -> Any:
    if carrier == "sqs":
        return obj.records[0].body
    if carrier == "kinesis":
        return obj.records[0].kinesis.data
    return obj.detail


def _kept_as_sent(back: Any, sent: Any) -> bool:
    """Every value that was sent is in the object with its JSON kind (an int for a float
    field excepted); keys the class does not declare are dropped, defaults may be added."""
    if isinstance(sent, dict):
        return isinstance(back, dict) and all(
            _kept_as_sent(back[key], value) if key in back else key == "zzUnknownKey"
            for key, value in sent.items()
        )
    if isinstance(sent, list):
        return (
            isinstance(back, (list, tuple))
            and len(back) == len(sent)
            and all(_kept_as_sent(b, s) for b, s in zip(back, sent, strict=True))
        )
    if type(sent) is int and type(back) is float:
        return back == sent
    return type(back) is type(sent) and back == sent


@pytest.mark.parametrize("carrier", ["sqs", "kinesis", "eventbridge"])
def test_typed_payload_mutations_raise_or_keep_every_value_as_sent(carrier: str) -> None:
    cases = [*mutations(ORDER), *((f"payload={w!r}", w) for w in WRONG_VALUES)]
    outcomes = set()
    for label, mutated in cases:
        raw, cls = _carry(mutated, carrier)
        try:
            obj = converter.structure(raw, cls)
        except StructureError as exc:
            assert exc.problems, label
            outcomes.add("error")
            continue
        except Exception as exc:
            raise AssertionError(f"{label}: {type(exc).__name__}: {exc}") from exc
        payload = _payload_of(obj, carrier)
        assert isinstance(payload, _Order), label
        assert _kept_as_sent(converter.unstructure(payload), mutated), f"{label}: coerced"
        assert converter.structure(converter.unstructure(obj), cls) == obj, label
        outcomes.add("ok")
    assert outcomes == {"ok", "error"}


_SQS = {**load_sample("sqs.json"), "Records": load_sample("sqs.json")["Records"][:1]}
_KINESIS = {
    **load_sample("kinesis-stream.json"),
    "Records": load_sample("kinesis-stream.json")["Records"][:1],
}
_EVENTBRIDGE = load_sample("eventbridge-custom-order.json")
