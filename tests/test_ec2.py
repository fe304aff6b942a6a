"""Amazon EC2 instance state changes through EventBridge: the typed detail.

AWS documentation behind the sample: "Amazon EC2 events" in the EventBridge user guide.
"""

from __future__ import annotations

import pytest

from ._support import assert_typed_detail_round_trips, detail_params

DETAILS: dict[str, str] = {
    "samples/eventbridge-ec2-state-change.json": "EC2InstanceStateChangeNotificationDetail",
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
