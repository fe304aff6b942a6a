"""Builder for Amazon CloudWatch dashboard custom widget calls."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ..timestamps import EpochMillis
from ._common import with_unknown_keys
from ._ids import ACCOUNT, REGION, now_ms

if TYPE_CHECKING:
    from .. import CloudWatchDashboardCustomWidgetEvent

__all__ = ["cloudwatch_dashboard_widget_event"]


def cloudwatch_dashboard_widget_event(
    params: Mapping[str, Any] | None = None,
    *,
    describe: bool = False,
    dashboard_name: str = "my-dashboard",
    widget_id: str = "widget-1",
    title: str | None = "My widget",
    forms: Mapping[str, Any] | None = None,
    theme: Literal["light", "dark"] = "light",
    width: int = 600,
    height: int = 300,
    hours: int = 3,
    region: str = REGION,
    account: str = ACCOUNT,
) -> CloudWatchDashboardCustomWidgetEvent:
    """A `CloudWatchDashboardCustomWidgetEvent`: the widget's `params` arrive both as
    top-level keys and in `widgetContext.params`, over a relative time range of the last
    `hours`. `describe=True` builds the `{"describe": true}` documentation call.
    """
    from .. import (
        CloudWatchDashboardCustomWidgetEvent,
        CloudWatchWidgetContext,
        CloudWatchWidgetForms,
        TimeRange,
        TimeZone,
    )

    if describe:
        return CloudWatchDashboardCustomWidgetEvent(describe=True)
    params = dict(params or {})
    clashes = sorted({"describe", "widgetContext"} & set(params))
    if clashes:
        raise ValueError(f"widget params cannot be named {clashes}")
    end = now_ms()
    span = hours * 3_600_000
    context = CloudWatchWidgetContext(
        dashboard_name=dashboard_name,
        widget_id=widget_id,
        domain=f"https://{region}.console.aws.amazon.com",
        account_id=account,
        locale="en",
        timezone=TimeZone(label="UTC", offset_iso="+00:00", offset_in_minutes=0),
        period=300,
        is_auto_period=True,
        time_range=TimeRange(
            mode="relative",
            start=EpochMillis(end - span),
            end=EpochMillis(end),
            relative_start=span,
        ),
        theme=theme,
        link_charts=True,
        title=title,
        forms=CloudWatchWidgetForms(all=dict(forms or {})),
        params=params,
        width=width,
        height=height,
    )
    event = CloudWatchDashboardCustomWidgetEvent(widget_context=context)
    return with_unknown_keys(event, params)  # the params, also as top-level keys
