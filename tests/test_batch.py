"""Partial batch responses (SQS, Kinesis, DynamoDB Streams) and the batch sample handlers."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest

from lambda_events import (
    BatchItemFailure,
    DynamoDBStreamEvent,
    KinesisStreamEvent,
    PartialBatchResponse,
    ResponseError,
    SESEvent,
    SQSEvent,
    converter,
    item_identifier,
)

from ._support import b64, load_sample, sample_handler, structure_error


def test_partial_batch_empty_means_all_succeeded() -> None:
    response = PartialBatchResponse()
    assert converter.unstructure(response) == {"batchItemFailures": []}
    assert response.all_succeeded
    assert converter.structure({"batchItemFailures": []}, PartialBatchResponse) == response
    assert PartialBatchResponse.from_failed_records([]) == response


def test_partial_batch_sqs_uses_message_ids() -> None:
    event = converter.structure(load_sample("sqs.json"), SQSEvent)
    response = PartialBatchResponse.from_failed_records(reversed(event.records))
    assert converter.unstructure(response) == {
        "batchItemFailures": [
            {"itemIdentifier": "9f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4011"},
            {"itemIdentifier": "9f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4000"},
        ]
    }
    assert not response.all_succeeded
    assert converter.structure(converter.unstructure(response), PartialBatchResponse) == response


def test_partial_batch_kinesis_uses_sequence_numbers() -> None:
    event = converter.structure(load_sample("kinesis-stream.json"), KinesisStreamEvent)
    record = event.records[1]
    response = PartialBatchResponse().add_failure(record).add_failure(record)
    assert converter.unstructure(response) == {
        "batchItemFailures": [{"itemIdentifier": record.kinesis.sequence_number}]
    }
    assert item_identifier(record) == record.kinesis.sequence_number


def test_partial_batch_dynamodb_uses_sequence_numbers() -> None:
    event = converter.structure(load_sample("dynamodb-stream.json"), DynamoDBStreamEvent)
    response = PartialBatchResponse.from_failed_records([event.records[0], event.records[0]])
    expected = event.records[0].dynamodb.sequence_number
    assert expected is not None
    assert converter.unstructure(response) == {"batchItemFailures": [{"itemIdentifier": expected}]}
    no_sequence = attrs.evolve(
        event.records[0], dynamodb=attrs.evolve(event.records[0].dynamodb, sequence_number=None)
    )
    with pytest.raises(ResponseError, match="has no SequenceNumber"):
        PartialBatchResponse.from_failed_records([no_sequence])


def test_partial_batch_invalid_values_raise() -> None:
    with pytest.raises(ResponseError, match="non-empty string"):
        BatchItemFailure(item_identifier="")
    with pytest.raises(ResponseError, match="non-empty string"):
        PartialBatchResponse.from_identifiers(["ok", ""])
    ses = converter.structure(load_sample("ses-receipt.json"), SESEvent)
    with pytest.raises(ResponseError, match="cannot report a SESEventRecord"):
        PartialBatchResponse.from_failed_records([ses.records[0]])  # type: ignore[list-item]
    # read back, only the shape is checked; an empty identifier is what was sent
    read = converter.structure(
        {"batchItemFailures": [{"itemIdentifier": ""}]}, PartialBatchResponse
    )
    assert read.batch_item_failures[0].item_identifier == ""
    assert "batchItemFailures[0].itemIdentifier: expected a string, got null" in structure_error(
        {"batchItemFailures": [{"itemIdentifier": None}]}, PartialBatchResponse
    )


HANDLERS: list[tuple[str, str, Any]] = [
    (
        "batch_sqs_handler",
        "sqs.json",
        {"batchItemFailures": [{"itemIdentifier": "9f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4011"}]},
    ),
    ("batch_kinesis_handler", "kinesis-stream.json", {"batchItemFailures": []}),
    (
        "batch_dynamodb_handler",
        "dynamodb-stream.json",
        {"batchItemFailures": [{"itemIdentifier": "4421584500000000017450439093"}]},
    ),
    (
        "batch_s3_via_sqs_handler",
        "sqs-nested-sns-s3.json",
        {"keys": ["thumbs/cat photo.jpg"], "batchItemFailures": []},
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), HANDLERS, ids=[f"{m}-{s}" for m, s, _ in HANDLERS]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected


def test_batch_kinesis_handler_reports_the_first_bad_record() -> None:
    raw = load_sample("kinesis-stream.json")
    raw["Records"][0]["kinesis"]["data"] = b64(b"not json")
    handler = sample_handler("batch_kinesis_handler")
    expected = raw["Records"][0]["kinesis"]["sequenceNumber"]
    assert handler(raw, None) == {"batchItemFailures": [{"itemIdentifier": expected}]}


def test_batch_s3_via_sqs_handler_reports_foreign_buckets() -> None:
    raw = load_sample("sqs-nested-sns-s3.json")
    second = copy.deepcopy(raw["Records"][0])
    second["messageId"] = "foreign-bucket-message"
    second["body"] = second["body"].replace("media-archive-prod", "someone-else")
    raw["Records"].append(second)
    handler = sample_handler("batch_s3_via_sqs_handler")
    assert handler(raw, None) == {
        "keys": ["thumbs/cat photo.jpg"],
        "batchItemFailures": [{"itemIdentifier": "foreign-bucket-message"}],
    }
