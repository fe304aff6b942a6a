"""AWS Config rules: invoking events, rule parameters, the sample handler."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    AWSConfigConfigurationChanged,
    AWSConfigEvaluationMode,
    AWSConfigOversizedConfiguration,
    AWSConfigRuleEvent,
    AWSConfigScheduledNotification,
    StructureError,
    converter,
    make_converter,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    sample_handler,
    set_at,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "config-configuration-change.json": AWSConfigRuleEvent,
    "config-scheduled.json": AWSConfigRuleEvent,
    "config-oversized.json": AWSConfigRuleEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "config-configuration-change.json",
        set_at(("eventLeftScope",), "false"),
        "eventLeftScope: expected true or false, got str",
    ),
    (
        "config-scheduled.json",
        set_at(("invokingEvent",), {"messageType": "ScheduledNotification"}),
        "invokingEvent: expected a string, got dict",
    ),
]


@pytest.mark.parametrize(("sample", "mutate", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_names_the_wire_path(
    sample: str, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    raw = load_sample(sample)
    mutate(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_config_configuration_change() -> None:
    raw = load_sample("config-configuration-change.json")
    event = converter.structure(raw, AWSConfigRuleEvent)
    assert event.raw_invoking_event == raw["invokingEvent"]
    assert event.raw_rule_parameters == raw["ruleParameters"]
    assert event.evaluation_mode is AWSConfigEvaluationMode.DETECTIVE
    assert event.event_left_scope is False
    assert event.config_rule_name == "no-open-database-ports"
    assert event.account_id == "210987654321"
    invoking = event.invoking_event
    assert isinstance(invoking, AWSConfigConfigurationChanged)
    assert invoking.message_type == "ConfigurationItemChangeNotification"
    assert invoking.notification_creation_time.datetime == datetime(
        2026, 1, 15, 9, 12, 45, 118000, tzinfo=timezone.utc
    )
    item = invoking.configuration_item
    assert item is not None
    assert item.resource_type == "AWS::EC2::SecurityGroup"
    assert item.resource_arn == "arn:aws:ec2:eu-west-1:210987654321:security-group/sg-0f9e8d7c6b5a"
    assert item.region == "eu-west-1"
    assert item.account_id == "210987654321"
    assert item.configuration_state_id == 1768468364031
    assert item.tags == {"team": "orders", "env": "prod"}
    assert item.relationships is not None and item.relationships[0]["resourceId"] == "vpc-0a1b2c3d"
    assert item.configuration["groupId"] == "sg-0f9e8d7c6b5a"
    assert invoking.configuration_item_diff is not None
    assert invoking.configuration_item_diff["changeType"] == "UPDATE"
    assert event.rule_parameters == {"forbiddenCidr": "0.0.0.0/0", "ports": "22,5432"}
    assert event.invoking_event_json["recordVersion"] == "1.3"


def test_config_scheduled_and_oversized() -> None:
    scheduled = converter.structure(load_sample("config-scheduled.json"), AWSConfigRuleEvent)
    invoking = scheduled.invoking_event
    assert isinstance(invoking, AWSConfigScheduledNotification)
    assert invoking.account_id == "210987654321"
    assert scheduled.raw_rule_parameters is None
    assert scheduled.rule_parameters == {}
    oversized = converter.structure(load_sample("config-oversized.json"), AWSConfigRuleEvent)
    assert oversized.evaluation_mode is None
    big = oversized.invoking_event
    assert isinstance(big, AWSConfigOversizedConfiguration)
    summary = big.configuration_item_summary
    assert summary.change_type == "UPDATE"
    assert summary.resource_arn == "arn:aws:iam::210987654321:policy/orders-broad-policy"
    assert summary.region == "global"
    assert summary.configuration_state_id == 1768476009777


def test_config_invoking_event_is_kept_exactly() -> None:
    raw = load_sample("config-scheduled.json")
    raw["invokingEvent"] = (
        '{ "messageType" : "ScheduledNotification",  "awsAccountId":"1", '
        '"notificationCreationTime":"2026-01-01T00:00:00Z","recordVersion":"1.0"}'
    )
    event = assert_round_trip(raw, AWSConfigRuleEvent)
    assert converter.unstructure(event)["invokingEvent"] == raw["invokingEvent"]
    assert isinstance(event.invoking_event, AWSConfigScheduledNotification)


def test_config_rule_parameters_typed() -> None:
    @attrs.frozen
    class Params:
        forbiddenCidr: str  # noqa: N815 - the rule author's JSON keys
        ports: str

    event = converter.structure(load_sample("config-configuration-change.json"), AWSConfigRuleEvent)
    assert event.rule_parameters_as(Params) == Params("0.0.0.0/0", "22,5432")


@pytest.mark.parametrize(
    ("invoking", "message"),
    [
        (
            '{"messageType": "ComplianceChangeNotification"}',
            "invokingEvent.messageType: unknown invoking event type 'ComplianceChangeNotification'",
        ),
        ("{}", "invokingEvent.messageType: unknown invoking event type None"),
        ("not json", "invokingEvent: not valid JSON"),
        (
            '{"messageType": "ScheduledNotification", "recordVersion": "1.0", '
            '"notificationCreationTime": "t"}',
            "invokingEvent.awsAccountId: missing required key",
        ),
    ],
)
def test_config_bad_invoking_event_raises_with_path(invoking: str, message: str) -> None:
    event = converter.structure(
        {**load_sample("config-scheduled.json"), "invokingEvent": invoking}, AWSConfigRuleEvent
    )
    with pytest.raises(StructureError) as info:
        _ = event.invoking_event
    assert message in str(info.value)


def test_config_bad_rule_parameters_raise_with_path() -> None:
    event = converter.structure(
        {**load_sample("config-scheduled.json"), "ruleParameters": "[1]"}, AWSConfigRuleEvent
    )
    with pytest.raises(StructureError, match="ruleParameters: expected a JSON object"):
        _ = event.rule_parameters
    event = converter.structure(
        {**load_sample("config-scheduled.json"), "ruleParameters": "{"}, AWSConfigRuleEvent
    )
    with pytest.raises(StructureError, match="ruleParameters: not valid JSON"):
        _ = event.rule_parameters


def test_config_invoking_event_with_own_converter() -> None:
    event = converter.structure(load_sample("config-oversized.json"), AWSConfigRuleEvent)
    assert event.invoking_event_with(make_converter()) == event.invoking_event


def test_config_handler() -> None:
    handler = sample_handler("config_rule")
    assert handler(load_sample("config-configuration-change.json"), None) == {
        "Success": "OK",
        "messageType": "ConfigurationItemChangeNotification",
        "compliance": "NON_COMPLIANT",
    }
    assert handler(load_sample("config-scheduled.json"), None) == {
        "Success": "OK",
        "messageType": "ScheduledNotification",
        "compliance": "NOT_APPLICABLE",
    }
    closed = load_sample("config-configuration-change.json")
    doc = json.loads(closed["invokingEvent"])
    doc["configurationItem"]["configuration"]["ipPermissions"][0]["ipRanges"] = ["10.0.0.0/8"]
    closed["invokingEvent"] = json.dumps(doc)
    assert handler(closed, None)["compliance"] == "COMPLIANT"
