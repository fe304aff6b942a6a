"""Builder for Amazon SNS events."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ._ids import ACCOUNT, iso_now

if TYPE_CHECKING:
    from .. import SNSEvent

__all__ = ["sns_event"]


def sns_event(
    message: str = "Hello from SNS!", *, subject: str | None = None, topic: str = "my-topic"
) -> SNSEvent:
    """An `SNSEvent` carrying one notification."""
    from .. import SNSEvent, SNSEventRecord, SNSMessage

    topic_arn = f"arn:aws:sns:us-east-1:{ACCOUNT}:{topic}"
    sns = SNSMessage(
        message_id=str(uuid.uuid4()),
        type="Notification",
        topic_arn=topic_arn,
        message=message,
        timestamp=iso_now(),
        subject=subject,
        message_attributes={},
        signature_version="1",
        signature="EXAMPLE",
        signing_cert_url="https://sns.us-east-1.amazonaws.com/SimpleNotificationService.pem",
        unsubscribe_url=f"https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={topic_arn}",
    )
    record = SNSEventRecord(
        event_version="1.0",
        event_subscription_arn=f"{topic_arn}:{uuid.uuid4()}",
        event_source="aws:sns",
        sns=sns,
    )
    return SNSEvent(records=(record,))
