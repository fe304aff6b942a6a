"""Every event class detection knows has its parts: a sample, a builder and a strategy.

Adding a source without one of them fails here (CONTRIBUTING.md lists the steps).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events as le
from lambda_events import converter
from lambda_events.detection import RULES
from lambda_events.testing import SAMPLES as BUILDERS

from ._support import SAMPLES

EVENT_CLASSES = sorted({name for name, _ in RULES if "Response" not in name})


def _sampled() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(SAMPLES.glob("*.json")):
        out.setdefault(le.detect_name(json.loads(path.read_text())), []).append(path.name)
    return out


def _built() -> set[str]:
    return {type(build()).__name__ for build in BUILDERS.values()}


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_sample(name: str) -> None:
    assert _sampled().get(name), f"add samples/events/<source>.json for {name}"


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_builder(name: str) -> None:
    assert name in _built(), f"add a builder for {name} to lambda_events.testing"


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_strategy_that_round_trips(name: str) -> None:
    import lambda_events.strategies  # noqa: F401 - registers the strategies

    cls: Any = getattr(le, name)

    @settings(max_examples=5, deadline=None)
    @given(st.from_type(cls))
    def check(event: Any) -> None:
        assert converter.structure(converter.unstructure(event), cls) == event

    check()
