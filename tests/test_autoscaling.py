"""Amazon EC2 Auto Scaling: custom termination policies and their response, EventBridge
lifecycle and launch/terminate events.

Custom termination policies: "Create a custom termination policy with Lambda" (input and
response data,
https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html);
lifecycle and launch/terminate events: the go corpus fixtures.
"""

from __future__ import annotations

from typing import Any

import pytest

import lambda_events
from lambda_events import (
    AutoScalingCustomTerminationPolicyEvent,
    AutoScalingCustomTerminationPolicyResponse,
    ResponseError,
    converter,
)

from ._support import (
    STRICT,
    assert_round_trip,
    assert_typed_detail_round_trips,
    detail_params,
    load_response,
    load_sample,
    set_at,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "autoscaling-custom-termination-policy.json": AutoScalingCustomTerminationPolicyEvent,
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])
    STRICT.structure(raw, SAMPLES[name])


def test_response_sample_round_trips_and_the_builder_matches_it() -> None:
    raw = load_response("autoscaling-custom-termination-policy-response.json")
    assert_round_trip(raw, AutoScalingCustomTerminationPolicyResponse)
    event = converter.structure(
        load_sample("autoscaling-custom-termination-policy.json"),
        AutoScalingCustomTerminationPolicyEvent,
    )
    ready = [i for i in event.instance_ids if i != "i-0a1b2c3d4e5f60718"]
    answer = AutoScalingCustomTerminationPolicyResponse.terminate(ready)
    assert converter.unstructure(answer) == raw
    assert converter.unstructure(AutoScalingCustomTerminationPolicyResponse.terminate([])) == {
        "InstanceIDs": []
    }
    with pytest.raises(ResponseError, match="InstanceIDs"):
        AutoScalingCustomTerminationPolicyResponse(instance_ids=("",))
    with pytest.raises(ResponseError, match="expected a list"):
        AutoScalingCustomTerminationPolicyResponse(instance_ids="i-1")  # type: ignore[arg-type]


def test_autoscaling_fields_and_open_cause() -> None:
    raw = load_sample("autoscaling-custom-termination-policy.json")
    event = converter.structure(raw, AutoScalingCustomTerminationPolicyEvent)
    assert event.cause == "SCALE_IN" and event.has_more_instances is None
    assert [c.capacity for c in event.capacity_to_terminate] == [1, 1]
    raw["Cause"], raw["HasMoreInstances"] = "FUTURE_CAUSE", True
    assert_round_trip(raw, AutoScalingCustomTerminationPolicyEvent)


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "autoscaling-custom-termination-policy.json",
            ("CapacityToTerminate", 0, "Capacity"),
            "1",
            "CapacityToTerminate[0].Capacity: expected an integer, got str",
        ),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    set_at(path, value)(raw)
    assert message in structure_error(raw, SAMPLES[sample])


DETAILS: dict[str, str] = {
    "go/autoscaling-event-launch-successful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-launch-unsuccessful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-terminate-successful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-terminate-unsuccessful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-lifecycle-action.json": "AutoScalingLifecycleActionDetail",
    "go/autoscaling-event-terminate-action.json": "AutoScalingLifecycleActionDetail",
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
