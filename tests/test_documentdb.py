"""Amazon DocumentDB change streams: change events of every operation type.

No shared corpus fixture exists; the AWS documentation is the reference for the samples:
"Using AWS Lambda with Amazon DocumentDB" (example event,
https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html) and the change event
shapes it links to (MongoDB "Change Events": update, replace, delete, drop, rename,
dropDatabase, invalidate).
"""

from __future__ import annotations

from typing import Any

import pytest

import lambda_events
from lambda_events import DocumentDBChangeEvent, DocumentDBOperationType, converter

from ._support import STRICT, assert_round_trip, load_sample, set_at, structure_error

SAMPLES: dict[str, type[Any]] = {
    "documentdb-insert.json": DocumentDBChangeEvent,
    "documentdb-changes.json": DocumentDBChangeEvent,
    "documentdb-collection-changes.json": DocumentDBChangeEvent,
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])
    STRICT.structure(raw, SAMPLES[name])


def test_documentdb_operations_and_fields() -> None:
    inserted = converter.structure(load_sample("documentdb-insert.json"), DocumentDBChangeEvent)
    change = inserted.changes[0]
    assert change.operation_type is DocumentDBOperationType.INSERT
    assert change.full_document is not None and change.full_document["orderId"] == (
        "ORD-2026-004512"
    )
    assert change.cluster_time.timestamp.t.datetime.isoformat() == "2025-02-05T23:18:58+00:00"
    assert change.ns is not None and (change.ns.db, change.ns.coll) == ("shop", "orders")
    updates = converter.structure(load_sample("documentdb-changes.json"), DocumentDBChangeEvent)
    update, replace, delete = updates.changes
    assert update.update_description is not None
    assert update.update_description.updated_fields == {
        "status": "shipped",
        "shippedAt": {"$date": 1738797658000},
    }
    assert update.update_description.removed_fields == ("reservation",)
    assert update.full_document is None and replace.full_document is not None
    assert delete.document_key == {"_id": {"$oid": "67a3ef77c9b14d2e8f0a6a90"}}
    other = converter.structure(
        load_sample("documentdb-collection-changes.json"), DocumentDBChangeEvent
    )
    rename, drop, drop_database, invalidate = other.changes
    assert rename.to is not None and rename.to.coll == "carts_2025"
    assert drop.ns is not None and drop.ns.coll == "sessions"
    assert drop_database.operation_type == "dropDatabase"
    assert drop_database.ns is not None and drop_database.ns.coll is None
    assert invalidate.ns is None and invalidate.id.data.startswith("0167a40ac4")


def test_documentdb_unknown_operation_is_kept() -> None:
    raw = load_sample("documentdb-insert.json")
    raw["events"][0]["event"]["operationType"] = "shardCollection"
    event = assert_round_trip(raw, DocumentDBChangeEvent)
    assert event.changes[0].operation_type == "shardCollection"


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "documentdb-insert.json",
            ("events", 0, "event", "clusterTime", "$timestamp", "t"),
            "1738797538",
            "events[0].event.clusterTime.$timestamp.t: expected epoch seconds as a number",
        ),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    set_at(path, value)(raw)
    assert message in structure_error(raw, SAMPLES[sample])
