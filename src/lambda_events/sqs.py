"""Amazon SQS events delivered to Lambda by an event source mapping."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._model import Model, field, model
from ._payload import load_json, structure_json
from .arn import parse_arn, service_domain
from .codecs import Base64Text, JsonText
from .timestamps import EpochMillisText

if TYPE_CHECKING:
    from typing_extensions import TypeVar as _TypeVar

    from ._converter import LambdaEventsConverter
    from .s3 import S3Event
    from .sns import SNSMessage

    BodyT = _TypeVar("BodyT", default=str)
else:
    BodyT = TypeVar("BodyT")

__all__ = [
    "SQSEvent",
    "SQSMessageAttribute",
    "SQSRecord",
    "SQSRecordAttributes",
]

T = TypeVar("T")


@model(case="pascal")
class SQSRecordAttributes(Model):
    """System attributes of an SQS message (PascalCase on the wire)."""

    approximate_receive_count: str
    sent_timestamp: EpochMillisText
    sender_id: str
    approximate_first_receive_timestamp: EpochMillisText
    aws_trace_header: str | None = field(wire="AWSTraceHeader", default=None)
    sequence_number: str | None = None
    message_group_id: str | None = None
    message_deduplication_id: str | None = None
    dead_letter_queue_source_arn: str | None = None


@model
class SQSMessageAttribute(Model):
    """One SQS message attribute: a string, number or binary value with its data type."""

    data_type: str
    string_value: str | None = None
    binary_value: Base64Text | None = None
    string_list_values: tuple[str, ...] | None = None
    binary_list_values: tuple[Base64Text, ...] | None = None


@model
class SQSRecord(Model, Generic[BodyT]):
    """One SQS message. `SQSRecord[Order]` structures the JSON body into `Order`."""

    message_id: str
    receipt_handle: str
    body: JsonText[BodyT]
    attributes: SQSRecordAttributes
    message_attributes: Mapping[str, SQSMessageAttribute]
    md5_of_body: str
    event_source: str
    event_source_arn: str = field(wire="eventSourceARN")
    aws_region: str
    md5_of_message_attributes: str | None = None

    @cached_property
    def json_body(self) -> Any:
        """The body parsed as JSON (the payload itself when the record is typed)."""
        return load_json(self.body) if isinstance(self.body, str) else self.body

    def body_as(self, cls: type[T], converter: LambdaEventsConverter | None = None) -> T:
        """The JSON body structured into `cls`."""
        return structure_json(self._body_text(converter), cls, converter)

    def _body_text(self, converter: LambdaEventsConverter | None = None) -> str:
        if isinstance(self.body, str):
            return self.body
        from ._payload import shared_converter

        conv = converter if converter is not None else shared_converter()
        return json.dumps(conv.unstructure(self.body))  # a typed body: its JSON again

    @property
    def queue_name(self) -> str:
        """The queue's name, from `eventSourceARN`."""
        return parse_arn(self.event_source_arn).resource

    @property
    def queue_url(self) -> str:
        """The queue's URL, with the endpoint domain of the ARN's partition."""
        arn = parse_arn(self.event_source_arn)
        domain = service_domain(arn.partition)
        return f"https://sqs.{arn.region}.{domain}/{arn.account}/{arn.resource}"

    @property
    def decoded_nested_s3_event(self) -> S3Event:
        """The S3 notification carried in the body (S3 -> SQS)."""
        from .s3 import S3Event

        return self.body_as(S3Event)

    @property
    def decoded_nested_sns_event(self) -> SNSMessage:
        """The SNS notification carried in the body (SNS -> SQS, either URL-key spelling)."""
        from .sns import SNSMessage

        return self.body_as(SNSMessage)


@model
class SQSEvent(Model, Generic[BodyT]):
    """Amazon SQS: a batch of messages. `SQSEvent[Order]` types every body as `Order`.

    Nested envelopes decode in one call: `SQSEvent[S3Event]` (S3 -> SQS),
    `SQSEvent[SNSMessage]` (SNS -> SQS, either URL-key spelling) and
    `SQSEvent[SNSMessage[S3Event]]` (S3 -> SNS -> SQS). A body that does not fit raises
    `StructureError` with the path into it (`Records[2].body.customer.id: ...`).
    Byte-exact round trips apply to the unparameterised class; a typed body re-serializes
    to equal JSON, not to the same text.
    """

    records: tuple[SQSRecord[BodyT], ...] = field(wire="Records")
