"""Builder for Amazon Connect contact flow events."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._common import with_nulls
from ._ids import ACCOUNT, REGION

if TYPE_CHECKING:
    from .. import ConnectContactFlowEvent

__all__ = ["connect_contact_flow_event"]


def connect_contact_flow_event(
    parameters: Mapping[str, Any] | None = None,
    *,
    attributes: Mapping[str, str] | None = None,
    channel: Literal["VOICE", "CHAT", "TASK"] | str = "VOICE",
    customer_phone_number: str = "+15555550100",
    system_phone_number: str = "+15555550199",
    initiation_method: str | None = None,
    queue: str | None = "BasicQueue",
    language_code: str = "en-US",
    region: str = REGION,
    account: str = ACCOUNT,
) -> ConnectContactFlowEvent:
    """A `ConnectContactFlowEvent`: a flow's invoke block with `parameters` and the
    contact's `attributes`. Voice contacts carry phone endpoints and (not yet started)
    media streams; chats and tasks have none, and start through the API by default.
    """
    from .. import (
        ConnectContactFlowData,
        ConnectContactFlowDetails,
        ConnectContactFlowEndpoint,
        ConnectContactFlowEvent,
        ConnectContactFlowMediaStreamAudio,
        ConnectContactFlowMediaStreamCustomer,
        ConnectContactFlowMediaStreams,
        ConnectContactFlowQueue,
    )

    instance_id = str(uuid.uuid4())
    instance_arn = f"arn:aws:connect:{region}:{account}:instance/{instance_id}"
    contact_id = str(uuid.uuid4())
    voice = channel == "VOICE"
    if initiation_method is None:
        initiation_method = "INBOUND" if voice else "API"
    subtype = {"VOICE": "connect:Telephony", "CHAT": "connect:Chat", "TASK": "connect:Task"}
    data = ConnectContactFlowData(
        attributes=dict(attributes or {}),
        channel=channel,
        contact_id=contact_id,
        initial_contact_id=contact_id,
        initiation_method=initiation_method,
        instance_arn=instance_arn,
        previous_contact_id=contact_id,
        customer_endpoint=(
            ConnectContactFlowEndpoint(
                address=customer_phone_number, endpoint_type="TELEPHONE_NUMBER"
            )
            if voice
            else None
        ),
        system_endpoint=(
            ConnectContactFlowEndpoint(
                address=system_phone_number, endpoint_type="TELEPHONE_NUMBER"
            )
            if voice
            else None
        ),
        queue=(
            None
            if queue is None
            else ConnectContactFlowQueue(arn=f"{instance_arn}/queue/{uuid.uuid4()}", name=queue)
        ),
        media_streams=(
            ConnectContactFlowMediaStreams(
                customer=ConnectContactFlowMediaStreamCustomer(
                    audio=with_nulls(
                        ConnectContactFlowMediaStreamAudio(),
                        "StartFragmentNumber",
                        "StartTimestamp",
                        "StreamARN",
                    )
                )
            )
            if voice
            else None
        ),
        language_code=language_code,
        segment_attributes={
            "connect:Subtype": {"ValueString": subtype.get(channel, f"connect:{channel}")}
        },
        tags={"aws:connect:instanceId": instance_id},
        aws_region=region,
    )
    details = ConnectContactFlowDetails(contact_data=data, parameters=dict(parameters or {}))
    return ConnectContactFlowEvent(details=details, name="ContactFlowEvent")
