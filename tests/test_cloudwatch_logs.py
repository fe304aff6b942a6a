"""Amazon CloudWatch Logs subscriptions: the compressed payload, decoded and written back."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import CloudWatchLogsEvent, CompressedJsonText, ContentError, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

SAMPLES = {
    "cloudwatch-logs.json": CloudWatchLogsEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_cloudwatch_logs_decoded_and_original_text_written_back() -> None:
    raw = load_sample("cloudwatch-logs.json")
    event = converter.structure(raw, CloudWatchLogsEvent)
    data = event.parse_logs_data()
    assert data.message_type == "DATA_MESSAGE"
    assert data.log_events[0].timestamp.datetime.year == 2024
    assert event.raw_logs_data == raw["awslogs"]["data"]
    assert converter.unstructure(event) == raw


def test_cloudwatch_logs_changed_data_is_recompressed() -> None:
    event = converter.structure(load_sample("cloudwatch-logs.json"), CloudWatchLogsEvent)
    data = event.parse_logs_data()
    new_text = CompressedJsonText.compress(attrs.evolve(data, log_events=data.log_events[:1]))
    changed = attrs.evolve(event, awslogs=attrs.evolve(event.awslogs, data=new_text))
    text = converter.unstructure(changed)["awslogs"]["data"]
    decoded = json.loads(gzip.decompress(base64.b64decode(text)))
    assert len(decoded["logEvents"]) == 1
    assert converter.structure(converter.unstructure(changed), CloudWatchLogsEvent) == changed
    assert changed.parse_logs_data().log_events == data.log_events[:1]


def _gzip_b64(payload: bytes) -> str:
    return base64.b64encode(gzip.compress(payload)).decode()


def test_cloudwatch_logs_malformed_payloads_are_kept_and_refused_when_read() -> None:
    def msg(data: str) -> str:
        raw = {"awslogs": {"data": data}}
        event = assert_round_trip(raw, CloudWatchLogsEvent)  # content never bounces
        with pytest.raises(ContentError) as info:
            event.parse_logs_data()
        return str(info.value)

    assert msg("%%%") == "CloudWatchLogsData.data: not valid base64"
    assert msg(base64.b64encode(b"not gzip").decode()) == (
        "CloudWatchLogsData.data: not valid gzip or zlib data"
    )
    truncated = base64.b64encode(gzip.compress(b'{"a": 1}')[:-12]).decode()
    assert msg(truncated) == "CloudWatchLogsData.data: truncated gzip or zlib data"
    assert msg(_gzip_b64(b"{nope")).startswith("CloudWatchLogsData.data: not valid JSON")
    assert "expected a string, got int" in structure_error(
        {"awslogs": {"data": 5}}, CloudWatchLogsEvent
    )


def test_gzip_bomb_fails_fast_with_bounded_memory() -> None:
    bomb = _gzip_b64(b"\0" * (64 * 1024 * 1024))
    event = converter.structure({"awslogs": {"data": bomb}}, CloudWatchLogsEvent)
    with pytest.raises(ContentError, match="exceeds the 33554432-byte limit"):
        event.parse_logs_data()
    small = converter.copy(max_decompressed_size=100)
    event = small.structure(load_sample("cloudwatch-logs.json"), CloudWatchLogsEvent)
    with pytest.raises(ContentError, match="exceeds the 100-byte limit"):
        event.parse_logs_data()


CASES: list[tuple[str, str, Any]] = [
    (
        "cloudwatch_logs_handler",
        "cloudwatch-logs.json",
        {"log_group": "/aws/lambda/checkout", "errors": ["ERROR payment declined order=o-1001"]},
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
