"""Amazon GuardDuty findings delivered by EventBridge: `EventBridgeEvent[GuardDutyFindingDetail]`.

Only the finding's top level is modelled; `resource` and `service` differ per finding type
and are kept as the JSON objects GuardDuty sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Model, model
from .timestamps import IsoTimestamp

__all__ = ["GuardDutyFindingDetail"]


@model
class GuardDutyFindingDetail(Model):
    """Amazon GuardDuty through EventBridge: a `GuardDuty Finding` (its top level)."""

    schema_version: str
    account_id: str
    region: str
    id: str
    arn: str
    type: str
    resource: Mapping[str, Any]
    severity: float
    created_at: IsoTimestamp
    updated_at: IsoTimestamp
    partition: str | None = None
    service: Mapping[str, Any] | None = None
    title: str | None = None
    description: str | None = None
    confidence: float | None = None
    associated_attack_sequence_arn: str | None = None
