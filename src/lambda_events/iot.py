"""AWS IoT Core: registry events, custom authorizers, provisioning hooks, the IoT button.

`timestamp` is epoch milliseconds; `.timestamp.datetime` is timezone-aware UTC (Powertools
returns a naive local time).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from ._model import Model, checked_by, field, model
from .codecs import Base64Text
from .enums import StrEnum
from .errors import ResponseError, quoted
from .timestamps import EpochMillis, IsoTimestamp

__all__ = [
    "IoTButtonClickType",
    "IoTButtonEvent",
    "IoTConnectionMetadata",
    "IoTCustomAuthorizerEvent",
    "IoTCustomAuthorizerResponse",
    "IoTHttpProtocolData",
    "IoTMqttProtocolData",
    "IoTPreProvisioningHookEvent",
    "IoTPreProvisioningHookResponse",
    "IoTProtocolData",
    "IoTTlsProtocolData",
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


# --------------------------------------------------------------------- custom authorizers


@model
class IoTTlsProtocolData(Model):
    """TLS data: the server name indication (SNI) the device sent."""

    server_name: str | None = None


@model
class IoTHttpProtocolData(Model):
    """HTTP data: the request headers and query string (`?name=value`)."""

    headers: Mapping[str, str] | None = None
    query_string: str | None = None


@model
class IoTMqttProtocolData(Model):
    """MQTT CONNECT data; `password` is base64 text (bytes on `.decoded`, redacted in repr)."""

    username: str | None = None
    password: Base64Text | None = field(default=None, secret=True)
    client_id: str | None = None


@model
class IoTProtocolData(Model):
    """Per-protocol data; only the protocols of the connection are present."""

    tls: IoTTlsProtocolData | None = None
    http: IoTHttpProtocolData | None = None
    mqtt: IoTMqttProtocolData | None = None


@model
class IoTConnectionMetadata(Model):
    """The connection id, for logging."""

    id: str


@model
class IoTCustomAuthorizerEvent(Model):
    """AWS IoT Core: a connection for a custom authorizer to authenticate.

    Fields that do not apply to the connection are absent; `token` is redacted in repr.
    """

    signature_verified: bool
    protocols: tuple[str, ...]
    protocol_data: IoTProtocolData
    connection_metadata: IoTConnectionMetadata
    token: str | None = field(default=None, secret=True)


_PRINCIPAL = re.compile(r"[a-zA-Z0-9]{1,128}")
_SESSION_SECONDS = (300, 86400)


def _check_authorizer_response(resp: IoTCustomAuthorizerResponse) -> None:
    if not _PRINCIPAL.fullmatch(resp.principal_id):
        raise ResponseError(
            f"principalId must be 1-128 letters or digits, not {resp.principal_id!r}"
        )
    low, high = _SESSION_SECONDS
    for name in ("disconnect_after_in_seconds", "refresh_after_in_seconds"):
        value = getattr(resp, name)
        if value.__class__ is not int or not low <= value <= high:
            raise ResponseError(f"{name} must be an integer from {low} to {high}, not {value!r}")
    for document in resp.policy_documents:
        if not isinstance(document, (str, Mapping)):
            raise ResponseError(f"a policy document is JSON text or an object, not {document!r}")


@model
class IoTCustomAuthorizerResponse(Model):
    """What a custom authorizer returns: who the device is and the IoT policies it gets.

    `policy_documents` holds policy JSON text (as AWS documents it) or policy objects (as
    some tools write them); `allow(...)` and `deny(...)` build the response.
    """

    is_authenticated: bool = field(validator=checked_by(_check_authorizer_response))
    principal_id: str
    disconnect_after_in_seconds: int
    refresh_after_in_seconds: int
    policy_documents: tuple[str | Mapping[str, Any], ...]
    context: Mapping[str, Any] | None = None

    @classmethod
    def allow(
        cls,
        principal_id: str,
        policies: Sequence[str | Mapping[str, Any]],
        *,
        disconnect_after_in_seconds: int = 86400,
        refresh_after_in_seconds: int = 300,
        context: Mapping[str, Any] | None = None,
    ) -> IoTCustomAuthorizerResponse:
        """Authenticate the device; policy objects are written as the JSON text AWS expects."""
        return cls(
            is_authenticated=True,
            principal_id=principal_id,
            disconnect_after_in_seconds=disconnect_after_in_seconds,
            refresh_after_in_seconds=refresh_after_in_seconds,
            policy_documents=tuple(
                p if isinstance(p, str) else json.dumps(p, separators=(",", ":")) for p in policies
            ),
            context=context,
        )

    @classmethod
    def deny(cls, principal_id: str) -> IoTCustomAuthorizerResponse:
        """Refuse the connection."""
        return cls(
            is_authenticated=False,
            principal_id=principal_id,
            disconnect_after_in_seconds=300,
            refresh_after_in_seconds=300,
            policy_documents=(),
        )

    @property
    def decoded_policies(self) -> tuple[Mapping[str, Any], ...]:
        """Every policy document as an object (JSON text parsed)."""
        return tuple(json.loads(p) if isinstance(p, str) else p for p in self.policy_documents)


# -------------------------------------------------------------------- provisioning hooks


@model
class IoTPreProvisioningHookEvent(Model):
    """AWS IoT fleet provisioning: a device asks to be provisioned from a template."""

    claim_certificate_id: str
    certificate_id: str
    certificate_pem: str
    template_arn: str
    client_id: str
    parameters: Mapping[str, str]


def _check_allow_provisioning(_instance: object, _attribute: object, allow: object) -> None:
    if allow.__class__ is not bool:
        raise ResponseError(f"allowProvisioning must be true or false, not {allow!r}")


@model
class IoTPreProvisioningHookResponse(Model):
    """The hook's answer: allow provisioning, optionally overriding template parameters."""

    allow_provisioning: bool = field(validator=_check_allow_provisioning)
    parameter_overrides: Mapping[str, str] | None = None


# ---------------------------------------------------------------------------- IoT button


class IoTButtonClickType(StrEnum):
    """How the button was pressed."""

    SINGLE = "SINGLE"
    DOUBLE = "DOUBLE"
    LONG = "LONG"


@model
class IoTButtonEvent(Model):
    """AWS IoT Button: a press (`batteryVoltage` is text such as `"2000mV"`)."""

    serial_number: str
    click_type: IoTButtonClickType | str
    battery_voltage: str
