"""CloudWatch dashboard custom widget: markdown describing the dashboard's time range."""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import CloudWatchDashboardCustomWidgetEvent, converter

logger = logging.getLogger(__name__)

DOCS = "## Time range widget\nShows the dashboard's time range. No parameters."


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CloudWatchDashboardCustomWidgetEvent)
    if ev.is_describe:
        return {"markdown": DOCS}
    context_ = ev.widget_context
    if context_ is None:
        logger.warning("No widget context provided")
        return {"title": "Error", "markdown": "Widget context is missing"}
    logger.info("Processing custom widget for dashboard: %s", context_.dashboard_name)
    time_range = context_.time_range
    start, end = time_range.start.datetime, time_range.end.datetime
    return {
        "title": f"Custom Widget {context_.widget_id}",
        "markdown": (
            f"Dashboard: {context_.dashboard_name}\n\n"
            f"Time Range: {start.isoformat()} to {end.isoformat()}\n\n"
            f"Theme: {context_.theme or 'default'}"
        ),
    }
