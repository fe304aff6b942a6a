"""AWS CodePipeline: job events, user parameters, credentials, EventBridge state changes, the
sample handler.

EventBridge state changes: the go corpus fixtures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import CodePipelineJobEvent, StructureError, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    assert_typed_detail_round_trips,
    delete_at,
    detail_params,
    load_sample,
    sample_handler,
    set_at,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "codepipeline-job.json": CodePipelineJobEvent,
    "codepipeline-job-encrypted.json": CodePipelineJobEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


JOB = "CodePipeline.job"

MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "codepipeline-job.json",
        set_at((JOB, "data", "inputArtifacts", 0, "location", "s3Location", "bucketName"), 5),
        "['CodePipeline.job'].data.inputArtifacts[0].location.s3Location.bucketName: "
        "expected a string, got int",
    ),
    (
        "codepipeline-job-encrypted.json",
        delete_at((JOB, "data", "artifactCredentials", "secretAccessKey")),
        "['CodePipeline.job'].data.artifactCredentials.secretAccessKey: missing required key",
    ),
]


@pytest.mark.parametrize(("sample", "mutate", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_names_the_wire_path(
    sample: str, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    raw = load_sample(sample)
    mutate(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_codepipeline_fields_and_helpers() -> None:
    event = converter.structure(load_sample("codepipeline-job.json"), CodePipelineJobEvent)
    assert event.id == "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
    assert event.account_id == "210987654321"
    assert event.data.action_configuration.configuration.function_name == "orders-smoke-test"
    assert event.user_parameters == (
        '{"environment": "staging", "endpoints": ["/health", "/orders"], "timeoutSeconds": 20}'
    )
    assert event.decoded_user_parameters == {
        "environment": "staging",
        "endpoints": ["/health", "/orders"],
        "timeoutSeconds": 20,
    }
    assert event.input_bucket_name == "codepipeline-eu-west-1-210987654321"
    assert event.input_object_key == "orders-pipeline/BuildOutpu/release 2026-01(1).zip"
    artifact = event.find_input_artifact("BuildOutput")
    assert artifact is not None
    assert artifact.revision == "7d3f9e1c2b4a"
    assert artifact.location.type == "S3"
    assert (
        artifact.location.s3_location.key == "orders-pipeline/BuildOutpu/release+2026-01%281%29.zip"
    )
    assert event.find_input_artifact("Nope") is None
    output = event.find_output_artifact("SmokeReport")
    assert output is not None and output.revision is None
    creds = event.data.artifact_credentials
    assert creds.access_key_id == "ASIAEXAMPLEKEY7Q2W3E"
    assert creds.expiration_time == 1767261600000
    assert creds.expiration_time is not None
    assert creds.expiration_time.datetime == datetime(2026, 1, 1, 10, 0, tzinfo=timezone.utc)
    assert event.data.encryption_key is None
    assert event.data.continuation_token is None


def test_codepipeline_user_parameters_typed() -> None:
    @attrs.frozen
    class Params:
        environment: str
        endpoints: list[str]
        timeoutSeconds: int  # noqa: N815 - the pipeline author's JSON keys

    event = converter.structure(load_sample("codepipeline-job.json"), CodePipelineJobEvent)
    assert event.user_parameters_as(Params) == Params("staging", ["/health", "/orders"], 20)


def test_codepipeline_without_user_parameters() -> None:
    event = converter.structure(
        load_sample("codepipeline-job-encrypted.json"), CodePipelineJobEvent
    )
    assert event.user_parameters is None
    assert event.decoded_user_parameters == {}
    assert event.data.encryption_key is not None
    assert event.data.encryption_key.type == "KMS"
    assert event.data.continuation_token == "c2Vjb25kLXBhc3MtY29udGludWF0aW9u"
    assert event.find_output_artifact("SmokeReport") is None


def test_codepipeline_plain_text_user_parameters_fail_clearly_when_decoded() -> None:
    raw = load_sample("codepipeline-job.json")
    raw[JOB]["data"]["actionConfiguration"]["configuration"]["UserParameters"] = (
        "https://example.org"
    )
    event = assert_round_trip(raw, CodePipelineJobEvent)
    assert event.user_parameters == "https://example.org"
    with pytest.raises(StructureError, match="not valid JSON"):
        _ = event.decoded_user_parameters


def test_codepipeline_credentials_redacted() -> None:
    event = converter.structure(load_sample("codepipeline-job.json"), CodePipelineJobEvent)
    text = repr(event)
    assert "ExampleSecretKeyDoNotUse" not in text
    assert "sessionTOKEN" not in text
    assert "secret_access_key='***'" in text
    assert "ASIAEXAMPLEKEY7Q2W3E" in text


def test_codepipeline_handler() -> None:
    out = sample_handler("codepipeline_job")(load_sample("codepipeline-job.json"), None)
    assert out == {
        "statusCode": 200,
        "body": "Processed job a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d "
        "from bucket codepipeline-eu-west-1-210987654321",
        "environment": "staging",
        "inputKey": "orders-pipeline/BuildOutpu/release 2026-01(1).zip",
    }
    out = sample_handler("codepipeline_job")(load_sample("codepipeline-job-encrypted.json"), None)
    assert out["environment"] == "dev"


DETAILS: dict[str, str] = {
    "go/codepipeline-execution-state-change-event.json": "CodePipelineExecutionStateChangeDetail",
    "go/codepipeline-execution-stage-change-event.json": (
        "CodePipelineStageExecutionStateChangeDetail"
    ),
    "go/codepipeline-action-execution-stage-change-event.json": (
        "CodePipelineActionExecutionStateChangeDetail"
    ),
}


@pytest.mark.parametrize(("rel", "name"), detail_params(DETAILS))
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    assert_typed_detail_round_trips(rel, name)
