"""Amazon CloudWatch alarms: the alarm event, alarms through SNS, the sample handler.

Alarms through SNS: the go corpus fixtures (`cloudwatch-alarm-sns-payload-*`) and "Amazon
SNS notifications" of CloudWatch alarms.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import (
    CloudWatchAlarmEvent,
    CloudWatchAlarmSNSMessage,
    CloudWatchAlarmStateValue,
    SNSEvent,
    SNSMessage,
    SQSEvent,
    StructureError,
    converter,
)
from lambda_events.testing import sns_event, sqs_event

from ._support import (
    CORPUS_ROOTS,
    SHARED,
    STRICT,
    assert_round_trip,
    load_sample,
    sample_handler,
    sample_tests,
    structure_error,
)

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("cloudwatch-alarm-metric.json", CloudWatchAlarmEvent),
    ("cloudwatch-alarm-expression.json", CloudWatchAlarmEvent),
    ("cloudwatch-alarm-composite.json", CloudWatchAlarmEvent),
]

test_sample_round_trips, test_shared_corpus_round_trips, test_unknown_keys_survive = sample_tests(
    EVENT_SAMPLES
)


def test_cloudwatch_metric_alarm() -> None:
    ev = converter.structure(load_sample("cloudwatch-alarm-metric.json"), CloudWatchAlarmEvent)
    assert ev.source_account_id == "210987654321"
    assert ev.timestamp == "2024-06-11T03:20:41.912+0000"
    assert ev.timestamp.datetime == datetime(2024, 6, 11, 3, 20, 41, 912000, tzinfo=timezone.utc)
    data = ev.alarm_data
    assert data.state.value is CloudWatchAlarmStateValue.ALARM
    assert data.previous_state.value is CloudWatchAlarmStateValue.OK
    assert data.state.reason_data_decoded["recentDatapoints"] == [12.0]
    assert data.state.reason_data_decoded["threshold"] == 5.0
    assert not data.configuration.is_composite
    assert data.configuration.metrics is not None
    (metric,) = data.configuration.metrics
    assert metric.metric_stat is not None
    assert metric.metric_stat.metric.dimensions == {"ApiName": "orders-api", "Stage": "prod"}
    assert metric.metric_stat.unit == "Count"
    assert not metric.is_expression


def test_cloudwatch_expression_metrics_have_no_metric_stat() -> None:
    ev = converter.structure(load_sample("cloudwatch-alarm-expression.json"), CloudWatchAlarmEvent)
    metrics = ev.alarm_data.configuration.metrics
    assert metrics is not None
    assert [m.metric_id for m in metrics] == ["rate", "errors", "requests"]
    assert metrics[0].metric_stat is None and metrics[0].is_expression
    assert metrics[0].expression == "errors / requests"
    assert metrics[1].metric_stat is not None and metrics[1].metric_stat.metric.name == "Errors"
    assert ev.alarm_data.state.value is CloudWatchAlarmStateValue.INSUFFICIENT_DATA
    assert ev.alarm_data.configuration.description is None


def test_cloudwatch_composite_alarm() -> None:
    ev = converter.structure(load_sample("cloudwatch-alarm-composite.json"), CloudWatchAlarmEvent)
    config = ev.alarm_data.configuration
    assert config.is_composite and config.metrics is None
    assert config.alarm_actions_suppressor == "storefront-maintenance"
    assert config.alarm_actions_suppressor_wait_period == 60
    assert config.alarm_actions_suppressor_extension_period == 300
    previous = ev.alarm_data.previous_state
    assert previous.actions_suppressed_by == "ExtensionPeriod"
    triggering = ev.alarm_data.state.reason_data_decoded["triggeringAlarms"]
    assert triggering[0]["state"]["value"] == "ALARM"


def test_cloudwatch_reason_data_typed_and_invalid() -> None:
    @attrs.frozen
    class Reason:
        triggeringAlarms: list[dict[str, Any]]  # noqa: N815 - AWS's key

    ev = converter.structure(load_sample("cloudwatch-alarm-composite.json"), CloudWatchAlarmEvent)
    assert ev.alarm_data.previous_state.reason_data_as(Reason) == Reason(triggeringAlarms=[])
    bad = attrs.evolve(ev.alarm_data.state, reason_data="{not json")
    with pytest.raises(StructureError, match="not valid JSON"):
        _ = bad.reason_data_decoded
    assert attrs.evolve(ev.alarm_data.state, reason_data=None).reason_data_decoded is None


def test_cloudwatch_new_state_value_stays_a_string() -> None:
    raw = load_sample("cloudwatch-alarm-metric.json")
    raw["alarmData"]["state"]["value"] = "MUTED"
    ev = assert_round_trip(raw, CloudWatchAlarmEvent)
    assert ev.alarm_data.state.value == "MUTED"


def test_cloudwatch_alarm_malformed() -> None:
    raw = load_sample("cloudwatch-alarm-expression.json")
    raw["alarmData"]["configuration"]["metrics"][1]["metricStat"]["period"] = "300"
    raw["time"] = ["yesterday"]
    msg = structure_error(raw, CloudWatchAlarmEvent)
    assert "alarmData.configuration.metrics[1].metricStat.period: expected an integer" in msg
    assert "time: expected a string, got list" in msg


HANDLER_CASES: list[tuple[str, str, Any]] = [
    (
        "cloudwatch_alarm_handler",
        "cloudwatch-alarm-metric.json",
        {
            "name": "orders-api-5xx",
            "arn": "arn:aws:cloudwatch:ap-southeast-2:210987654321:alarm:orders-api-5xx",
            "state": "ALARM",
            "since": "2024-06-11T03:20:41.912000+00:00",
            "urgent": True,
            "triggered_by": ["a1b2c3d4-0000-4000-8000-000000000001"],
        },
    ),
    (
        "cloudwatch_alarm_handler",
        "cloudwatch-alarm-composite.json",
        {
            "name": "storefront-degraded",
            "arn": "arn:aws:cloudwatch:eu-central-1:210987654321:alarm:storefront-degraded",
            "state": "ALARM",
            "since": "2024-06-13T09:45:12.004000+00:00",
            "urgent": False,
            "triggered_by": [
                "arn:aws:cloudwatch:eu-central-1:210987654321:alarm:storefront-latency"
            ],
        },
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), HANDLER_CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    result = handler(load_sample(sample), None)
    assert result == expected
    json.dumps(result)


@pytest.mark.parametrize(
    "path",
    [
        Path(__file__).resolve().parents[1] / "samples" / "events" / "sns-cloudwatch-alarm.json",
        *[
            pytest.param(
                CORPUS_ROOTS["go"] / f"cloudwatch-alarm-sns-payload-{kind}.json",
                marks=pytest.mark.skipif(not SHARED.exists(), reason="../shared is absent"),
            )
            for kind in ("single-metric", "multiple-metrics")
        ],
    ],
)
def test_cloudwatch_alarm_through_sns(path: Path) -> None:
    raw = json.loads(path.read_text())
    assert lambda_events.detect(raw) is SNSEvent
    event = converter.structure(raw, SNSEvent[CloudWatchAlarmSNSMessage])
    message = event.sns_message
    assert message.is_alarm and message.old_state_value in ("OK", "INSUFFICIENT_DATA")
    assert message.state_change_time.datetime.tzinfo is not None
    text = raw["Records"][0]["Sns"]["Message"]
    STRICT.structure(json.loads(text), CloudWatchAlarmSNSMessage)
    back = converter.unstructure(event)
    assert json.loads(back["Records"][0]["Sns"]["Message"]) == json.loads(text)


def test_cloudwatch_alarm_sample_fields_and_sqs_nesting() -> None:
    raw = load_sample("sns-cloudwatch-alarm.json")
    message = converter.structure(raw, SNSEvent[CloudWatchAlarmSNSMessage]).sns_message
    assert message.trigger is not None and message.trigger.unit is None
    assert [(d.name, d.value) for d in message.trigger.dimensions or ()] == [
        ("ApiName", "orders-api"),
        ("Stage", "prod"),
    ]
    assert message.alarm_actions == ("arn:aws:sns:eu-west-1:210987654321:oncall",)
    sns = converter.unstructure(sns_event(raw["Records"][0]["Sns"]["Message"]))
    body = json.dumps(sns["Records"][0]["Sns"])
    batch = converter.unstructure(sqs_event(bodies=[body]))
    typed = converter.structure(batch, SQSEvent[SNSMessage[CloudWatchAlarmSNSMessage]])
    assert typed.records[0].body.message == message
