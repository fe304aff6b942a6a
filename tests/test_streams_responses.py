"""Issue 4 responses (Firehose transformation, partial batch) and the sample handlers."""

from __future__ import annotations

import base64
import copy
import importlib
import json
from typing import Any

import attrs
import pytest

from lambda_events import (
    BatchItemFailure,
    DynamoDBStreamEvent,
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationRecordMetadata,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEvent,
    KinesisStreamEvent,
    PartialBatchResponse,
    ResponseError,
    SESEvent,
    SQSEvent,
    converter,
    item_identifier,
)

from ._support import assert_round_trip, load_response, load_sample, structure_error


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# ------------------------------------------------------------------- Firehose response


def test_firehose_response_golden() -> None:
    response = KinesisFirehoseDataTransformationResponse(
        records=(
            KinesisFirehoseDataTransformationRecord.create(
                "r1", data={"a": 1}, partition_keys={"year": "2026"}
            ),
            KinesisFirehoseDataTransformationRecord.create("r2", result="Dropped"),
            KinesisFirehoseDataTransformationRecord.create(
                "r3", result="ProcessingFailed", data=b"\x00\x01"
            ),
            KinesisFirehoseDataTransformationRecord.create("r4", data="line\n"),
        )
    )
    assert converter.unstructure(response) == {
        "records": [
            {
                "recordId": "r1",
                "result": "Ok",
                "data": "eyJhIjoxfQ==",
                "metadata": {"partitionKeys": {"year": "2026"}},
            },
            {"recordId": "r2", "result": "Dropped", "data": ""},
            {"recordId": "r3", "result": "ProcessingFailed", "data": "AAE="},
            {"recordId": "r4", "result": "Ok", "data": "bGluZQo="},
        ]
    }
    back = converter.structure(
        converter.unstructure(response), KinesisFirehoseDataTransformationResponse
    )
    assert back == response
    assert back.records[0].data_as_json == {"a": 1}
    assert back.records[3].data_as_text == "line\n"
    assert back.records[1].data_as_json is None


def test_firehose_response_sample_round_trips() -> None:
    response = assert_round_trip(
        load_response("firehose-transformation-response.json"),
        KinesisFirehoseDataTransformationResponse,
    )
    assert [r.result for r in response.records] == ["Ok", "Dropped", "ProcessingFailed"]
    assert response.records[0].metadata is not None
    assert response.records[0].metadata.partition_keys == {"tier": "gold", "year": "2026"}


def test_firehose_response_invalid_values_raise() -> None:
    with pytest.raises(ResponseError, match="result must be Ok, Dropped or ProcessingFailed"):
        KinesisFirehoseDataTransformationRecord(record_id="r1", result="Failed")  # type: ignore[arg-type]
    with pytest.raises(ResponseError, match="empty response"):
        KinesisFirehoseDataTransformationResponse(records=())
    with pytest.raises(ResponseError, match="more than once"):
        record = KinesisFirehoseDataTransformationRecord(record_id="r1")
        KinesisFirehoseDataTransformationResponse(records=(record, record))
    with pytest.raises(ResponseError, match="recordId must be"):
        KinesisFirehoseDataTransformationRecord(record_id="")
    with pytest.raises(ResponseError, match="data must be bytes"):
        KinesisFirehoseDataTransformationRecord(record_id="r1", data="eyJ9")  # type: ignore[arg-type]
    with pytest.raises(ResponseError, match="partitionKeys must map at least one key"):
        KinesisFirehoseDataTransformationRecordMetadata(partition_keys={})
    with pytest.raises(ResponseError, match="must map a string to a string"):
        KinesisFirehoseDataTransformationRecordMetadata(partition_keys={"year": 2026})  # type: ignore[dict-item]
    with pytest.raises(ResponseError, match="neither bytes nor JSON-serializable"):
        KinesisFirehoseDataTransformationRecord.create("r1", data={1, 2})
    record = KinesisFirehoseDataTransformationRecord(record_id="r1")
    with pytest.raises(ResponseError, match="result must be"):
        attrs.evolve(record, result="ok")


def test_firehose_response_json_is_read_under_the_reading_contract() -> None:
    raw = {"records": [{"recordId": "r1", "result": "TRANSFORMED_STATE_OK", "data": ""}]}
    read = assert_round_trip(raw, KinesisFirehoseDataTransformationResponse)
    assert read.records[0].result == "TRANSFORMED_STATE_OK"  # enums are open on input
    with pytest.raises(ResponseError, match="result must be Ok, Dropped or ProcessingFailed"):
        attrs.evolve(read.records[0])
    assert "records[0].result: expected a string, got int" in structure_error(
        {"records": [{"recordId": "r1", "result": 1}]}, KinesisFirehoseDataTransformationResponse
    )
    with pytest.raises(ResponseError, match="empty response"):
        KinesisFirehoseDataTransformationResponse(records=())


def test_firehose_response_add_record_returns_a_new_response() -> None:
    first = KinesisFirehoseDataTransformationResponse(
        records=(KinesisFirehoseDataTransformationRecord(record_id="a"),)
    )
    second = first.add_record(KinesisFirehoseDataTransformationRecord(record_id="b"))
    assert [r.record_id for r in first.records] == ["a"]
    assert [r.record_id for r in second.records] == ["a", "b"]
    with pytest.raises(ResponseError, match="more than once"):
        second.add_record(KinesisFirehoseDataTransformationRecord(record_id="a"))


def test_firehose_builder_answers_every_record_exactly_once_in_event_order() -> None:
    event = converter.structure(load_sample("firehose-direct-put.json"), KinesisFirehoseEvent)
    response = event.build_data_transformation_response(
        lambda r: r.build_data_transformation_response(data=r.data_as_bytes.upper())
    )
    assert [r.record_id for r in response.records] == ["rec-0001", "rec-0002", "rec-0003"]
    assert response.records[0].data == b"GET /HEALTH 200 3MS"
    answers = [r.build_data_transformation_response() for r in event.records]
    shuffled = KinesisFirehoseDataTransformationResponse.for_event(event, reversed(answers))
    assert [r.record_id for r in shuffled.records] == ["rec-0001", "rec-0002", "rec-0003"]
    with pytest.raises(ResponseError, match="left unanswered: rec-0002"):
        KinesisFirehoseDataTransformationResponse.for_event(event, [answers[0], answers[2]])
    stranger = KinesisFirehoseDataTransformationRecord(record_id="rec-9999")
    with pytest.raises(ResponseError, match="not in the event: rec-9999"):
        KinesisFirehoseDataTransformationResponse.for_event(event, [*answers, stranger])
    with pytest.raises(ResponseError, match="more than once"):
        KinesisFirehoseDataTransformationResponse.for_event(event, [*answers, answers[1]])
    with pytest.raises(ResponseError, match="'rec-0002' was answered with recordId 'rec-0001'"):
        event.build_data_transformation_response(
            lambda r: KinesisFirehoseDataTransformationRecord(record_id="rec-0001")
        )


# ------------------------------------------------------------- partial batch response


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


# ----------------------------------------------------------------------------- handlers


def _firehose_direct_put_transformed() -> dict[str, Any]:
    def answer(rid: str, original: str) -> dict[str, Any]:
        data = json.dumps(
            {"new_data": "transformed data using lambda-events", "original_payload": original},
            separators=(",", ":"),
        )
        return {"recordId": rid, "result": "Ok", "data": _b64(data.encode())}

    return {
        "records": [
            answer("rec-0001", "GET /health 200 3ms"),
            answer("rec-0002", '{"level": "WARN", "msg": "slow query", "ms": 812}'),
            {"recordId": "rec-0003", "result": "ProcessingFailed", "data": "//4gbm90IHV0Zi04"},
        ]
    }


def _firehose_dropped() -> dict[str, Any]:
    payload = {
        "tool_used": "lambda-events",
        "original_payload": {"level": "WARN", "msg": "slow query", "ms": 812},
    }
    data = _b64(json.dumps(payload, separators=(",", ":")).encode())
    return {
        "records": [
            {"recordId": "rec-0001", "result": "Dropped", "data": _b64(b"GET /health 200 3ms")},
            {"recordId": "rec-0002", "result": "Ok", "data": data},
            {"recordId": "rec-0003", "result": "Dropped", "data": "//4gbm90IHV0Zi04"},
        ]
    }


KINESIS_SOURCE = "49655321001122334455667788990011223344556677889900000000"
HANDLERS: list[tuple[str, str, Any]] = [
    ("firehose_transform_handler", "firehose-direct-put.json", _firehose_direct_put_transformed()),
    ("firehose_drop_handler", "firehose-direct-put.json", _firehose_dropped()),
    (
        "firehose_typed_handler",
        "firehose-kinesis-source.json",
        {
            "records": [
                {
                    "recordId": KINESIS_SOURCE,
                    "result": "Ok",
                    "data": _b64(b"o-2001,7,99.5\n"),
                    "metadata": {"partitionKeys": {"tier": "gold"}},
                },
                {
                    "recordId": KINESIS_SOURCE[:-1] + "1",
                    "result": "Ok",
                    "data": _b64(b"o-2002,12,15.0\n"),
                    "metadata": {"partitionKeys": {"tier": "basic"}},
                },
            ]
        },
    ),
    (
        "firehose_cloudwatch_logs_handler",
        "firehose-cloudwatch-logs.json",
        {
            "records": [
                {
                    "recordId": "cwl-0001",
                    "result": "Ok",
                    "data": _b64(b"/aws/lambda/payments ERROR card declined order=o-3002\n"),
                }
            ]
        },
    ),
    (
        "kafka_handler",
        "kafka-msk.json",
        {
            "servers": 2,
            "records": [
                {
                    "topic": "orders",
                    "offset": 4107,
                    "key": "customer-7",
                    "size": 76,
                    "trace": "00-4bf92f3577b34da6-00f067aa0ba902b7-01",
                },
                {"topic": "orders", "offset": 4108, "key": "customer-9", "size": 73, "trace": None},
                {"topic": "orders", "offset": 88, "key": None, "size": 75, "trace": None},
            ],
        },
    ),
    (
        "kafka_typed_handler",
        "kafka-msk.json",
        {
            "orders": ["o-4001", "o-4002", "o-4003"],
            "gold_total": 162.25,
            "by_partition": {"orders-0": 2, "orders-1": 1},
        },
    ),
    (
        "mq_rabbitmq_handler",
        "rabbitmq-orders.json",
        {
            "orders::/": [
                {
                    "message_id": "m-5001",
                    "data": {
                        "orderId": "o-5001",
                        "customer": {"id": 3, "tier": "gold"},
                        "total": 20,
                    },
                }
            ],
            "orders::/priority": [
                {
                    "message_id": "m-5002",
                    "data": {
                        "orderId": "o-5002",
                        "customer": {"id": 4, "tier": "basic"},
                        "total": 8,
                    },
                }
            ],
        },
    ),
    (
        "mq_activemq_handler",
        "activemq-bytes.json",
        {
            "statusCode": 200,
            "messages": [
                {
                    "id": "ID:b-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-1.mq.eu-west-2.amazonaws.com"
                    "-41217-1767657600000-3:1:1:1:3",
                    "physical_name": "thumbnails",
                    "bytes": 16,
                }
            ],
        },
    ),
    (
        "eventbridge_handler",
        "eventbridge-ec2-state-change.json",
        {"detail_type": "EC2 Instance State-change Notification", "state": "stopped"},
    ),
    (
        "eventbridge_handler",
        "eventbridge-scheduler.json",
        {"detail_type": "Scheduled Event", "state": None},
    ),
    (
        "eventbridge_typed_handler",
        "eventbridge-custom-order.json",
        {"order": "o-7001", "customer": 44, "at": "2026-01-07T09:00:00.123000+00:00"},
    ),
    (
        "eventbridge_s3_handler",
        "s3-eventbridge-object-created.json",
        {
            "bucket": "media-archive-prod",
            "file_key": "videos/2026/launch day(1).mp4",
            "created": True,
        },
    ),
    (
        "eventbridge_s3_handler",
        "s3-eventbridge-tags-added.json",
        {"bucket": "media-archive-prod", "file_key": "videos/2026/teaser.mp4", "created": False},
    ),
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
    handler = importlib.import_module(f"samples.handlers.{module}").lambda_handler
    assert handler(load_sample(sample), None) == expected


def test_batch_kinesis_handler_reports_the_first_bad_record() -> None:
    raw = load_sample("kinesis-stream.json")
    raw["Records"][0]["kinesis"]["data"] = _b64(b"not json")
    handler = importlib.import_module("samples.handlers.batch_kinesis_handler").lambda_handler
    expected = raw["Records"][0]["kinesis"]["sequenceNumber"]
    assert handler(raw, None) == {"batchItemFailures": [{"itemIdentifier": expected}]}


def test_batch_s3_via_sqs_handler_reports_foreign_buckets() -> None:
    raw = load_sample("sqs-nested-sns-s3.json")
    second = copy.deepcopy(raw["Records"][0])
    second["messageId"] = "foreign-bucket-message"
    second["body"] = second["body"].replace("media-archive-prod", "someone-else")
    raw["Records"].append(second)
    handler = importlib.import_module("samples.handlers.batch_s3_via_sqs_handler").lambda_handler
    assert handler(raw, None) == {
        "keys": ["thumbs/cat photo.jpg"],
        "batchItemFailures": [{"itemIdentifier": "foreign-bucket-message"}],
    }
