"""Amazon Connect outbound campaigns: a journey's custom action invoking a Lambda function.

The function receives a batch of customer profiles with the campaign's context. Each
profile's `CustomerData` is JSON text defined by the campaign: it is kept exactly as sent
and decoded on access (`customer_data_decoded`, or `customer_data_as(MyProfile)`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ._model import Model, model
from ._payload import load_json, structure_json

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = [
    "ConnectOutboundCampaignsCampaignContext",
    "ConnectOutboundCampaignsCustomerProfile",
    "ConnectOutboundCampaignsEvent",
    "ConnectOutboundCampaignsInvocationMetadata",
    "ConnectOutboundCampaignsItems",
]

T = TypeVar("T")


@model(case="pascal")
class ConnectOutboundCampaignsCampaignContext(Model):
    """The campaign, the run and the flow action being executed."""

    campaign_id: str
    run_id: str
    action_id: str
    campaign_name: str


@model(case="pascal")
class ConnectOutboundCampaignsInvocationMetadata(Model):
    """Metadata of the invocation: the campaign context."""

    campaign_context: ConnectOutboundCampaignsCampaignContext


@model(case="pascal")
class ConnectOutboundCampaignsCustomerProfile(Model):
    """One customer profile; `CustomerData` is the profile as JSON text."""

    profile_id: str
    customer_data: str
    idempotency_token: str

    @cached_property
    def customer_data_decoded(self) -> Any:
        """`CustomerData` parsed as JSON (`JSONContentError` when it is not JSON)."""
        return load_json(self.customer_data)

    def customer_data_as(self, cls: type[T], converter: LambdaEventsConverter | None = None) -> T:
        """`CustomerData` structured into `cls`."""
        return structure_json(self.customer_data, cls, converter)


@model(case="pascal")
class ConnectOutboundCampaignsItems(Model):
    """The batch: the customer profiles to process."""

    customer_profiles: tuple[ConnectOutboundCampaignsCustomerProfile, ...]


@model(case="pascal")
class ConnectOutboundCampaignsEvent(Model):
    """Amazon Connect outbound campaigns: a batch of customer profiles for a custom action."""

    invocation_metadata: ConnectOutboundCampaignsInvocationMetadata
    items: ConnectOutboundCampaignsItems  # type: ignore[assignment]  # not Model.items()

    @property
    def campaign_context(self) -> ConnectOutboundCampaignsCampaignContext:
        """`InvocationMetadata.CampaignContext`."""
        return self.invocation_metadata.campaign_context

    @property
    def customer_profiles(self) -> tuple[ConnectOutboundCampaignsCustomerProfile, ...]:
        """`Items.CustomerProfiles`."""
        return self.items.customer_profiles
