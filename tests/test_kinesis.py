"""Amazon Kinesis Data Streams: record data, typed payloads, carried CloudWatch Logs, the
sample handler."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    ContentError,
    KinesisStreamEvent,
    LambdaEventsError,
    converter,
    extract_cloudwatch_logs_from_event,
)

from ._support import (
    Customer,
    Order,
    assert_corpus_round_trip,
    assert_round_trip,
    b64,
    load_sample,
    order_json,
    sample_handler,
    semantic_round_trip,
    shared_files,
    structure_error,
)

SAMPLES = {
    "kinesis-stream.json": KinesisStreamEvent,
    "kinesis-stream-window.json": KinesisStreamEvent,
    "kinesis-cloudwatch-logs.json": KinesisStreamEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_kinesis_data_helpers() -> None:
    event = converter.structure(load_sample("kinesis-stream.json"), KinesisStreamEvent)
    payload = event.records[0].kinesis
    assert payload.data_as_bytes() == b'{"deviceId": "d-1", "temp": 21.5}'
    assert payload.data_as_text().startswith('{"deviceId"')
    assert payload.data_as_json() == {"deviceId": "d-1", "temp": 21.5}
    assert payload.approximate_arrival_timestamp.datetime.year == 2024


@attrs.frozen
class Reading:
    deviceId: str  # noqa: N815 - the user's own wire names
    temp: float


def test_kinesis_typed_data() -> None:
    event = converter.structure(load_sample("kinesis-stream.json"), KinesisStreamEvent[Reading])
    assert [r.kinesis.data for r in event.records] == [Reading("d-1", 21.5), Reading("d-2", 19)]
    back = converter.unstructure(event, KinesisStreamEvent[Reading])
    decoded = json.loads(base64.b64decode(back["Records"][0]["kinesis"]["data"]))
    assert decoded == {"deviceId": "d-1", "temp": 21.5}


def test_kinesis_carried_cloudwatch_logs() -> None:
    event = converter.structure(load_sample("kinesis-cloudwatch-logs.json"), KinesisStreamEvent)
    (logs,) = extract_cloudwatch_logs_from_event(event)
    assert logs.log_group == "/aws/lambda/checkout"
    assert logs.log_events[1].extracted_fields == {"level": "error"}


def test_kinesis_bad_base64_is_kept_and_refused_when_read() -> None:
    raw = load_sample("kinesis-stream.json")
    raw["Records"][1]["kinesis"]["data"] = "@@@"
    event = assert_round_trip(raw, KinesisStreamEvent)
    assert event.records[0].kinesis.data_as_bytes()  # the other records read fine
    with pytest.raises(ContentError) as info:
        event.records[1].kinesis.data_as_bytes()
    assert str(info.value) == "KinesisStreamRecordPayload.data: not valid base64"
    assert isinstance(info.value, LambdaEventsError)


CASES: list[tuple[str, str, Any]] = [
    (
        "kinesis_handler",
        "kinesis-stream.json",
        {
            "statusCode": 200,
            "payloads": [{"deviceId": "d-1", "temp": 21.5}, {"deviceId": "d-2", "temp": 19}],
        },
    ),
    ("kinesis_handler", "kinesis-stream-window.json", {"statusCode": 200, "payloads": ["hello"]}),
]


@pytest.mark.parametrize(("module", "sample", "expected"), CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


def test_kinesis_typed_payload() -> None:
    raw = load_sample("kinesis-stream.json")
    for i, record in enumerate(raw["Records"]):
        record["kinesis"]["data"] = b64(order_json(i).encode())
    event = semantic_round_trip(raw, KinesisStreamEvent[Order], {"data"})
    assert event.records[1].kinesis.data == Order("o-1", Customer(1, "gold"), 1)
    raw["Records"][1]["kinesis"]["data"] = b64(order_json(1, customer_id=[1]).encode())
    msg = structure_error(raw, KinesisStreamEvent[Order])
    assert "Records[1].kinesis.data.customer.id: expected an integer, got" in msg
