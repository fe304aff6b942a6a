"""Amazon GuardDuty findings through EventBridge: the typed detail.

AWS documentation behind the sample: the `Finding` type of the GuardDuty API reference
(https://docs.aws.amazon.com/guardduty/latest/APIReference/API_Finding.html) and
"EventBridge event format" of GuardDuty findings.
"""

from __future__ import annotations

import pytest

from ._support import assert_typed_detail_round_trips, detail_params

DETAILS: dict[str, str] = {
    "samples/eventbridge-guardduty-finding.json": "GuardDutyFindingDetail",
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
