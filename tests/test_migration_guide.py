"""The migration guide is checked against Powertools: every claim in `tools/migration_table.py`
(from which `docs/migrating-from-powertools.md` is generated) runs in both libraries.

Data-class members the guide calls "same" are read from Powertools and from lambda-events on
every bundled sample that carries their class, and compared; the only normalisations are the
documented differences (`BEHAVIOUR` rows with a key). Idioms and handlers written from the
Powertools documentation run unchanged, or fail loudly where the guide says they do.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import functools
import importlib.util
import inspect
import json
import re
import sys
import types
import warnings
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import pytest
from aws_lambda_powertools.utilities.data_classes.common import CaseInsensitiveDict, DictWrapper

import lambda_events
from lambda_events import converter, detect_name

from ._support import ROOT, SAMPLES, load_sample


def _load(name: str) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


TABLE = _load("migration_table")
HANDLER_DIR = Path(__file__).parent / "powertools_handlers"


# ------------------------------------------------------------------------- outcomes


class _Raised(NamedTuple):
    error: BaseException


SAME = "same"


def _differs(pt: Any, mine: Any) -> frozenset[str]:
    return frozenset({f"differs: Powertools {_show(pt)}, lambda-events {_show(mine)}"})


def _show(value: Any) -> str:
    if isinstance(value, _Raised):
        return f"raises {type(value.error).__name__}"
    return f"{type(value).__name__} {str(value)[:80]!r}"


def _is_empty(value: Any) -> bool:
    if isinstance(value, DictWrapper):
        return not value.raw_event
    return value is None or (not value and isinstance(value, (Mapping, list, tuple, str, bool)))


def _plain_equal(pt: Any, mine: Any) -> bool:
    kinds = (bool, str, bytes)
    return pt == mine and all(isinstance(pt, k) == isinstance(mine, k) for k in kinds)


class Walk:
    """Reads every Powertools member of a data class in both libraries, recursively."""

    def __init__(self) -> None:
        self.outcomes: dict[tuple[str, str], list[tuple[frozenset[str], str]]] = {}

    def objects(self, pt: DictWrapper, mine: Any, where: str) -> None:
        cls = type(pt)
        for member in TABLE.powertools_members(cls):
            name = TABLE.our_member(type(mine), member)
            if name is None:
                continue
            for label, pt_value, our_value in _reads(pt, member, mine, name):
                verdict = self.compare(pt_value, our_value, f"{where}.{label}")
                key = (cls.__name__, member)
                self.outcomes.setdefault(key, []).append((verdict, f"{where}.{label}"))

    def compare(self, pt: Any, mine: Any, where: str) -> frozenset[str]:
        """`{"same"}`, the documented rules that make the values agree, or a difference."""
        if isinstance(pt, _Raised) or isinstance(mine, _Raised):
            return _compare_errors(pt, mine)
        if isinstance(pt, DictWrapper):
            if mine is None:
                return frozenset({"absent"}) if _is_empty(pt) else _differs(pt, mine)
            if not attrs.has(type(mine)):  # no class of ours to read the members from
                return _differs(pt, mine)
            self.objects(pt, mine, where)
            return frozenset({SAME})
        if pt is None:
            return frozenset({SAME}) if mine is None else _differs(pt, mine)
        if mine is None:
            return frozenset({"absent"}) if _is_empty(pt) else _differs(pt, mine)
        for rule in (_enum, _timestamp, _bytes, _response, _attributes):
            verdict = rule(pt, mine)
            if verdict is not None:
                return verdict
        if isinstance(pt, Mapping):
            return self._mappings(pt, mine, where)
        if isinstance(pt, (list, tuple)) and isinstance(mine, (list, tuple)):
            return self._sequences(pt, mine, where)
        return frozenset({SAME}) if _plain_equal(pt, mine) else _differs(pt, mine)

    def _mappings(self, pt: Mapping[str, Any], mine: Any, where: str) -> frozenset[str]:
        if attrs.has(type(mine)):
            return frozenset({"typed"}) if dict(pt) == mine.raw_event else _differs(pt, mine)
        if not isinstance(mine, Mapping):
            return _differs(pt, mine)
        rules: set[str] = set()
        keys = {k: k for k in mine}
        if set(pt) != set(mine) and isinstance(pt, CaseInsensitiveDict):
            keys = {k.lower(): k for k in mine}
            rules.add("header-case")
        if set(pt) != set(keys):
            return _differs(pt, mine)
        for key in pt:  # `pt[key]`: Powertools wraps some values on the way out
            rules |= self.compare(pt[key], mine[keys[key]], f"{where}[{key!r}]")
        return _combined(rules)

    def _sequences(self, pt: Any, mine: Any, where: str) -> frozenset[str]:
        if len(pt) != len(mine):
            return _differs(pt, mine)
        rules = {"sequences"} if type(pt) is not type(mine) else set()
        for i, (a, b) in enumerate(zip(pt, mine, strict=True)):
            rules |= self.compare(a, b, f"{where}[{i}]")
        return _combined(rules)


def _combined(verdicts: set[str]) -> frozenset[str]:
    """The rules and differences of the parts; `{"same"}` when there are none."""
    return frozenset(verdicts - {SAME}) or frozenset({SAME})


def _compare_errors(pt: Any, mine: Any) -> frozenset[str]:
    if not isinstance(pt, _Raised):
        return _differs(pt, mine)
    if not isinstance(mine, _Raised):
        if not isinstance(pt.error, KeyError):
            return _differs(pt, mine)
        if isinstance(mine, str) and pt.error.args == (mine,):  # `Enum[name]` of a new name
            return frozenset({"enums"})
        return frozenset({"missing-key"}) if _is_empty(mine) else _differs(pt, mine)
    if isinstance(mine.error, type(pt.error)):
        return frozenset({SAME})
    if isinstance(pt.error, LookupError) and isinstance(mine.error, LookupError):
        return frozenset({"missing-key"})  # `event.record` of an event without records
    return frozenset({"errors"}) if isinstance(mine.error, ValueError) else _differs(pt, mine)


def _enum(pt: Any, mine: Any) -> frozenset[str] | None:
    if not isinstance(pt, enum.Enum):
        return None
    if isinstance(mine, str) and mine == pt.value:
        return frozenset({SAME})
    return frozenset({"enums"}) if mine == pt.name else _differs(pt, mine)


def _timestamp(pt: Any, mine: Any) -> frozenset[str] | None:
    moment = getattr(mine, "datetime", None)
    if not isinstance(moment, datetime) or _plain_equal(pt, mine):
        return None
    if isinstance(pt, datetime):
        aware = pt if pt.tzinfo else pt.replace(tzinfo=timezone.utc)
        return frozenset({"timestamps"}) if aware == moment else _differs(pt, mine)
    if isinstance(pt, int) and not isinstance(pt, bool):
        return frozenset({"timestamps"}) if pt == int(mine) else _differs(pt, mine)
    return None


def _bytes(pt: Any, mine: Any) -> frozenset[str] | None:
    if not isinstance(mine, bytes) or isinstance(pt, bytes):
        return None
    if isinstance(pt, str):
        return frozenset({"bytes"}) if base64.b64decode(pt) == mine else _differs(pt, mine)
    if isinstance(pt, list):
        signed = bytes(b & 0xFF for b in pt)  # Kafka header values: Java's signed bytes
        return frozenset({"bytes"}) if signed == mine else _differs(pt, mine)
    return None


def _response(pt: Any, mine: Any) -> frozenset[str] | None:
    """A Powertools response object (a dataclass with `asdict()`) and ours: the JSON agrees."""
    if not (dataclasses.is_dataclass(pt) and hasattr(pt, "asdict")):
        return None
    return frozenset({SAME}) if pt.asdict() == mine.asdict() else _differs(pt, mine)


def _attributes(pt: Any, mine: Any) -> frozenset[str] | None:
    """A plain Powertools object (`APIGatewayRouteArn`): each public attribute agrees."""
    if not type(pt).__module__.startswith("aws_lambda_powertools") or isinstance(pt, Mapping):
        return None
    names = [n for n in dir(pt) if not n.startswith("_") and hasattr(mine, n)]
    names = [n for n in names if not callable(getattr(pt, n))]
    agree = all(_plain_equal(getattr(pt, n), getattr(mine, n, None)) for n in names)
    return frozenset({SAME}) if names and agree else _differs(pt, mine)


# --------------------------------------------------------------------------- reading

_ARGUMENTS: dict[str, Callable[[DictWrapper], list[tuple[Any, ...]]]] = {
    "get_header_value": lambda e: [*_names(e, "headers"), ("nope", "default")],
    "get_query_string_value": lambda e: [*_names(e, "queryStringParameters"), ("nope", "d")],
    "get_multi_value_query_string_values": lambda e: [
        *_names(e, "multiValueQueryStringParameters"),
        ("nope", ["d"]),
    ],
    "find_input_artifact": lambda e: [("nope",), *_artifacts(e, "inputArtifacts")],
    "find_output_artifact": lambda e: [("nope",), *_artifacts(e, "outputArtifacts")],
    "build_data_transformation_response": lambda e: [("Dropped", "aGk=")],
    "build_task_batch_response": lambda e: [("Succeeded", "done"), ("TemporaryFailure", "")],
}


def _names(event: DictWrapper, key: str) -> list[tuple[str]]:
    found = event.raw_event.get(key) or {}
    return [(name,) for name in list(found)[:2]] + [(name.upper(),) for name in list(found)[:1]]


def _artifacts(event: DictWrapper, key: str) -> list[tuple[str]]:
    data = event.raw_event["CodePipeline.job"]["data"]
    return [(artifact["name"],) for artifact in data.get(key) or []]


def _outcome(read: Callable[[], Any]) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Powertools' deprecation warnings
            value = read()
        return list(value) if inspect.isgenerator(value) else value
    except Exception as exc:
        return _Raised(exc)


def _is_method(obj: Any, name: str) -> bool:
    return inspect.isfunction(inspect.getattr_static(type(obj), name, None))


def _reads(pt: Any, member: str, mine: Any, name: str) -> Iterator[tuple[str, Any, Any]]:
    """(label, Powertools outcome, lambda-events outcome) for one member."""
    if not _is_method(pt, member):
        our_read = (lambda: getattr(mine, name)()) if _is_method(mine, name) else None
        yield (
            member,
            _outcome(lambda: getattr(pt, member)),
            _outcome(our_read or (lambda: getattr(mine, name))),
        )
        return
    required = [
        p
        for p in inspect.signature(getattr(pt, member)).parameters.values()
        if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD
    ]
    calls = _ARGUMENTS[member](pt) if required or member in _ARGUMENTS else [()]
    for args in calls:
        label = f"{member}{args!r}"
        pt_value = _outcome(lambda a=args: getattr(pt, member)(*a))
        yield label, pt_value, _outcome(lambda a=args: _call(mine, name, a))


def _call(obj: Any, name: str, args: tuple[Any, ...]) -> Any:
    value = getattr(obj, name)
    return value(*args) if args or _is_method(obj, name) else value


_GROUPS = {"groupsToOverride": ["admins"], "iamRolesToOverride": [], "preferredRole": None}
_CLAIMS = {"claimsToAddOrOverride": {"tier": "gold"}, "claimsToSuppress": ["email"]}
_SCOPES = {**_CLAIMS, "scopesToAdd": ["orders/read"], "scopesToSuppress": ["admin"]}
# samples whose optional parts are absent, with those parts filled in (what a trigger returns)
_VARIANTS = {
    "cognito-pre-token-generation.json": {
        "response": {"claimsOverrideDetails": {**_CLAIMS, "groupOverrideDetails": _GROUPS}}
    },
    "cognito-pre-token-generation-v2.json": {
        "response": {
            "claimsAndScopeOverrideDetails": {
                "idTokenGeneration": _CLAIMS,
                "accessTokenGeneration": _SCOPES,
                "groupOverrideDetails": _GROUPS,
            }
        }
    },
}


def _sample_events() -> Iterator[tuple[str, str, Any]]:
    classes = TABLE.powertools_classes()
    for path in sorted(SAMPLES.glob("*.json")):
        raw = json.loads(path.read_text())
        name = detect_name(raw)
        if name in classes and TABLE.ours(name) is not None:
            yield path.name, name, raw
            if path.name in _VARIANTS:
                yield f"{path.name} (filled in)", name, {**raw, **_VARIANTS[path.name]}


@functools.cache
def _walk() -> Walk:
    walk = Walk()
    classes = TABLE.powertools_classes()
    for sample, name, raw in _sample_events():
        if isinstance(raw, list):  # a batch of AppSync resolver events: no Powertools class
            continue
        pt = classes[name](raw)
        walk.objects(pt, converter.structure(raw, TABLE.ours(name)), sample)
    return walk


def _outcomes_of(cls_name: str, member: str) -> list[tuple[frozenset[str], str]]:
    """Outcomes of a member on the class and on every Powertools subclass that inherits it."""
    base = TABLE.powertools_classes()[cls_name]
    found = []
    for (name, read), outcomes in _walk().outcomes.items():
        cls = TABLE.powertools_classes().get(name)
        if read == member and cls is not None and issubclass(cls, base):
            found.extend(outcomes)
    return found


# -------------------------------------------------------------------------- the table

_DATA_ROWS = [row for row in TABLE.class_rows() if row.compared and row.module]


@pytest.mark.parametrize("row", _DATA_ROWS, ids=[row.name for row in _DATA_ROWS])
def test_members_the_guide_calls_same_read_the_same(row: Any) -> None:
    problems = []
    for member in row.same:
        outcomes = _outcomes_of(row.name, member)
        if not outcomes:
            problems.append(f"{member}: no bundled sample carries it")
        problems += [f"{member} at {where}: {v}" for vs, where in outcomes for v in vs if " " in v]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("key", sorted(TABLE.MEMBER_DIFFERENCES))
def test_members_the_guide_lists_as_different_differ(key: tuple[str, str]) -> None:
    outcomes = _outcomes_of(*key)
    assert any(" " in v for vs, _ in outcomes for v in vs), f"{key} reads the same: unlist it"


def test_only_documented_rules_make_values_agree_and_each_is_used() -> None:
    used = {v for outcomes in _walk().outcomes.values() for vs, _ in outcomes for v in vs}
    rules = {v for v in used if v != SAME and " " not in v}
    assert rules == TABLE.RULES


def test_the_guide_is_generated_from_the_table() -> None:
    generator = _load("gen_migration")
    expected = generator.render()
    actual = (ROOT / "docs" / "migrating-from-powertools.md").read_text()
    assert actual == expected, "run `python tools/gen_migration.py`"


# ------------------------------------------------------------------- idioms, handlers


@functools.cache
def _powertools_names() -> dict[str, Any]:
    from aws_lambda_powertools.utilities.serialization import base64_from_json

    names: dict[str, Any] = {"json": json, "base64_from_json": base64_from_json}
    for cls in TABLE.powertools_classes().values():
        module = sys.modules[cls.__module__]
        names.update({k: v for k, v in vars(module).items() if not k.startswith("_")})
    return names


@functools.cache
def _our_names() -> dict[str, Any]:
    return {"json": json, **{name: getattr(lambda_events, name) for name in lambda_events.__all__}}


def _event(idiom: Any, powertools: bool) -> Any:
    raw = {**load_sample(idiom.sample), **dict(idiom.changes)}
    name = detect_name(raw)
    return (
        TABLE.powertools_classes()[name](raw)
        if powertools
        else converter.structure(raw, TABLE.ours(name))
    )


def _run_idiom(idiom: Any, code: str, powertools: bool) -> Any:
    names = _powertools_names() if powertools else _our_names()
    namespace = {**names, "event": _event(idiom, powertools)}
    return _outcome(lambda: exec(code, namespace) or namespace["result"])


def _agree(pt: Any, mine: Any) -> bool:
    return not any(" " in verdict for verdict in Walk().compare(pt, mine, "result"))


@pytest.mark.parametrize("idiom", TABLE.IDIOMS, ids=[i.text[:60] for i in TABLE.IDIOMS])
def test_idiom(idiom: Any) -> None:
    expected = _run_idiom(idiom, idiom.code, powertools=True)
    unchanged = _run_idiom(idiom, idiom.code, powertools=False)
    assert not isinstance(expected, _Raised), expected
    if idiom.raises:
        assert isinstance(unchanged, _Raised), unchanged
        assert re.search(idiom.raises, str(unchanged.error)), unchanged.error
    elif idiom.ours:  # the guide shows a change: it is needed, and it gives Powertools' result
        assert not _agree(expected, unchanged)
        assert _agree(expected, _run_idiom(idiom, idiom.ours, powertools=False))
    else:
        assert _agree(expected, unchanged), (expected, unchanged)


_IMPORT = re.compile(r"aws_lambda_powertools\.utilities\.data_classes(\.\w+)*")


class _Context:
    aws_request_id = "c0ffee00-0000-4000-8000-000000000001"
    function_name = "handler"


def _run_handler(source: str, raw: Any) -> Any:
    namespace: dict[str, Any] = {"__name__": "handler"}
    exec(compile(source, "handler.py", "exec"), namespace)
    return _outcome(lambda: namespace["lambda_handler"](json.loads(json.dumps(raw)), _Context()))


def _ported(source: str) -> str:
    """The handler with its data-class imports naming `lambda_events`, and nothing else."""
    ported = _IMPORT.sub("lambda_events", source)
    changed = [a for a, b in zip(source.splitlines(), ported.splitlines(), strict=True) if a != b]
    assert changed and all(line.startswith("from ") for line in changed)
    return ported


@pytest.mark.parametrize("handler", TABLE.HANDLERS, ids=[h.name for h in TABLE.HANDLERS])
def test_powertools_handler(handler: Any) -> None:
    source = (HANDLER_DIR / f"{handler.name}.py").read_text()
    raw = load_sample(handler.sample)
    expected = _run_handler(source, raw)
    got = _run_handler(_ported(source), raw)
    assert not isinstance(expected, _Raised), expected
    if handler.raises:
        assert isinstance(got, _Raised) and re.search(handler.raises, str(got.error)), got
    elif handler.note:  # a documented silent difference: it still differs
        assert not isinstance(got, _Raised) and not _agree(expected, got), got
    else:
        assert not isinstance(got, _Raised) and _agree(expected, got), (expected, got)


def test_every_handler_file_is_in_the_table() -> None:
    files = {p.stem for p in HANDLER_DIR.glob("*.py")}
    assert files == {h.name for h in TABLE.HANDLERS}


def test_readme_claims_what_this_test_proves() -> None:
    claim = _load("gen_migration").summary()
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert claim in readme, "run `python tools/gen_migration.py`"
