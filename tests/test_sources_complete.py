"""Every row of the sources table has its parts: a class, a sample, a builder, a strategy.

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
from lambda_events._registry import LAZY_NAMES
from lambda_events._sources import SOURCES

from ._support import SAMPLES

EVENT_CLASSES = sorted(s.event for s in SOURCES if "Response" not in s.event)
SAMPLE_NAMES = {s.event: sorted(s.samples) for s in SOURCES}


def _sampled() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(SAMPLES.glob("*.json")):
        out.setdefault(le.detect_name(json.loads(path.read_text())), []).append(path.name)
    return out


def test_every_row_names_an_exported_class_once() -> None:
    events = [s.event for s in SOURCES]
    assert len(events) == len(set(events))
    assert [e for e in events if e not in LAZY_NAMES] == []


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_sample(name: str) -> None:
    assert _sampled().get(name), f"add samples/events/<source>.json for {name}"


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_builder(name: str) -> None:
    assert SAMPLE_NAMES[name], f"name a lambda_events.testing builder in the {name} row"


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_strategy_that_round_trips(name: str) -> None:
    import lambda_events.strategies  # noqa: F401 - registers the strategies

    cls: Any = getattr(le, name)

    @settings(max_examples=5, deadline=None)
    @given(st.from_type(cls))
    def check(event: Any) -> None:
        assert converter.structure(converter.unstructure(event), cls) == event

    check()
