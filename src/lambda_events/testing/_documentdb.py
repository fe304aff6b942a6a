"""Builder for Amazon DocumentDB change stream events."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._ids import REGION, arn, now_ms

if TYPE_CHECKING:
    from .. import DocumentDBChangeEvent

__all__ = ["documentdb_change_event"]


def documentdb_change_event(
    documents: Iterable[Mapping[str, Any]] = ({"status": "placed"},),
    *,
    database: str = "shop",
    collection: str = "orders",
    cluster: str = "my-docdb-cluster",
    region: str = REGION,
) -> DocumentDBChangeEvent:
    """A `DocumentDBChangeEvent`: one `insert` per document, each given a fresh `_id`."""
    from .. import (
        DocumentDBChangeEvent,
        DocumentDBChangeStreamEvent,
        DocumentDBClusterTime,
        DocumentDBEventRecord,
        DocumentDBNamespace,
        DocumentDBResumeToken,
        DocumentDBTimestamp,
        EpochSeconds,
    )

    seconds = now_ms() // 1000
    records = []
    for ordinal, document in enumerate(documents, 1):
        key = {"_id": {"$oid": f"{seconds:08x}{secrets.token_hex(8)}"}}
        token = f"01{seconds:08x}{ordinal:016x}{secrets.token_hex(4)}"
        change = DocumentDBChangeStreamEvent(
            id=DocumentDBResumeToken(data=token),
            operation_type="insert",
            cluster_time=DocumentDBClusterTime(
                timestamp=DocumentDBTimestamp(t=EpochSeconds(seconds), i=ordinal)
            ),
            ns=DocumentDBNamespace(db=database, coll=collection),
            document_key=key,
            full_document={**key, **document},
        )
        records.append(DocumentDBEventRecord(event=change))
    return DocumentDBChangeEvent(
        event_source_arn=arn("rds", f"cluster:{cluster}", region),
        events=tuple(records),
        event_source="aws:docdb",
    )
