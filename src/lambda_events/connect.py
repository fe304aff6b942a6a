"""Amazon Connect contact flow events: a flow invoking a Lambda function.

Channels, initiation methods and endpoint types are open enums: Connect keeps adding
values (TASK and EMAIL channels, WebRTC and agent-reply initiation, ...) and a new one
stays a plain string instead of breaking the handler.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Model, field, model
from .enums import StrEnum
from .timestamps import EpochMillisText

__all__ = [
    "ConnectContactFlowChannel",
    "ConnectContactFlowData",
    "ConnectContactFlowDetails",
    "ConnectContactFlowEndpoint",
    "ConnectContactFlowEndpointType",
    "ConnectContactFlowEvent",
    "ConnectContactFlowInitiationMethod",
    "ConnectContactFlowMediaStreamAudio",
    "ConnectContactFlowMediaStreamCustomer",
    "ConnectContactFlowMediaStreams",
    "ConnectContactFlowQueue",
]


class ConnectContactFlowChannel(StrEnum):
    """How the customer reached the contact center."""

    VOICE = "VOICE"
    CHAT = "CHAT"
    TASK = "TASK"
    EMAIL = "EMAIL"


class ConnectContactFlowEndpointType(StrEnum):
    """What kind of address an endpoint is."""

    TELEPHONE_NUMBER = "TELEPHONE_NUMBER"
    VOIP = "VOIP"
    CONTACT_FLOW = "CONTACT_FLOW"
    CONNECT_PHONENUMBER_ARN = "CONNECT_PHONENUMBER_ARN"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"


class ConnectContactFlowInitiationMethod(StrEnum):
    """How the contact started."""

    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"
    TRANSFER = "TRANSFER"
    QUEUE_TRANSFER = "QUEUE_TRANSFER"
    CALLBACK = "CALLBACK"
    API = "API"
    DISCONNECT = "DISCONNECT"
    MONITOR = "MONITOR"
    EXTERNAL_OUTBOUND = "EXTERNAL_OUTBOUND"
    WEBRTC_API = "WEBRTC_API"
    AGENT_REPLY = "AGENT_REPLY"
    FLOW = "FLOW"


@model(case="pascal")
class ConnectContactFlowEndpoint(Model):
    """A customer or system endpoint: an address and its type."""

    address: str
    endpoint_type: ConnectContactFlowEndpointType | str = field(wire="Type")


@model(case="pascal")
class ConnectContactFlowQueue(Model):
    """The queue the contact is in."""

    arn: str = field(wire="ARN")
    name: str
    outbound_caller_id: Mapping[str, Any] | None = None


@model(case="pascal")
class ConnectContactFlowMediaStreamAudio(Model):
    """Where the customer audio is streamed (Kinesis Video); all null until streaming starts."""

    start_fragment_number: str | None = None
    start_timestamp: EpochMillisText | None = None
    stream_arn: str | None = field(wire="StreamARN", default=None)


@model(case="pascal")
class ConnectContactFlowMediaStreamCustomer(Model):
    """The customer's media streams."""

    audio: ConnectContactFlowMediaStreamAudio


@model(case="pascal")
class ConnectContactFlowMediaStreams(Model):
    """Media streams of the contact."""

    customer: ConnectContactFlowMediaStreamCustomer


@model(case="pascal")
class ConnectContactFlowData(Model):
    """The contact: ids, channel, endpoints, queue, attributes."""

    attributes: Mapping[str, str]
    channel: ConnectContactFlowChannel | str
    contact_id: str
    initial_contact_id: str
    initiation_method: ConnectContactFlowInitiationMethod | str
    instance_arn: str = field(wire="InstanceARN")
    previous_contact_id: str
    customer_endpoint: ConnectContactFlowEndpoint | None = None
    system_endpoint: ConnectContactFlowEndpoint | None = None
    queue: ConnectContactFlowQueue | None = None
    media_streams: ConnectContactFlowMediaStreams | None = None
    language_code: str | None = None
    segment_attributes: Mapping[str, Any] | None = None
    tags: Mapping[str, str] | None = None
    aws_region: str | None = None


@model(case="pascal")
class ConnectContactFlowDetails(Model):
    """The `Details` block: the contact data and the flow's function parameters."""

    contact_data: ConnectContactFlowData
    parameters: Mapping[str, Any]


@model(case="pascal")
class ConnectContactFlowEvent(Model):
    """Amazon Connect: a contact flow invoking the function (`Name` is `ContactFlowEvent`).

    The function answers with a flat object of string values, which the flow reads as
    external attributes.
    """

    details: ConnectContactFlowDetails
    name: str | None = None

    @property
    def contact_data(self) -> ConnectContactFlowData:
        """`Details.ContactData`."""
        return self.details.contact_data

    @property
    def parameters(self) -> Mapping[str, Any]:
        """`Details.Parameters`: the parameters set on the invoke block."""
        return self.details.parameters
