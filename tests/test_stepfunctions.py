"""AWS Step Functions execution status changes through EventBridge: the typed detail.

AWS documentation behind the sample: "Automating Step Functions event delivery with
EventBridge" (https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-integration.html).
"""

from __future__ import annotations

import json

import pytest

import lambda_events
from lambda_events import EventBridgeEvent, converter

from ._support import assert_typed_detail_round_trips, detail_params, sample_or_corpus_path

DETAILS: dict[str, str] = {
    "samples/eventbridge-stepfunctions-status-change.json": (
        "StepFunctionsExecutionStatusChangeDetail"
    ),
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)


def test_secrets_and_decoded_content_of_details() -> None:
    raw = json.loads(
        sample_or_corpus_path("samples/eventbridge-stepfunctions-status-change.json").read_text()
    )
    detail = converter.structure(
        raw, EventBridgeEvent[lambda_events.StepFunctionsExecutionStatusChangeDetail]
    ).detail
    assert detail.input_decoded == {"orderId": "ORD-2026-004512", "total": 129.9}
    assert detail.output_decoded is None and detail.stop_date is not None
    assert detail.stop_date.datetime.isoformat() == "2026-01-12T09:44:31.208000+00:00"
    variable = lambda_events.CodeBuildEnvironmentVariable(
        name="DB_PASSWORD", type="PLAINTEXT", value="hunter2"
    )
    assert "hunter2" not in repr(variable)
