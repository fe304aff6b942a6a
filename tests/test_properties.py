"""Property tests: generated objects of every class round-trip both ways through JSON."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lambda_events import converter
from lambda_events.strategies import model_classes

settings.register_profile(
    "ci", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CLASSES = model_classes()


def test_every_public_class_is_covered() -> None:
    assert len(CLASSES) > 150


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_objects_round_trip_through_json(cls: Any) -> None:
    @given(st.from_type(cls))
    def check(obj: Any) -> None:
        wire = converter.unstructure(obj)
        text = json.dumps(wire)  # what Lambda serializes
        again = converter.structure(json.loads(text), cls)
        assert again == obj
        assert converter.unstructure(again) == wire

    check()
