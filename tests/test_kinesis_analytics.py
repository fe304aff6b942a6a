"""Amazon Kinesis Data Analytics: input preprocessing and output delivery, the sample handlers.

AWS documentation behind the samples: "Preprocessing data using a Lambda function" and
"Using a Lambda function as output" (Amazon Kinesis Data Analytics for SQL applications
developer guide).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import (
    KinesisAnalyticsInputPreprocessingEvent,
    KinesisAnalyticsInputPreprocessingResponse,
    KinesisAnalyticsOutputDeliveryEvent,
    KinesisAnalyticsOutputDeliveryResponse,
    ResponseError,
    converter,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_response,
    load_sample,
    run_sample_handler,
    shared_files,
)

SAMPLES: dict[str, type[Any]] = {
    "kinesis-analytics-preprocessing.json": KinesisAnalyticsInputPreprocessingEvent,
    "kinesis-analytics-output-delivery.json": KinesisAnalyticsOutputDeliveryEvent,
}

RESPONSES: dict[str, type[Any]] = {
    "kinesis-analytics-preprocessing-response.json": KinesisAnalyticsInputPreprocessingResponse,
    "kinesis-analytics-output-delivery-response.json": KinesisAnalyticsOutputDeliveryResponse,
}

CORPUS_CLASSES = {c.__name__ for c in (*SAMPLES.values(), *RESPONSES.values())}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_response_sample_round_trips(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CORPUS_CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_kinesis_analytics_data_and_responses() -> None:
    event = converter.structure(
        load_sample("kinesis-analytics-preprocessing.json"), KinesisAnalyticsInputPreprocessingEvent
    )
    assert json.loads(event.records[0].data.decoded)["page"] == "/checkout"
    rec = lambda_events.KinesisAnalyticsInputPreprocessingResponseRecord
    answer = KinesisAnalyticsInputPreprocessingResponse(
        records=(
            rec.ok(event.records[0].record_id, "user-8812,/checkout,412\n"),
            rec(record_id=event.records[1].record_id, result="Dropped"),
        )
    )
    assert converter.unstructure(answer) == load_response(
        "kinesis-analytics-preprocessing-response.json"
    )
    with pytest.raises(ResponseError, match="result must be"):
        rec(record_id="1", result="Maybe")
    out = KinesisAnalyticsOutputDeliveryResponse.from_results(
        {"5f3e2d1c-0b9a-4876-9543-2e1f0d9c8b7a": "Ok"}
    )
    assert converter.unstructure(out) == load_response(
        "kinesis-analytics-output-delivery-response.json"
    )
    with pytest.raises(ResponseError, match="twice"):
        KinesisAnalyticsOutputDeliveryResponse(records=out.records * 2)


def test_kinesis_analytics_preprocessing_handler() -> None:
    out = run_sample_handler(
        "kinesis_analytics_preprocessing_handler", "kinesis-analytics-preprocessing.json"
    )
    answer = assert_round_trip(out, KinesisAnalyticsInputPreprocessingResponse)
    assert [str(r.result) for r in answer.records] == ["Ok", "Dropped"]
    assert answer.records[0].data is not None
    assert answer.records[0].data.decoded == b"user-8812,/checkout,412\n"
    broken = run_sample_handler(
        "kinesis_analytics_preprocessing_handler",
        "kinesis-analytics-preprocessing.json",
        records=[{"recordId": "1", "data": "bm90IGpzb24="}],
    )
    assert broken["records"] == [{"recordId": "1", "result": "ProcessingFailed"}]


def test_kinesis_analytics_output_handler() -> None:
    out = run_sample_handler(
        "kinesis_analytics_output_handler", "kinesis-analytics-output-delivery.json"
    )
    answer = assert_round_trip(out, KinesisAnalyticsOutputDeliveryResponse)
    assert [(r.record_id, str(r.result)) for r in answer.records] == [
        ("5f3e2d1c-0b9a-4876-9543-2e1f0d9c8b7a", "Ok")
    ]
    failed = run_sample_handler(
        "kinesis_analytics_output_handler",
        "kinesis-analytics-output-delivery.json",
        records=[{"recordId": "7", "data": "bm90IGpzb24="}],
    )
    assert failed["records"] == [{"recordId": "7", "result": "DeliveryFailed"}]
