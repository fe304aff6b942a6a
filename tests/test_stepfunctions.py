"""AWS Step Functions execution status changes through EventBridge: the typed detail.

AWS documentation behind the sample: "Automating Step Functions event delivery with
EventBridge" (https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-integration.html).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import (
    EventBridgeEvent,
    converter,
)

from ._support import (
    CORPUS_ROOTS,
    SHARED,
    assert_same_json,
)

STRICT = converter.copy(forbid_extra_keys=True)

DETAILS: dict[str, str] = {
    "samples/eventbridge-stepfunctions-status-change.json": (
        "StepFunctionsExecutionStatusChangeDetail"
    ),
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


def test_secrets_and_decoded_content_of_details() -> None:
    raw = json.loads(_path("samples/eventbridge-stepfunctions-status-change.json").read_text())
    detail = converter.structure(
        raw, EventBridgeEvent[lambda_events.StepFunctionsExecutionStatusChangeDetail]
    ).detail
    assert detail.input_decoded == {"orderId": "ORD-2026-004512", "total": 129.9}
    assert detail.output_decoded is None and detail.stop_date is not None
    assert detail.stop_date.datetime.isoformat() == "2026-01-12T09:44:31.208000+00:00"
    variable = lambda_events.CodeBuildEnvironmentVariable(
        name="DB_PASSWORD", type="PLAINTEXT", value="hunter2"
    )
    assert "hunter2" not in repr(variable)
