"""AWS Health events through EventBridge: the typed detail.

AWS documentation behind the sample: "Reference: AWS Health events Amazon EventBridge
schema" (https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html).
"""

from __future__ import annotations

import pytest

from ._support import assert_typed_detail_round_trips, detail_params

DETAILS: dict[str, str] = {
    "samples/eventbridge-health-event.json": "HealthEventDetail",
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
