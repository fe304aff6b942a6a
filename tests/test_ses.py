"""Amazon SES receipt events: mail, receipt, headers, the sample handler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lambda_events import SESEvent, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, Any] = {
    "ses-receipt.json": SESEvent,
}

CLASSES = ("SESEvent",)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_ses_shortcuts_and_headers() -> None:
    event = converter.structure(load_sample("ses-receipt.json"), SESEvent)
    assert event.record is event.records[0]
    mail, receipt = event.mail, event.receipt
    assert mail.common_headers.from_ == ("Vendor Billing <billing@vendor.example.org>",)
    assert mail.common_headers.cc == ("audit@shop.example.com",)
    assert mail.common_headers.bcc is None
    assert mail.get_header_value("message-id") == "<inv-2026-0042@vendor.example.org>"
    assert len(mail.get_header_values("RECEIVED")) == 2
    assert mail.get_header_value("X-Missing") is None
    assert mail.timestamp.datetime.year == 2026
    assert receipt.processing_time_millis == 431
    assert receipt.dkim_verdict.status == "GRAY"
    assert receipt.action.function_arn is not None and receipt.action.topic_arn is None
    assert converter.unstructure(mail.common_headers)["from"] == [
        "Vendor Billing <billing@vendor.example.org>"
    ]


def test_ses_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("ses-receipt.json")
    del raw["Records"][0]["ses"]["mail"]["commonHeaders"]
    raw["Records"][0]["ses"]["mail"]["headersTruncated"] = "false"
    raw["Records"][0]["ses"]["receipt"]["spamVerdict"] = {}
    msg = structure_error(raw, SESEvent)
    assert "Records[0].ses.mail.commonHeaders: missing required key" in msg
    assert "Records[0].ses.mail.headersTruncated: expected true or false, got str" in msg
    assert "Records[0].ses.receipt.spamVerdict.status: missing required key" in msg


HANDLERS: list[tuple[str, str, Any]] = [
    (
        "ses_handler",
        "ses-receipt.json",
        {
            "mails": [
                {
                    "message_id": "4k7v2n1q9e0s8r3t6u5w",
                    "from": ["Vendor Billing <billing@vendor.example.org>"],
                    "subject": "Invoice INV-2026-0042",
                    "received_hops": 2,
                    "spam": "PASS",
                }
            ]
        },
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), HANDLERS, ids=[f"{m}-{s}" for m, s, _ in HANDLERS]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
