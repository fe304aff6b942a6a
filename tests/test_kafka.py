"""Amazon MSK and self-managed Apache Kafka: records, headers, typed values."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import KafkaEvent, KafkaTimestampType, converter

from ._support import (
    Customer,
    Order,
    assert_corpus_round_trip,
    assert_round_trip,
    b64,
    load_sample,
    sample_handler,
    semantic_round_trip,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, Any] = {
    "kafka-msk.json": KafkaEvent,
    "kafka-self-managed.json": KafkaEvent,
}

CLASSES = ("KafkaEvent",)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_kafka_unknown_keys_survive() -> None:
    raw = load_sample("kafka-msk.json")
    raw["records"]["orders-0"][0]["leaderEpoch"] = 3
    raw["newField"] = True
    event = assert_round_trip(raw, KafkaEvent)
    assert event.unknown_keys == {"newField": True}
    assert event.records[0].unknown_keys == {"leaderEpoch": 3}


def test_kafka_records_are_flattened_and_stable() -> None:
    event = converter.structure(load_sample("kafka-msk.json"), KafkaEvent)
    assert [r.offset for r in event.records] == [4107, 4108, 88]
    assert event.record is event.record
    assert event.record.offset == 4107
    assert event.decoded_bootstrap_servers[1].startswith("b-2.orders-cluster")
    assert event.event_source_arn is not None
    first = event.records[0]
    assert first.decoded_key == b"customer-7"
    assert first.decoded_key == b"customer-7"
    assert first.key_as_text() == "customer-7"
    assert first.value_as_json() == first.json_value
    assert first.json_value["customer"] == {"id": 7, "tier": "gold"}
    assert first.timestamp_type is KafkaTimestampType.CREATE_TIME
    assert event.records[2].timestamp_type is KafkaTimestampType.LOG_APPEND_TIME
    assert first.timestamp.datetime == datetime(2026, 1, 4, tzinfo=timezone.utc)


def test_kafka_key_null_and_absent() -> None:
    msk = converter.structure(load_sample("kafka-msk.json"), KafkaEvent)
    assert msk.records[2].key is None and msk.records[2].key_as_text() is None
    assert converter.unstructure(msk)["records"]["orders-1"][0]["key"] is None
    managed = converter.structure(load_sample("kafka-self-managed.json"), KafkaEvent)
    assert managed.event_source_arn is None
    assert managed.records[1].key is None
    assert "key" not in converter.unstructure(managed)["records"]["sensor-readings-3"][1]


def test_kafka_headers_decode_to_bytes_case_insensitively() -> None:
    event = converter.structure(load_sample("kafka-msk.json"), KafkaEvent)
    headers = event.records[0].decoded_headers
    assert headers["TRACEPARENT"] == b"00-4bf92f3577b34da6-00f067aa0ba902b7-01"
    assert headers["Content-Type"] == b"application/json"
    assert list(headers) == ["traceparent", "content-type"]
    assert dict(event.records[1].decoded_headers) == {}


def test_kafka_signed_header_bytes_decode_and_are_written_back_signed() -> None:
    raw = load_sample("kafka-self-managed.json")
    event = converter.structure(raw, KafkaEvent)
    signed, unsigned = event.records
    assert signed.decoded_headers["signature"] == b"\xde\xad\xbe\xef\x01"
    assert unsigned.decoded_headers["signature"] == b"\xde\xad\xbe\xef\x02"
    back = converter.unstructure(event)["records"]["sensor-readings-3"]
    assert back[0]["headers"][0]["signature"] == [-34, -83, -66, -17, 1]
    assert back[1]["headers"][0]["signature"] == [222, 173, 190, 239, 2]
    # a repeated name (any casing) keeps every value in order
    assert signed.get_header_values("REGION") == [b"eu", b"eu-2"]
    assert signed.decoded_headers["region"] == b"eu-2"
    assert list(signed.decoded_headers) == ["signature", "Region"]


def test_kafka_headers_built_in_python_unstructure_as_unsigned() -> None:
    event = converter.structure(load_sample("kafka-self-managed.json"), KafkaEvent)
    record = attrs.evolve(event.records[1], headers=({"h": b"\xff\x00"},))
    assert converter.unstructure(record)["headers"] == [{"h": [255, 0]}]


def test_kafka_schema_metadata_and_binary_values() -> None:
    event = converter.structure(load_sample("kafka-self-managed.json"), KafkaEvent)
    record = event.records[0]
    assert record.key_schema_metadata is not None
    assert record.key_schema_metadata.data_format == "AVRO"
    assert record.value_schema_metadata is not None
    assert record.value_schema_metadata.schema_id == "a1b2c3d4-0002"
    assert record.value_as_bytes() == b"\x0a\x09sensor-17\x15\x00\x00\xa8\x41"
    assert event.records[1].key_schema_metadata is None


def test_kafka_tombstone_and_unknown_timestamp_type() -> None:
    raw = load_sample("kafka-self-managed.json")
    raw["records"]["sensor-readings-3"][1]["value"] = None
    raw["records"]["sensor-readings-3"][1]["timestampType"] = "FUTURE_TIME"
    event = assert_round_trip(raw, KafkaEvent)
    record = event.records[1]
    assert record.value is None and record.value_as_text() is None
    assert record.timestamp_type == "FUTURE_TIME"
    assert not isinstance(record.timestamp_type, KafkaTimestampType)


def test_kafka_typed_values() -> None:
    raw = load_sample("kafka-msk.json")
    event = semantic_round_trip(raw, KafkaEvent[Order], {"value"})
    assert event.records[2].value == Order("o-4003", Customer(21, "gold"), 150)
    assert event.records[0].value_as_json() == Order("o-4001", Customer(7, "gold"), 12.25)
    assert event.records[0].decoded_key == b"customer-7"


def test_kafka_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("kafka-msk.json")
    raw["records"]["orders-0"][0]["headers"][0]["traceparent"][3] = 300
    raw["records"]["orders-0"][1]["headers"] = [{"x": "text"}]
    raw["records"]["orders-1"][0]["partition"] = "1"
    raw["records"]["orders-1"][0]["key"] = ["not", "text"]
    msg = structure_error(raw, KafkaEvent)
    assert (
        "records.orders-0[0].headers[0].traceparent[3]: expected a byte value (-128..255), got 300"
        in msg
    )
    assert "records.orders-0[1].headers[0].x: expected a list of byte values, got str" in msg
    assert "records.orders-1[0].partition: expected an integer, got str" in msg
    assert "records.orders-1[0].key: expected a string, got list" in msg


def test_kafka_typed_value_error_names_path_into_payload() -> None:
    raw = load_sample("kafka-msk.json")
    raw["records"]["orders-0"][1]["value"] = b64(
        b'{"orderId": "o", "customer": {"tier": "x"}, "total": 1}'
    )
    msg = structure_error(raw, KafkaEvent[Order])
    assert "records.orders-0[1].value.customer.id: missing required key" in msg


HANDLERS: list[tuple[str, str, Any]] = [
    (
        "kafka_handler",
        "kafka-msk.json",
        {
            "servers": 2,
            "records": [
                {
                    "topic": "orders",
                    "offset": 4107,
                    "key": "customer-7",
                    "size": 76,
                    "trace": "00-4bf92f3577b34da6-00f067aa0ba902b7-01",
                },
                {"topic": "orders", "offset": 4108, "key": "customer-9", "size": 73, "trace": None},
                {"topic": "orders", "offset": 88, "key": None, "size": 75, "trace": None},
            ],
        },
    ),
    (
        "kafka_typed_handler",
        "kafka-msk.json",
        {
            "orders": ["o-4001", "o-4002", "o-4003"],
            "gold_total": 162.25,
            "by_partition": {"orders-0": 2, "orders-1": 1},
        },
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), HANDLERS, ids=[f"{m}-{s}" for m, s, _ in HANDLERS]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
