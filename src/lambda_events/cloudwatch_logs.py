"""Amazon CloudWatch Logs subscription events delivered to Lambda."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._model import Model, model
from .codecs import CompressedJson, b64encode
from .timestamps import EpochMillis

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = [
    "CloudWatchLogsData",
    "CloudWatchLogsDecodedData",
    "CloudWatchLogsEvent",
    "CloudWatchLogsLogEvent",
    "decode_cloudwatch_logs",
]


@model
class CloudWatchLogsLogEvent(Model):
    """One log event of a subscription delivery."""

    id: str
    timestamp: EpochMillis
    message: str
    extracted_fields: Mapping[str, str] | None = None


@model
class CloudWatchLogsDecodedData(Model):
    """The decompressed payload: log group, stream, filters and log events."""

    owner: str
    log_group: str
    log_stream: str
    subscription_filters: tuple[str, ...]
    message_type: str
    log_events: tuple[CloudWatchLogsLogEvent, ...]
    policy_level: str | None = None


@model
class CloudWatchLogsData(Model):
    """The `awslogs` object: base64 gzip JSON, decoded when the event is structured.

    The decompressed size is bounded by the converter's `max_decompressed_size`. Gzip
    cannot be reproduced byte-for-byte: the original text is written back while `data` is
    unchanged; a replaced `data` is re-compressed (equal content, different bytes).
    """

    data: CompressedJson[CloudWatchLogsDecodedData]


@model
class CloudWatchLogsEvent(Model):
    """Amazon CloudWatch Logs: a subscription filter delivery (gzip payload decoded)."""

    awslogs: CloudWatchLogsData

    def parse_logs_data(self) -> CloudWatchLogsDecodedData:
        """The decoded payload (already decoded at structure time)."""
        return self.awslogs.data

    @property
    def raw_logs_data(self) -> str:
        """The payload as base64 text (the original text while unchanged)."""
        from ._payload import shared_converter

        return shared_converter().unstructure(self.awslogs)["data"]  # type: ignore[no-any-return]


def decode_cloudwatch_logs(
    data: bytes, converter: LambdaEventsConverter | None = None
) -> CloudWatchLogsDecodedData:
    """CloudWatch Logs carried as gzip bytes (in Kinesis or Firehose records), decoded."""
    from ._payload import shared_converter

    conv = converter if converter is not None else shared_converter()
    wrapped = {"data": b64encode(data)}
    return conv.structure(wrapped, CloudWatchLogsData).data
