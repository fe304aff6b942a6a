"""Builder for Amazon SES email receiving events."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import TYPE_CHECKING

from ..timestamps import IsoTimestamp
from ._ids import ACCOUNT, LOWER_ALNUM, REGION, iso_at, now_ms, random_id

if TYPE_CHECKING:
    from .. import SESEvent, SESMail, SESReceipt

__all__ = ["ses_event"]


def _mail(
    subject: str, sender: str, to: tuple[str, ...], region: str, stamp: IsoTimestamp, sent: datetime
) -> SESMail:
    """The received mail: its `headers` and `commonHeaders` agree."""
    from .. import SESMail, SESMailCommonHeaders, SESMailHeader

    date = format_datetime(sent)
    domain = sender.rpartition("@")[2] or "example.com"
    header_id = f"<{uuid.uuid4()}@{domain}>"
    headers = (
        ("Return-Path", f"<{sender}>"),
        ("Received", f"from mail.{domain} by inbound-smtp.{region}.amazonaws.com"),
        ("From", sender),
        ("To", ", ".join(to)),
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", header_id),
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="UTF-8"'),
    )
    return SESMail(
        timestamp=stamp,
        source=sender,
        message_id=random_id(40, LOWER_ALNUM),
        destination=to,
        headers_truncated=False,
        headers=tuple(SESMailHeader(name=n, value=v) for n, v in headers),
        common_headers=SESMailCommonHeaders(
            return_path=sender,
            from_=(sender,),
            date=date,
            to=to,
            message_id=header_id,
            subject=subject,
        ),
    )


def _receipt(to: tuple[str, ...], stamp: IsoTimestamp, function_arn: str) -> SESReceipt:
    """The receipt rule's record: every verdict `PASS`, the Lambda action calling the function."""
    from .. import SESReceipt, SESReceiptAction, SESReceiptStatus

    passed = SESReceiptStatus(status="PASS")
    return SESReceipt(
        timestamp=stamp,
        processing_time_millis=random.randint(200, 900),  # noqa: S311
        recipients=to,
        spam_verdict=passed,
        virus_verdict=passed,
        spf_verdict=passed,
        dkim_verdict=passed,
        dmarc_verdict=passed,
        dmarc_policy="none",
        action=SESReceiptAction(type="Lambda", function_arn=function_arn, invocation_type="Event"),
    )


def ses_event(
    subject: str = "Hello from SES!",
    *,
    sender: str = "sender@example.com",
    recipients: Iterable[str] = ("recipient@example.com",),
    function: str = "my-function",
    region: str = REGION,
    account: str = ACCOUNT,
) -> SESEvent:
    """An `SESEvent`: one email received by a receipt rule whose Lambda action calls `function`.

    The mail's `headers` and `commonHeaders` agree (From, To, Subject, Date, Message-ID);
    every verdict is `PASS`.
    """
    from .. import SESEvent, SESEventRecord, SESMessage

    to = tuple(recipients)
    received = now_ms()
    sent = datetime.fromtimestamp(received / 1000 - 2, tz=timezone.utc).replace(microsecond=0)
    stamp = IsoTimestamp(iso_at(received))
    function_arn = f"arn:aws:lambda:{region}:{account}:function:{function}"
    message = SESMessage(
        mail=_mail(subject, sender, to, region, stamp, sent),
        receipt=_receipt(to, stamp, function_arn),
    )
    record = SESEventRecord(event_source="aws:ses", event_version="1.0", ses=message)
    return SESEvent(records=(record,))
