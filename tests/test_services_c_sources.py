"""Issue 15 sources: CodeCommit, Lex V1/V2, CloudFront, Kinesis Analytics, IoT, Cognito Sync
and inbound federation, Client VPN, Lambda destinations.

AWS documentation behind the samples:
- CodeCommit: "Example: Create an AWS CodeCommit trigger for an AWS Lambda function"
  (https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html)
- Lex V1: https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
- Lex V2: https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html and
  https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
- CloudFront: "Lambda@Edge event structure"
  (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html)
- Kinesis Analytics: "Preprocessing data using a Lambda function" and "Using a Lambda
  function as output" (Amazon Kinesis Data Analytics for SQL applications developer guide)
- IoT: https://docs.aws.amazon.com/iot/latest/developerguide/custom-auth-lambda.html and
  "Pre-provisioning hooks" (https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html)
- Cognito Sync: "Amazon Cognito Sync triggers"; inbound federation: the Cognito user pool
  inbound federation Lambda trigger page
- Client VPN: https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
- Lambda destinations: "Capturing records of Lambda asynchronous invocations"
  (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import (
    ClientVPNConnectionHandlerEvent,
    ClientVPNConnectionHandlerResponse,
    CloudFrontRequestEvent,
    CloudFrontResponse,
    CloudFrontResponseEvent,
    CodeCommitEvent,
    CognitoSyncTriggerEvent,
    ContentError,
    InboundFederationTriggerEvent,
    IoTButtonEvent,
    IoTCustomAuthorizerEvent,
    IoTCustomAuthorizerResponse,
    IoTPreProvisioningHookEvent,
    IoTPreProvisioningHookResponse,
    KinesisAnalyticsInputPreprocessingEvent,
    KinesisAnalyticsInputPreprocessingResponse,
    KinesisAnalyticsOutputDeliveryEvent,
    KinesisAnalyticsOutputDeliveryResponse,
    LambdaDestinationEvent,
    LexEvent,
    LexResponse,
    LexV2Event,
    LexV2Response,
    ResponseError,
    SQSEvent,
    converter,
    structure_cognito_trigger,
)
from lambda_events.testing import sqs_event

from ._support import assert_round_trip, load_response, load_sample, shared_files, structure_error

SAMPLES: dict[str, type[Any]] = {
    "codecommit-push.json": CodeCommitEvent,
    "lex-order-flowers.json": LexEvent,
    "lex-v2-book-hotel.json": LexV2Event,
    "cloudfront-viewer-request.json": CloudFrontRequestEvent,
    "cloudfront-origin-response.json": CloudFrontResponseEvent,
    "kinesis-analytics-preprocessing.json": KinesisAnalyticsInputPreprocessingEvent,
    "kinesis-analytics-output-delivery.json": KinesisAnalyticsOutputDeliveryEvent,
    "iot-custom-authorizer.json": IoTCustomAuthorizerEvent,
    "iot-pre-provisioning-hook.json": IoTPreProvisioningHookEvent,
    "iot-button.json": IoTButtonEvent,
    "cognito-sync.json": CognitoSyncTriggerEvent,
    "cognito-inbound-federation-oidc.json": InboundFederationTriggerEvent,
    "cognito-inbound-federation-saml.json": InboundFederationTriggerEvent,
    "client-vpn-connection.json": ClientVPNConnectionHandlerEvent,
    "lambda-destination-failure.json": LambdaDestinationEvent,
    "lambda-destination-kinesis.json": LambdaDestinationEvent,
}
RESPONSES: dict[str, type[Any]] = {
    "lex-response-elicit-slot.json": LexResponse,
    "lex-v2-response-close.json": LexV2Response,
    "cloudfront-generated-response.json": CloudFrontResponse,
    "kinesis-analytics-preprocessing-response.json": KinesisAnalyticsInputPreprocessingResponse,
    "kinesis-analytics-output-delivery-response.json": KinesisAnalyticsOutputDeliveryResponse,
    "iot-custom-authorizer-response.json": IoTCustomAuthorizerResponse,
    "iot-pre-provisioning-hook-response.json": IoTPreProvisioningHookResponse,
    "client-vpn-response.json": ClientVPNConnectionHandlerResponse,
}
CORPUS_CLASSES = {c.__name__ for c in (*SAMPLES.values(), *RESPONSES.values())}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_response_sample_round_trips(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CORPUS_CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_round_trip(json.loads(path.read_text()), getattr(lambda_events, cls_name))


def test_codecommit_fields() -> None:
    record = converter.structure(load_sample("codecommit-push.json"), CodeCommitEvent).records[0]
    assert record.repository_name == "orders-service"
    assert record.event_time.datetime.isoformat() == "2026-01-12T09:41:07.382000+00:00"
    assert record.codecommit.references[1].created is True


def test_lex_v1_builders_match_the_documented_response() -> None:
    answer = LexResponse.elicit_slot(
        "OrderFlowers",
        {"FlowerType": "roses", "PickupDate": "2026-02-14", "PickupTime": None},
        "PickupTime",
        "What time should we have your roses ready?",
        session_attributes={"customerTier": "gold"},
    )
    assert converter.unstructure(answer) == load_response("lex-response-elicit-slot.json")
    closed = converter.unstructure(LexResponse.close("Fulfilled", "Done"))
    assert closed["dialogAction"]["type"] == "Close"
    with pytest.raises(ResponseError, match="fulfillmentState"):
        lambda_events.LexDialogAction(type="Close")
    with pytest.raises(ResponseError, match="dialog action type"):
        lambda_events.LexDialogAction(type="Shout")


def test_lex_v2_helpers_and_close() -> None:
    event = converter.structure(load_sample("lex-v2-book-hotel.json"), LexV2Event)
    assert event.intent is not None
    assert event.intent.slot_value("Location") == "Lisbon"
    assert event.intent.slot_value("Nights") is None
    intent = attrs.evolve(event.intent, confirmation_state="Confirmed")
    intent = attrs.evolve(intent, slots={"Location": (intent.slots or {})["Location"]})
    answer = LexV2Response.close(
        intent, ["Your room in Lisbon is booked."], session_attributes={"loyaltyId": "TD-448812"}
    )
    assert converter.unstructure(answer) == load_response("lex-v2-response-close.json")
    with pytest.raises(ResponseError, match="slotToElicit"):
        lambda_events.LexV2DialogAction(type="ElicitSlot")


def test_cloudfront_request_helpers_body_and_redaction() -> None:
    event = converter.structure(
        load_sample("cloudfront-viewer-request.json"), CloudFrontRequestEvent
    )
    request = event.request
    assert request.header("cloudfront-viewer-country") == "PT"
    assert request.body is not None and json.loads(request.body.content)["qty"] == 2
    changed = request.with_header("Authorization", "Bearer s3cr3t")
    assert changed.header("authorization") == "Bearer s3cr3t"
    assert "s3cr3t" not in repr(changed)
    bad = attrs.evolve(request.body, data="not base64!")
    with pytest.raises(ContentError, match=r"CloudFrontBody\.data"):
        _ = bad.content


def test_cloudfront_generated_response() -> None:
    answer = CloudFrontResponse.redirect("https://shop.example.com/pt/").with_header(
        "Cache-Control", "max-age=300"
    )
    assert converter.unstructure(answer) == load_response("cloudfront-generated-response.json")
    assert converter.unstructure(CloudFrontResponse.generate(200, body=b"\x00"))[
        "bodyEncoding"
    ] == ("base64")
    with pytest.raises(ResponseError, match="status"):
        CloudFrontResponse(status="OK")


def test_kinesis_analytics_data_and_responses() -> None:
    event = converter.structure(
        load_sample("kinesis-analytics-preprocessing.json"), KinesisAnalyticsInputPreprocessingEvent
    )
    assert json.loads(event.records[0].data.decoded)["page"] == "/checkout"
    rec = lambda_events.KinesisAnalyticsInputPreprocessingResponseRecord
    answer = KinesisAnalyticsInputPreprocessingResponse(
        records=(
            rec.ok(event.records[0].record_id, "user-8812,/checkout,412\n"),
            rec(record_id=event.records[1].record_id, result="Dropped"),
        )
    )
    assert converter.unstructure(answer) == load_response(
        "kinesis-analytics-preprocessing-response.json"
    )
    with pytest.raises(ResponseError, match="result must be"):
        rec(record_id="1", result="Maybe")
    out = KinesisAnalyticsOutputDeliveryResponse.from_results(
        {"5f3e2d1c-0b9a-4876-9543-2e1f0d9c8b7a": "Ok"}
    )
    assert converter.unstructure(out) == load_response(
        "kinesis-analytics-output-delivery-response.json"
    )
    with pytest.raises(ResponseError, match="twice"):
        KinesisAnalyticsOutputDeliveryResponse(records=out.records * 2)


def test_iot_custom_authorizer_event_and_response() -> None:
    event = converter.structure(load_sample("iot-custom-authorizer.json"), IoTCustomAuthorizerEvent)
    mqtt = event.protocol_data.mqtt
    assert mqtt is not None and mqtt.password is not None
    assert mqtt.password.decoded == b"s3cr3t-device-key"
    assert "s3cr3t" not in repr(event) and "eyJhbGci" not in repr(event)
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Action": "iot:Connect",
                "Effect": "Allow",
                "Resource": "arn:aws:iot:eu-west-1:210987654321:client/thermo-0042",
            }
        ],
    }
    answer = IoTCustomAuthorizerResponse.allow("thermo0042", [policy], refresh_after_in_seconds=600)
    assert converter.unstructure(answer) == load_response("iot-custom-authorizer-response.json")
    assert answer.decoded_policies == (policy,)
    with pytest.raises(ResponseError, match="principalId"):
        IoTCustomAuthorizerResponse.deny("thermo-0042")
    with pytest.raises(ResponseError, match="refresh_after_in_seconds"):
        IoTCustomAuthorizerResponse.allow("a", [], refresh_after_in_seconds=5)


def test_client_vpn_response_builders() -> None:
    answer = ClientVPNConnectionHandlerResponse.deny(
        "Please update macOS to 15 or later.", posture_compliance_statuses=["os-outdated"]
    )
    assert converter.unstructure(answer) == load_response("client-vpn-response.json")
    assert converter.unstructure(ClientVPNConnectionHandlerResponse.allow_connection())["allow"]
    with pytest.raises(ResponseError, match="255"):
        ClientVPNConnectionHandlerResponse.deny("x" * 256)


def test_inbound_federation_dispatch_and_redaction() -> None:
    raw = load_sample("cognito-inbound-federation-oidc.json")
    event = structure_cognito_trigger(raw)
    assert type(event) is InboundFederationTriggerEvent
    assert event.request.attributes.user_info is not None
    assert "eyJraWQ" not in repr(event)
    answer = attrs.evolve(
        event,
        response=attrs.evolve(event.response, user_attributes_to_map={"email": "a@example.com"}),
    )
    assert converter.unstructure(answer)["response"] == {
        "userAttributesToMap": {"email": "a@example.com"}
    }


def test_cognito_sync_records() -> None:
    event = converter.structure(load_sample("cognito-sync.json"), CognitoSyncTriggerEvent)
    assert event.dataset_records["theme"].new_value == "dark"
    assert event.dataset_records["newsletter"].op == "remove"


def test_lambda_destination_as_an_sqs_payload() -> None:
    raw = load_sample("lambda-destination-failure.json")
    event = converter.structure(raw, LambdaDestinationEvent)
    assert not event.is_success and event.error_message == "card declined: insufficient funds"
    batch = converter.unstructure(sqs_event(bodies=[json.dumps(raw)]))
    typed = converter.structure(batch, SQSEvent[LambdaDestinationEvent])
    assert typed.records[0].body == event
    stream = converter.structure(
        load_sample("lambda-destination-kinesis.json"), LambdaDestinationEvent
    )
    assert stream.kinesis_batch_info is not None and stream.kinesis_batch_info.batch_size == 2


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "codecommit-push.json",
            ("Records", 0, "eventPartNumber"),
            "1",
            "Records[0].eventPartNumber: expected an integer, got str",
        ),
        (
            "lex-order-flowers.json",
            ("currentIntent", "slots", "PickupTime"),
            True,
            "currentIntent.slots.PickupTime",
        ),
        (
            "client-vpn-connection.json",
            ("connection-id",),
            5,
            "connection-id: expected a string, got int",
        ),
        ("iot-button.json", ("clickType",), None, "clickType: expected a string, got null"),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    target: Any = raw
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    assert message in structure_error(raw, SAMPLES[sample])
