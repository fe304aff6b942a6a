"""AWS IoT: registry events, custom authorizers, pre-provisioning hooks, IoT buttons, the
sample handlers.

AWS documentation behind the samples:
https://docs.aws.amazon.com/iot/latest/developerguide/custom-auth-lambda.html and
"Pre-provisioning hooks"
(https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import (
    IoTButtonEvent,
    IoTCoreAddOrDeleteFromThingGroupEvent,
    IoTCoreAddOrRemoveFromThingGroupEvent,
    IoTCoreRegistryEventType,
    IoTCoreRegistryOperation,
    IoTCoreThingEvent,
    IoTCoreThingGroupEvent,
    IoTCoreThingTypeAssociationEvent,
    IoTCoreThingTypeEvent,
    IoTCustomAuthorizerEvent,
    IoTCustomAuthorizerResponse,
    IoTPreProvisioningHookEvent,
    IoTPreProvisioningHookResponse,
    ResponseError,
    converter,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    assert_unknown_keys_survive,
    load_response,
    load_sample,
    run_sample_handler,
    sample_handler,
    set_at,
    shared_files,
    structure_error,
)

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("iot-thing.json", IoTCoreThingEvent),
    ("iot-thing-type.json", IoTCoreThingTypeEvent),
    ("iot-thing-type-association.json", IoTCoreThingTypeAssociationEvent),
    ("iot-thing-group.json", IoTCoreThingGroupEvent),
    ("iot-thing-group-membership.json", IoTCoreAddOrRemoveFromThingGroupEvent),
    ("iot-thing-group-hierarchy.json", IoTCoreAddOrDeleteFromThingGroupEvent),
]

CLASSES = {cls.__name__: cls for _, cls in EVENT_SAMPLES}


@pytest.mark.parametrize(("name", "cls"), EVENT_SAMPLES, ids=[n for n, _ in EVENT_SAMPLES])
def test_sample_round_trips(name: str, cls: Any) -> None:
    assert_round_trip(load_sample(name), cls)


@pytest.mark.parametrize(("name", "cls"), EVENT_SAMPLES, ids=[n for n, _ in EVENT_SAMPLES])
def test_unknown_keys_survive(name: str, cls: Any) -> None:
    assert_unknown_keys_survive(name, cls)


def test_iot_thing_event_timestamp_is_utc_aware() -> None:
    ev = converter.structure(load_sample("iot-thing.json"), IoTCoreThingEvent)
    assert ev.timestamp == 1718179200123
    moment = ev.timestamp.datetime
    assert moment.tzinfo is not None and moment.utcoffset() is not None
    assert moment == datetime(2024, 6, 12, 8, 0, 0, 123000, tzinfo=timezone.utc)
    assert ev.event_type is IoTCoreRegistryEventType.THING_EVENT
    assert ev.operation is IoTCoreRegistryOperation.UPDATED
    assert ev.attributes == {"site": "north", "firmware": "2.4.1"}
    assert ev.thing_type_name == "WaterPump" and ev.version_number == 7


def test_iot_thing_type_event() -> None:
    ev = converter.structure(load_sample("iot-thing-type.json"), IoTCoreThingTypeEvent)
    assert ev.is_deprecated is False
    assert ev.deprecation_date is None and ev.deprecation_datetime is None
    assert ev.searchable_attributes == ("site", "firmware")
    attrs_ = ev.propagating_attributes
    assert attrs_ is not None
    assert attrs_[0].thing_attribute == "site" and attrs_[0].connection_attribute is None
    assert attrs_[1].connection_attribute == "iot:ClientId"


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2024-07-01T00:00:00Z", datetime(2024, 7, 1, tzinfo=timezone.utc)),
        ("2024-07-01T02:00:00+02:00", datetime(2024, 7, 1, tzinfo=timezone.utc)),
        (1719792000, datetime(2024, 7, 1, tzinfo=timezone.utc)),
        (1719792000000, datetime(2024, 7, 1, tzinfo=timezone.utc)),
    ],
)
def test_iot_thing_type_deprecation_date(wire: Any, expected: datetime) -> None:
    raw = {
        **load_sample("iot-thing-type.json"),
        "operation": "DEPRECATED",
        "isDeprecated": True,
        "deprecationDate": wire,
    }
    ev = assert_round_trip(raw, IoTCoreThingTypeEvent)
    assert ev.operation is IoTCoreRegistryOperation.DEPRECATED
    assert ev.deprecation_datetime == expected


def test_iot_group_events() -> None:
    group = converter.structure(load_sample("iot-thing-group.json"), IoTCoreThingGroupEvent)
    assert group.parent_group_name == "all-pumps"
    assert group.root_to_parent_thing_groups is not None
    assert group.root_to_parent_thing_groups[0].group_arn.endswith("thinggroup/all-pumps")
    assert group.dynamic_group_mapping_id is None
    assert converter.unstructure(group)["dynamicGroupMappingId"] is None
    member = converter.structure(
        load_sample("iot-thing-group-membership.json"), IoTCoreAddOrRemoveFromThingGroupEvent
    )
    assert member.operation is IoTCoreRegistryOperation.ADDED
    assert member.membership_id == "e5d4c3b2-a190-4f8e-b7d6-c5b4a3928170"
    tree = converter.structure(
        load_sample("iot-thing-group-hierarchy.json"), IoTCoreAddOrDeleteFromThingGroupEvent
    )
    assert tree.operation is IoTCoreRegistryOperation.REMOVED
    assert tree.child_group_name == "north-pumps"
    assoc = converter.structure(
        load_sample("iot-thing-type-association.json"), IoTCoreThingTypeAssociationEvent
    )
    assert assoc.event_type is IoTCoreRegistryEventType.THING_TYPE_ASSOCIATION_EVENT
    assert assoc.timestamp.datetime.year == 2024


def test_iot_unknown_operation_stays_a_string() -> None:
    raw = {**load_sample("iot-thing.json"), "operation": "ARCHIVED"}
    ev = assert_round_trip(raw, IoTCoreThingEvent)
    assert ev.operation == "ARCHIVED" and type(ev.operation) is str


@pytest.mark.parametrize(
    ("name", "cls", "key", "value", "message"),
    [
        (
            "iot-thing.json",
            IoTCoreThingEvent,
            "timestamp",
            "1718179200123",
            "timestamp: expected epoch milliseconds as an integer, got str",
        ),
        (
            "iot-thing.json",
            IoTCoreThingEvent,
            "versionNumber",
            7.0,
            "versionNumber: expected an integer, got float",
        ),
        (
            "iot-thing-type.json",
            IoTCoreThingTypeEvent,
            "isDeprecated",
            "no",
            "isDeprecated: expected true or false",
        ),
        (
            "iot-thing-type-association.json",
            IoTCoreThingTypeAssociationEvent,
            "thingName",
            None,
            "thingName: expected a string, got null",
        ),
        (
            "iot-thing-group.json",
            IoTCoreThingGroupEvent,
            "rootToParentThingGroups",
            [{"groupId": "g"}],
            "rootToParentThingGroups[0].groupArn: missing required key",
        ),
        (
            "iot-thing-group-membership.json",
            IoTCoreAddOrRemoveFromThingGroupEvent,
            "eventType",
            5,
            "eventType: expected a string, got int",
        ),
        (
            "iot-thing-group-hierarchy.json",
            IoTCoreAddOrDeleteFromThingGroupEvent,
            "childGroupId",
            ["x"],
            "childGroupId: expected a string, got list",
        ),
    ],
)
def test_iot_malformed(name: str, cls: Any, key: str, value: Any, message: str) -> None:
    raw = {**load_sample(name), key: value}
    assert message in structure_error(raw, cls)


HANDLER_CASES: list[tuple[str, str, Any]] = [
    (
        "iot_thing_handler",
        "iot-thing.json",
        {
            "event_type": "THING_EVENT",
            "operation": "UPDATED",
            "subject": "pump-station-12",
            "at": "2024-06-12T08:00:00.123000+00:00",
        },
    ),
    (
        "iot_thing_type_handler",
        "iot-thing-type.json",
        {
            "event_type": "THING_TYPE_EVENT",
            "operation": "UPDATED",
            "subject": "WaterPump",
            "at": "2024-06-12T08:01:40.456000+00:00",
        },
    ),
    (
        "iot_thing_type_association_handler",
        "iot-thing-type-association.json",
        {
            "event_type": "THING_TYPE_ASSOCIATION_EVENT",
            "operation": "REMOVED",
            "subject": "pump-station-12",
            "at": "2024-06-12T08:03:20.789000+00:00",
        },
    ),
    (
        "iot_thing_group_handler",
        "iot-thing-group.json",
        {
            "event_type": "THING_GROUP_EVENT",
            "operation": "CREATED",
            "subject": "north-pumps",
            "at": "2024-06-12T08:05:00+00:00",
        },
    ),
    (
        "iot_thing_group_membership_handler",
        "iot-thing-group-membership.json",
        {
            "event_type": "THING_GROUP_MEMBERSHIP_EVENT",
            "operation": "ADDED",
            "subject": "4c8e2a10-5b7d-4f3e-9a1c-6d2b8e0f4a7c",
            "at": "2024-06-12T08:06:40+00:00",
        },
    ),
    (
        "iot_thing_group_hierarchy_handler",
        "iot-thing-group-hierarchy.json",
        {
            "event_type": "THING_GROUP_HIERARCHY_EVENT",
            "operation": "REMOVED",
            "subject": "north-pumps",
            "at": "2024-06-12T08:08:20+00:00",
        },
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), HANDLER_CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    result = handler(load_sample(sample), None)
    assert result == expected
    json.dumps(result)


SAMPLES: dict[str, type[Any]] = {
    "iot-custom-authorizer.json": IoTCustomAuthorizerEvent,
    "iot-pre-provisioning-hook.json": IoTPreProvisioningHookEvent,
    "iot-button.json": IoTButtonEvent,
}

RESPONSES: dict[str, type[Any]] = {
    "iot-custom-authorizer-response.json": IoTCustomAuthorizerResponse,
    "iot-pre-provisioning-hook-response.json": IoTPreProvisioningHookResponse,
}

CORPUS_CLASSES = {c.__name__ for c in (*SAMPLES.values(), *RESPONSES.values())}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_response_sample_round_trips(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES, *CORPUS_CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_iot_custom_authorizer_event_and_response() -> None:
    event = converter.structure(load_sample("iot-custom-authorizer.json"), IoTCustomAuthorizerEvent)
    mqtt = event.protocol_data.mqtt
    assert mqtt is not None and mqtt.password is not None
    assert mqtt.password.decoded == b"s3cr3t-device-key"
    assert "s3cr3t" not in repr(event) and "eyJhbGci" not in repr(event)
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Action": "iot:Connect",
                "Effect": "Allow",
                "Resource": "arn:aws:iot:eu-west-1:210987654321:client/thermo-0042",
            }
        ],
    }
    answer = IoTCustomAuthorizerResponse.allow("thermo0042", [policy], refresh_after_in_seconds=600)
    assert converter.unstructure(answer) == load_response("iot-custom-authorizer-response.json")
    assert answer.decoded_policies == (policy,)
    with pytest.raises(ResponseError, match="principalId"):
        IoTCustomAuthorizerResponse.deny("thermo-0042")
    with pytest.raises(ResponseError, match="refresh_after_in_seconds"):
        IoTCustomAuthorizerResponse.allow("a", [], refresh_after_in_seconds=5)


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        ("iot-button.json", ("clickType",), None, "clickType: expected a string, got null"),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    set_at(path, value)(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_iot_custom_authorizer_handler_allows_the_right_key_only() -> None:
    out = run_sample_handler("iot_custom_authorizer_handler", "iot-custom-authorizer.json")
    answer = assert_round_trip(out, IoTCustomAuthorizerResponse)
    assert answer.is_authenticated and answer.principal_id == "thermo0042"
    actions = [s["Action"] for s in answer.decoded_policies[0]["Statement"]]
    assert actions == ["iot:Connect", "iot:Publish"]
    raw = load_sample("iot-custom-authorizer.json")
    raw["protocolData"]["mqtt"]["password"] = "d3Jvbmc="  # "wrong"
    denied = sample_handler("iot_custom_authorizer_handler")(raw, None)
    assert denied["isAuthenticated"] is False and denied["policyDocuments"] == []


def test_iot_pre_provisioning_hook_handler() -> None:
    out = run_sample_handler("iot_pre_provisioning_hook_handler", "iot-pre-provisioning-hook.json")
    answer = assert_round_trip(out, IoTPreProvisioningHookResponse)
    assert answer.allow_provisioning and answer.parameter_overrides == {"Fleet": "thermostats-2026"}
    refused = run_sample_handler(
        "iot_pre_provisioning_hook_handler",
        "iot-pre-provisioning-hook.json",
        parameters={"SerialNumber": "XX-1"},
    )
    assert refused == {"allowProvisioning": False}


def test_iot_button_handler() -> None:
    out = run_sample_handler("iot_button_handler", "iot-button.json")
    assert out == {"button": "G030PM0123456789", "action": "order-tea", "lowBattery": True}
    assert (
        run_sample_handler("iot_button_handler", "iot-button.json", clickType="TRIPLE")["action"]
        == "ignored"
    )
