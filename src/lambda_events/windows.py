"""Tumbling-window fields shared by Kinesis and DynamoDB stream events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Model, field, model
from .timestamps import IsoTimestamp

__all__ = ["TumblingWindow", "WindowedBatch"]


@model
class TumblingWindow(Model):
    """The time window of a tumbling-window aggregation (Kinesis, DynamoDB streams)."""

    start: IsoTimestamp
    end: IsoTimestamp


@model
class WindowedBatch(Model):
    """Fields Lambda adds to a stream batch when tumbling windows are configured."""

    window: TumblingWindow | None = None
    state: Mapping[str, Any] | None = None
    shard_id: str | None = None
    event_source_arn: str | None = field(wire="eventSourceARN", default=None)
    is_final_invoke_for_window: bool | None = None
    is_window_terminated_early: bool | None = None
