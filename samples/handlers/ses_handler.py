"""SES: the mail and its common headers (ported from Powertools)."""

from __future__ import annotations

from typing import Any

from lambda_events import SESEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, SESEvent)
    out = []
    for record in ev.records:
        mail = record.ses.mail
        common_headers = mail.common_headers
        out.append(
            {
                "message_id": mail.message_id,
                "from": list(common_headers.from_),
                "subject": common_headers.subject,
                "received_hops": len(mail.get_header_values("received")),
                "spam": record.ses.receipt.spam_verdict.status,
            }
        )
    return {"mails": out}
