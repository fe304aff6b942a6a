"""Amazon API Gateway REST, HTTP and WebSocket APIs: events, proxy responses, the sample
handlers."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import ResponseError, StructureError, converter

from ._http_support import golden, http, mutated, sample
from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_response,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

EVENT_SAMPLES = {
    "apigw-rest-proxy.json": le.APIGatewayProxyEvent,
    "apigw-rest-proxy-binary.json": le.APIGatewayProxyEvent,
    "apigw-http-v2.json": le.APIGatewayProxyEventV2,
    "apigw-http-v2-lambda-authorizer.json": le.APIGatewayProxyEventV2,
    "apigw-websocket-connect.json": le.APIGatewayWebSocketEvent,
    "apigw-websocket-message.json": le.APIGatewayWebSocketEvent,
    "apigw-websocket-disconnect.json": le.APIGatewayWebSocketEvent,
}

CLASSES = (
    "APIGatewayProxyEvent",
    "APIGatewayProxyEventV2",
    "APIGatewayWebSocketEvent",
)


@pytest.mark.parametrize("name", sorted(EVENT_SAMPLES))
def test_sample_round_trips(name: str) -> None:
    assert_round_trip(load_sample(name), EVENT_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_null_maps_round_trip_as_null_and_read_as_empty() -> None:
    raw = load_sample("apigw-rest-proxy-binary.json")
    ev = assert_round_trip(raw, le.APIGatewayProxyEvent)
    assert ev.path_parameters is None and ev.stage_variables is None
    assert ev.resolved_path_parameters == {} and ev.resolved_stage_variables == {}
    assert ev.resolved_query_string_parameters == {}
    assert ev.get_query_string_value("x", "d") == "d"
    out = converter.unstructure(ev)
    assert out["pathParameters"] is None and "pathParameters" in out
    dropped = {k: v for k, v in raw.items() if v is not None}
    assert "pathParameters" not in converter.unstructure(
        converter.structure(dropped, le.APIGatewayProxyEvent)
    )


def test_unknown_keys_survive() -> None:
    raw = load_sample("apigw-http-v2.json")
    raw["newTopLevel"] = {"a": 1}
    raw["requestContext"]["http"]["newHttpField"] = "x"
    ev = assert_round_trip(raw, le.APIGatewayProxyEventV2)
    assert ev.unknown_keys == {"newTopLevel": {"a": 1}}


def test_rest_headers_query_cookies_and_claims() -> None:
    ev = sample("apigw-rest-proxy.json", le.APIGatewayProxyEvent)
    assert ev.headers is not None
    assert ev.headers["host"] == "kq3x9v2m1a.execute-api.eu-west-1.amazonaws.com"
    assert next(iter(ev.headers)) == "Accept"  # original casing kept
    assert ev.resolved_headers_field["x-forwarded-for"] == ("203.0.113.24",)
    assert ev.resolved_query_string_parameters["tag"] == ("priority", "urgent")
    assert ev.get_query_string_value("tag") == "urgent"
    assert ev.get_multi_value_query_string_values("tag") == ("priority", "urgent")
    assert ev.get_multi_value_query_string_values("nope", ["d"]) == ("d",)
    assert ev.resolved_cookies_field == {"session": "ab12cd", "theme": "dark"}
    assert ev.resolved_path_parameters == {"orderId": "o-7731"}
    authorizer = ev.request_context.authorizer
    assert authorizer is not None
    assert authorizer.claims_or_empty["email"] == "ana@example.com"
    assert authorizer.scopes is None
    ctx = ev.request_context
    assert ctx.request_time is not None and ctx.request_time_epoch is not None
    assert ctx.request_time.datetime == datetime(2026, 2, 14, 9, 12, 45, tzinfo=timezone.utc)
    assert isinstance(ctx.request_time, le.HttpDate)
    assert ctx.request_time_epoch.datetime.year == 2026
    assert ev.decoded_body is None and ev.json_body is None


def test_rest_client_cert() -> None:
    ev = sample("apigw-rest-proxy.json", le.APIGatewayProxyEvent)
    cert = ev.request_context.client_cert
    assert cert is not None
    assert cert.subject_dn == "CN=orders-client,O=Example Corp"
    assert cert.issuer_dn == "CN=Example Private CA,O=Example Corp"
    assert cert.validity_not_after == "Jan  9 08:00:00 2027 GMT"
    assert cert.validity.not_before_datetime == datetime(2026, 1, 9, 8, tzinfo=timezone.utc)
    assert converter.unstructure(cert)["subjectDN"] == cert.subject_dn


def test_rest_base64_body_and_lambda_authorizer_context() -> None:
    ev = sample("apigw-rest-proxy-binary.json", le.APIGatewayProxyEvent)
    assert ev.decoded_body_bytes.startswith(b'{"fileName"')
    assert ev.json_body == {"fileName": "invoice-2026-02.pdf", "sizeBytes": 48213}

    @attrs.frozen
    class Upload:
        fileName: str  # noqa: N815
        sizeBytes: int  # noqa: N815

    assert ev.body_as(Upload) == Upload("invoice-2026-02.pdf", 48213)
    authorizer = ev.request_context.authorizer
    assert authorizer is not None
    assert authorizer.principal_id == "tenant-17"
    assert authorizer.lambda_context == {"tenantId": "17", "plan": "gold"}
    assert authorizer.get_context() == {
        "principalId": "tenant-17",
        "integrationLatency": 38,
        "tenantId": "17",
        "plan": "gold",
    }


def test_invalid_base64_body_is_kept_and_fails_only_when_decoded() -> None:
    raw = load_sample("apigw-rest-proxy-binary.json")
    raw["body"] = "Hello from Lambda!"  # isBase64Encoded true, but not base64
    ev = assert_round_trip(raw, le.APIGatewayProxyEvent)
    assert ev.body == "Hello from Lambda!"
    with pytest.raises(StructureError, match="body: not valid base64"):
        _ = ev.decoded_body
    with pytest.raises(StructureError, match="body: not valid base64"):
        _ = ev.json_body


def test_json_body_errors_name_the_body() -> None:
    raw = load_sample("apigw-http-v2.json")
    raw["body"] = "{not json"
    ev = converter.structure(raw, le.APIGatewayProxyEventV2)
    with pytest.raises(StructureError, match=r"^body: not valid JSON"):
        _ = ev.json_body

    @attrs.frozen
    class Item:
        sku: str

    raw["body"] = json.dumps({"name": "mug"})
    ev = converter.structure(raw, le.APIGatewayProxyEventV2)
    with pytest.raises(StructureError, match=r"^body\.sku: "):
        ev.body_as(Item)


def test_non_utf8_base64_body_is_bytes_only() -> None:
    raw = load_sample("apigw-http-v2-lambda-authorizer.json")
    raw["body"] = base64.b64encode(b"\xff\xfe\x00").decode()
    ev = converter.structure(raw, le.APIGatewayProxyEventV2)
    assert ev.decoded_body_bytes == b"\xff\xfe\x00"
    with pytest.raises(StructureError, match="not UTF-8"):
        _ = ev.decoded_body


def test_v2_path_method_cookies_jwt() -> None:
    ev = sample("apigw-http-v2.json", le.APIGatewayProxyEventV2)
    assert ev.raw_path == "/beta/carts/c-19/items"
    assert ev.path == "/carts/c-19/items"  # stage stripped
    assert ev.http_method == "POST"
    assert ev.resolved_cookies_field == {"session": "9f8e7d", "locale": "pt-PT"}
    assert ev.resolved_query_string_parameters["coupon"] == ("SPRING", "VIP")
    assert ev.get_query_string_value("coupon") == "SPRING,VIP"
    assert ev.resolved_headers_field["X-Custom-List"] == ("a", "b")
    assert ev.headers["Authorization"].startswith("Bearer ")
    authorizer = ev.request_context.authorizer
    assert authorizer is not None
    assert authorizer.jwt_claim["sub"] == "u-9"
    assert authorizer.jwt_scopes == ("carts:write", "carts:read")
    assert authorizer.get_context() == {}
    assert ev.request_context.time.datetime == datetime(2026, 2, 14, 10, 1, 17, tzinfo=timezone.utc)
    assert ev.request_context.time_epoch == 1771063277456
    cert = ev.request_context.client_cert
    assert cert is not None and cert.serial_number.startswith("3f:7a")
    assert ev.json_body == {"sku": "MUG-01", "quantity": 2}


def test_v2_lambda_authorizer_and_default_stage() -> None:
    ev = sample("apigw-http-v2-lambda-authorizer.json", le.APIGatewayProxyEventV2)
    assert ev.path == "/reports/weekly"
    authorizer = ev.request_context.authorizer
    assert authorizer is not None
    assert authorizer.get_context() == {"tenantId": "t-88", "roles": ["viewer"], "mfa": True}
    assert authorizer.jwt_claim == {} and authorizer.jwt_scopes == ()
    assert ev.json_body == {"week": 7, "format": "csv"}
    assert ev.cookies is None and ev.resolved_cookies_field == {}
    assert converter.unstructure(authorizer) == {
        "lambda": {"tenantId": "t-88", "roles": ["viewer"], "mfa": True}
    }


def test_stage_prefix_only_stripped_at_a_segment_boundary() -> None:
    raw = load_sample("apigw-http-v2.json")
    raw["rawPath"] = "/betamax/x"
    assert converter.structure(raw, le.APIGatewayProxyEventV2).path == "/betamax/x"
    raw["rawPath"] = "/beta"
    assert converter.structure(raw, le.APIGatewayProxyEventV2).path == "/"


def test_request_time_without_space_is_accepted_and_kept() -> None:
    raw = load_sample("apigw-http-v2.json")
    raw["requestContext"]["time"] = "14/Feb/2026:10:01:17+0100"
    ev = assert_round_trip(raw, le.APIGatewayProxyEventV2)
    assert ev.request_context.time.datetime == datetime(2026, 2, 14, 9, 1, 17, tzinfo=timezone.utc)
    assert ev.request_context.time == "14/Feb/2026:10:01:17+0100"


def test_websocket_events() -> None:
    connect = sample("apigw-websocket-connect.json", le.APIGatewayWebSocketEvent)
    ctx = connect.request_context
    assert ctx.event_type is le.APIGatewayWebSocketEventType.CONNECT
    assert connect.query_string_parameters is not None
    assert connect.query_string_parameters["room"] == "lobby"  # case-insensitive here
    assert connect.resolved_query_string_parameters["ROOM"] == ("lobby",)
    assert ctx.connected_at.datetime.year == 2026
    assert ctx.authorizer is not None and ctx.authorizer.get_context()["nickname"] == "ana"
    message = sample("apigw-websocket-message.json", le.APIGatewayWebSocketEvent)
    assert message.json_body == {"action": "sendMessage", "text": "olá a todos"}
    assert message.request_context.message_id == "Lk3aFeW1IAMCKvA="
    gone = sample("apigw-websocket-disconnect.json", le.APIGatewayWebSocketEvent)
    assert gone.request_context.disconnect_status_code == 1001
    assert gone.request_context.disconnect_reason == "Going away"
    raw = load_sample("apigw-websocket-message.json")
    raw["requestContext"]["eventType"] = "PING"
    assert assert_round_trip(raw, le.APIGatewayWebSocketEvent).request_context.event_type == "PING"


MALFORMED = [
    (
        "apigw-rest-proxy.json",
        le.APIGatewayProxyEvent,
        lambda r: r.update(httpMethod=1),
        "httpMethod: expected a string, got int",
    ),
    (
        "apigw-rest-proxy.json",
        le.APIGatewayProxyEvent,
        lambda r: r["requestContext"].pop("requestId"),
        "requestContext.requestId: missing required key",
    ),
    (
        "apigw-rest-proxy.json",
        le.APIGatewayProxyEvent,
        lambda r: r["headers"].update(Host=5),
        "headers.Host: expected a string, got int",
    ),
    (
        "apigw-rest-proxy.json",
        le.APIGatewayProxyEvent,
        lambda r: r["requestContext"].update(requestTime=20210820),
        "requestContext.requestTime: expected a string, got int",
    ),
    (
        "apigw-rest-proxy.json",
        le.APIGatewayProxyEvent,
        lambda r: r["multiValueQueryStringParameters"].update(tag="urgent"),
        "multiValueQueryStringParameters.tag: expected a list, got str",
    ),
    (
        "apigw-http-v2.json",
        le.APIGatewayProxyEventV2,
        lambda r: r["requestContext"]["http"].update(method=None),
        "requestContext.http.method: expected a string, got null",
    ),
    (
        "apigw-http-v2.json",
        le.APIGatewayProxyEventV2,
        lambda r: r.update(cookies="a=b"),
        "cookies: expected a list, got str",
    ),
    (
        "apigw-websocket-connect.json",
        le.APIGatewayWebSocketEvent,
        lambda r: r["requestContext"].update(connectedAt="now"),
        "requestContext.connectedAt: expected epoch milliseconds as an integer, got str",
    ),
]


@pytest.mark.parametrize(
    ("name", "cls", "change", "message"),
    MALFORMED,
    ids=[f"{m[1].__name__}:{m[3][:40]}" for m in MALFORMED],
)
def test_malformed_input_names_the_wire_path(
    name: str, cls: Any, change: Any, message: str
) -> None:
    assert message in structure_error(mutated(name, change), cls)


def test_every_problem_is_reported() -> None:
    raw = load_sample("apigw-http-v2.json")
    raw["version"] = 2
    raw["requestContext"]["stage"] = None
    msg = structure_error(raw, le.APIGatewayProxyEventV2)
    assert "version: expected a string, got int" in msg
    assert "requestContext.stage: expected a string, got null" in msg


RESPONSE_SAMPLES = {
    "apigw-proxy-response.json": le.APIGatewayProxyResponse,
    "apigw-proxy-response-v2.json": le.APIGatewayProxyResponseV2,
}


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSE_SAMPLES[name])


def test_rest_proxy_response_json_text_binary() -> None:
    golden(
        le.APIGatewayProxyResponse.build({"ok": True, "n": 1}),
        {
            "statusCode": 200,
            "headers": {"Content-Type": "application/json"},
            "body": '{"ok":true,"n":1}',
            "isBase64Encoded": False,
        },
    )
    golden(
        le.APIGatewayProxyResponse.build(
            "hi", status_code=404, headers={"content-type": "text/plain"}
        ),
        {
            "statusCode": 404,
            "headers": {"content-type": "text/plain"},
            "body": "hi",
            "isBase64Encoded": False,
        },
    )
    golden(
        le.APIGatewayProxyResponse.build(b"\x00\xffPNG", headers={"Content-Type": "image/png"}),
        {
            "statusCode": 200,
            "headers": {"Content-Type": "image/png"},
            "body": base64.b64encode(b"\x00\xffPNG").decode(),
            "isBase64Encoded": True,
        },
    )
    golden(
        le.APIGatewayProxyResponse.build(
            [1, 2], multi_value_headers={"Set-Cookie": ["a=1", "b=2"]}
        ),
        {
            "statusCode": 200,
            "multiValueHeaders": {
                "Set-Cookie": ["a=1", "b=2"],
                "Content-Type": ["application/json"],
            },
            "body": "[1,2]",
            "isBase64Encoded": False,
        },
    )
    golden(le.APIGatewayProxyResponse(status_code=204), {"statusCode": 204})
    response = le.APIGatewayProxyResponse.build("x").with_header("X-Id", "7").with_status(202)
    golden(
        response,
        {"statusCode": 202, "headers": {"X-Id": "7"}, "body": "x", "isBase64Encoded": False},
    )


def test_http_api_response_cookies_and_binary() -> None:
    response = (
        le.APIGatewayProxyResponseV2.build(b"\x01\x02", cookies=["a=1; Secure"])
        .with_cookie("b=2")
        .with_header("Cache-Control", "no-store")
    )
    golden(
        response,
        {
            "statusCode": 200,
            "headers": {"Content-Type": "application/octet-stream", "Cache-Control": "no-store"},
            "cookies": ["a=1; Secure", "b=2"],
            "body": "AQI=",
            "isBase64Encoded": True,
        },
    )
    assert le.LambdaFunctionUrlResponse is le.APIGatewayProxyResponseV2


@pytest.mark.parametrize(
    "make",
    [
        lambda: le.APIGatewayProxyResponse(status_code=99),
        lambda: le.APIGatewayProxyResponse(status_code=200.0),  # type: ignore[arg-type]
        lambda: le.APIGatewayProxyResponse(status_code=200, headers={"X": 1}),  # type: ignore[dict-item]
        lambda: le.APIGatewayProxyResponse(status_code=200, multi_value_headers={"X": "a"}),  # type: ignore[dict-item]
        lambda: le.APIGatewayProxyResponse(status_code=200, body="%%%", is_base64_encoded=True),
        lambda: le.APIGatewayProxyResponse.build({1, 2}),
        lambda: le.APIGatewayProxyResponse.build(float("nan")),
        lambda: le.APIGatewayProxyResponseV2(status_code=600),
        lambda: le.APIGatewayProxyResponseV2(status_code=200, cookies="a=b"),  # type: ignore[arg-type]
    ],
)
def test_invalid_proxy_responses_raise(make: Any) -> None:
    with pytest.raises(ResponseError):
        make()


def test_responses_normalise_lists_so_round_trips_are_equal() -> None:
    response = le.APIGatewayProxyResponse(
        status_code=200,
        multi_value_headers={"Set-Cookie": ["a", "b"]},  # type: ignore[dict-item]
    )
    assert response.multi_value_headers == {"Set-Cookie": ("a", "b")}
    assert (
        converter.structure(converter.unstructure(response), le.APIGatewayProxyResponse) == response
    )


CASES: list[tuple[str, str, Any]] = [
    (
        "apigw_proxy_handler",
        "apigw-rest-proxy.json",
        http(
            {
                "order": "o-7731",
                "tags": ["priority", "urgent"],
                "theme": "dark",
                "user": "ana@example.com",
            }
        ),
    ),
    (
        "apigw_proxy_handler",
        "apigw-rest-proxy-binary.json",
        http({"fileName": "invoice-2026-02.pdf", "sizeBytes": 48213}, 201),
    ),
    (
        "apigw_proxy_v2_handler",
        "apigw-http-v2.json",
        http(
            {
                "cart": "c-19",
                "path": "/carts/c-19/items",
                "sku": "MUG-01",
                "quantity": 2,
                "user": "u-9",
                "coupons": ["SPRING", "VIP"],
            },
            cookies=["last-route=items"],
        ),
    ),
    (
        "apigw_proxy_v2_handler",
        "apigw-http-v2-lambda-authorizer.json",
        http(
            {"tenant": "t-88", "report": {"week": 7, "format": "csv"}}, cookies=["last-route=items"]
        ),
    ),
    (
        "apigw_websocket_handler",
        "apigw-websocket-connect.json",
        {"statusCode": 200, "body": "Lk2pVdZwoAMCJ-Q= joined lobby", "isBase64Encoded": False},
    ),
    (
        "apigw_websocket_handler",
        "apigw-websocket-message.json",
        {"statusCode": 200, "body": "echo: olá a todos", "isBase64Encoded": False},
    ),
    (
        "apigw_websocket_handler",
        "apigw-websocket-disconnect.json",
        {"statusCode": 200, "body": "Lk2pVdZwoAMCJ-Q= left (1001)", "isBase64Encoded": False},
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
