"""Amazon CloudWatch dashboard custom widgets: the event a widget's Lambda receives.

A `{"describe": true}` call asks for the widget's documentation and has no context. The
widget's own parameters also arrive as top-level keys; they are kept in `unknown_keys`
(see `widget_params`) and in `widgetContext.params`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Model, field, model
from .timestamps import EpochMillis

__all__ = [
    "CloudWatchDashboardCustomWidgetEvent",
    "CloudWatchWidgetContext",
    "CloudWatchWidgetForms",
    "TimeRange",
    "TimeRangeZoom",
    "TimeZone",
]


@model
class TimeZone(Model):
    """The dashboard's time zone."""

    label: str
    offset_iso: str = field(wire="offsetISO")
    offset_in_minutes: int


@model
class TimeRangeZoom(Model):
    """The zoomed-in part of the time range."""

    start: EpochMillis
    end: EpochMillis


@model
class TimeRange(Model):
    """The dashboard's time range (epoch milliseconds), relative or absolute."""

    mode: str
    start: EpochMillis
    end: EpochMillis
    relative_start: int | None = None
    zoom: TimeRangeZoom | None = None

    @property
    def zoom_start(self) -> EpochMillis | None:
        """Start of the zoomed range, if zoomed."""
        return self.zoom.start if self.zoom is not None else None

    @property
    def zoom_end(self) -> EpochMillis | None:
        """End of the zoomed range, if zoomed."""
        return self.zoom.end if self.zoom is not None else None


@model
class CloudWatchWidgetForms(Model):
    """Values of the form fields on the widget (`forms.all`)."""

    all: Mapping[str, Any]


@model
class CloudWatchWidgetContext(Model):
    """Where and how the widget is drawn: dashboard, time range, theme, size."""

    dashboard_name: str
    widget_id: str
    domain: str
    account_id: str
    locale: str
    timezone: TimeZone
    period: int
    is_auto_period: bool
    time_range: TimeRange
    theme: str
    link_charts: bool
    width: int
    height: int
    title: str | None = None
    params: Any = None
    forms: CloudWatchWidgetForms | None = None

    @property
    def form_values(self) -> Mapping[str, Any]:
        """The form field values (`forms.all`), `{}` without forms."""
        return self.forms.all if self.forms is not None else {}


@model
class CloudWatchDashboardCustomWidgetEvent(Model):
    """Amazon CloudWatch: a dashboard custom widget asks this function for its content."""

    describe: bool | None = None
    widget_context: CloudWatchWidgetContext | None = None

    @property
    def is_describe(self) -> bool:
        """True when CloudWatch asks for the widget's documentation."""
        return bool(self.describe)

    @property
    def widget_params(self) -> Mapping[str, Any]:
        """The widget's parameters, sent as top-level keys."""
        return self.unknown_keys
