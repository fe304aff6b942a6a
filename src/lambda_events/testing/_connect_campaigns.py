"""Builder for Amazon Connect outbound campaign events."""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .. import ConnectOutboundCampaignsEvent

__all__ = ["connect_outbound_campaigns_event"]


def connect_outbound_campaigns_event(
    customers: Iterable[Mapping[str, Any]] = ({"FirstName": "Jane", "LastName": "Doe"},),
    *,
    campaign_name: str = "My Campaign",
    action_id: str = "my-custom-action",
) -> ConnectOutboundCampaignsEvent:
    """A `ConnectOutboundCampaignsEvent`: one customer profile per `customers` item."""
    from .. import (
        ConnectOutboundCampaignsCampaignContext,
        ConnectOutboundCampaignsCustomerProfile,
        ConnectOutboundCampaignsEvent,
        ConnectOutboundCampaignsInvocationMetadata,
        ConnectOutboundCampaignsItems,
    )

    context = ConnectOutboundCampaignsCampaignContext(
        campaign_id=str(uuid.uuid4()),
        run_id=f"run-{secrets.token_hex(6)}",
        action_id=action_id,
        campaign_name=campaign_name,
    )
    profiles = tuple(
        ConnectOutboundCampaignsCustomerProfile(
            profile_id=secrets.token_hex(16),
            customer_data=json.dumps(dict(customer), separators=(",", ":")),
            idempotency_token=str(uuid.uuid4()),
        )
        for customer in customers
    )
    return ConnectOutboundCampaignsEvent(
        invocation_metadata=ConnectOutboundCampaignsInvocationMetadata(campaign_context=context),
        items=ConnectOutboundCampaignsItems(customer_profiles=profiles),
    )
