"""AWS CodeCommit triggers: the event, the sample handler.

AWS documentation behind the sample: "Example: Create an AWS CodeCommit trigger for an AWS
Lambda function" (https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import CodeCommitEvent, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    run_sample_handler,
    set_at,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "codecommit-push.json": CodeCommitEvent,
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


def test_codecommit_fields() -> None:
    record = converter.structure(load_sample("codecommit-push.json"), CodeCommitEvent).records[0]
    assert record.repository_name == "orders-service"
    assert record.event_time.datetime.isoformat() == "2026-01-12T09:41:07.382000+00:00"
    assert record.codecommit.references[1].created is True


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "codecommit-push.json",
            ("Records", 0, "eventPartNumber"),
            "1",
            "Records[0].eventPartNumber: expected an integer, got str",
        ),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    set_at(path, value)(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_codecommit_handler() -> None:
    out = run_sample_handler("codecommit_handler", "codecommit-push.json")
    assert [(c["ref"], c["change"]) for c in out["changes"]] == [
        ("refs/heads/main", "updated"),
        ("refs/tags/v2.4.0", "created"),
    ]
    assert out["changes"][0]["repository"] == "orders-service"
