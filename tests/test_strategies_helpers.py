"""Generated events are events AWS could send: the helpers of their class work on them.

`st.from_type(cls)` (strategies registered by `lambda_events.strategies`) draws events; the
batch helpers (`item_identifier`, `PartialBatchResponse.from_failed_records`,
`process_partial_response`, `queue_url`) must accept every one, and every event with records
round-trips through the converter.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lambda_events.strategies
from lambda_events import (
    DynamoDBStreamEvent,
    KinesisStreamEvent,
    PartialBatchResponse,
    SQSEvent,
    SQSRecord,
    converter,
    item_identifier,
    process_partial_response,
)

BATCH_EVENTS = [SQSEvent, KinesisStreamEvent, DynamoDBStreamEvent]
RECORD_EVENTS = [
    cls
    for cls in lambda_events.strategies.model_classes()
    if cls.__name__.endswith("Event") and "records" in attrs.fields_dict(cls)
]
CHECK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@attrs.frozen
class Order:
    id: int


def test_the_batch_sources_are_among_the_record_events() -> None:
    assert set(BATCH_EVENTS) <= set(RECORD_EVENTS)
    assert len(RECORD_EVENTS) >= 10


@pytest.mark.parametrize("cls", RECORD_EVENTS, ids=lambda c: c.__name__)
def test_generated_events_round_trip(cls: Any) -> None:
    @CHECK
    @given(st.from_type(cls))
    def check(event: Any) -> None:
        assert converter.structure(converter.unstructure(event), cls) == event

    check()


@pytest.mark.parametrize("cls", BATCH_EVENTS, ids=lambda c: c.__name__)
def test_item_identifiers_and_partial_responses_of_generated_events(cls: Any) -> None:
    @CHECK
    @given(st.from_type(cls))
    def check(event: Any) -> None:
        ids = [item_identifier(r) for r in event.records]
        assert all(isinstance(i, str) and i for i in ids)
        if cls is not SQSEvent:
            assert all(i.isdigit() for i in ids)  # sequence numbers
        response = PartialBatchResponse.from_failed_records(event.records)
        assert response.item_identifiers == list(dict.fromkeys(ids))
        wire = converter.unstructure(response)
        assert converter.structure(wire, PartialBatchResponse) == response

    check()


@pytest.mark.parametrize("cls", BATCH_EVENTS, ids=lambda c: c.__name__)
def test_process_partial_response_on_generated_events(cls: Any) -> None:
    @CHECK
    @given(st.from_type(cls), st.sets(st.integers(0, 3)))
    def check(event: Any, failing: set[int]) -> None:
        seen: list[Any] = []

        def handle(record: Any) -> None:
            seen.append(record)
            if len(seen) - 1 in failing:
                raise ValueError("generated failure")

        response = process_partial_response(event, handle)
        expected, handled = _expected(event, failing)
        assert response.item_identifiers == expected
        assert seen == list(event.records[:handled])

    check()


@pytest.mark.parametrize("cls", [SQSEvent, KinesisStreamEvent], ids=lambda c: c.__name__)
def test_typed_payloads_of_generated_events_fail_records_not_the_batch(cls: Any) -> None:
    @CHECK
    @given(st.from_type(cls))
    def check(event: Any) -> None:
        handled: list[str] = []

        def handle(record: Any, order: Order) -> None:
            assert isinstance(order, Order)
            handled.append(item_identifier(record))

        response = process_partial_response(event, handle, payload=Order)
        reported = response.item_identifiers
        if cls is SQSEvent and not _is_fifo(event):  # every record ran
            assert set(handled) | set(reported) == {r.message_id for r in event.records}

    check()


def test_generated_sqs_records_have_queue_urls() -> None:
    @CHECK
    @given(st.from_type(SQSRecord))
    def check(record: SQSRecord[str]) -> None:
        assert record.queue_url.startswith("https://sqs.")
        assert record.queue_url.endswith(f"/{record.queue_name}")

    check()


def test_generated_batches_come_from_one_queue_or_stream() -> None:
    @CHECK
    @given(st.one_of([st.from_type(c) for c in BATCH_EVENTS]))
    def check(event: Any) -> None:
        assert len({(r.event_source_arn, r.aws_region) for r in event.records}) <= 1

    check()


def _is_fifo(event: Any) -> bool:
    return isinstance(event, SQSEvent) and any(
        r.event_source_arn.endswith(".fifo") for r in event.records
    )


def _expected(event: Any, failing: set[int]) -> tuple[list[str], int]:
    """(identifiers AWS expects, records handled) when the records at `failing` raise."""
    ids = [item_identifier(r) for r in event.records]
    count = len(ids)
    first = min((i for i in failing if i < count), default=None)
    if isinstance(event, SQSEvent) and not _is_fifo(event):
        return list(dict.fromkeys(ids[i] for i in sorted(failing) if i < count)), count
    if first is None:
        return [], count
    reported = ids[first:] if _is_fifo(event) else [ids[first]]
    return list(dict.fromkeys(reported)), first + 1
