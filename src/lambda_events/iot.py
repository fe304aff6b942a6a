"""AWS IoT Core registry events (things, thing types, thing groups, memberships).

`timestamp` is epoch milliseconds; `.timestamp.datetime` is timezone-aware UTC (Powertools
returns a naive local time).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from ._model import Model, model
from .enums import StrEnum
from .errors import quoted
from .timestamps import EpochMillis, IsoTimestamp

__all__ = [
    "IoTCoreAddOrDeleteFromThingGroupEvent",
    "IoTCoreAddOrRemoveFromThingGroupEvent",
    "IoTCorePropagatingAttribute",
    "IoTCoreRegistryEventType",
    "IoTCoreRegistryEventsBase",
    "IoTCoreRegistryOperation",
    "IoTCoreThingEvent",
    "IoTCoreThingGroupEvent",
    "IoTCoreThingGroupReference",
    "IoTCoreThingTypeAssociationEvent",
    "IoTCoreThingTypeEvent",
]


class IoTCoreRegistryEventType(StrEnum):
    """`eventType` of a registry event."""

    THING_EVENT = "THING_EVENT"
    THING_TYPE_EVENT = "THING_TYPE_EVENT"
    THING_TYPE_ASSOCIATION_EVENT = "THING_TYPE_ASSOCIATION_EVENT"
    THING_GROUP_EVENT = "THING_GROUP_EVENT"
    THING_GROUP_MEMBERSHIP_EVENT = "THING_GROUP_MEMBERSHIP_EVENT"
    THING_GROUP_HIERARCHY_EVENT = "THING_GROUP_HIERARCHY_EVENT"


class IoTCoreRegistryOperation(StrEnum):
    """`operation` of a registry event (CRUD, thing-type deprecation, add/remove)."""

    CREATED = "CREATED"
    UPDATED = "UPDATED"
    DELETED = "DELETED"
    DEPRECATED = "DEPRECATED"
    UNDEPRECATED = "UNDEPRECATED"
    ADDED = "ADDED"
    REMOVED = "REMOVED"


@model
class IoTCoreRegistryEventsBase(Model):
    """What every registry event has: id, type, operation and time (epoch ms)."""

    event_id: str
    event_type: IoTCoreRegistryEventType | str
    operation: IoTCoreRegistryOperation | str
    timestamp: EpochMillis


@model
class IoTCoreThingEvent(IoTCoreRegistryEventsBase):
    """AWS IoT Core: a thing was created, updated or deleted."""

    account_id: str
    thing_id: str
    thing_name: str
    version_number: int
    attributes: Mapping[str, str]
    thing_type_name: str | None = None


@model
class IoTCorePropagatingAttribute(Model):
    """An MQTT 5 user property filled from a thing or connection attribute."""

    user_property_key: str
    thing_attribute: str | None = None
    connection_attribute: str | None = None


@model
class IoTCoreThingTypeEvent(IoTCoreRegistryEventsBase):
    """AWS IoT Core: a thing type was created, updated, (un)deprecated or deleted."""

    account_id: str
    thing_type_id: str
    thing_type_name: str
    is_deprecated: bool
    deprecation_date: Any = None
    searchable_attributes: tuple[str, ...] | None = None
    propagating_attributes: tuple[IoTCorePropagatingAttribute, ...] | None = None
    description: str | None = None

    @property
    def deprecation_datetime(self) -> datetime | None:
        """`deprecationDate` as a UTC-aware datetime (ISO text or epoch number); None if unset."""
        value = self.deprecation_date
        if value is None:
            return None
        if isinstance(value, str):
            return IsoTimestamp(value).datetime
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            seconds = value / 1000 if value > 10**10 else value
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        raise ValueError(f"deprecationDate is not a time: {quoted(value)}")


@model
class IoTCoreThingTypeAssociationEvent(IoTCoreRegistryEventsBase):
    """AWS IoT Core: a thing type was associated with (or dissociated from) a thing."""

    thing_id: str
    thing_name: str
    thing_type_name: str


@model
class IoTCoreThingGroupReference(Model):
    """An ancestor group of a thing group."""

    group_arn: str
    group_id: str


@model
class IoTCoreThingGroupEvent(IoTCoreRegistryEventsBase):
    """AWS IoT Core: a thing group was created, updated or deleted."""

    account_id: str
    thing_group_id: str
    thing_group_name: str
    version_number: int
    description: str | None = None
    parent_group_name: str | None = None
    parent_group_id: str | None = None
    root_to_parent_thing_groups: tuple[IoTCoreThingGroupReference, ...] | None = None
    attributes: Mapping[str, str] | None = None
    dynamic_group_mapping_id: str | None = None


@model
class IoTCoreAddOrRemoveFromThingGroupEvent(IoTCoreRegistryEventsBase):
    """AWS IoT Core: a thing was added to or removed from a thing group."""

    account_id: str
    group_arn: str
    group_id: str
    thing_arn: str
    thing_id: str
    membership_id: str


@model
class IoTCoreAddOrDeleteFromThingGroupEvent(IoTCoreRegistryEventsBase):
    """AWS IoT Core: a child group was added to or deleted from a parent thing group."""

    account_id: str
    thing_group_id: str
    thing_group_name: str
    child_group_id: str
    child_group_name: str
