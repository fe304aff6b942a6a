"""AWS CodeDeploy: lifecycle hooks, EventBridge state changes, the sample handler.

EventBridge state changes: the go corpus fixtures.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import (
    CodeDeployLifecycleHookEvent,
    EventBridgeEvent,
    ResponseError,
    converter,
)

from ._support import (
    CORPUS_ROOTS,
    SHARED,
    assert_round_trip,
    assert_same_json,
    load_sample,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "codedeploy-lifecycle-hook.json": CodeDeployLifecycleHookEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    import lambda_events

    assert_round_trip(json.loads(path.read_text()), getattr(lambda_events, cls_name))


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(raw: dict[str, Any]) -> None:
        target: Any = raw
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "codedeploy-lifecycle-hook.json",
        _set(("DeploymentId",), None),
        "DeploymentId: expected a string, got null",
    ),
]


@pytest.mark.parametrize(("sample", "mutate", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_names_the_wire_path(
    sample: str, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    raw = load_sample(sample)
    mutate(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def _handler(module: str) -> Callable[[dict[str, Any], object], Any]:
    return importlib.import_module(f"samples.handlers.{module}").lambda_handler  # type: ignore[no-any-return]


def test_codedeploy_fields_and_status_request() -> None:
    event = converter.structure(
        load_sample("codedeploy-lifecycle-hook.json"), CodeDeployLifecycleHookEvent
    )
    assert event.deployment_id == "d-7Q2W3E4R5"
    assert event.status_request("Failed") == {
        "deploymentId": "d-7Q2W3E4R5",
        "lifecycleEventHookExecutionId": (
            "eyJlbmNyeXB0ZWREYXRhIjoiZXhhbXBsZS1ob29rLWV4ZWN1dGlvbi1pZCJ9"
        ),
        "status": "Failed",
    }
    with pytest.raises(ResponseError, match="Succeeded or Failed"):
        event.status_request("Done")  # type: ignore[arg-type]


def test_codedeploy_handler() -> None:
    out = _handler("codedeploy_lifecycle_hook")(load_sample("codedeploy-lifecycle-hook.json"), None)
    assert out["deployment_id"] == "d-7Q2W3E4R5"
    assert out["lifecycle_event_hook_execution_id"].startswith("eyJlbmNy")
    assert out["status_request"]["status"] == "Succeeded"


STRICT = converter.copy(forbid_extra_keys=True)

DETAILS: dict[str, str] = {
    "go/codedeploy-deployment-event.json": "CodeDeployDeploymentStateChangeDetail",
    "go/codedeploy-instance-event.json": "CodeDeployInstanceStateChangeDetail",
}


def _path(rel: str) -> Path:
    root, _, name = rel.partition("/")
    if root == "samples":
        return Path(__file__).resolve().parents[1] / "samples" / "events" / name
    return CORPUS_ROOTS[root] / name


def _detail_params() -> list[Any]:
    out = []
    for rel, name in sorted(DETAILS.items()):
        marks = ()
        if not rel.startswith("samples/") and not SHARED.exists():
            marks = (pytest.mark.skip(reason="../shared is absent"),)
        out.append(pytest.param(rel, name, id=rel, marks=marks))
    return out


@pytest.mark.parametrize(("rel", "name"), _detail_params())
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    raw = json.loads(_path(rel).read_text())
    assert lambda_events.detect(raw) is EventBridgeEvent  # detection is unchanged
    cls = EventBridgeEvent[getattr(lambda_events, name)]  # type: ignore[misc]
    event = STRICT.structure(raw, cls)
    back = converter.unstructure(event)
    assert_same_json(back, raw)
    assert converter.structure(back, cls) == event
