"""Builder for Amazon CloudWatch Logs subscription events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..codecs import CompressedJsonText
from ..timestamps import EpochMillis
from ._ids import ACCOUNT, now_ms

if TYPE_CHECKING:
    from .. import CloudWatchLogsEvent

__all__ = ["cloudwatch_logs_event"]


def cloudwatch_logs_event(
    messages: Iterable[str] = ("Hello from CloudWatch Logs",), *, log_group: str = "/aws/lambda/x"
) -> CloudWatchLogsEvent:
    """A `CloudWatchLogsEvent` delivering one log event per message."""
    from .. import (
        CloudWatchLogsData,
        CloudWatchLogsDecodedData,
        CloudWatchLogsEvent,
        CloudWatchLogsLogEvent,
    )

    start = now_ms()
    events = tuple(
        CloudWatchLogsLogEvent(
            id=str(start * 1000 + i), timestamp=EpochMillis(start + i), message=m
        )
        for i, m in enumerate(messages)
    )
    data = CloudWatchLogsDecodedData(
        owner=ACCOUNT,
        log_group=log_group,
        log_stream="2024/01/01/[$LATEST]0123456789abcdef",
        subscription_filters=("my-filter",),
        message_type="DATA_MESSAGE",
        log_events=events,
    )
    return CloudWatchLogsEvent(awslogs=CloudWatchLogsData(data=CompressedJsonText.compress(data)))
