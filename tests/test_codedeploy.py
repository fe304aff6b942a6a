"""AWS CodeDeploy: lifecycle hooks, EventBridge state changes, the sample handler.

EventBridge state changes: the go corpus fixtures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lambda_events import CodeDeployLifecycleHookEvent, ResponseError, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    assert_typed_detail_round_trips,
    detail_params,
    load_sample,
    sample_handler,
    set_at,
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
    assert_corpus_round_trip(path, cls_name)


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "codedeploy-lifecycle-hook.json",
        set_at(("DeploymentId",), None),
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
    out = sample_handler("codedeploy_lifecycle_hook")(
        load_sample("codedeploy-lifecycle-hook.json"), None
    )
    assert out["deployment_id"] == "d-7Q2W3E4R5"
    assert out["lifecycle_event_hook_execution_id"].startswith("eyJlbmNy")
    assert out["status_request"]["status"] == "Succeeded"


DETAILS: dict[str, str] = {
    "go/codedeploy-deployment-event.json": "CodeDeployDeploymentStateChangeDetail",
    "go/codedeploy-instance-event.json": "CodeDeployInstanceStateChangeDetail",
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
