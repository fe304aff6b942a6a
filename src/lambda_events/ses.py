"""Amazon SES email receiving: the Lambda action of a receipt rule."""

from __future__ import annotations

from ._model import Model, field, model
from .timestamps import IsoTimestamp

__all__ = [
    "SESEvent",
    "SESEventRecord",
    "SESMail",
    "SESMailCommonHeaders",
    "SESMailHeader",
    "SESMessage",
    "SESReceipt",
    "SESReceiptAction",
    "SESReceiptStatus",
]


@model
class SESMailHeader(Model):
    """One header of the received email, as sent (names may repeat)."""

    name: str
    value: str


@model
class SESMailCommonHeaders(Model):
    """The headers SES parses out of every email; absent headers are `None`."""

    from_: tuple[str, ...] = field(wire="from")
    date: str | None = None
    message_id: str | None = None
    to: tuple[str, ...] | None = None
    return_path: str | None = None
    subject: str | None = None
    cc: tuple[str, ...] | None = None
    bcc: tuple[str, ...] | None = None
    sender: tuple[str, ...] | None = None
    reply_to: tuple[str, ...] | None = None


@model
class SESMail(Model):
    """The received email: envelope, headers and SES's message id."""

    timestamp: IsoTimestamp
    source: str
    message_id: str
    destination: tuple[str, ...]
    headers_truncated: bool
    common_headers: SESMailCommonHeaders
    headers: tuple[SESMailHeader, ...] | None = None

    def get_header_value(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive), or `None`."""
        values = self.get_header_values(name)
        return values[0] if values else None

    def get_header_values(self, name: str) -> list[str]:
        """Every value of header `name` (case-insensitive), in order."""
        folded = name.lower()
        return [h.value for h in self.headers or () if h.name.lower() == folded]


@model
class SESReceiptStatus(Model):
    """A verdict: `PASS`, `FAIL`, `GRAY`, `PROCESSING_FAILED` or `DISABLED`."""

    status: str


@model
class SESReceiptAction(Model):
    """The receipt-rule action that invoked the function (`type` is `Lambda`)."""

    type: str
    function_arn: str | None = None
    invocation_type: str | None = None
    topic_arn: str | None = None
    bucket_name: str | None = None
    object_key_prefix: str | None = None
    object_key: str | None = None


@model
class SESReceipt(Model):
    """How SES received the email: recipients, verdicts and the action taken."""

    timestamp: IsoTimestamp
    processing_time_millis: int
    recipients: tuple[str, ...]
    spam_verdict: SESReceiptStatus
    virus_verdict: SESReceiptStatus
    spf_verdict: SESReceiptStatus
    dkim_verdict: SESReceiptStatus
    action: SESReceiptAction
    dmarc_verdict: SESReceiptStatus | None = None
    dmarc_policy: str | None = None


@model
class SESMessage(Model):
    """The `ses` part of a record: the mail and its receipt."""

    mail: SESMail
    receipt: SESReceipt


@model
class SESEventRecord(Model):
    """One SES record."""

    event_source: str
    event_version: str
    ses: SESMessage


@model
class SESEvent(Model):
    """Amazon SES: an email received by a receipt rule with a Lambda action."""

    records: tuple[SESEventRecord, ...] = field(wire="Records")

    @property
    def record(self) -> SESEventRecord:
        """The first record (SES sends one per invocation)."""
        return self.records[0]

    @property
    def mail(self) -> SESMail:
        """The first record's mail."""
        return self.records[0].ses.mail

    @property
    def receipt(self) -> SESReceipt:
        """The first record's receipt."""
        return self.records[0].ses.receipt
