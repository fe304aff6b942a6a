"""Builders for AWS IoT Core events: registry events, custom authorizers, provisioning
hooks and the IoT button."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..timestamps import EpochMillis
from ._common import with_nulls
from ._ids import ACCOUNT, LOWER_ALNUM, REGION, UPPER_ALNUM, arn, b64, b64url, now_ms, random_id

if TYPE_CHECKING:
    from .. import (
        IoTButtonEvent,
        IoTCoreAddOrDeleteFromThingGroupEvent,
        IoTCoreAddOrRemoveFromThingGroupEvent,
        IoTCoreThingEvent,
        IoTCoreThingGroupEvent,
        IoTCoreThingTypeAssociationEvent,
        IoTCoreThingTypeEvent,
        IoTCustomAuthorizerEvent,
        IoTPreProvisioningHookEvent,
    )

__all__ = [
    "iot_button_event",
    "iot_custom_authorizer_event",
    "iot_pre_provisioning_hook_event",
    "iot_thing_event",
    "iot_thing_group_event",
    "iot_thing_group_hierarchy_event",
    "iot_thing_group_membership_event",
    "iot_thing_type_association_event",
    "iot_thing_type_event",
]


def _registry_event(event_type: str, operation: str) -> dict[str, Any]:
    """What every registry event carries: a fresh id, its type, the operation and the time."""
    return {
        "event_id": uuid.uuid4().hex,
        "event_type": event_type,
        "operation": operation,
        "timestamp": EpochMillis(now_ms()),
    }


def _group(name: str, account: str) -> tuple[str, str]:
    """A thing group's ARN and a fresh id."""
    return arn("iot", f"thinggroup/{name}", REGION, account), str(uuid.uuid4())


def iot_thing_event(
    thing_name: str = "my-thing",
    *,
    operation: Literal["CREATED", "UPDATED", "DELETED"] = "CREATED",
    attributes: Mapping[str, str] | None = None,
    thing_type_name: str | None = None,
    version_number: int | None = None,
    account: str = ACCOUNT,
) -> IoTCoreThingEvent:
    """An `IoTCoreThingEvent` (registry `THING_EVENT`) for `thing_name`; a new thing is at
    version 1, an updated one at version 2 unless `version_number` says otherwise.
    """
    from .. import IoTCoreThingEvent

    if version_number is None:
        version_number = 1 if operation == "CREATED" else 2
    return IoTCoreThingEvent(
        **_registry_event("THING_EVENT", operation),
        account_id=account,
        thing_id=str(uuid.uuid4()),
        thing_name=thing_name,
        version_number=version_number,
        attributes=dict(attributes or {}),
        thing_type_name=thing_type_name,
    )


def iot_thing_type_event(
    thing_type_name: str = "my-thing-type",
    *,
    operation: Literal["CREATED", "UPDATED", "DEPRECATED", "UNDEPRECATED", "DELETED"] = "CREATED",
    searchable_attributes: Sequence[str] = ("serialNumber",),
    description: str | None = "My thing type",
    account: str = ACCOUNT,
) -> IoTCoreThingTypeEvent:
    """An `IoTCoreThingTypeEvent` (registry `THING_TYPE_EVENT`): a `DEPRECATED` thing type
    carries its deprecation time (epoch milliseconds), any other `deprecationDate: null`.
    """
    from .. import IoTCoreThingTypeEvent

    deprecated = operation == "DEPRECATED"
    event = IoTCoreThingTypeEvent(
        **_registry_event("THING_TYPE_EVENT", operation),
        account_id=account,
        thing_type_id=str(uuid.uuid4()),
        thing_type_name=thing_type_name,
        is_deprecated=deprecated,
        deprecation_date=now_ms() if deprecated else None,
        searchable_attributes=tuple(searchable_attributes),
        description=description,
    )
    return with_nulls(event, "deprecationDate")


def iot_thing_type_association_event(
    thing_name: str = "my-thing",
    thing_type_name: str = "my-thing-type",
    *,
    operation: Literal["ADDED", "REMOVED"] = "ADDED",
) -> IoTCoreThingTypeAssociationEvent:
    """An `IoTCoreThingTypeAssociationEvent` (`THING_TYPE_ASSOCIATION_EVENT`): `thing_name`
    was given (`ADDED`) or lost (`REMOVED`) the thing type `thing_type_name`.
    """
    from .. import IoTCoreThingTypeAssociationEvent

    return IoTCoreThingTypeAssociationEvent(
        **_registry_event("THING_TYPE_ASSOCIATION_EVENT", operation),
        thing_id=str(uuid.uuid4()),
        thing_name=thing_name,
        thing_type_name=thing_type_name,
    )


def iot_thing_group_event(
    thing_group_name: str = "my-thing-group",
    *,
    operation: Literal["CREATED", "UPDATED", "DELETED"] = "CREATED",
    parent_group_name: str | None = None,
    attributes: Mapping[str, str] | None = None,
    description: str | None = None,
    version_number: int | None = None,
    account: str = ACCOUNT,
) -> IoTCoreThingGroupEvent:
    """An `IoTCoreThingGroupEvent` (registry `THING_GROUP_EVENT`) for `thing_group_name`,
    under `parent_group_name` when given (then `rootToParentThingGroups` names the parent);
    versions count as for things. Static groups send `dynamicGroupMappingId: null`.
    """
    from .. import IoTCoreThingGroupEvent, IoTCoreThingGroupReference

    if version_number is None:
        version_number = 1 if operation == "CREATED" else 2
    parent_id = ancestors = None
    if parent_group_name is not None:
        parent_arn, parent_id = _group(parent_group_name, account)
        ancestors = (IoTCoreThingGroupReference(group_arn=parent_arn, group_id=parent_id),)
    event = IoTCoreThingGroupEvent(
        **_registry_event("THING_GROUP_EVENT", operation),
        account_id=account,
        thing_group_id=str(uuid.uuid4()),
        thing_group_name=thing_group_name,
        version_number=version_number,
        description=description,
        parent_group_name=parent_group_name,
        parent_group_id=parent_id,
        root_to_parent_thing_groups=ancestors,
        attributes=dict(attributes or {}),
    )
    return with_nulls(event, "dynamicGroupMappingId")


def iot_thing_group_membership_event(
    thing_name: str = "my-thing",
    thing_group_name: str = "my-thing-group",
    *,
    operation: Literal["ADDED", "REMOVED"] = "ADDED",
    account: str = ACCOUNT,
) -> IoTCoreAddOrRemoveFromThingGroupEvent:
    """An `IoTCoreAddOrRemoveFromThingGroupEvent` (`THING_GROUP_MEMBERSHIP_EVENT`):
    `thing_name` was added to (or removed from) `thing_group_name`.
    """
    from .. import IoTCoreAddOrRemoveFromThingGroupEvent

    group_arn, group_id = _group(thing_group_name, account)
    return IoTCoreAddOrRemoveFromThingGroupEvent(
        **_registry_event("THING_GROUP_MEMBERSHIP_EVENT", operation),
        account_id=account,
        group_arn=group_arn,
        group_id=group_id,
        thing_arn=arn("iot", f"thing/{thing_name}", REGION, account),
        thing_id=str(uuid.uuid4()),
        membership_id=str(uuid.uuid4()),
    )


def iot_thing_group_hierarchy_event(
    child_group_name: str = "my-child-group",
    thing_group_name: str = "my-thing-group",
    *,
    operation: Literal["ADDED", "REMOVED"] = "ADDED",
    account: str = ACCOUNT,
) -> IoTCoreAddOrDeleteFromThingGroupEvent:
    """An `IoTCoreAddOrDeleteFromThingGroupEvent` (`THING_GROUP_HIERARCHY_EVENT`): the
    group `child_group_name` was added under (or removed from) `thing_group_name`.
    """
    from .. import IoTCoreAddOrDeleteFromThingGroupEvent

    return IoTCoreAddOrDeleteFromThingGroupEvent(
        **_registry_event("THING_GROUP_HIERARCHY_EVENT", operation),
        account_id=account,
        thing_group_id=str(uuid.uuid4()),
        thing_group_name=thing_group_name,
        child_group_id=str(uuid.uuid4()),
        child_group_name=child_group_name,
    )


def iot_custom_authorizer_event(
    *,
    client_id: str = "my-device",
    username: str | None = "my-device",
    password: bytes | None = b"device-secret",
    token: str | None = None,
) -> IoTCustomAuthorizerEvent:
    """An `IoTCustomAuthorizerEvent` for an MQTT connection over TLS."""
    from .. import (
        Base64Text,
        IoTConnectionMetadata,
        IoTCustomAuthorizerEvent,
        IoTMqttProtocolData,
        IoTProtocolData,
        IoTTlsProtocolData,
    )

    mqtt = IoTMqttProtocolData(
        username=username,
        password=None if password is None else Base64Text.from_bytes(password),
        client_id=client_id,
    )
    return IoTCustomAuthorizerEvent(
        token=token if token is not None else f"{b64url(24)}.{b64url(32)}.{b64url(64)}",
        signature_verified=True,
        protocols=("tls", "mqtt"),
        protocol_data=IoTProtocolData(
            tls=IoTTlsProtocolData(
                server_name=f"{random_id(14, LOWER_ALNUM)}-ats.iot.{REGION}.amazonaws.com"
            ),
            mqtt=mqtt,
        ),
        connection_metadata=IoTConnectionMetadata(id=str(uuid.uuid4())),
    )


def iot_pre_provisioning_hook_event(
    *,
    template: str = "MyTemplate",
    client_id: str | None = None,
    parameters: Mapping[str, str] | None = None,
) -> IoTPreProvisioningHookEvent:
    """An `IoTPreProvisioningHookEvent` for fleet provisioning by claim."""
    from .. import IoTPreProvisioningHookEvent

    certificate_id = secrets.token_hex(32)
    return IoTPreProvisioningHookEvent(
        claim_certificate_id=secrets.token_hex(32),
        certificate_id=certificate_id,
        certificate_pem="-----BEGIN CERTIFICATE-----\n" + b64(48) + "\n-----END CERTIFICATE-----\n",
        template_arn=arn("iot", f"provisioningtemplate/{template}"),
        client_id=client_id or str(uuid.uuid4()),
        parameters=dict(parameters)
        if parameters is not None
        else {"SerialNumber": random_id(12, UPPER_ALNUM)},
    )


def iot_button_event(click_type: Literal["SINGLE", "DOUBLE", "LONG"] = "SINGLE") -> IoTButtonEvent:
    """An `IoTButtonEvent` from a button with a fresh serial number."""
    from .. import IoTButtonEvent

    return IoTButtonEvent(
        serial_number="G030" + random_id(12, UPPER_ALNUM),
        click_type=click_type,
        battery_voltage=f"{1600 + secrets.randbelow(500)}mV",
    )
