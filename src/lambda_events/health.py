"""AWS Health events delivered by EventBridge: `EventBridgeEvent[HealthEventDetail]`.

`startTime`, `endTime` and `lastUpdatedTime` are kept as AWS Health writes them
(`Wed, 31 Jan 2018 21:13:24 GMT`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Model, model
from .enums import StrEnum

__all__ = [
    "HealthAffectedEntity",
    "HealthEventDescription",
    "HealthEventDetail",
    "HealthEventTypeCategory",
]


class HealthEventTypeCategory(StrEnum):
    """The category of an AWS Health event; unknown categories stay plain strings."""

    ISSUE = "issue"
    ACCOUNT_NOTIFICATION = "accountNotification"
    SCHEDULED_CHANGE = "scheduledChange"
    INVESTIGATION = "investigation"


@model
class HealthEventDescription(Model):
    """The event's description in one language."""

    language: str
    latest_description: str


@model
class HealthAffectedEntity(Model):
    """A resource the event affects (an instance id, a volume ARN, ...)."""

    entity_value: str
    entity_arn: str | None = None
    status: str | None = None
    last_updated_time: str | None = None
    tags: Mapping[str, str] | None = None


@model
class HealthEventDetail(Model):
    """AWS Health through EventBridge: an `AWS Health Event` (or `AWS Health Abuse Event`)."""

    event_arn: str
    service: str
    event_type_code: str
    event_type_category: HealthEventTypeCategory | str
    start_time: str
    event_description: tuple[HealthEventDescription, ...]
    event_scope_code: str | None = None
    communication_id: str | None = None
    end_time: str | None = None
    last_updated_time: str | None = None
    status_code: str | None = None
    event_region: str | None = None
    affected_entities: tuple[HealthAffectedEntity, ...] | None = None
    affected_account: str | None = None
    event_metadata: Mapping[str, Any] | None = None
    page: str | None = None
    total_pages: str | None = None
