"""Builder for Amazon Cognito Sync trigger events."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._ids import REGION

if TYPE_CHECKING:
    from .. import CognitoSyncTriggerEvent

__all__ = ["cognito_sync_event"]


def cognito_sync_event(
    records: Mapping[str, tuple[str | None, str | None]] | None = None,
    *,
    dataset: str = "preferences",
    region: str = REGION,
) -> CognitoSyncTriggerEvent:
    """A `CognitoSyncTriggerEvent`; `records` maps a key to `(old value, new value)`."""
    from .. import CognitoSyncDatasetRecord, CognitoSyncTriggerEvent

    given = records if records is not None else {"theme": ("light", "dark")}
    return CognitoSyncTriggerEvent(
        version=2,
        event_type="SyncTrigger",
        region=region,
        identity_pool_id=f"{region}:{uuid.uuid4()}",
        identity_id=f"{region}:{uuid.uuid4()}",
        dataset_name=dataset,
        dataset_records={
            key: CognitoSyncDatasetRecord(
                old_value=old, new_value=new, op="remove" if new is None else "replace"
            )
            for key, (old, new) in given.items()
        },
    )
