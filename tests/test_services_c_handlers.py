"""The sample handlers of the issue 15 sources run on their samples (and their answers are
the JSON AWS expects: each response structures back into its class).

AWS documentation behind the samples: see tests/test_services_c_sources.py.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

import pytest

from lambda_events import (
    ClientVPNConnectionHandlerResponse,
    CloudFrontRequest,
    CloudFrontResponse,
    InboundFederationTriggerEvent,
    IoTCustomAuthorizerResponse,
    IoTPreProvisioningHookResponse,
    KinesisAnalyticsInputPreprocessingResponse,
    KinesisAnalyticsOutputDeliveryResponse,
    LexResponse,
    LexV2Response,
    converter,
)

from ._support import assert_round_trip, load_sample


def _handler(module: str) -> Callable[[dict[str, Any], object], Any]:
    return importlib.import_module(f"samples.handlers.{module}").lambda_handler  # type: ignore[no-any-return]


def _run(module: str, sample: str, **changes: Any) -> Any:
    raw = load_sample(sample)
    raw.update(changes)
    out = _handler(module)(raw, None)
    json.dumps(out)  # what Lambda serializes
    return out


def test_codecommit_handler() -> None:
    out = _run("codecommit_handler", "codecommit-push.json")
    assert [(c["ref"], c["change"]) for c in out["changes"]] == [
        ("refs/heads/main", "updated"),
        ("refs/tags/v2.4.0", "created"),
    ]
    assert out["changes"][0]["repository"] == "orders-service"


def test_lex_handler_elicits_then_delegates_then_closes() -> None:
    out = _run("lex_handler", "lex-order-flowers.json")
    assert assert_round_trip(out, LexResponse).dialog_action.slot_to_elicit == "PickupTime"
    raw = load_sample("lex-order-flowers.json")
    raw["currentIntent"]["slots"]["PickupTime"] = "10:00"
    assert _handler("lex_handler")(raw, None)["dialogAction"]["type"] == "Delegate"
    raw["invocationSource"] = "FulfillmentCodeHook"
    closed = assert_round_trip(_handler("lex_handler")(raw, None), LexResponse)
    assert closed.dialog_action.fulfillment_state == "Fulfilled"


def test_lex_v2_handler_elicits_the_missing_slot_then_closes() -> None:
    out = _run("lex_v2_handler", "lex-v2-book-hotel.json")
    answer = assert_round_trip(out, LexV2Response)
    assert answer.session_state.dialog_action is not None
    assert answer.session_state.dialog_action.slot_to_elicit == "Nights"
    raw = load_sample("lex-v2-book-hotel.json")
    raw["sessionState"]["intent"]["slots"]["Nights"] = {
        "shape": "Scalar",
        "value": {"originalValue": "3", "interpretedValue": "3", "resolvedValues": ["3"]},
    }
    closed = assert_round_trip(_handler("lex_v2_handler")(raw, None), LexV2Response)
    assert (
        closed.messages is not None and closed.messages[0].content == "Booked 3 nights in Lisbon."
    )


def test_cloudfront_request_handler_forwards_or_redirects() -> None:
    out = _run("cloudfront_request_handler", "cloudfront-viewer-request.json")
    request = assert_round_trip(out, CloudFrontRequest)
    assert request.header("x-viewer-language") == "pt-PT"
    raw = load_sample("cloudfront-viewer-request.json")
    raw["Records"][0]["cf"]["request"]["headers"]["cloudfront-viewer-country"][0]["value"] = "BR"
    redirect = assert_round_trip(
        _handler("cloudfront_request_handler")(raw, None), CloudFrontResponse
    )
    assert redirect.status == "302"
    assert redirect.header("location") == (
        "https://shop.example.com.br/api/cart?utm_source=newsletter&size=m"
    )


def test_cloudfront_response_handler_adds_headers() -> None:
    out = _run("cloudfront_response_handler", "cloudfront-origin-response.json")
    response = assert_round_trip(out, CloudFrontResponse)
    assert response.header("x-content-type-options") == "nosniff"
    assert response.header("cache-control") == "public, max-age=86400"
    assert response.header("etag") == '"5e1f0a9b3c2d"'


def test_kinesis_analytics_preprocessing_handler() -> None:
    out = _run("kinesis_analytics_preprocessing_handler", "kinesis-analytics-preprocessing.json")
    answer = assert_round_trip(out, KinesisAnalyticsInputPreprocessingResponse)
    assert [str(r.result) for r in answer.records] == ["Ok", "Dropped"]
    assert answer.records[0].data is not None
    assert answer.records[0].data.decoded == b"user-8812,/checkout,412\n"
    broken = _run(
        "kinesis_analytics_preprocessing_handler",
        "kinesis-analytics-preprocessing.json",
        records=[{"recordId": "1", "data": "bm90IGpzb24="}],
    )
    assert broken["records"] == [{"recordId": "1", "result": "ProcessingFailed"}]


def test_kinesis_analytics_output_handler() -> None:
    out = _run("kinesis_analytics_output_handler", "kinesis-analytics-output-delivery.json")
    answer = assert_round_trip(out, KinesisAnalyticsOutputDeliveryResponse)
    assert [(r.record_id, str(r.result)) for r in answer.records] == [
        ("5f3e2d1c-0b9a-4876-9543-2e1f0d9c8b7a", "Ok")
    ]
    failed = _run(
        "kinesis_analytics_output_handler",
        "kinesis-analytics-output-delivery.json",
        records=[{"recordId": "7", "data": "bm90IGpzb24="}],
    )
    assert failed["records"] == [{"recordId": "7", "result": "DeliveryFailed"}]


def test_iot_custom_authorizer_handler_allows_the_right_key_only() -> None:
    out = _run("iot_custom_authorizer_handler", "iot-custom-authorizer.json")
    answer = assert_round_trip(out, IoTCustomAuthorizerResponse)
    assert answer.is_authenticated and answer.principal_id == "thermo0042"
    actions = [s["Action"] for s in answer.decoded_policies[0]["Statement"]]
    assert actions == ["iot:Connect", "iot:Publish"]
    raw = load_sample("iot-custom-authorizer.json")
    raw["protocolData"]["mqtt"]["password"] = "d3Jvbmc="  # "wrong"
    denied = _handler("iot_custom_authorizer_handler")(raw, None)
    assert denied["isAuthenticated"] is False and denied["policyDocuments"] == []


def test_iot_pre_provisioning_hook_handler() -> None:
    out = _run("iot_pre_provisioning_hook_handler", "iot-pre-provisioning-hook.json")
    answer = assert_round_trip(out, IoTPreProvisioningHookResponse)
    assert answer.allow_provisioning and answer.parameter_overrides == {"Fleet": "thermostats-2026"}
    refused = _run(
        "iot_pre_provisioning_hook_handler",
        "iot-pre-provisioning-hook.json",
        parameters={"SerialNumber": "XX-1"},
    )
    assert refused == {"allowProvisioning": False}


def test_iot_button_handler() -> None:
    out = _run("iot_button_handler", "iot-button.json")
    assert out == {"button": "G030PM0123456789", "action": "order-tea", "lowBattery": True}
    assert _run("iot_button_handler", "iot-button.json", clickType="TRIPLE")["action"] == "ignored"


def test_cognito_sync_handler_returns_the_event_with_a_normalised_theme() -> None:
    raw = load_sample("cognito-sync.json")
    assert _run("cognito_sync_handler", "cognito-sync.json") == raw
    raw["datasetRecords"]["theme"]["newValue"] = " Neon "
    out = _handler("cognito_sync_handler")(raw, None)
    assert out["datasetRecords"]["theme"]["newValue"] == "light"


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (
            "cognito-inbound-federation-oidc.json",
            {
                "email": "joao.pereira@example.com",
                "given_name": "João",
                "locale": "pt-PT",
                "custom:department": "engineering",
            },
        ),
        (
            "cognito-inbound-federation-saml.json",
            {
                "email": "ana.costa@example.com",
                "given_name": "Ana",
                "custom:department": "finance",
            },
        ),
    ],
)
def test_cognito_inbound_federation_handler(sample: str, expected: dict[str, str]) -> None:
    out = _run("cognito_inbound_federation_handler", sample)
    event = converter.structure(out, InboundFederationTriggerEvent)
    assert event.response.user_attributes_to_map == expected


def test_client_vpn_handler() -> None:
    out = _run("client_vpn_handler", "client-vpn-connection.json")
    assert assert_round_trip(out, ClientVPNConnectionHandlerResponse).allow is True
    old = _run("client_vpn_handler", "client-vpn-connection.json", **{"platform-version": "13.6"})
    assert old["allow"] is False and old["posture-compliance-statuses"] == ["os-outdated"]
    blocked = _run("client_vpn_handler", "client-vpn-connection.json", username="former.employee")
    assert blocked["error-msg-on-failed-posture-compliance"] == "This account cannot use the VPN."


def test_lambda_destination_handler() -> None:
    out = _run("lambda_destination_handler", "lambda-destination-failure.json")
    assert out["status"] == "invocation failed"
    assert out["error"] == "card declined: insufficient funds"
    stream = _run("lambda_destination_handler", "lambda-destination-kinesis.json")
    assert stream["status"] == "batch failed" and stream["replay"]["records"] == 2
