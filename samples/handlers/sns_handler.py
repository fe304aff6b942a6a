"""SNS: read the message and subject of each notification."""

from __future__ import annotations

from typing import Any

from lambda_events import SNSEvent, event_source


@event_source(SNSEvent)
def lambda_handler(event: SNSEvent, context: object) -> dict[str, Any]:
    message: str = ""
    subject: str | None = None
    for record in event.records:
        message = record.sns.message
        subject = record.sns.subject
    return {"message": message, "subject": subject}
