"""Powertools idioms that work unchanged, or fail loudly saying what to write instead."""

from __future__ import annotations

import json
import warnings
from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import converter
from lambda_events.testing import cloudformation_custom_resource_event, sqs_event

from ._support import load_sample


def _rest(**changes: Any) -> dict[str, Any]:
    raw = load_sample("apigw-rest-proxy.json")
    raw.update(changes)
    return raw


# ------------------------------------------------------------------ HTTP helpers


@pytest.mark.parametrize("variant", ["null", "absent", "empty"])
@pytest.mark.parametrize("cls", [le.APIGatewayProxyEvent, le.ALBEvent])
def test_headers_are_never_none_and_round_trip_as_they_came(cls: type, variant: str) -> None:
    name = "apigw-rest-proxy.json" if cls is le.APIGatewayProxyEvent else "alb-request.json"
    raw = load_sample(name)
    if variant == "null":
        raw["headers"] = raw["multiValueHeaders"] = None
    elif variant == "absent":
        raw.pop("headers", None)
        raw.pop("multiValueHeaders", None)
    else:
        raw["headers"] = {}
    event = converter.structure(raw, cls)
    assert event.headers.get("accept") is None
    assert event.get_header_value("Accept", "none") == "none"
    assert converter.unstructure(event) == raw


def test_query_string_value_takes_powertools_keywords() -> None:
    event = converter.structure(_rest(), le.APIGatewayProxyEvent)
    page: str = event.get_query_string_value("page", default_value="1")
    assert page == "1"
    assert event.get_query_string_value("page", "2") == "2"
    assert event.get_query_string_value("tag", default_value="x") == "urgent"
    assert event.get_multi_value_query_string_values("nope", default_values=["a"]) == ("a",)
    v2 = converter.structure(load_sample("apigw-http-v2.json"), le.APIGatewayProxyEventV2)
    assert v2.get_query_string_value("nope", default_value="d") == "d"


def test_get_header_value_any_case_unless_case_sensitive() -> None:
    event = converter.structure(_rest(), le.APIGatewayProxyEvent)
    assert event.get_header_value("accept") == event.headers["Accept"]
    assert event.get_header_value("accept", case_sensitive=True) is None
    assert event.get_header_value("Accept", case_sensitive=True) == event.headers["Accept"]


def test_decoded_body_is_none_without_a_body() -> None:
    event = converter.structure(_rest(body=None), le.APIGatewayProxyEvent)
    assert event.decoded_body is None and event.json_body is None


def test_bad_json_body_is_a_json_decode_error_too() -> None:
    event = converter.structure(_rest(body="{nope", isBase64Encoded=False), le.APIGatewayProxyEvent)
    with pytest.raises(json.JSONDecodeError) as info:
        _ = event.json_body
    error = info.value
    assert isinstance(error, le.LambdaEventsError)
    assert isinstance(error, le.StructureError) and isinstance(error, le.ContentError)
    assert str(error).startswith("body: not valid JSON") and error.pos == 1


def test_raw_event_and_dict_style_access() -> None:
    raw = _rest()
    event = converter.structure(raw, le.APIGatewayProxyEvent)
    assert event.raw_event == raw
    assert event["httpMethod"] == raw["httpMethod"]
    assert event.get("nope", 3) == 3
    assert event.request_context["requestId"] == raw["requestContext"]["requestId"]


# ---------------------------------------------------------- construction and frozen


def test_class_of_raw_fails_with_the_way_to_go() -> None:
    raw = load_sample("sqs.json")
    with pytest.raises(TypeError, match=r"SQSEvent.from_dict\(raw\)"):
        le.SQSEvent(raw)  # type: ignore[call-arg]
    assert le.SQSEvent.from_dict(raw) == converter.structure(raw, le.SQSEvent)


def test_setting_a_field_says_how_to_change_a_frozen_event() -> None:
    event = converter.structure(load_sample("cognito-pre-sign-up.json"), le.PreSignUpTriggerEvent)
    with pytest.raises(attrs.exceptions.FrozenInstanceError, match=r"attrs\.evolve\(event"):
        event.response.auto_confirm_user = True  # type: ignore[misc]


def test_sequences_are_stored_as_tuples_and_a_bare_str_is_rejected() -> None:
    details = le.ClaimsOverrideDetails(claims_to_suppress=["email_verified"])
    assert details.claims_to_suppress == ("email_verified",)
    with pytest.raises(le.ResponseError, match=r"claims_to_suppress \(claimsToSuppress\)"):
        le.ClaimsOverrideDetails(claims_to_suppress="email")


def test_custom_resource_data_must_be_json() -> None:
    event = cloudformation_custom_resource_event()
    with pytest.raises(le.ResponseError, match="not JSON-serialisable"):
        le.CloudFormationCustomResourceResponse.success(event, data={"k": object()})


# ----------------------------------------------------------------------- responses


def test_authorizer_v2_takes_authorize() -> None:
    response = le.APIGatewayAuthorizerResponseV2(authorize=True, context={"name": "Foo"})
    assert response.asdict() == {"isAuthorized": True, "context": {"name": "Foo"}}
    assert le.APIGatewayAuthorizerResponseV2(authorize=False).asdict() == {"isAuthorized": False}
    with pytest.raises(le.ResponseError):
        le.APIGatewayAuthorizerResponseV2(is_authorized=True, authorize=False)


@pytest.mark.parametrize(
    ("cls", "resource"),
    [
        (le.APIGatewayAuthorizerResponse, "arn:aws:execute-api:us-east-1:1:a/s/*/*"),
        (le.APIGatewayAuthorizerResponseWebSocket, "arn:aws:execute-api:us-east-1:1:a/s/*"),
    ],
)
def test_authorizer_powertools_constructor_builds_and_dropped_routes_fail_loudly(
    cls: Any, resource: str
) -> None:
    policy = cls("user", "us-east-1", "1", "a", "s", {"user": "example"})
    policy.allow_all_routes()  # the Powertools idiom: the returned policy is dropped
    with pytest.raises(le.ResponseError, match=r"policy = policy\.allow_all_routes\(\)"):
        policy.asdict()
    kept = cls(principal_id="user", region="us-east-1", aws_account_id="1", api_id="a", stage="s")
    out = kept.allow_all_routes().asdict()
    assert out["policyDocument"]["Statement"][0]["Resource"] == [resource]
    assert policy.allow_all_routes().asdict()["context"] == {"user": "example"}


def test_authorizer_powertools_constructor_checks_its_arguments() -> None:
    with pytest.raises(TypeError, match=r"^APIGatewayAuthorizerResponse: missing 3 required"):
        le.APIGatewayAuthorizerResponse("user", "us-east-1")  # type: ignore[call-arg]
    arguments = {"usage_identifier_key": "key", "partition": "aws-cn"}
    policy = le.APIGatewayAuthorizerResponse("u", "cn-north-1", "1", "a", "s", None, **arguments)
    out = policy.deny_all_routes().asdict()
    assert out["usageIdentifierKey"] == "key"
    assert out["policyDocument"]["Statement"][0]["Resource"][0].startswith("arn:aws-cn:")


def test_firehose_empty_response_explains_frozen_add_record() -> None:
    with pytest.raises(le.ResponseError, match=r"records=records"):
        le.KinesisFirehoseDataTransformationResponse()


def test_firehose_record_accessors_are_properties_as_in_powertools() -> None:
    event = converter.structure(load_sample("firehose-direct-put.json"), le.KinesisFirehoseEvent)
    record = event.records[0]
    assert record.data_as_text == "GET /health 200 3ms"
    assert record.data_as_bytes == b"GET /health 200 3ms"
    answer = record.build_data_transformation_response(data={"a": 1})
    assert answer.data_as_json == {"a": 1} and answer.data_as_text == '{"a":1}'


def test_codepipeline_get_id() -> None:
    event = converter.structure(load_sample("codepipeline-job.json"), le.CodePipelineJobEvent)
    assert event.get_id == event.id


def test_to_json_dict_is_typed_unstructure() -> None:
    event = sqs_event(["x"])
    out: dict[str, Any] = le.to_json_dict(event)
    assert out == converter.unstructure(event)


# ---------------------------------------------------------------------- decorator


def test_decorator_takes_an_instance_and_unstructures_nested_responses() -> None:
    @le.event_source(le.SQSEvent)
    def handler(event: le.SQSEvent, context: object) -> dict[str, Any]:
        failed = le.PartialBatchResponse.from_failed_records(event.records[:1])
        return {"result": failed, "all": [failed]}

    event = sqs_event(["a", "b"])
    expected = {"batchItemFailures": [{"itemIdentifier": event.records[0].message_id}]}
    assert handler(event, None) == {"result": expected, "all": [expected]}
    assert handler(converter.unstructure(event), None) == {"result": expected, "all": [expected]}


def test_decorator_errors_start_with_the_class() -> None:
    @le.event_source(le.SQSEvent)
    def handler(event: le.SQSEvent, context: object) -> None:
        return None

    with pytest.raises(le.StructureError, match=r"^SQSEvent: Records"):
        handler({"Records": [{}]}, None)


def test_decorator_warns_when_a_custom_resource_response_is_returned() -> None:
    @le.event_source(le.CloudFormationCustomResourceEvent)
    def handler(event: le.CloudFormationCustomResourceEvent, context: object) -> Any:
        return le.CloudFormationCustomResourceResponse.success(event)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = handler(cloudformation_custom_resource_event(), None)
    assert out["Status"] == "SUCCESS"
    assert "send_custom_resource_response" in str(caught[0].message)


def test_appsync_get_header_value() -> None:
    event = converter.structure(
        load_sample("appsync-resolver-direct.json"), le.AppSyncResolverEvent
    )
    name = next(iter(event.request_headers))
    assert event.get_header_value(name.upper()) == event.request_headers[name]
    assert event.get_header_value("nope", "d") == "d"


# ------------------------------------------- what Powertools returns, never a silent change


def test_s3_keys_read_decoded_as_in_powertools_and_travel_as_sent() -> None:
    raw = load_sample("s3-eventbridge-object-created.json")
    event = converter.structure(raw, le.S3EventBridgeNotificationEvent)
    obj = event.detail.object
    assert obj.key == obj.decoded_key == "videos/2026/launch day(1).mp4"
    assert obj.encoded_key == raw["detail"]["object"]["key"] == "videos/2026/launch+day%281%29.mp4"
    assert obj["key"] == obj.encoded_key and event.raw_event == raw
    built = le.S3EventBridgeNotificationObject(encoded_key="a+b%21")
    assert (built.key, built.asdict()) == ("a b!", {"key": "a+b%21"})

    raw = load_sample("s3-batch-schema-v1.json")
    task = converter.structure(raw, le.S3BatchOperationEvent).task
    assert task.s3_key == task.decoded_key == "reports/2024/Q1 summary(1).csv"
    assert task.encoded_key == raw["tasks"][0]["s3Key"]
    assert converter.unstructure(task) == raw["tasks"][0]


def test_firehose_record_answer_takes_base64_text_as_powertools_does() -> None:
    record = converter.structure(
        load_sample("firehose-direct-put.json"), le.KinesisFirehoseEvent
    ).records[0]
    assert record.build_data_transformation_response("Dropped", "aGk=").data == b"hi"
    assert record.build_data_transformation_response(data=b"aGk=").data == b"aGk="
    assert record.build_data_transformation_response(data={"a": 1}).data == b'{"a":1}'
    assert record.build_data_transformation_response().asdict()["data"] == ""
    with pytest.raises(le.ResponseError, match=r"not base64: .*data=text\.encode\(\)"):
        record.build_data_transformation_response(data="plain text")


def test_authorizer_get_context_keeps_keys_sent_as_null() -> None:
    raw = load_sample("apigw-rest-proxy.json")
    raw["requestContext"]["authorizer"] = {"principalId": None, "tenant": "t1", "plan": None}
    event = converter.structure(raw, le.APIGatewayProxyEvent)
    assert event.request_context.authorizer is not None
    context = event.request_context.authorizer.get_context()
    assert context == {"principalId": None, "tenant": "t1", "plan": None}


def test_appsync_authorizer_response_takes_powertools_keywords() -> None:
    response = le.AppSyncAuthorizerResponse(
        authorize=True, max_age=60, resolver_context={"id": "u-1"}, deny_fields=["Mutation.x"]
    )
    expected = {
        "isAuthorized": True,
        "ttlOverride": 60,
        "deniedFields": ["Mutation.x"],
        "resolverContext": {"id": "u-1"},
    }
    assert response.asdict() == expected
    assert le.AppSyncAuthorizerResponse(True, 60, {"id": "u-1"}, ["Mutation.x"]) == response
    empties = le.AppSyncAuthorizerResponse(authorize=True, resolver_context={}, deny_fields=[])
    assert empties.asdict() == {"isAuthorized": True}  # Powertools leaves empty ones out
    assert le.AppSyncAuthorizerResponse(True, None, {}, ()) == empties
    raw = {"isAuthorized": True, "deniedFields": [], "resolverContext": {}}
    assert converter.structure(raw, le.AppSyncAuthorizerResponse).asdict() == raw  # as sent
    assert attrs.evolve(response, ttl_override=0).ttl_override == 0
    with pytest.raises(le.ResponseError, match="give is_authorized or authorize, not both"):
        le.AppSyncAuthorizerResponse(is_authorized=True, authorize=True)
    with pytest.raises(le.ResponseError, match="ttlOverride"):
        le.AppSyncAuthorizerResponse(max_age=99999)


def test_models_read_as_a_mapping_over_the_wire_dict() -> None:
    raw = load_sample("sqs.json")
    event = converter.structure(raw, le.SQSEvent)
    assert "Records" in event and "nope" not in event and 0 not in event
    assert list(event) == list(event.keys()) == list(raw) and len(event) == len(raw)
    assert dict(event) == raw and dict(event.items()) == raw
    assert list(event.values()) == list(raw.values())
    record = event.records[0]
    assert "messageId" in record and dict(record) == raw["Records"][0]
    assert bool(converter.structure({}, le.ScheduledEventDetail))  # no keys, still an object
    with pytest.raises(le.ResponseError, match="expected a list, got SQSRecord"):
        le.SQSEvent(records=record)  # type: ignore[arg-type]
