"""Amazon EventBridge: the envelope, typed details, scheduled events, S3 notifications through
EventBridge, the sample handlers.

Scheduled events: "Creating a rule that runs on a schedule" in the EventBridge user guide.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import EventBridgeEvent, S3EventBridgeNotificationEvent, converter

from ._support import (
    Customer,
    Order,
    assert_corpus_round_trip,
    assert_round_trip,
    assert_same_json,
    assert_typed_detail_round_trips,
    detail_params,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, Any] = {
    "eventbridge-ec2-state-change.json": EventBridgeEvent,
    "eventbridge-custom-order.json": EventBridgeEvent,
    "eventbridge-scheduler.json": EventBridgeEvent,
    "s3-eventbridge-object-created.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-object-deleted.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-restore-initiated.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-restore-completed.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-restore-expired.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-tags-added.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-acl-updated.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-storage-class-changed.json": S3EventBridgeNotificationEvent,
    "s3-eventbridge-access-tier-changed.json": S3EventBridgeNotificationEvent,
}

CLASSES = (
    "EventBridgeEvent",
    "S3EventBridgeNotificationEvent",
)


@attrs.frozen
class ScheduleDetail:
    target: str = "nightly"


@attrs.frozen
class Ec2StateChange:
    state: str


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_eventbridge_envelope_fields() -> None:
    event = converter.structure(load_sample("eventbridge-custom-order.json"), EventBridgeEvent)
    assert event.detail_type == "OrderPlaced"
    assert event.replay_name == "checkout-replay-2026-01"
    assert event.id == "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c60"
    assert event.resources == ()
    assert event.time is not None
    assert event.time.datetime == datetime(2026, 1, 7, 9, 0, 0, 123000, tzinfo=timezone.utc)
    assert event.detail["customer"] == {"id": 44, "tier": "gold"}
    ec2 = converter.structure(load_sample("eventbridge-ec2-state-change.json"), EventBridgeEvent)
    assert ec2.replay_name is None
    assert ec2.resources == ("arn:aws:ec2:ca-central-1:890123456789:instance/i-0a1b2c3d4e5f67890",)


def test_eventbridge_scheduler_string_detail_round_trips() -> None:
    raw = load_sample("eventbridge-scheduler.json")
    event = assert_round_trip(raw, EventBridgeEvent)
    assert event.detail == "{}"
    typed = converter.structure(raw, EventBridgeEvent[ScheduleDetail])
    assert typed.detail == ScheduleDetail()
    assert converter.unstructure(typed, EventBridgeEvent[ScheduleDetail])["detail"] == {
        "target": "nightly"
    }


def test_eventbridge_typed_detail() -> None:
    raw = load_sample("eventbridge-custom-order.json")
    event = converter.structure(raw, EventBridgeEvent[Order])
    assert event.detail == Order("o-7001", Customer(44, "gold"), 310.75)
    back = converter.unstructure(event, EventBridgeEvent[Order])
    assert_same_json(back, raw)
    assert converter.structure(back, EventBridgeEvent[Order]) == event
    ec2 = converter.structure(
        load_sample("eventbridge-ec2-state-change.json"), EventBridgeEvent[Ec2StateChange]
    )
    assert ec2.detail == Ec2StateChange("stopped")


def test_eventbridge_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("eventbridge-custom-order.json")
    raw["detail"]["customer"]["id"] = "forty-four"
    msg = structure_error(raw, EventBridgeEvent[Order])
    assert "detail.customer.id: expected an integer, got" in msg
    raw = load_sample("eventbridge-scheduler.json")
    raw["detail"] = "{not json"
    assert "detail: not valid JSON" in structure_error(raw, EventBridgeEvent[ScheduleDetail])
    raw = load_sample("eventbridge-ec2-state-change.json")
    del raw["detail-type"]
    raw["time"] = 1700000000
    raw["resources"] = "arn:aws:ec2:x"
    msg = structure_error(raw, EventBridgeEvent)
    assert "detail-type: missing required key" in msg
    assert "time: expected a string, got int" in msg
    assert "resources: expected a list, got str" in msg


S3_EB_DETAILS = {
    "s3-eventbridge-object-created.json": ("Object Created", "reason", "CompleteMultipartUpload"),
    "s3-eventbridge-object-deleted.json": (
        "Object Deleted",
        "deletion_type",
        "Permanently Deleted",
    ),
    "s3-eventbridge-restore-initiated.json": (
        "Object Restore Initiated",
        "source_storage_class",
        "DEEP_ARCHIVE",
    ),
    "s3-eventbridge-restore-completed.json": (
        "Object Restore Completed",
        "source_storage_class",
        "DEEP_ARCHIVE",
    ),
    "s3-eventbridge-restore-expired.json": (
        "Object Restore Expired",
        "requester",
        "s3.amazonaws.com",
    ),
    "s3-eventbridge-tags-added.json": ("Object Tags Added", "source_ip_address", "198.51.100.24"),
    "s3-eventbridge-acl-updated.json": ("Object ACL Updated", "source_ip_address", "198.51.100.24"),
    "s3-eventbridge-storage-class-changed.json": (
        "Object Storage Class Changed",
        "destination_storage_class",
        "GLACIER_IR",
    ),
    "s3-eventbridge-access-tier-changed.json": (
        "Object Access Tier Changed",
        "destination_access_tier",
        "ARCHIVE_ACCESS",
    ),
}


@pytest.mark.parametrize("name", sorted(S3_EB_DETAILS))
def test_s3_eventbridge_every_detail_type(name: str) -> None:
    detail_type, attr, value = S3_EB_DETAILS[name]
    event = converter.structure(load_sample(name), S3EventBridgeNotificationEvent)
    assert isinstance(event, EventBridgeEvent)
    assert event.detail_type == detail_type
    assert getattr(event.detail, attr) == value
    assert event.bucket_name == "media-archive-prod"


def test_s3_eventbridge_object_fields() -> None:
    created = converter.structure(
        load_sample("s3-eventbridge-object-created.json"), S3EventBridgeNotificationEvent
    )
    obj = created.detail.object
    assert obj.encoded_key == "videos/2026/launch+day%281%29.mp4"
    assert obj.key == obj.decoded_key == created.object_key == "videos/2026/launch day(1).mp4"
    assert converter.unstructure(created)["detail"]["object"]["key"] == obj.encoded_key
    assert obj.version_id == "3HL4kqtJvjVBH40Nrjfkd"
    assert obj.size == 52428800
    assert created.detail.request_id == "N4N7GDK58NMKJ12R"
    deleted = converter.structure(
        load_sample("s3-eventbridge-object-deleted.json"), S3EventBridgeNotificationEvent
    )
    assert deleted.detail.object.version_id is None  # unversioned bucket: no KeyError
    assert deleted.detail.object.size is None and deleted.detail.object.etag is None
    restored = converter.structure(
        load_sample("s3-eventbridge-restore-completed.json"), S3EventBridgeNotificationEvent
    )
    assert restored.detail.restore_expiry_time is not None
    assert restored.detail.restore_expiry_time.datetime == datetime(
        2026, 1, 16, tzinfo=timezone.utc
    )


def test_s3_eventbridge_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("s3-eventbridge-object-created.json")
    del raw["detail"]["request-id"]
    raw["detail"]["object"]["size"] = "big"
    raw["detail"]["object"]["version-id"] = 7
    msg = structure_error(raw, S3EventBridgeNotificationEvent)
    assert "detail.request-id: missing required key" in msg
    assert "detail.object.size: expected an integer, got str" in msg
    assert "detail.object.version-id: expected a string, got int" in msg


HANDLERS: list[tuple[str, str, Any]] = [
    (
        "eventbridge_handler",
        "eventbridge-ec2-state-change.json",
        {"detail_type": "EC2 Instance State-change Notification", "state": "stopped"},
    ),
    (
        "eventbridge_handler",
        "eventbridge-scheduler.json",
        {"detail_type": "Scheduled Event", "state": None},
    ),
    (
        "eventbridge_typed_handler",
        "eventbridge-custom-order.json",
        {"order": "o-7001", "customer": 44, "at": "2026-01-07T09:00:00.123000+00:00"},
    ),
    (
        "eventbridge_s3_handler",
        "s3-eventbridge-object-created.json",
        {
            "bucket": "media-archive-prod",
            "file_key": "videos/2026/launch day(1).mp4",
            "created": True,
        },
    ),
    (
        "eventbridge_s3_handler",
        "s3-eventbridge-tags-added.json",
        {"bucket": "media-archive-prod", "file_key": "videos/2026/teaser.mp4", "created": False},
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), HANDLERS, ids=[f"{m}-{s}" for m, s, _ in HANDLERS]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


DETAILS: dict[str, str] = {
    "samples/eventbridge-scheduled-event.json": "ScheduledEventDetail",
    "sam/cloudwatch-scheduled-event.json": "ScheduledEventDetail",
    "java/tests/cloudwatch_event.json": "ScheduledEventDetail",
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
