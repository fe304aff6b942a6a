"""Amazon Cognito Sync triggers: a dataset synchronized for an identity-pool identity.

The function returns the event with `datasetRecords` changed (or not); every key Cognito
sent travels back. Answer with `attrs.evolve(event, dataset_records=...)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._model import Model, model
from .enums import StrEnum

__all__ = ["CognitoSyncDatasetRecord", "CognitoSyncOperation", "CognitoSyncTriggerEvent"]


class CognitoSyncOperation(StrEnum):
    """What happened to a dataset record."""

    REPLACE = "replace"
    REMOVE = "remove"


@model
class CognitoSyncDatasetRecord(Model):
    """One record of the dataset: its old and new value and the operation."""

    op: CognitoSyncOperation | str
    new_value: str | None = None
    old_value: str | None = None


@model
class CognitoSyncTriggerEvent(Model):
    """Amazon Cognito Sync: a `SyncTrigger` event for one dataset of an identity."""

    version: int
    event_type: str
    region: str
    identity_pool_id: str
    identity_id: str
    dataset_name: str
    dataset_records: Mapping[str, CognitoSyncDatasetRecord]
