"""Amazon Data Firehose: the transformation event, its response, the sample handlers."""

from __future__ import annotations

import base64
import gzip
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    KinesisFirehoseDataTransformationRecord,
    KinesisFirehoseDataTransformationRecordMetadata,
    KinesisFirehoseDataTransformationResponse,
    KinesisFirehoseEvent,
    ResponseError,
    SQSRecord,
    StructureError,
    converter,
)

from ._support import (
    Customer,
    Order,
    assert_corpus_round_trip,
    assert_round_trip,
    b64,
    load_response,
    load_sample,
    sample_handler,
    semantic_round_trip,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, Any] = {
    "firehose-kinesis-source.json": KinesisFirehoseEvent,
    "firehose-direct-put.json": KinesisFirehoseEvent,
    "firehose-cloudwatch-logs.json": KinesisFirehoseEvent,
}

CLASSES = ("KinesisFirehoseEvent",)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_firehose_kinesis_source_metadata_and_helpers() -> None:
    event = converter.structure(load_sample("firehose-kinesis-source.json"), KinesisFirehoseEvent)
    assert (
        event.source_kinesis_stream_arn
        == "arn:aws:kinesis:eu-central-1:210987654321:stream/clickstream"
    )
    first = event.records[0]
    assert first.metadata is not None
    assert first.metadata.shard_id == "shardId-000000000003"
    assert first.metadata.subsequence_number == 0
    assert first.approximate_arrival_timestamp.datetime == datetime(
        2026, 1, 1, 0, 0, 0, 123000, tzinfo=timezone.utc
    )
    assert first.data_as_json == {
        "orderId": "o-2001",
        "customer": {"id": 7, "tier": "gold"},
        "total": 99.5,
    }
    assert first.data_as_text.startswith('{"orderId": "o-2001"')


def test_firehose_direct_put_has_no_metadata_and_keeps_binary_data() -> None:
    event = converter.structure(load_sample("firehose-direct-put.json"), KinesisFirehoseEvent)
    assert event.source_kinesis_stream_arn is None
    assert [r.metadata for r in event.records] == [None, None, None]
    assert event.records[0].data_as_text == "GET /health 200 3ms"
    assert event.records[2].data_as_bytes == b"\xff\xfe not utf-8"
    with pytest.raises(StructureError, match="not valid JSON"):
        event.records[0].data_as_json


def test_firehose_records_carrying_cloudwatch_logs() -> None:
    raw = load_sample("firehose-cloudwatch-logs.json")
    event = converter.structure(raw, KinesisFirehoseEvent)
    logs = event.records[0].cloudwatch_logs()
    assert logs.log_group == "/aws/lambda/payments"
    assert [e.message for e in logs.log_events][1] == "ERROR card declined order=o-3002"
    assert event.records[0].data_zlib_compressed_as_json()["owner"] == "456789012345"


def test_firehose_typed_records() -> None:
    raw = load_sample("firehose-kinesis-source.json")
    event = semantic_round_trip(raw, KinesisFirehoseEvent[Order], {"data"})
    assert event.records[1].data == Order("o-2002", Customer(12, "basic"), 15)
    with pytest.raises(TypeError):
        event.records[0].data_as_bytes


def test_firehose_typed_record_error_names_path_into_payload() -> None:
    raw = load_sample("firehose-kinesis-source.json")
    raw["records"][1]["data"] = b64(
        b'{"orderId": "x", "customer": {"id": "7x", "tier": "a"}, "total": 1}'
    )
    msg = structure_error(raw, KinesisFirehoseEvent[Order])
    assert "records[1].data.customer.id: expected an integer, got" in msg


def test_firehose_records_carrying_sqs_messages() -> None:
    from ._support import CORPUS_ROOTS

    path = CORPUS_ROOTS["powertools"] / "kinesisFirehoseSQSEvent.json"
    if not path.exists():
        pytest.skip("../shared is absent")
    event = converter.structure(json.loads(path.read_text()), KinesisFirehoseEvent[SQSRecord])
    message = event.records[0].data
    assert message.body == "Test message."
    assert message.queue_name == "SNS"


def test_firehose_malformed_inputs_name_wire_paths() -> None:
    raw = load_sample("firehose-kinesis-source.json")
    raw["records"][0]["data"] = 7
    raw["records"][1]["approximateArrivalTimestamp"] = 1.5
    del raw["records"][1]["kinesisRecordMetadata"]["shardId"]
    del raw["invocationId"]
    msg = structure_error(raw, KinesisFirehoseEvent)
    assert "records[0].data: expected a string, got int" in msg
    assert "records[1].approximateArrivalTimestamp: expected an integer or a string" in msg
    assert "records[1].kinesisRecordMetadata.shardId: missing required key" in msg
    assert "invocationId: missing required key" in msg


def test_gzip_bytes_in_firehose_are_kept_exactly() -> None:
    # Firehose data is plain base64 bytes: gzip content is not re-compressed on the way out.
    raw = load_sample("firehose-cloudwatch-logs.json")
    data = base64.b64decode(raw["records"][0]["data"])
    assert gzip.decompress(data)
    back = converter.unstructure(converter.structure(raw, KinesisFirehoseEvent))
    assert back["records"][0]["data"] == raw["records"][0]["data"]


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


def _firehose_direct_put_transformed() -> dict[str, Any]:
    def answer(rid: str, original: str) -> dict[str, Any]:
        data = json.dumps(
            {"new_data": "transformed data using lambda-events", "original_payload": original},
            separators=(",", ":"),
        )
        return {"recordId": rid, "result": "Ok", "data": b64(data.encode())}

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
    data = b64(json.dumps(payload, separators=(",", ":")).encode())
    return {
        "records": [
            {"recordId": "rec-0001", "result": "Dropped", "data": b64(b"GET /health 200 3ms")},
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
                    "data": b64(b"o-2001,7,99.5\n"),
                    "metadata": {"partitionKeys": {"tier": "gold"}},
                },
                {
                    "recordId": KINESIS_SOURCE[:-1] + "1",
                    "result": "Ok",
                    "data": b64(b"o-2002,12,15.0\n"),
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
                    "data": b64(b"/aws/lambda/payments ERROR card declined order=o-3002\n"),
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
