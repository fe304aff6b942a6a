"""Amazon S3 event notifications: the event, its variants, the sample handler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lambda_events import S3Event, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    sample_handler,
    shared_files,
)

SAMPLES = {
    "s3.json": S3Event,
    "s3-delete.json": S3Event,
    "s3-glacier-restore.json": S3Event,
    "s3-intelligent-tiering.json": S3Event,
    "s3-replication.json": S3Event,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_s3_helpers_and_variants() -> None:
    event = converter.structure(load_sample("s3.json"), S3Event)
    assert event.bucket_name == "photo-uploads-prod"
    assert event.object_key == "albums/summer 2026/beach(1).jpg"
    assert event.record.s3.get_object.size == 2483921
    assert event.record.event_time.datetime.tzinfo is not None
    deleted = converter.structure(load_sample("s3-delete.json"), S3Event)
    assert deleted.record.s3.get_object.size is None
    assert deleted.record.s3.get_object.etag is None
    tiering = converter.structure(load_sample("s3-intelligent-tiering.json"), S3Event)
    assert tiering.object_key == "media/raw.mov"
    assert tiering.record.intelligent_tiering_event_data is not None
    restored = converter.structure(load_sample("s3-glacier-restore.json"), S3Event)
    data = restored.record.glacier_event_data
    assert data is not None and data.restore_event_data.lifecycle_restore_storage_class == "GLACIER"


CASES: list[tuple[str, str, Any]] = [
    (
        "s3_handler",
        "s3.json",
        {
            "bucket": "photo-uploads-prod",
            "object_key": "albums/summer 2026/beach(1).jpg",
            "object_etag": "0c9f3b2a1d4e5f6a7b8c9d0e1f2a3b4c",
        },
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
