"""Amazon Cognito Sync triggers: the event, the sample handler.

AWS documentation behind the sample: "Amazon Cognito Sync triggers".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import CognitoSyncTriggerEvent, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    run_sample_handler,
    sample_handler,
    shared_files,
)

SAMPLES: dict[str, type[Any]] = {
    "cognito-sync.json": CognitoSyncTriggerEvent,
}

CORPUS_CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CORPUS_CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_cognito_sync_records() -> None:
    event = converter.structure(load_sample("cognito-sync.json"), CognitoSyncTriggerEvent)
    assert event.dataset_records["theme"].new_value == "dark"
    assert event.dataset_records["newsletter"].op == "remove"


def test_cognito_sync_handler_returns_the_event_with_a_normalised_theme() -> None:
    raw = load_sample("cognito-sync.json")
    assert run_sample_handler("cognito_sync_handler", "cognito-sync.json") == raw
    raw["datasetRecords"]["theme"]["newValue"] = " Neon "
    out = sample_handler("cognito_sync_handler")(raw, None)
    assert out["datasetRecords"]["theme"]["newValue"] == "light"
