"""Amazon SNS: the event, its URL spellings, typed messages, the sample handler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import SNSEvent, converter

from ._support import (
    Customer,
    Order,
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    order_json,
    sample_handler,
    semantic_round_trip,
    shared_files,
    structure_error,
)

SAMPLES = {
    "sns.json": SNSEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


@attrs.frozen
class PriceChange:
    sku: str
    price: str


def test_sns_fields_typed_message_and_spellings() -> None:
    raw = load_sample("sns.json")
    event = converter.structure(raw, SNSEvent)
    sns = event.record.sns
    assert sns.type == "Notification"
    assert sns.subject is None
    assert sns.message_attributes is not None
    assert sns.message_attributes["priority"].value == "3"
    assert sns.timestamp.datetime.year == 2026
    typed = converter.structure(raw, SNSEvent[PriceChange])
    assert typed.sns_message == PriceChange("KB-104", "19.99")
    assert converter.unstructure(event)["Records"][0]["Sns"]["Subject"] is None


def test_sns_accepts_and_writes_back_both_url_spellings() -> None:
    raw = load_sample("sns.json")
    message = raw["Records"][0]["Sns"]
    message["SigningCertURL"] = message.pop("SigningCertUrl")
    event = assert_round_trip(raw, SNSEvent)
    assert event.record.sns.signing_cert_url is not None
    assert "SigningCertURL" in converter.unstructure(event)["Records"][0]["Sns"]


def test_sns_keeps_both_spellings_when_both_arrive() -> None:
    raw = load_sample("sns.json")
    message = raw["Records"][0]["Sns"]
    message["SigningCertURL"] = "https://elsewhere.example/cert.pem"
    event = assert_round_trip(raw, SNSEvent)
    assert event.record.sns.signing_cert_url == message["SigningCertUrl"]
    assert event.record.sns.unknown_keys == {"SigningCertURL": "https://elsewhere.example/cert.pem"}


CASES: list[tuple[str, str, Any]] = [
    (
        "sns_handler",
        "sns.json",
        {"message": '{"sku": "KB-104", "price": "19.99"}', "subject": None},
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


def test_sns_typed_payload() -> None:
    raw = load_sample("sns.json")
    raw["Records"][0]["Sns"]["Message"] = order_json(5)
    event = semantic_round_trip(raw, SNSEvent[Order], {"Message"})
    assert event.sns_message == Order("o-5", Customer(5, "gold"), 5)
    raw["Records"][0]["Sns"]["Message"] = order_json(5).replace(', "tier": "gold"', "")
    msg = structure_error(raw, SNSEvent[Order])
    assert "Records[0].Sns.Message.customer.tier: missing required key" in msg
