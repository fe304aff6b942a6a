"""Issue 5, second half: responses (golden JSON, invalid values) and the sample handlers."""

from __future__ import annotations

import importlib
import json
from typing import Any

import attrs
import pytest

from lambda_events import (
    BedrockAgentApiResponse,
    BedrockAgentEvent,
    BedrockAgentFunctionEvent,
    BedrockAgentFunctionResponse,
    BedrockAgentFunctionResult,
    BedrockAgentResponse,
    BedrockAgentResponseContent,
    LambdaEventsError,
    ResponseError,
    S3BatchOperationEvent,
    S3BatchOperationResponse,
    S3BatchOperationResponseRecord,
    S3BatchOperationResultCode,
    TransferFamilyAuthorizerResponse,
    TransferFamilyHomeDirectoryMapping,
    TransferFamilyHomeDirectoryType,
    TransferFamilyPosixProfile,
    converter,
)

from ._support import assert_round_trip, assert_same_json, load_response, load_sample

ROLE = "arn:aws:iam::210987654321:role/TransferS3Access"


def _batch_event(name: str = "s3-batch-schema-v2.json") -> S3BatchOperationEvent:
    return converter.structure(load_sample(name), S3BatchOperationEvent)


# ---------------------------------------------------------------- S3 Batch response


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


# ---------------------------------------------------------- Transfer Family response


def test_transfer_s3_path_golden() -> None:
    policy = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
    }
    response = TransferFamilyAuthorizerResponse.for_s3(
        ROLE,
        home_directory="/acme-sftp/home/jdoe",
        policy=json.dumps(policy, separators=(",", ":")),
    )
    assert_same_json(
        converter.unstructure(response), load_response("transfer-family-response-s3-path.json")
    )
    from_dict = TransferFamilyAuthorizerResponse.for_s3(
        ROLE, home_directory="/acme-sftp/home/jdoe", policy=policy
    )
    assert from_dict.policy is not None and json.loads(from_dict.policy) == policy


def test_transfer_s3_logical_golden() -> None:
    response = TransferFamilyAuthorizerResponse.for_s3(
        ROLE,
        home_directory_details=[
            {"Entry": "/", "Target": "/acme-sftp/home/build-bot"},
            TransferFamilyHomeDirectoryMapping(entry="/shared", target="/acme-sftp/shared"),
        ],
        public_keys=["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly build-bot"],
    )
    wire = converter.unstructure(response)
    assert_same_json(wire, load_response("transfer-family-response-s3-logical.json"))
    assert isinstance(wire["HomeDirectoryDetails"], str)  # a JSON string, as AWS expects
    assert json.loads(wire["HomeDirectoryDetails"]) == [
        {"Entry": "/", "Target": "/acme-sftp/home/build-bot"},
        {"Entry": "/shared", "Target": "/acme-sftp/shared"},
    ]
    assert response.home_directory_type is TransferFamilyHomeDirectoryType.LOGICAL


def test_transfer_efs_golden() -> None:
    response = TransferFamilyAuthorizerResponse.for_efs(
        "arn:aws:iam::210987654321:role/TransferEfsAccess",
        uid=2001,
        gid=2000,
        secondary_gids=[2100, 2200],
        home_directory="/fs-0a1b2c3d4e5f67890/home/jdoe",
    )
    assert_same_json(
        converter.unstructure(response), load_response("transfer-family-response-efs.json")
    )
    plain = TransferFamilyAuthorizerResponse.for_efs(ROLE, uid=1, gid=2, home_directory="/fs-1/h")
    assert converter.unstructure(plain)["PosixProfile"] == {"Uid": 1, "Gid": 2}


def test_transfer_deny_is_empty() -> None:
    deny = TransferFamilyAuthorizerResponse.deny()
    assert deny.is_deny
    assert converter.unstructure(deny) == {}
    assert converter.structure({}, TransferFamilyAuthorizerResponse) == deny


@pytest.mark.parametrize(
    "name",
    [
        "transfer-family-response-s3-path.json",
        "transfer-family-response-s3-logical.json",
        "transfer-family-response-efs.json",
    ],
)
def test_transfer_responses_structure_back(name: str) -> None:
    obj = assert_round_trip(load_response(name), TransferFamilyAuthorizerResponse)
    assert not obj.is_deny


def test_transfer_response_reads_mapping_objects() -> None:
    obj = converter.structure(
        load_response("transfer-family-response-s3-logical.json"), TransferFamilyAuthorizerResponse
    )
    assert obj.home_directory_details == (
        TransferFamilyHomeDirectoryMapping(entry="/", target="/acme-sftp/home/build-bot"),
        TransferFamilyHomeDirectoryMapping(entry="/shared", target="/acme-sftp/shared"),
    )
    efs = converter.structure(
        load_response("transfer-family-response-efs.json"), TransferFamilyAuthorizerResponse
    )
    assert efs.posix_profile == TransferFamilyPosixProfile(
        uid=2001, gid=2000, secondary_gids=(2100, 2200)
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"role": ROLE, "home_directory_type": "PATH"}, "PATH needs a HomeDirectory"),
        ({"role": ROLE, "home_directory_type": "LOGICAL"}, "LOGICAL needs HomeDirectoryDetails"),
        (
            {"role": ROLE, "home_directory_type": "LOGICAL", "home_directory_details": ()},
            "LOGICAL needs",
        ),
        (
            {
                "role": ROLE,
                "home_directory_type": "LOGICAL",
                "home_directory": "/b/h",
                "home_directory_details": (
                    TransferFamilyHomeDirectoryMapping(entry="/", target="/b"),
                ),
            },
            "cannot be combined",
        ),
        (
            {
                "role": ROLE,
                "home_directory_type": "PATH",
                "home_directory": "/b/h",
                "home_directory_details": (
                    TransferFamilyHomeDirectoryMapping(entry="/", target="/b"),
                ),
            },
            "needs HomeDirectoryType LOGICAL",
        ),
        (
            {"role": ROLE, "home_directory_type": "VIRTUAL", "home_directory": "/b"},
            "PATH or LOGICAL",
        ),
        ({"home_directory": "/b/h", "home_directory_type": "PATH"}, "Role is required"),
        ({"role": "TransferS3Access", "home_directory": "/b/h"}, "IAM role ARN"),
        (
            {"role": ROLE, "home_directory": "b/h", "home_directory_type": "PATH"},
            "must be absolute",
        ),
    ],
)
def test_transfer_invalid_responses(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ResponseError, match=message):
        TransferFamilyAuthorizerResponse(**kwargs)


def test_transfer_builder_rejects_bad_mappings() -> None:
    with pytest.raises(ResponseError, match="needs 'Target'"):
        TransferFamilyAuthorizerResponse.for_s3(ROLE, home_directory_details=[{"Entry": "/"}])
    with pytest.raises(ResponseError, match="unknown keys"):
        TransferFamilyAuthorizerResponse.for_s3(
            ROLE, home_directory_details=[{"Entry": "/", "Target": "/b", "target": "/c"}]
        )
    with pytest.raises(ResponseError, match="PATH needs a HomeDirectory"):
        TransferFamilyAuthorizerResponse.for_s3(ROLE)


# ------------------------------------------------------------------ Bedrock responses


def test_bedrock_openapi_response_golden() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-get.json"), BedrockAgentEvent)
    response = BedrockAgentResponse.for_event(ev, {"orderId": "1001", "status": "shipped"})
    assert_same_json(converter.unstructure(response), load_response("bedrock-agent-response.json"))
    assert_round_trip(load_response("bedrock-agent-response.json"), BedrockAgentResponse)
    back = converter.structure(load_response("bedrock-agent-response.json"), BedrockAgentResponse)
    assert back == response


def test_bedrock_openapi_response_text_status_and_attributes() -> None:
    ev = converter.structure(load_sample("bedrock-agent-openapi-post.json"), BedrockAgentEvent)
    response = BedrockAgentResponse.for_event(
        ev,
        "order not found",
        status_code=404,
        content_type="text/plain",
        session_attributes={"lastOrder": "1002"},
    )
    assert converter.unstructure(response) == {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": "OrderLookup",
            "apiPath": "/orders/cancel",
            "httpMethod": "POST",
            "httpStatusCode": 404,
            "responseBody": {"text/plain": {"body": "order not found"}},
        },
        "sessionAttributes": {"lastOrder": "1002"},
        "promptSessionAttributes": {"channel": "web"},
    }


def test_bedrock_openapi_response_without_session_attributes_omits_them() -> None:
    raw = load_sample("bedrock-agent-openapi-get.json")
    del raw["sessionAttributes"], raw["promptSessionAttributes"]
    ev = converter.structure(raw, BedrockAgentEvent)
    wire = converter.unstructure(BedrockAgentResponse.for_event(ev, {"ok": True}))
    assert set(wire) == {"messageVersion", "response"}
    assert wire["response"]["responseBody"] == {"application/json": {"body": '{"ok": true}'}}


def test_bedrock_function_response_golden() -> None:
    ev = converter.structure(load_sample("bedrock-agent-function.json"), BedrockAgentFunctionEvent)
    response = BedrockAgentFunctionResponse.for_event(ev, "Table for 4 booked at 19:30")
    assert_same_json(
        converter.unstructure(response), load_response("bedrock-agent-function-response.json")
    )
    raw = load_response("bedrock-agent-function-response.json")
    assert converter.structure(raw, BedrockAgentFunctionResponse) == response
    assert_round_trip(raw, BedrockAgentFunctionResponse)


def test_bedrock_function_response_state_and_knowledge_bases() -> None:
    ev = converter.structure(load_sample("bedrock-agent-function.json"), BedrockAgentFunctionEvent)
    kb = {
        "knowledgeBaseId": "KB12345678",
        "retrievalConfiguration": {"vectorSearchConfiguration": {"numberOfResults": 3}},
    }
    response = BedrockAgentFunctionResponse.for_event(
        ev,
        {"missing": ["time"]},
        response_state="REPROMPT",
        session_attributes={},
        knowledge_bases_configuration=[kb],
    )
    assert converter.unstructure(response) == {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": "Reservations",
            "function": "bookTable",
            "functionResponse": {
                "responseBody": {"TEXT": {"body": '{"missing": ["time"]}'}},
                "responseState": "REPROMPT",
            },
        },
        "sessionAttributes": {},
        "promptSessionAttributes": {},
        "knowledgeBasesConfiguration": [kb],
    }


def test_bedrock_invalid_responses() -> None:
    body = {"application/json": BedrockAgentResponseContent(body="{}")}
    api: dict[str, Any] = {"action_group": "g", "api_path": "/p", "http_method": "GET"}
    for status in (99, 600, True):
        with pytest.raises(ResponseError, match="httpStatusCode"):
            BedrockAgentApiResponse(**api, http_status_code=status, response_body=body)
    with pytest.raises(ResponseError, match="at least one non-empty content type"):
        BedrockAgentApiResponse(**api, http_status_code=200, response_body={})
    ok = BedrockAgentApiResponse(**api, http_status_code=200, response_body=body)
    with pytest.raises(ResponseError, match="messageVersion"):
        BedrockAgentResponse(message_version="2.0", response=ok)
    text = {"TEXT": BedrockAgentResponseContent(body="hi")}
    with pytest.raises(ResponseError, match="responseState must be FAILURE or REPROMPT"):
        BedrockAgentFunctionResult(response_body=text, response_state="RETRY")
    with pytest.raises(ResponseError, match="one content type, TEXT"):
        BedrockAgentFunctionResult(response_body={"application/json": text["TEXT"]})
    ev = converter.structure(load_sample("bedrock-agent-openapi-get.json"), BedrockAgentEvent)
    with pytest.raises(ResponseError, match="must be text"):
        BedrockAgentResponse.for_event(ev, {"a": 1}, content_type="text/plain")


# -------------------------------------------------------------------- sample handlers


class _FakeS3:
    def __init__(self) -> None:
        self.written: list[tuple[bytes, str, str]] = []

    def fetch(self, url: str) -> bytes:
        assert url.startswith("https://orders-ap-210987654321.s3-accesspoint.eu-west-1")
        return b'{"order": 1001, "email": "a@example.com"}'

    def write(self, body: bytes, route: str, token: str) -> None:
        self.written.append((body, route, token))


def test_s3_object_lambda_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("samples.handlers.s3_object_lambda_handler")
    fake = _FakeS3()
    monkeypatch.setattr(module, "fetch", fake.fetch)
    monkeypatch.setattr(module, "write_get_object_response", fake.write)
    result = module.lambda_handler(load_sample("s3-object-lambda-get-object.json"), None)
    assert result == {"status_code": 200}
    assert fake.written == [
        (b'{"ORDER": 1001, "EMAIL": "A@EXAMPLE.COM"}', "io-dub-cell003", "b3V0cHV0LXRva2VuLTEwMDE=")
    ]


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
    (
        "transfer_family_handler",
        "transfer-family-password.json",
        {
            "HomeDirectoryDetails": '[{"Entry":"/","Target":"/acme-sftp/home/jdoe"}]',
            "Role": ROLE,
            "HomeDirectoryType": "LOGICAL",
        },
    ),
    (
        "transfer_family_handler",
        "transfer-family-key.json",
        {
            "HomeDirectory": "/fs-0a1b2c3d4e5f67890/home/build-bot",
            "PosixProfile": {"Uid": 3001, "Gid": 3000},
            "PublicKeys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly build-bot"],
            "Role": "arn:aws:iam::210987654321:role/TransferEfsAccess",
            "HomeDirectoryType": "PATH",
        },
    ),
    (
        "bedrock_agent_handler",
        "bedrock-agent-openapi-get.json",
        load_response("bedrock-agent-response.json"),
    ),
    (
        "bedrock_agent_function_handler",
        "bedrock-agent-function.json",
        load_response("bedrock-agent-function-response.json"),
    ),
    (
        "cloudwatch_alarm_handler",
        "cloudwatch-alarm-metric.json",
        {
            "name": "orders-api-5xx",
            "arn": "arn:aws:cloudwatch:ap-southeast-2:210987654321:alarm:orders-api-5xx",
            "state": "ALARM",
            "since": "2024-06-11T03:20:41.912000+00:00",
            "urgent": True,
            "triggered_by": ["a1b2c3d4-0000-4000-8000-000000000001"],
        },
    ),
    (
        "cloudwatch_alarm_handler",
        "cloudwatch-alarm-composite.json",
        {
            "name": "storefront-degraded",
            "arn": "arn:aws:cloudwatch:eu-central-1:210987654321:alarm:storefront-degraded",
            "state": "ALARM",
            "since": "2024-06-13T09:45:12.004000+00:00",
            "urgent": False,
            "triggered_by": [
                "arn:aws:cloudwatch:eu-central-1:210987654321:alarm:storefront-latency"
            ],
        },
    ),
    (
        "cloudwatch_dashboard_handler",
        "cloudwatch-dashboard-describe.json",
        {
            "markdown": "## Time range widget\nShows the dashboard's time range. No parameters.",
        },
    ),
    (
        "cloudwatch_dashboard_handler",
        "cloudwatch-dashboard-widget.json",
        {
            "title": "Custom Widget widget-7",
            "markdown": "Dashboard: orders-overview\n\n"
            "Time Range: 2024-06-11T08:00:00+00:00 to 2024-06-12T08:00:00+00:00\n\nTheme: dark",
        },
    ),
    (
        "iot_thing_handler",
        "iot-thing.json",
        {
            "event_type": "THING_EVENT",
            "operation": "UPDATED",
            "subject": "pump-station-12",
            "at": "2024-06-12T08:00:00.123000+00:00",
        },
    ),
    (
        "iot_thing_type_handler",
        "iot-thing-type.json",
        {
            "event_type": "THING_TYPE_EVENT",
            "operation": "UPDATED",
            "subject": "WaterPump",
            "at": "2024-06-12T08:01:40.456000+00:00",
        },
    ),
    (
        "iot_thing_type_association_handler",
        "iot-thing-type-association.json",
        {
            "event_type": "THING_TYPE_ASSOCIATION_EVENT",
            "operation": "REMOVED",
            "subject": "pump-station-12",
            "at": "2024-06-12T08:03:20.789000+00:00",
        },
    ),
    (
        "iot_thing_group_handler",
        "iot-thing-group.json",
        {
            "event_type": "THING_GROUP_EVENT",
            "operation": "CREATED",
            "subject": "north-pumps",
            "at": "2024-06-12T08:05:00+00:00",
        },
    ),
    (
        "iot_thing_group_membership_handler",
        "iot-thing-group-membership.json",
        {
            "event_type": "THING_GROUP_MEMBERSHIP_EVENT",
            "operation": "ADDED",
            "subject": "4c8e2a10-5b7d-4f3e-9a1c-6d2b8e0f4a7c",
            "at": "2024-06-12T08:06:40+00:00",
        },
    ),
    (
        "iot_thing_group_hierarchy_handler",
        "iot-thing-group-hierarchy.json",
        {
            "event_type": "THING_GROUP_HIERARCHY_EVENT",
            "operation": "REMOVED",
            "subject": "north-pumps",
            "at": "2024-06-12T08:08:20+00:00",
        },
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), HANDLER_CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = importlib.import_module(f"samples.handlers.{module}").lambda_handler
    result = handler(load_sample(sample), None)
    assert result == expected
    json.dumps(result)


def test_transfer_handler_denies_wrong_password_and_unknown_key_user() -> None:
    handler = importlib.import_module("samples.handlers.transfer_family_handler").lambda_handler
    wrong = {**load_sample("transfer-family-password.json"), "password": "guess"}
    assert handler(wrong, None) == {}
    stranger = {**load_sample("transfer-family-key.json"), "username": "mallory"}
    assert handler(stranger, None) == {}


def test_bedrock_handlers_other_branches() -> None:
    openapi = importlib.import_module("samples.handlers.bedrock_agent_handler").lambda_handler
    result = openapi(load_sample("bedrock-agent-openapi-post.json"), None)
    assert result["response"]["responseBody"] == {
        "application/json": {"body": '{"orderId": "1002", "cancelled": true}'}
    }
    function = importlib.import_module("samples.handlers.bedrock_agent_function_handler")
    raw = {**load_sample("bedrock-agent-function.json"), "parameters": []}
    reprompt = function.lambda_handler(raw, None)["response"]["functionResponse"]
    assert reprompt == {
        "responseBody": {"TEXT": {"body": "How many people is the booking for?"}},
        "responseState": "REPROMPT",
    }


def test_s3_batch_handler_reports_permanent_failure() -> None:
    handler = importlib.import_module("samples.handlers.s3_batch_handler").lambda_handler
    raw = load_sample("s3-batch-schema-v2.json")
    raw["tasks"][0]["s3Key"] = ""
    (result,) = handler(raw, None)["results"]
    assert result == {
        "taskId": "dGFzay0wMDAwMDAwMg",
        "resultCode": "PermanentFailure",
        "resultString": "InvalidRequest: no key to copy from acme-media",
    }
