"""Amazon Connect outbound campaigns: the event and its customer data.

AWS documentation behind the sample: "Invoke Lambda functions"
(https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html); names
follow Powertools for TypeScript's `ConnectOutboundCampaignsSchema` /
`ConnectOutboundCampaignsEvent` / `ConnectOutboundCampaignsCustomerProfile`.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import ConnectOutboundCampaignsEvent, JSONContentError, converter

from ._support import STRICT, assert_round_trip, load_sample, set_at, structure_error

SAMPLES: dict[str, type[Any]] = {
    "connect-outbound-campaigns.json": ConnectOutboundCampaignsEvent,
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])
    STRICT.structure(raw, SAMPLES[name])


def test_connect_outbound_campaigns_customer_data() -> None:
    event = converter.structure(
        load_sample("connect-outbound-campaigns.json"), ConnectOutboundCampaignsEvent
    )
    assert event.campaign_context.campaign_name == "Loyalty Upgrade February"
    first = event.customer_profiles[0]
    assert first.customer_data_decoded["Attributes"]["tier"] == "silver"

    @attrs.frozen
    class Customer:
        FirstName: str
        LastName: str
        PhoneNumber: str
        Attributes: dict[str, str]

    assert first.customer_data_as(Customer).LastName == "Rocha"
    broken = attrs.evolve(first, customer_data="{not json")
    with pytest.raises(JSONContentError):
        _ = broken.customer_data_decoded


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "connect-outbound-campaigns.json",
            ("Items", "CustomerProfiles", 1, "CustomerData"),
            {"FirstName": "Tiago"},
            "Items.CustomerProfiles[1].CustomerData: expected a string, got dict",
        ),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    set_at(path, value)(raw)
    assert message in structure_error(raw, SAMPLES[sample])
