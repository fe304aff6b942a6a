"""Builder for Amazon SQS events."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..timestamps import EpochMillisText
from ._ids import ACCOUNT, md5_hex, now_ms

if TYPE_CHECKING:
    from .. import SQSEvent

__all__ = ["sqs_event"]


def sqs_event(
    bodies: Iterable[str] = ("Hello from SQS!",),
    *,
    queue: str = "my-queue",
    region: str = "us-east-1",
    account: str = ACCOUNT,
) -> SQSEvent:
    """An `SQSEvent` with one record per body."""
    from .. import SQSEvent, SQSRecord, SQSRecordAttributes

    sent = now_ms()
    records = tuple(
        SQSRecord(
            message_id=str(uuid.uuid4()),
            receipt_handle=f"AQEB{uuid.uuid4().hex}",
            body=body,
            attributes=SQSRecordAttributes(
                approximate_receive_count="1",
                sent_timestamp=EpochMillisText(sent + i),
                sender_id=f"AIDA{account}",
                approximate_first_receive_timestamp=EpochMillisText(sent + i + 5),
            ),
            message_attributes={},
            md5_of_body=md5_hex(body),
            event_source="aws:sqs",
            event_source_arn=f"arn:aws:sqs:{region}:{account}:{queue}",
            aws_region=region,
        )
        for i, body in enumerate(bodies)
    )
    return SQSEvent(records=records)
