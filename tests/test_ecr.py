"""Amazon ECR image scans and pushes through EventBridge: the typed details (the go corpus
fixtures)."""

from __future__ import annotations

import pytest

from ._support import assert_typed_detail_round_trips, detail_params

DETAILS: dict[str, str] = {
    "go/ecr-image-scan-event.json": "ECRImageScanDetail",
    "go/ecr-image-push-event.json": "ECRImageActionDetail",
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
