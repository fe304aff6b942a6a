"""Amazon CloudWatch dashboard custom widgets: the event, the sample handler."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import pytest

from lambda_events import CloudWatchDashboardCustomWidgetEvent, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    assert_unknown_keys_survive,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("cloudwatch-dashboard-widget.json", CloudWatchDashboardCustomWidgetEvent),
    ("cloudwatch-dashboard-describe.json", CloudWatchDashboardCustomWidgetEvent),
]

CLASSES = {cls.__name__: cls for _, cls in EVENT_SAMPLES}


@pytest.mark.parametrize(("name", "cls"), EVENT_SAMPLES, ids=[n for n, _ in EVENT_SAMPLES])
def test_sample_round_trips(name: str, cls: Any) -> None:
    assert_round_trip(load_sample(name), cls)


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Any, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


@pytest.mark.parametrize(("name", "cls"), EVENT_SAMPLES, ids=[n for n, _ in EVENT_SAMPLES])
def test_unknown_keys_survive(name: str, cls: Any) -> None:
    widget_params = 1 if name == "cloudwatch-dashboard-widget.json" else 0  # `region` param
    assert_unknown_keys_survive(name, cls, also_unknown=widget_params)


def test_dashboard_widget_context() -> None:
    raw = load_sample("cloudwatch-dashboard-widget.json")
    ev = converter.structure(raw, CloudWatchDashboardCustomWidgetEvent)
    assert not ev.is_describe
    assert ev.widget_params == {"region": "eu-west-1"}
    ctx = ev.widget_context
    assert ctx is not None
    assert ctx.timezone.offset_iso == "+01:00" and ctx.timezone.offset_in_minutes == -60
    assert ctx.time_range.start.datetime == datetime(2024, 6, 11, 8, tzinfo=timezone.utc)
    assert ctx.time_range.zoom_start == 1718100000000
    assert ctx.time_range.zoom_end == 1718110000000
    assert ctx.time_range.relative_start is None
    assert ctx.form_values == {"limit": "10"}
    assert ctx.params == {"region": "eu-west-1"}
    assert ctx.is_auto_period is False and ctx.link_charts is False


def test_dashboard_describe_has_no_context() -> None:
    ev = converter.structure(
        load_sample("cloudwatch-dashboard-describe.json"), CloudWatchDashboardCustomWidgetEvent
    )
    assert ev.is_describe and ev.widget_context is None and ev.widget_params == {}


def test_dashboard_without_zoom_or_forms() -> None:
    raw = load_sample("cloudwatch-dashboard-widget.json")
    del raw["widgetContext"]["timeRange"]["zoom"]
    del raw["widgetContext"]["forms"]
    ev = assert_round_trip(raw, CloudWatchDashboardCustomWidgetEvent)
    assert ev.widget_context is not None
    assert ev.widget_context.time_range.zoom_start is None
    assert ev.widget_context.form_values == {}


def test_dashboard_malformed() -> None:
    raw = load_sample("cloudwatch-dashboard-widget.json")
    raw["widgetContext"]["isAutoPeriod"] = "false"
    raw["widgetContext"]["timeRange"]["start"] = 1.5
    msg = structure_error(raw, CloudWatchDashboardCustomWidgetEvent)
    assert "widgetContext.isAutoPeriod: expected true or false, got str" in msg
    assert "widgetContext.timeRange.start: expected epoch milliseconds as an integer" in msg


HANDLER_CASES: list[tuple[str, str, Any]] = [
    (
        "cloudwatch_dashboard_handler",
        "cloudwatch-dashboard-describe.json",
        {
            "markdown": "## Time range widget\nShows the dashboard's time range. No parameters.",
        },
    ),
    (
        "cloudwatch_dashboard_handler",
        "cloudwatch-dashboard-widget.json",
        {
            "title": "Custom Widget widget-7",
            "markdown": "Dashboard: orders-overview\n\n"
            "Time Range: 2024-06-11T08:00:00+00:00 to 2024-06-12T08:00:00+00:00\n\nTheme: dark",
        },
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), HANDLER_CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    result = handler(load_sample(sample), None)
    assert result == expected
    json.dumps(result)
