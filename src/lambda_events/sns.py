"""Amazon SNS notifications delivered to Lambda (and SNS messages carried in SQS bodies)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

from ._model import Model, field, model
from .codecs import JsonText
from .timestamps import IsoTimestamp

if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVar

    MessageT = _TypeVar("MessageT", default=str)
else:
    MessageT = TypeVar("MessageT")

__all__ = ["SNSEvent", "SNSEventRecord", "SNSMessage", "SNSMessageAttribute"]


@model(case="pascal")
class SNSMessageAttribute(Model):
    """One SNS message attribute (`Type` is String, Number, Binary or String.Array)."""

    type: str
    value: str


@model(case="pascal")
class SNSMessage(Model, Generic[MessageT]):
    """An SNS notification. `SNSMessage[Order]` structures the JSON `Message` into `Order`.

    Lambda delivery spells `SigningCertUrl`/`UnsubscribeUrl`; SQS-carried messages spell
    `SigningCertURL`/`UnsubscribeURL`. Both are read, and the spelling that came in is
    written back.
    """

    message_id: str
    type: str
    topic_arn: str
    message: JsonText[MessageT]
    timestamp: IsoTimestamp
    subject: str | None = None
    message_attributes: Mapping[str, SNSMessageAttribute] | None = None
    signature_version: str | None = None
    signature: str | None = None
    signing_cert_url: str | None = field(
        wire="SigningCertUrl", alt=("SigningCertURL",), default=None
    )
    unsubscribe_url: str | None = field(
        wire="UnsubscribeUrl", alt=("UnsubscribeURL",), default=None
    )
    sequence_number: str | None = None


@model(case="pascal")
class SNSEventRecord(Model, Generic[MessageT]):
    """One SNS record of a Lambda invocation."""

    event_version: str
    event_subscription_arn: str
    event_source: str
    sns: SNSMessage[MessageT]


@model(case="pascal")
class SNSEvent(Model, Generic[MessageT]):
    """Amazon SNS: notifications delivered to a subscribed function.

    `SNSEvent[Order]` structures every JSON `Message` into `Order` (`SNSEvent[S3Event]` for
    S3 -> SNS). Byte-exact round trips apply to the unparameterised class; a typed
    `Message` re-serializes to equal JSON, not to the same text.
    """

    records: tuple[SNSEventRecord[MessageT], ...]

    @property
    def record(self) -> SNSEventRecord[MessageT]:
        """The first record (SNS delivers one per invocation)."""
        return self.records[0]

    @property
    def sns_message(self) -> MessageT:
        """The first record's `Message`."""
        return self.records[0].sns.message
