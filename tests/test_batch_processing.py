"""`process_partial_response`: per-record handling of SQS, Kinesis and DynamoDB batches."""

from __future__ import annotations

import importlib
import json
import logging
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    DynamoDBRecord,
    DynamoDBStreamEvent,
    KinesisStreamEvent,
    KinesisStreamRecord,
    PartialBatchResponse,
    ResponseError,
    SNSEvent,
    SQSEvent,
    SQSRecord,
    converter,
    process_partial_response,
)
from lambda_events.codecs import Base64Text
from lambda_events.testing import (
    dynamodb_stream_event,
    kinesis_stream_event,
    sns_event,
    sqs_event,
)

from ._support import load_sample, shared_files


@attrs.frozen
class Order:
    id: int


def _ids(response: PartialBatchResponse) -> list[str]:
    return response.item_identifiers


def _fail_on(bad: set[str], seen: list[str]) -> Any:
    """A record handler that records what it saw and raises for bodies/data in `bad`."""

    def handle(record: Any) -> None:
        text = _text_of(record)
        seen.append(text)
        if text in bad:
            raise ValueError(f"bad record {text}")

    return handle


def _text_of(record: Any) -> str:
    if isinstance(record, SQSRecord):
        return str(record.body)
    if isinstance(record, KinesisStreamRecord):
        return record.kinesis.data_as_text()
    return str(record.dynamodb.new_image["id"])


# ------------------------------------------------------------------------------ SQS


def test_sqs_standard_runs_every_record_and_reports_each_failure() -> None:
    event = sqs_event(bodies=["a", "bad1", "c", "bad2", "e"])
    seen: list[str] = []
    response = process_partial_response(event, _fail_on({"bad1", "bad2"}, seen))
    assert seen == ["a", "bad1", "c", "bad2", "e"]
    assert _ids(response) == [event.records[1].message_id, event.records[3].message_id]
    assert converter.unstructure(response) == {
        "batchItemFailures": [{"itemIdentifier": i} for i in _ids(response)]
    }


def test_sqs_standard_all_succeeded_is_an_empty_response() -> None:
    response = process_partial_response(sqs_event(bodies=["a", "b"]), lambda record: None)
    assert response == PartialBatchResponse()
    assert converter.unstructure(response) == {"batchItemFailures": []}


def test_sqs_fifo_stops_at_the_first_failure_and_fails_every_later_record() -> None:
    event = sqs_event(bodies=["a", "bad", "c", "bad", "e"], queue="orders.fifo")
    seen: list[str] = []
    response = process_partial_response(event, _fail_on({"bad"}, seen))
    assert seen == ["a", "bad"]  # later records are not handled out of order
    assert _ids(response) == [r.message_id for r in event.records[1:]]


def test_sqs_fifo_failure_of_the_last_record_reports_only_it() -> None:
    event = sqs_event(bodies=["a", "b", "bad"], queue="orders.fifo")
    response = process_partial_response(event, _fail_on({"bad"}, []))
    assert _ids(response) == [event.records[2].message_id]


def test_sqs_fifo_is_detected_from_the_queue_arn_of_a_real_event() -> None:
    raw = load_sample("sqs-fifo-china.json")
    raw["Records"].append({**raw["Records"][0], "messageId": "second"})
    event = converter.structure(raw, SQSEvent)
    response = process_partial_response(event, lambda record: 1 / 0)
    assert _ids(response) == [raw["Records"][0]["messageId"], "second"]


# ------------------------------------------------------------------------- streams


def test_kinesis_reports_the_first_failed_sequence_number_and_stops() -> None:
    event = kinesis_stream_event([b"a", b"bad", b"c", b"bad"])
    seen: list[str] = []
    response = process_partial_response(event, _fail_on({"bad"}, seen))
    assert seen == ["a", "bad"]
    assert _ids(response) == [event.records[1].kinesis.sequence_number]


def test_dynamodb_reports_the_first_failed_sequence_number_and_stops() -> None:
    event = dynamodb_stream_event([{"id": "1"}, {"id": "bad"}, {"id": "3"}])
    seen: list[str] = []
    response = process_partial_response(event, _fail_on({"bad"}, seen))
    assert seen == ["1", "bad"]
    assert _ids(response) == [event.records[1].dynamodb.sequence_number]


def test_streams_all_succeeded_is_an_empty_response() -> None:
    kinesis = kinesis_stream_event([b"a", b"b"])
    dynamodb = dynamodb_stream_event([{"id": "1"}, {"id": "2"}])
    assert process_partial_response(kinesis, lambda record: None).all_succeeded
    assert process_partial_response(dynamodb, lambda record: None).all_succeeded


def test_dynamodb_failure_without_a_sequence_number_fails_the_invocation() -> None:
    event = dynamodb_stream_event([{"id": "1"}])
    record = event.records[0]
    stripped = attrs.evolve(record, dynamodb=attrs.evolve(record.dynamodb, sequence_number=None))
    event = attrs.evolve(event, records=(stripped,))
    with pytest.raises(ResponseError, match="has no SequenceNumber"):
        process_partial_response(event, lambda record: 1 / 0)


# ------------------------------------------------------------------ empty, all failed


@pytest.mark.parametrize(
    "event",
    [SQSEvent(records=()), KinesisStreamEvent(records=()), DynamoDBStreamEvent(records=())],
    ids=["sqs", "kinesis", "dynamodb"],
)
def test_an_empty_batch_is_an_empty_response(event: Any) -> None:
    calls: list[Any] = []
    assert process_partial_response(event, calls.append) == PartialBatchResponse()
    assert calls == []


def test_all_failed_reports_every_identifier() -> None:
    standard = sqs_event(bodies=["a", "b", "c"])
    fifo = sqs_event(bodies=["a", "b", "c"], queue="q.fifo")
    kinesis = kinesis_stream_event([b"a", b"b"])
    dynamodb = dynamodb_stream_event([{"id": "1"}, {"id": "2"}])

    def fail(record: Any) -> None:
        raise RuntimeError

    assert _ids(process_partial_response(standard, fail)) == [
        r.message_id for r in standard.records
    ]
    assert _ids(process_partial_response(fifo, fail)) == [r.message_id for r in fifo.records]
    # a stream retries from the first sequence number: the whole batch
    assert _ids(process_partial_response(kinesis, fail)) == [
        kinesis.records[0].kinesis.sequence_number
    ]
    assert _ids(process_partial_response(dynamodb, fail)) == [
        dynamodb.records[0].dynamodb.sequence_number
    ]


# ------------------------------------------------------------------- typed payloads


def test_typed_sqs_payload_one_bad_body_fails_only_that_record() -> None:
    bodies = ['{"id": 1}', "not json", '{"id": "2"}', '{"id": 3}', '{"id": 4, "x": 1}']
    event = sqs_event(bodies=bodies)
    got: list[tuple[str, Order]] = []

    def handle(record: SQSRecord[str], order: Order) -> None:
        got.append((record.message_id, order))

    response = process_partial_response(event, handle, payload=Order)
    ids = [r.message_id for r in event.records]
    assert got == [(ids[0], Order(id=1)), (ids[3], Order(id=3)), (ids[4], Order(id=4))]
    assert _ids(response) == [ids[1], ids[2]]  # not JSON; "2" is not an int


def test_typed_kinesis_payload_stops_at_the_first_bad_data() -> None:
    event = kinesis_stream_event([b'{"id": 1}', b"\xff", b'{"id": 3}'])
    got: list[Order] = []

    def handle(record: KinesisStreamRecord[Base64Text], order: Order) -> None:
        got.append(order)

    response = process_partial_response(event, handle, payload=Order)
    assert got == [Order(id=1)]
    assert _ids(response) == [event.records[1].kinesis.sequence_number]


def test_typed_payload_user_errors_fail_the_record() -> None:
    event = sqs_event(bodies=['{"id": 1}', '{"id": -1}'])

    def handle(record: SQSRecord[str], order: Order) -> None:
        if order.id < 0:
            raise ValueError("negative id")

    response = process_partial_response(event, handle, payload=Order)
    assert _ids(response) == [event.records[1].message_id]


def test_typed_payload_of_a_typed_sqs_event_is_read_from_its_body() -> None:
    raw = converter.unstructure(sqs_event(bodies=['{"id": 1}']))
    typed = converter.structure(raw, SQSEvent[Order])
    got: list[Any] = []
    response = process_partial_response(typed, lambda record: got.append(record.body))
    assert response.all_succeeded
    assert got == [Order(id=1)]


def test_payload_is_refused_where_it_cannot_apply() -> None:
    dynamodb: Any = dynamodb_stream_event()
    with pytest.raises(TypeError, match="not DynamoDB"):
        process_partial_response(dynamodb, lambda record, order: None, payload=Order)
    raw = converter.unstructure(kinesis_stream_event([b'{"id": 1}']))
    typed: Any = converter.structure(raw, KinesisStreamEvent[Order])
    with pytest.raises(TypeError, match="unparameterised KinesisStreamEvent"):
        process_partial_response(typed, lambda record, order: None, payload=Order)


def test_other_events_are_refused() -> None:
    event: Any = sns_event()
    with pytest.raises(TypeError, match="cannot process a SNSEvent"):
        process_partial_response(event, lambda record: None)
    assert isinstance(event, SNSEvent)


# ------------------------------------------------------------ exceptions and logging


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit], ids=lambda e: e.__name__)
def test_keyboard_interrupt_and_system_exit_are_not_caught(exc: type[BaseException]) -> None:
    def handle(record: Any) -> None:
        raise exc

    for event in (sqs_event(), kinesis_stream_event(), dynamodb_stream_event()):
        with pytest.raises(exc):
            process_partial_response(event, handle)


def test_failures_are_logged_at_warning_without_the_exception_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    event = sqs_event(bodies=["ok", "card 4111-1111-1111-1111"])

    def handle(record: SQSRecord[str]) -> None:
        if record.body != "ok":
            raise ValueError(f"cannot charge {record.body}")

    with caplog.at_level(logging.WARNING, logger="lambda_events.batch_processing"):
        process_partial_response(event, handle)
    [entry] = caplog.records
    assert entry.levelno == logging.WARNING
    assert entry.name == "lambda_events.batch_processing"
    message = entry.getMessage()
    assert event.records[1].message_id in message and "ValueError" in message
    assert "4111" not in message and entry.exc_info is None


def test_the_record_handler_result_is_ignored() -> None:
    response = process_partial_response(sqs_event(bodies=["a"]), lambda record: False)
    assert response.all_succeeded


# -------------------------------------------------------------- the shared corpus


BATCH_CLASSES: dict[str, Any] = {
    "SQSEvent": SQSEvent,
    "KinesisStreamEvent": KinesisStreamEvent,
    "DynamoDBStreamEvent": DynamoDBStreamEvent,
}


def _expected(raw: dict[str, Any], cls: str, failing: set[int]) -> list[str]:
    """The identifiers AWS expects when the records at `failing` raise (from the raw JSON)."""
    records = raw["Records"]
    if not failing:
        return []
    if cls == "KinesisStreamEvent":
        return [records[min(failing)]["kinesis"]["sequenceNumber"]]
    if cls == "DynamoDBStreamEvent":
        return [records[min(failing)]["dynamodb"]["SequenceNumber"]]
    ids = [r["messageId"] for r in records]
    if records[0]["eventSourceARN"].endswith(".fifo"):
        return list(dict.fromkeys(ids[min(failing) :]))
    return list(dict.fromkeys(ids[i] for i in sorted(failing)))


@pytest.mark.parametrize(("path", "cls"), shared_files(*BATCH_CLASSES))
def test_shared_corpus_batches(path: Path, cls: str) -> None:
    raw = json.loads(path.read_text())
    event = converter.structure(raw, BATCH_CLASSES[cls])
    count = len(raw["Records"])
    for failing in (set(), set(range(count)), {0}, {count - 1}):
        calls = iter(range(count))

        def handle(record: Any, failing: set[int] = failing, calls: Any = calls) -> None:
            if next(calls) in failing:
                raise RuntimeError

        response = process_partial_response(event, handle)
        assert _ids(response) == _expected(raw, cls, failing), failing


# ------------------------------------------------------------------ sample handler


def _sample_handler() -> Any:
    return importlib.import_module("samples.handlers.batch_processing_handler").lambda_handler


def test_sample_handler_reports_the_message_that_is_not_an_order() -> None:
    assert _sample_handler()(load_sample("sqs.json"), None) == {
        "batchItemFailures": [{"itemIdentifier": "9f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4011"}]
    }
    assert _sample_handler()(load_sample("sqs-fifo-china.json"), None) == {"batchItemFailures": []}


def test_sample_handler_with_builder_events() -> None:
    bodies = ['{"orderId": "o-1", "total": 5}', '{"orderId": "o-2", "total": 0}']
    event = sqs_event(bodies=bodies)
    assert _sample_handler()(event, None) == {
        "batchItemFailures": [{"itemIdentifier": event.records[1].message_id}]
    }
    raw = converter.unstructure(event)
    assert _sample_handler()(raw, None) == _sample_handler()(event, None)


def test_dynamodb_record_handler_receives_typed_records() -> None:
    seen: list[DynamoDBRecord] = []
    event = dynamodb_stream_event([{"id": "1"}])
    process_partial_response(event, seen.append)
    assert seen == list(event.records)
