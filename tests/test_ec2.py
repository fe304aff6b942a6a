"""Amazon EC2 instance state changes through EventBridge: the typed detail.

AWS documentation behind the sample: "Amazon EC2 events" in the EventBridge user guide.
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
    "samples/eventbridge-ec2-state-change.json": "EC2InstanceStateChangeNotificationDetail",
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
