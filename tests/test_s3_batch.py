"""Amazon S3 Batch Operations: the event, the response, the sample handler."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

from lambda_events import (
    LambdaEventsError,
    ResponseError,
    S3BatchOperationEvent,
    S3BatchOperationResponse,
    S3BatchOperationResponseRecord,
    S3BatchOperationResultCode,
    converter,
)

from ._support import (
    assert_round_trip,
    assert_same_json,
    load_response,
    load_sample,
    sample_handler,
    sample_tests,
    structure_error,
)

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("s3-batch-schema-v1.json", S3BatchOperationEvent),
    ("s3-batch-schema-v2.json", S3BatchOperationEvent),
]

test_sample_round_trips, test_shared_corpus_round_trips, test_unknown_keys_survive = sample_tests(
    EVENT_SAMPLES
)


def test_s3_batch_schema_1_bucket_from_arn_and_decoded_key() -> None:
    ev = converter.structure(load_sample("s3-batch-schema-v1.json"), S3BatchOperationEvent)
    task = ev.task
    assert ev.invocation_schema_version == "1.0"
    assert ev.job.id == "6a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"
    assert ev.job.user_arguments is None
    assert task.s3_bucket_arn == "arn:aws:s3:::acme-reports-eu"
    assert task.s3_bucket_name is None
    assert task.s3_bucket == "acme-reports-eu"
    assert task.encoded_key == "reports/2024/Q1+summary%281%29.csv"
    assert task.s3_key == task.decoded_key == "reports/2024/Q1 summary(1).csv"
    assert converter.unstructure(ev)["tasks"][0]["s3Key"] == task.encoded_key
    assert task.s3_version_id == "3HL4kqtJlcpXroDTDmJ-rmSpXd3dIbrHY"


def test_s3_batch_schema_2_bucket_user_arguments_and_null_version() -> None:
    raw = load_sample("s3-batch-schema-v2.json")
    ev = converter.structure(raw, S3BatchOperationEvent)
    assert ev.job.user_arguments == {"targetBucket": "acme-archive", "storageClass": "GLACIER_IR"}
    assert ev.task.s3_bucket == "acme-media"
    assert ev.task.decoded_key == "images/cat photo.jpg"
    assert ev.task.s3_version_id is None
    assert converter.unstructure(ev)["tasks"][0]["s3VersionId"] is None  # null kept as null


def test_s3_batch_task_without_bucket_says_so() -> None:
    raw = load_sample("s3-batch-schema-v2.json")
    del raw["tasks"][0]["s3Bucket"]
    ev = converter.structure(raw, S3BatchOperationEvent)
    with pytest.raises(ValueError, match="neither s3Bucket nor s3BucketArn"):
        _ = ev.task.s3_bucket


def test_s3_batch_malformed() -> None:
    raw = load_sample("s3-batch-schema-v2.json")
    raw["tasks"][0]["s3Key"] = 17
    del raw["invocationId"]
    msg = structure_error(raw, S3BatchOperationEvent)
    assert "tasks[0].s3Key: expected a string, got int" in msg
    assert "invocationId: missing required key" in msg
    raw = load_sample("s3-batch-schema-v2.json")
    raw["job"]["userArguments"] = {"k": 1}
    assert "job.userArguments.k: expected a string" in structure_error(raw, S3BatchOperationEvent)


def _batch_event(name: str = "s3-batch-schema-v2.json") -> S3BatchOperationEvent:
    return converter.structure(load_sample(name), S3BatchOperationEvent)


def test_s3_batch_response_golden() -> None:
    response = _batch_event().build_response(
        "Succeeded",
        "s3://acme-archive/images/cat photo.jpg",
        treat_missing_keys_as="PermanentFailure",
    )
    assert_same_json(converter.unstructure(response), load_response("s3-batch-response.json"))


def test_s3_batch_response_omits_missing_result_string_and_keeps_default_policy() -> None:
    ev = _batch_event("s3-batch-schema-v1.json")
    record = ev.task.build_task_batch_response()
    assert record.result_code is S3BatchOperationResultCode.SUCCEEDED
    response = S3BatchOperationResponse.for_event(ev, record)
    assert converter.unstructure(response) == {
        "invocationSchemaVersion": "1.0",
        "treatMissingKeysAs": "Succeeded",
        "invocationId": "Zm9vYmFyLWludm9jYXRpb24tMDAwMQ",
        "results": [{"taskId": "dGFzay0wMDAwMDAwMQ", "resultCode": "Succeeded"}],
    }


def test_s3_batch_response_structures_back() -> None:
    raw = load_response("s3-batch-response.json")
    obj = assert_round_trip(raw, S3BatchOperationResponse)
    assert obj.results[0].result_code is S3BatchOperationResultCode.SUCCEEDED
    assert obj.treat_missing_keys_as is S3BatchOperationResultCode.PERMANENT_FAILURE
    built = _batch_event().build_response(
        S3BatchOperationResultCode.SUCCEEDED,
        "s3://acme-archive/images/cat photo.jpg",
        treat_missing_keys_as=S3BatchOperationResultCode.PERMANENT_FAILURE,
    )
    assert obj == built


def test_s3_batch_invalid_result_codes() -> None:
    ev = _batch_event()
    with pytest.raises(ResponseError, match="result_code must be one of"):
        ev.task.build_task_batch_response("Failed")
    with pytest.raises(ResponseError, match="treat_missing_keys_as"):
        ev.build_response("Succeeded", treat_missing_keys_as="Ignore")
    with pytest.raises(ResponseError, match="result_code"):
        S3BatchOperationResponseRecord(task_id="t", result_code="succeeded")  # case matters
    raw = load_response("s3-batch-response.json")
    raw["results"][0]["resultCode"] = "Done"  # read back: enums are open on input
    read = converter.structure(raw, S3BatchOperationResponse)
    assert read.results[0].result_code == "Done"
    with pytest.raises(LambdaEventsError, match="result_code must be one of"):
        attrs.evolve(read.results[0])


def test_s3_batch_exactly_one_result() -> None:
    ev = _batch_event()
    record = ev.task.build_task_batch_response()
    for results in ((), (record, record)):
        with pytest.raises(ResponseError, match="exactly one result per task"):
            S3BatchOperationResponse(
                invocation_schema_version="2.0", invocation_id="i", results=results
            )
    with pytest.raises(ResponseError, match="unknown task"):
        S3BatchOperationResponse.for_event(ev, attrs.evolve(record, task_id="other"))
    two_tasks = attrs.evolve(ev, tasks=(ev.task, ev.task))
    with pytest.raises(ResponseError, match="exactly one task"):
        two_tasks.build_response()


S3_BATCH_V1_RESULT = {
    "invocationSchemaVersion": "1.0",
    "treatMissingKeysAs": "PermanentFailure",
    "invocationId": "Zm9vYmFyLWludm9jYXRpb24tMDAwMQ",
    "results": [
        {
            "taskId": "dGFzay0wMDAwMDAwMQ",
            "resultCode": "Succeeded",
            "resultString": "s3://acme-reports-eu-copy/reports/2024/Q1 summary(1).csv",
        }
    ],
}

HANDLER_CASES: list[tuple[str, str, Any]] = [
    ("s3_batch_handler", "s3-batch-schema-v1.json", S3_BATCH_V1_RESULT),
    ("s3_batch_handler", "s3-batch-schema-v2.json", load_response("s3-batch-response.json")),
]


@pytest.mark.parametrize(("module", "sample", "expected"), HANDLER_CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    result = handler(load_sample(sample), None)
    assert result == expected
    json.dumps(result)


def test_s3_batch_handler_reports_permanent_failure() -> None:
    handler = sample_handler("s3_batch_handler")
    raw = load_sample("s3-batch-schema-v2.json")
    raw["tasks"][0]["s3Key"] = ""
    (result,) = handler(raw, None)["results"]
    assert result == {
        "taskId": "dGFzay0wMDAwMDAwMg",
        "resultCode": "PermanentFailure",
        "resultString": "InvalidRequest: no key to copy from acme-media",
    }
