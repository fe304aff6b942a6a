"""Hooks compiled ahead of time (`lambda_events._generated`, written by tools/gen_hooks.py).

The shipped files must be what the runtime generator produces now; a shipped function is
used only for its exact source, with the asking converter's helpers; both paths give the
same objects and the same problems.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import StructureError, converter, make_converter, model
from lambda_events._converter import _codegen

from ._support import SAMPLES, detected_samples, load_sample, load_tool

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "src" / "lambda_events" / "_generated"
REGENERATE = "run `python tools/gen_hooks.py`"


def _gen_hooks() -> Any:
    return load_tool("gen_hooks")


def _is_shipped(hook: Any) -> bool:
    """The hook's code is that of a module of the (installed or checked-out) package."""
    return Path(hook.__code__.co_filename).parent == Path(le.__file__).parent / "_generated"


def _no_shipped(*_: Any) -> None:
    return None


# ------------------------------------------------------------------- the shipped files


def test_shipped_files_are_what_the_generator_produces_now() -> None:
    expected = _gen_hooks().render()
    present = {path.name: path.read_text() for path in GENERATED.glob("*.py")}
    missing = sorted(set(expected) - set(present))
    extra = sorted(set(present) - set(expected))
    stale = sorted(name for name in expected if name in present and present[name] != expected[name])
    assert not (missing or extra or stale), (
        f"{REGENERATE}: missing {missing}, not generated any more {extra}, stale {stale}"
    )


def test_every_library_module_with_classes_has_its_file() -> None:
    expected = _gen_hooks().render()
    for name in (
        "sqs.py",
        "api_gateway__rest.py",
        "cognito__sign_up.py",
        "dynamodb.py",
        "kinesis.py",
    ):
        assert name in expected, name
    assert "HOOKS['structure SQSRecord']" in expected["sqs.py"]
    assert "HOOKS['unstructure SQSRecord']" in expected["sqs.py"]


# --------------------------------------------------------- which converters use them


def test_the_shared_and_default_converters_use_the_shipped_hooks() -> None:
    for conv in (converter, make_converter(), make_converter(max_depth=4)):
        assert _is_shipped(conv.get_structure_hook(le.SQSRecord))
        assert _is_shipped(conv.get_unstructure_hook(le.APIGatewayProxyEvent))


def test_a_shipped_hook_runs_with_its_own_converters_helpers() -> None:
    small = converter.copy(max_decompressed_size=64)
    hook = small.get_structure_hook(le.CloudWatchLogsEvent)
    assert _is_shipped(hook)
    assert hook.__globals__ is not converter.get_structure_hook(le.CloudWatchLogsEvent).__globals__
    event = small.structure(load_sample("cloudwatch-logs.json"), le.CloudWatchLogsEvent)
    with pytest.raises(le.ContentError, match="64"):
        event.parse_logs_data()  # decoding applies this converter's limit
    assert converter.structure(load_sample("cloudwatch-logs.json"), le.CloudWatchLogsEvent)


def test_forbid_extra_keys_generates_its_own_source() -> None:
    strict = converter.copy(forbid_extra_keys=True)
    assert not _is_shipped(strict.get_structure_hook(le.SQSRecord))
    assert _is_shipped(strict.get_unstructure_hook(le.SQSRecord))  # the same source


def test_a_users_hook_for_a_wire_type_inside_generates_its_own_source() -> None:
    mine = converter.copy()
    mine.register_structure_hook(le.EpochMillisText, lambda v, _: le.EpochMillisText("0"))
    assert not _is_shipped(mine.get_structure_hook(le.SQSRecordAttributes))
    raw = load_sample("sqs.json")
    assert mine.structure(raw, le.SQSEvent).records[0].attributes.sent_timestamp == "0"


def test_a_users_hook_for_a_nested_class_is_honoured() -> None:
    mine = converter.copy()
    marker = le.SQSMessageAttribute(data_type="String", string_value="mine")
    mine.register_structure_hook(le.SQSMessageAttribute, lambda v, _: marker)
    raw = load_sample("sqs.json")
    raw["Records"][0]["messageAttributes"] = {"a": {"dataType": "Number", "stringValue": "1"}}
    record = mine.structure(raw, le.SQSEvent).records[0]
    assert record.message_attributes["a"] is marker
    assert converter.structure(raw, le.SQSEvent).records[0].message_attributes["a"] != marker


@model
class _MyRecord(le.SQSRecord):
    tenant: str = "none"


def test_user_subclasses_and_parameterised_classes_are_generated_at_first_use() -> None:
    assert not _is_shipped(converter.get_structure_hook(_MyRecord))

    @attrs.frozen
    class Order:
        id: int

    assert not _is_shipped(converter.get_structure_hook(le.SQSEvent[Order]))
    raw = load_sample("sqs.json")
    raw["Records"][0]["body"] = '{"id": 7}'
    raw["Records"] = raw["Records"][:1]
    assert converter.structure(raw, le.SQSEvent[Order]).records[0].body == Order(7)


def test_importing_a_module_loads_only_its_generated_hooks() -> None:
    code = (
        "import json, sys, lambda_events, lambda_events.sqs as sqs;"
        "before = [m for m in sys.modules if '_generated.' in m];"
        f"raw = json.load(open({str(SAMPLES / 'sqs.json')!r}));"
        "lambda_events.converter.structure(raw, sqs.SQSEvent);"
        "print(before, sorted(m for m in sys.modules if '_generated.' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "['lambda_events._generated.sqs']"]


# ------------------------------------------------------ both paths give the same answers


def _wrong_kind(value: Any) -> Any:
    return "x" if not isinstance(value, str) else 12345


def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaf_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaf_paths(item, (*path, index))
    yield path


def _replaced(raw: Any, path: tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(raw))
    if not path:
        return new
    target = copy
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = new
    return copy


def _variants(raw: Any) -> list[Any]:
    """The event, then wrong kinds at every fifth leaf or container, then one key removed."""
    paths = list(_leaf_paths(raw))
    out = [raw]
    out += [_replaced(raw, path, _wrong_kind(_at(raw, path))) for path in paths[::5] if path]
    if isinstance(raw, dict) and raw:
        out.append({k: v for k, v in raw.items() if k != next(iter(raw))})
    return out


def _at(raw: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        raw = raw[part]
    return raw


def _outcome(conv: Any, raw: Any, cls: Any) -> tuple[Any, ...]:
    try:
        obj = conv.structure(raw, cls)
    except StructureError as exc:
        return ("error", [(p.path, p.message) for p in exc.problems])
    return ("ok", conv.unstructure(obj), repr(obj))


def _cases() -> list[tuple[Any, Any]]:
    return [(variant, cls) for _, raw, cls in detected_samples() for variant in _variants(raw)]


def test_shipped_and_runtime_hooks_give_the_same_objects_and_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases = _cases()
    ahead = make_converter()
    shipped = [_outcome(ahead, raw, cls) for raw, cls in cases]
    assert _is_shipped(ahead.get_structure_hook(le.APIGatewayProxyEvent))
    monkeypatch.setattr(_codegen, "shipped", _no_shipped)
    runtime = make_converter()
    at_first_use = [_outcome(runtime, raw, cls) for raw, cls in cases]
    assert not _is_shipped(runtime.get_structure_hook(le.APIGatewayProxyEvent))
    assert sum(1 for o in shipped if o[0] == "error") > len(cases) // 3  # the error paths ran
    for case, a, b in zip(cases, shipped, at_first_use, strict=True):
        assert a == b, case
