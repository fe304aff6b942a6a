"""AWS Lambda destinations: invocation records, carried in SQS, the sample handler.

AWS documentation behind the samples: "Capturing records of Lambda asynchronous
invocations" (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import LambdaDestinationEvent, SQSEvent, converter
from lambda_events.testing import sqs_event

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    run_sample_handler,
    shared_files,
)

SAMPLES: dict[str, type[Any]] = {
    "lambda-destination-failure.json": LambdaDestinationEvent,
    "lambda-destination-kinesis.json": LambdaDestinationEvent,
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


def test_lambda_destination_as_an_sqs_payload() -> None:
    raw = load_sample("lambda-destination-failure.json")
    event = converter.structure(raw, LambdaDestinationEvent)
    assert not event.is_success and event.error_message == "card declined: insufficient funds"
    batch = converter.unstructure(sqs_event(bodies=[json.dumps(raw)]))
    typed = converter.structure(batch, SQSEvent[LambdaDestinationEvent])
    assert typed.records[0].body == event
    stream = converter.structure(
        load_sample("lambda-destination-kinesis.json"), LambdaDestinationEvent
    )
    assert stream.kinesis_batch_info is not None and stream.kinesis_batch_info.batch_size == 2


def test_lambda_destination_handler() -> None:
    out = run_sample_handler("lambda_destination_handler", "lambda-destination-failure.json")
    assert out["status"] == "invocation failed"
    assert out["error"] == "card declined: insufficient funds"
    stream = run_sample_handler("lambda_destination_handler", "lambda-destination-kinesis.json")
    assert stream["status"] == "batch failed" and stream["replay"]["records"] == 2
