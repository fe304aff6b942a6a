"""Amazon CloudWatch Logs subscription events delivered to Lambda."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ._model import Model, model
from .codecs import CompressedJsonText, decompress
from .errors import ContentError, StructureError
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
    """The `awslogs` object: base64 gzip JSON, kept as sent and decoded on access.

    `data.decoded` is the typed payload; its decompressed size is bounded by the
    converter's `max_decompressed_size`. Gzip cannot be reproduced byte-for-byte: a new
    payload is written with `CompressedJsonText.compress(value)` (equal content, new bytes).
    """

    data: CompressedJsonText[CloudWatchLogsDecodedData]


@model
class CloudWatchLogsEvent(Model):
    """Amazon CloudWatch Logs: a subscription filter delivery (gzip payload decoded)."""

    awslogs: CloudWatchLogsData

    def parse_logs_data(self) -> CloudWatchLogsDecodedData:
        """The decoded payload (decompressed and structured on first access, then cached)."""
        return self.awslogs.data.decoded

    @property
    def decompress_logs_data(self) -> bytes:
        """The decompressed payload bytes (bounded by the converter's limit)."""
        return self.awslogs.data.decompressed

    @property
    def raw_logs_data(self) -> str:
        """The payload as base64 text, exactly as it came."""
        return str(self.awslogs.data)


def decode_cloudwatch_logs(
    data: bytes, converter: LambdaEventsConverter | None = None, where: str = "data"
) -> CloudWatchLogsDecodedData:
    """CloudWatch Logs carried as gzip bytes (in Kinesis or Firehose records), decoded.

    The decompressed size is bounded by the converter's `max_decompressed_size`; a bad
    payload raises `ContentError` naming `where`.
    """
    return _decode_logs([(where, data)], converter)[0]


def _decode_logs(
    items: Iterable[tuple[str, bytes]], converter: LambdaEventsConverter | None = None
) -> list[CloudWatchLogsDecodedData]:
    """CloudWatch Logs of many records, with ONE decompression budget for the whole call.

    `items` are (where, gzip bytes) pairs; together they may decompress to at most the
    converter's `max_decompressed_size` bytes, so a batch of bombs is bounded like one.
    """
    from ._payload import load_json, shared_converter

    conv = converter if converter is not None else shared_converter()
    limit, spent, out = conv.max_decompressed_size, 0, []
    for where, data in items:
        try:
            raw = decompress(data, limit, spent)
            payload = load_json(raw)
        except (ValueError, StructureError) as exc:
            raise ContentError(f"{where}: {exc}") from None
        spent += len(raw)
        out.append(conv.structure(payload, CloudWatchLogsDecodedData))
    return out
