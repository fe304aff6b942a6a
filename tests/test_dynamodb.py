"""Amazon DynamoDB Streams: images as Python values, windows, malformed values, DynamoDB
changes through Kinesis Data Streams, the sample handler.

DynamoDB through Kinesis: "Change data capture for Kinesis Data Streams with DynamoDB"
(https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html).
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import (
    DynamoDBKinesisRecord,
    DynamoDBRecordEventName,
    DynamoDBStreamEvent,
    KinesisStreamEvent,
    StreamViewType,
    converter,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

SAMPLES = {
    "dynamodb-stream.json": DynamoDBStreamEvent,
    "dynamodb-stream-window.json": DynamoDBStreamEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_dynamodb_images_are_python_values() -> None:
    event = converter.structure(load_sample("dynamodb-stream.json"), DynamoDBStreamEvent)
    insert, modify, remove = event.records
    assert insert.event_name is DynamoDBRecordEventName.INSERT
    assert insert.dynamodb.stream_view_type is StreamViewType.NEW_AND_OLD_IMAGES
    image = insert.dynamodb.new_image
    assert image is not None
    assert image["balance"] == Decimal("1250.50") and str(image["balance"]) == "1250.50"
    assert image["avatar"] == b"\x89PNG"
    assert image["tags"] == frozenset({"vip", "beta"})
    assert image["scores"] == frozenset({Decimal(7), Decimal("9.5")})
    assert image["nickname"] is None and image["active"] is True
    assert image["address"] == {"city": "Sydney", "zip": Decimal(2000)}
    assert image["history"] == [Decimal(1), "two"]
    assert insert.dynamodb.old_image is None
    assert modify.dynamodb.new_image == {"pk": "CUSTOMER#17", "sk": 1, "balance": Decimal(1000)}
    assert remove.user_identity is not None
    assert remove.user_identity.principal_id == "dynamodb.amazonaws.com"


def test_dynamodb_creation_time_keeps_spelling() -> None:
    event = converter.structure(load_sample("dynamodb-stream.json"), DynamoDBStreamEvent)
    created = event.records[1].dynamodb.approximate_creation_date_time
    assert created == 1732708901.5
    assert created is not None and created.datetime.microsecond == 500000
    back = converter.unstructure(event)
    assert type(back["Records"][0]["dynamodb"]["ApproximateCreationDateTime"]) is int
    assert back["Records"][1]["dynamodb"]["NewImage"]["balance"] == {"N": "1e3"}


def test_dynamodb_unknown_event_name_stays_a_string() -> None:
    raw = load_sample("dynamodb-stream.json")
    raw["Records"][0]["eventName"] = "ARCHIVE"
    raw["Records"][0]["dynamodb"]["StreamViewType"] = "FUTURE_VIEW"
    event = assert_round_trip(raw, DynamoDBStreamEvent)
    assert event.records[0].event_name == "ARCHIVE"
    assert type(event.records[0].event_name) is str


def test_dynamodb_tumbling_window() -> None:
    event = converter.structure(load_sample("dynamodb-stream-window.json"), DynamoDBStreamEvent)
    assert event.window is not None
    assert event.window.end.datetime - event.window.start.datetime == (
        datetime(2026, 1, 1, 0, 5) - datetime(2026, 1, 1)
    )
    assert event.state == {"count": 3}
    assert event.is_final_invoke_for_window is False


def _nested_map(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"S": "leaf"}
    for _ in range(depth):
        value = {"M": {"k": value}}
    return value


def test_dynamodb_malformed_values_name_paths() -> None:
    raw = load_sample("dynamodb-stream.json")
    image = raw["Records"][0]["dynamodb"]["NewImage"]
    image["bad"] = {"X": "1"}
    image["num"] = {"N": "twelve"}
    image["deep"] = _nested_map(40)
    msg = structure_error(raw, DynamoDBStreamEvent)
    assert "Records[0].dynamodb.NewImage.bad: unknown AttributeValue type 'X'" in msg
    assert "Records[0].dynamodb.NewImage.num: N: not a DynamoDB number" in msg
    assert "nested deeper than 32 levels" in msg


CASES: list[tuple[str, str, Any]] = [
    (
        "dynamodb_handler",
        "dynamodb-stream.json",
        {"inserted": 1, "modified": 1, "keys": ["CUSTOMER#17", "CUSTOMER#17", "CUSTOMER#9"]},
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


def test_dynamodb_changes_through_kinesis() -> None:
    raw = load_sample("kinesis-dynamodb-cdc.json")
    assert lambda_events.detect(raw) is KinesisStreamEvent
    assert_round_trip(raw, KinesisStreamEvent)
    event = converter.structure(raw, KinesisStreamEvent[DynamoDBKinesisRecord])
    insert, remove = (record.kinesis.data for record in event.records)
    assert insert.event_name == "INSERT" and insert.table_name == "Orders"
    assert insert.dynamodb.new_image is not None
    assert str(insert.dynamodb.new_image["total"]) == "129.90"
    assert insert.dynamodb.new_image["items"][0]["qty"] == 2
    milli = insert.dynamodb.approximate_creation_datetime.isoformat()
    micro = remove.dynamodb.approximate_creation_datetime.isoformat()
    assert milli == "2026-01-12T09:41:07.382000+00:00"
    assert micro == "2026-01-12T09:41:09.123456+00:00"
    assert remove.user_identity is not None and remove.user_identity.type == "Service"
    assert remove.dynamodb.new_image is None
    back = converter.unstructure(event)
    for original, again in zip(raw["Records"], back["Records"], strict=True):
        decoded = [json.loads(base64.b64decode(r["kinesis"]["data"])) for r in (original, again)]
        assert decoded[0] == decoded[1]
