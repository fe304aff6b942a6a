"""Test builders for the HTTP and authorizer sources (API Gateway, ALB, URLs, Lattice, AppSync)."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from datetime import timezone
from typing import Any
from urllib.parse import parse_qs, parse_qsl

import pytest

from lambda_events import converter, detect
from lambda_events.testing import (
    SAMPLES,
    alb_event,
    api_gateway_authorizer_request_event,
    api_gateway_authorizer_token_event,
    api_gateway_authorizer_v2_event,
    api_gateway_v1_event,
    api_gateway_v2_event,
    api_gateway_websocket_event,
    appsync_authorizer_event,
    appsync_events_event,
    appsync_resolver_event,
    lambda_function_url_event,
    vpc_lattice_event,
    vpc_lattice_v2_event,
)
from lambda_events.testing._ids import ACCOUNT, REGION

from ._support import assert_round_trip

EXPECTED = {
    "api-gateway-v1": "APIGatewayProxyEvent",
    "api-gateway-v2": "APIGatewayProxyEventV2",
    "api-gateway-websocket": "APIGatewayWebSocketEvent",
    "alb": "ALBEvent",
    "function-url": "LambdaFunctionUrlEvent",
    "vpc-lattice": "VPCLatticeEvent",
    "vpc-lattice-v2": "VPCLatticeEventV2",
    "api-gateway-authorizer-token": "APIGatewayAuthorizerTokenEvent",
    "api-gateway-authorizer-request": "APIGatewayAuthorizerRequestEvent",
    "api-gateway-authorizer-v2": "APIGatewayAuthorizerEventV2",
    "appsync-resolver": "AppSyncResolverEvent",
    "appsync-authorizer": "AppSyncAuthorizerEvent",
    "appsync-events": "AppSyncResolverEventsEvent",
}

HTTP_SAMPLES = {name: SAMPLES[name] for name in EXPECTED}

ORDER = {"id": "o-1", "total": 12.5, "lines": [{"sku": "MUG", "qty": 2}], "note": "olá"}


def _raw(obj: Any) -> Any:
    raw = converter.unstructure(obj)
    json.dumps(raw)
    return raw


def _check(obj: Any) -> Any:
    """Unstructure, detect as the builder's own class, round-trip exactly; the raw event."""
    raw = _raw(obj)
    assert detect(raw) is type(obj)
    assert_round_trip(raw, type(obj))
    assert converter.structure(raw, type(obj)) == obj
    return raw


def _same_instant(http_date: Any, epoch_ms: int) -> None:
    assert http_date.datetime.timestamp() == epoch_ms // 1000
    assert http_date.datetime.tzinfo == timezone.utc


# ------------------------------------------------------------------------ every builder


def test_every_source_is_registered() -> None:
    assert set(EXPECTED) <= set(SAMPLES)


@pytest.mark.parametrize("source", sorted(HTTP_SAMPLES))
def test_default_event_round_trips_and_is_detected(source: str) -> None:
    obj = HTTP_SAMPLES[source]()
    raw = _raw(obj)
    cls = detect(raw)
    assert cls.__name__ == EXPECTED[source]
    assert type(obj) is cls
    assert_round_trip(raw, cls)


@pytest.mark.parametrize("source", sorted(HTTP_SAMPLES))
def test_ids_are_fresh(source: str) -> None:
    first, second = _raw(HTTP_SAMPLES[source]()), _raw(HTTP_SAMPLES[source]())
    if source in ("api-gateway-authorizer-token", "vpc-lattice"):  # nothing per-request
        assert first == second
    else:
        assert first != second


def test_importing_the_builders_does_not_import_event_modules() -> None:
    code = (
        "import sys, lambda_events.testing\n"
        "names = ('api_gateway', 'alb', 'appsync', 'vpc_lattice',"
        " 'lambda_function_url')\n"
        "loaded = [m for m in sys.modules if m.startswith('lambda_events.')"
        " and m.split('.')[1] in names]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "builder",
    [
        api_gateway_v1_event,
        api_gateway_v2_event,
        alb_event,
        lambda_function_url_event,
        vpc_lattice_event,
        vpc_lattice_v2_event,
    ],
)
def test_body_and_json_body_are_exclusive(builder: Any) -> None:
    with pytest.raises(ValueError, match="not both"):
        builder(body="x", json_body={"a": 1})


def _one_header(event: Any, name: str) -> str:
    """A header as one string (VPC Lattice v2 reads a header sent as a list as a tuple)."""
    headers = event.headers
    return str(getattr(headers, "joined", headers)[name])


@pytest.mark.parametrize(
    "builder",
    [
        api_gateway_v1_event,
        api_gateway_v2_event,
        alb_event,
        lambda_function_url_event,
        vpc_lattice_event,
        vpc_lattice_v2_event,
    ],
)
def test_bytes_bodies_are_base64_and_json_bodies_are_json(builder: Any) -> None:
    data = b"\x00\xffbinary\x89PNG"
    binary = builder("POST", "/upload", body=data)
    raw = _check(binary)
    assert raw["isBase64Encoded" if "isBase64Encoded" in raw else "is_base64_encoded"] is True
    assert base64.b64decode(raw["body"]) == data
    assert binary.decoded_body_bytes == data

    as_json = builder("POST", "/orders", json_body=ORDER)
    raw = _check(as_json)
    assert raw["isBase64Encoded" if "isBase64Encoded" in raw else "is_base64_encoded"] is False
    assert json.loads(raw["body"]) == ORDER
    assert as_json.json_body == ORDER
    assert _one_header(as_json, "content-type") == "application/json"

    text = builder("POST", "/notes", body="plain text", headers={"Content-Type": "text/csv"})
    raw = _check(text)
    assert raw["body"] == "plain text"
    assert _one_header(text, "content-type") == "text/csv"


# ------------------------------------------------------------------- API Gateway REST


def test_api_gateway_v1_arguments_land_where_aws_puts_them() -> None:
    event = api_gateway_v1_event(
        "PUT",
        "/orders/o-1",
        json_body=ORDER,
        headers={"X-Tags": ["a", "b"], "user-agent": "curl/8.6.0"},
        query={"expand": "lines", "tag": ["urgent", "priority"]},
        path_parameters={"orderId": "o-1"},
        stage_variables={"table": "orders"},
        resource="/orders/{orderId}",
        stage="beta",
        claims={"sub": "u-1"},
    )
    raw = _check(event)
    assert raw["httpMethod"] == raw["requestContext"]["httpMethod"] == "PUT"
    assert raw["path"] == "/orders/o-1"
    assert raw["requestContext"]["path"] == "/beta/orders/o-1"
    assert raw["resource"] == raw["requestContext"]["resourcePath"] == "/orders/{orderId}"
    assert raw["requestContext"]["stage"] == "beta"
    assert raw["pathParameters"] == {"orderId": "o-1"}
    assert raw["stageVariables"] == {"table": "orders"}
    assert raw["requestContext"]["authorizer"] == {"claims": {"sub": "u-1"}}
    assert raw["requestContext"]["accountId"] == ACCOUNT
    assert REGION in raw["requestContext"]["domainName"]
    assert raw["headers"]["Host"] == raw["requestContext"]["domainName"]
    assert raw["requestContext"]["identity"]["userAgent"] == "curl/8.6.0"
    # single and multi-value maps agree (the single map holds the last value)
    assert set(raw["headers"]) == set(raw["multiValueHeaders"])
    for name, values in raw["multiValueHeaders"].items():
        assert raw["headers"][name] == values[-1]
    assert raw["multiValueHeaders"]["X-Tags"] == ["a", "b"]
    assert raw["multiValueQueryStringParameters"] == {
        "expand": ["lines"],
        "tag": ["urgent", "priority"],
    }
    assert raw["queryStringParameters"] == {"expand": "lines", "tag": "priority"}
    assert event.get_multi_value_query_string_values("tag") == ("urgent", "priority")
    assert event.json_body == ORDER
    _same_instant(event.request_context.request_time, raw["requestContext"]["requestTimeEpoch"])


def test_api_gateway_v1_absent_parts_are_null_like_rest_apis_send_them() -> None:
    raw = _check(api_gateway_v1_event())
    for key in (
        "body",
        "pathParameters",
        "stageVariables",
        "queryStringParameters",
        "multiValueQueryStringParameters",
    ):
        assert raw[key] is None
    assert raw["requestContext"]["identity"]["userArn"] is None
    assert "authorizer" not in raw["requestContext"]


def test_api_gateway_v1_lambda_authorizer_context() -> None:
    event = api_gateway_v1_event(authorizer_context={"tenant": "acme", "admin": True})
    raw = _check(event)
    assert raw["requestContext"]["authorizer"]["tenant"] == "acme"
    assert event.request_context.authorizer is not None
    assert event.request_context.authorizer.lambda_context == {"tenant": "acme", "admin": True}


# ------------------------------------------------------------------- API Gateway HTTP API


def test_api_gateway_v2_event_as_the_issue_names_it() -> None:
    event = api_gateway_v2_event(method="POST", path="/orders", json_body={"id": "o-1"})
    raw = _check(event)
    assert raw["requestContext"]["http"]["method"] == "POST"
    assert raw["rawPath"] == raw["requestContext"]["http"]["path"] == "/orders"
    assert raw["routeKey"] == raw["requestContext"]["routeKey"] == "POST /orders"
    assert json.loads(raw["body"]) == {"id": "o-1"}
    assert raw["isBase64Encoded"] is False
    assert raw["headers"]["content-type"] == "application/json"
    assert raw["rawQueryString"] == ""
    assert "queryStringParameters" not in raw
    assert "cookies" not in raw
    assert event.http_method == "POST"
    assert event.path == "/orders"
    assert event.json_body == {"id": "o-1"}
    _same_instant(event.request_context.time, raw["requestContext"]["timeEpoch"])


def test_api_gateway_v2_query_headers_cookies_and_stage() -> None:
    event = api_gateway_v2_event(
        "GET",
        "/carts/c 1",
        query={"coupon": ["SPRING", "VIP"], "q": "café au lait"},
        headers={"X-List": ["a", "b"], "Cookie": "session=s1; theme=dark"},
        cookies=["locale=pt"],
        path_parameters={"cartId": "c 1"},
        route_key="GET /carts/{cartId}",
        stage="beta",
        jwt_claims={"sub": "u-9"},
        jwt_scopes=["carts:read"],
    )
    raw = _check(event)
    assert raw["rawPath"] == "/beta/carts/c 1"
    assert event.path == "/carts/c 1"
    assert raw["routeKey"] == "GET /carts/{cartId}"
    assert raw["queryStringParameters"] == {"coupon": "SPRING,VIP", "q": "café au lait"}
    assert parse_qsl(raw["rawQueryString"]) == [
        ("coupon", "SPRING"),
        ("coupon", "VIP"),
        ("q", "café au lait"),
    ]
    assert {k: ",".join(v) for k, v in parse_qs(raw["rawQueryString"]).items()} == raw[
        "queryStringParameters"
    ]
    assert raw["headers"]["x-list"] == "a,b"
    assert "cookie" not in raw["headers"]
    assert raw["cookies"] == ["locale=pt", "session=s1", "theme=dark"]
    assert event.resolved_cookies_field["theme"] == "dark"
    assert raw["pathParameters"] == {"cartId": "c 1"}
    assert raw["requestContext"]["authorizer"] == {
        "jwt": {"claims": {"sub": "u-9"}, "scopes": ["carts:read"]}
    }


def test_api_gateway_v2_lambda_authorizer_context() -> None:
    raw = _check(api_gateway_v2_event(lambda_context={"tenantId": "t-1", "roles": ["viewer"]}))
    assert raw["requestContext"]["authorizer"] == {
        "lambda": {"tenantId": "t-1", "roles": ["viewer"]}
    }


# --------------------------------------------------------------------------- WebSocket


def test_websocket_message_routes_by_action() -> None:
    event = api_gateway_websocket_event(json_body={"action": "sendMessage", "text": "hi"})
    raw = _check(event)
    ctx = raw["requestContext"]
    assert ctx["eventType"] == "MESSAGE"
    assert ctx["routeKey"] == "sendMessage"
    assert ctx["messageId"]
    assert ctx["connectedAt"] < ctx["requestTimeEpoch"]
    assert json.loads(raw["body"]) == {"action": "sendMessage", "text": "hi"}
    assert "headers" not in raw
    _same_instant(event.request_context.request_time, ctx["requestTimeEpoch"])

    binary = _check(api_gateway_websocket_event("message", body=b"\x01\x02", connection_id="c="))
    assert binary["isBase64Encoded"] is True
    assert base64.b64decode(binary["body"]) == b"\x01\x02"
    assert binary["requestContext"]["routeKey"] == "$default"
    assert binary["requestContext"]["connectionId"] == "c="


def test_websocket_connect_carries_headers_query_and_authorizer() -> None:
    event = api_gateway_websocket_event(
        "connect",
        query={"room": "lobby"},
        headers={"Sec-WebSocket-Protocol": "chat"},
        authorizer_context={"nickname": "ana"},
    )
    raw = _check(event)
    ctx = raw["requestContext"]
    assert ctx["eventType"] == "CONNECT"
    assert ctx["routeKey"] == "$connect"
    assert ctx["connectedAt"] == ctx["requestTimeEpoch"]
    assert "messageId" not in ctx
    assert "body" not in raw
    assert raw["queryStringParameters"] == {"room": "lobby"}
    assert raw["multiValueQueryStringParameters"] == {"room": ["lobby"]}
    assert raw["headers"]["Sec-WebSocket-Protocol"] == "chat"
    assert raw["headers"]["Host"] == ctx["domainName"]
    for name, values in raw["multiValueHeaders"].items():
        assert raw["headers"][name] == values[-1]
    assert ctx["authorizer"]["nickname"] == "ana"


def test_websocket_disconnect() -> None:
    raw = _check(api_gateway_websocket_event("DISCONNECT"))
    ctx = raw["requestContext"]
    assert (ctx["eventType"], ctx["routeKey"]) == ("DISCONNECT", "$disconnect")
    assert ctx["disconnectStatusCode"] == 1001
    assert ctx["disconnectReason"]


@pytest.mark.parametrize(
    ("event_type", "kwargs", "message"),
    [
        ("open", {}, "CONNECT, MESSAGE or DISCONNECT"),
        ("connect", {"body": "x"}, "only MESSAGE"),
        ("disconnect", {"json_body": {}}, "only MESSAGE"),
        ("message", {"headers": {"a": "b"}}, "no headers"),
        ("disconnect", {"query": {"a": "b"}}, "no query"),
    ],
)
def test_websocket_rejects_shapes_aws_never_sends(
    event_type: str, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        api_gateway_websocket_event(event_type, **kwargs)


# ----------------------------------------------------------------------------------- ALB


def test_alb_single_value_mode() -> None:
    event = alb_event(
        "POST",
        "/checkout",
        json_body=ORDER,
        query={"q": "café au lait", "tag": ["a", "b"]},
        target_group="checkout-tg",
    )
    raw = _check(event)
    assert raw["httpMethod"] == "POST"
    assert raw["path"] == "/checkout"
    assert raw["queryStringParameters"] == {"q": "caf%C3%A9+au+lait", "tag": "b"}
    assert "multiValueQueryStringParameters" not in raw
    assert "multiValueHeaders" not in raw
    assert event.decoded_query_string_parameters["q"] == ("café au lait",)
    arn = raw["requestContext"]["elb"]["targetGroupArn"]
    assert arn.startswith(
        f"arn:aws:elasticloadbalancing:{REGION}:{ACCOUNT}:targetgroup/checkout-tg/"
    )
    assert json.loads(raw["body"]) == ORDER


def test_alb_multi_value_mode() -> None:
    raw = _check(
        alb_event(query={"tag": ["a", "b"]}, headers={"x-a": ["1", "2"]}, multi_value=True)
    )
    assert raw["multiValueQueryStringParameters"] == {"tag": ["a", "b"]}
    assert raw["multiValueHeaders"]["x-a"] == ["1", "2"]
    assert "headers" not in raw
    assert "queryStringParameters" not in raw
    assert raw["body"] == ""
    assert raw["isBase64Encoded"] is False


# ------------------------------------------------------------------- Function URL


def test_function_url_public_and_iam() -> None:
    event = lambda_function_url_event("POST", "/hook", json_body={"ok": True}, query={"s": "x"})
    raw = _check(event)
    ctx = raw["requestContext"]
    assert ".lambda-url." in ctx["domainName"]
    assert raw["headers"]["host"] == ctx["domainName"]
    assert ctx["accountId"] == "anonymous"
    assert ctx["stage"] == raw["routeKey"] == ctx["routeKey"] == "$default"
    assert ctx["http"]["method"] == "POST"
    assert raw["rawPath"] == "/hook"
    assert raw["rawQueryString"] == "s=x"
    assert raw["queryStringParameters"] == {"s": "x"}
    assert "authorizer" not in ctx
    assert json.loads(raw["body"]) == {"ok": True}

    iam = _check(lambda_function_url_event(auth_type="AWS_IAM"))
    assert iam["requestContext"]["accountId"] == ACCOUNT
    caller = iam["requestContext"]["authorizer"]["iam"]
    assert caller["accountId"] == ACCOUNT
    assert caller["cognitoIdentity"] is None
    with pytest.raises(ValueError, match="auth_type"):
        lambda_function_url_event(auth_type="JWT")  # type: ignore[arg-type]


# ------------------------------------------------------------------------- VPC Lattice


def test_vpc_lattice_v1() -> None:
    event = vpc_lattice_event(
        "POST", "/items", json_body=ORDER, query={"w": "lis 2"}, headers={"X-A": ["1", "2"]}
    )
    raw = _check(event)
    assert raw["method"] == "POST"
    assert raw["raw_path"] == "/items?w=lis%202"
    assert event.path == "/items"
    assert raw["query_string_parameters"] == {"w": "lis 2"}
    assert raw["headers"]["x-a"] == "1,2"
    assert raw["is_base64_encoded"] is False
    assert json.loads(raw["body"]) == ORDER
    assert raw["headers"]["content-type"] == "application/json"
    assert _check(vpc_lattice_event())["raw_path"] == "/"


def test_vpc_lattice_v2() -> None:
    event = vpc_lattice_v2_event(
        "POST", "/items", body="hello", query={"tag": ["new", "sale"]}, headers={"x-a": "1"}
    )
    raw = _check(event)
    assert raw["version"] == "2.0"
    assert (raw["method"], raw["path"]) == ("POST", "/items")
    assert raw["queryStringParameters"] == {"tag": ["new", "sale"]}
    assert raw["headers"]["x-a"] == ["1"]
    assert all(isinstance(v, list) for v in raw["headers"].values())
    assert raw["body"] == "hello"
    ctx = raw["requestContext"]
    assert ctx["region"] == REGION
    for key in ("serviceNetworkArn", "serviceArn", "targetGroupArn"):
        assert ctx[key].startswith(f"arn:aws:vpc-lattice:{REGION}:{ACCOUNT}:")
    assert ctx["identity"]["type"] == "AWS_IAM"
    assert len(ctx["timeEpoch"]) == 16  # microseconds
    anonymous = _check(vpc_lattice_v2_event(principal=None))
    assert anonymous["requestContext"]["identity"]["type"] == "NONE"
    assert "principal" not in anonymous["requestContext"]["identity"]


# ----------------------------------------------------------- API Gateway authorizers


def test_token_authorizer() -> None:
    event = api_gateway_authorizer_token_event(
        "Bearer t-1", method="POST", path="/orders/o-1", stage="beta", api_id="abc123"
    )
    raw = _check(event)
    assert raw == {
        "type": "TOKEN",
        "authorizationToken": "Bearer t-1",
        "methodArn": f"arn:aws:execute-api:{REGION}:{ACCOUNT}:abc123/beta/POST/orders/o-1",
    }
    arn = event.parsed_arn
    assert (arn.http_method, arn.resource, arn.stage, arn.api_id) == (
        "POST",
        "orders/o-1",
        "beta",
        "abc123",
    )


def test_request_authorizer() -> None:
    event = api_gateway_authorizer_request_event(
        "DELETE",
        "/orders/o-1",
        token="Bearer t-2",
        query={"force": "1"},
        path_parameters={"orderId": "o-1"},
        resource="/orders/{orderId}",
    )
    raw = _check(event)
    assert raw["type"] == "REQUEST"
    assert raw["methodArn"].endswith("/prod/DELETE/orders/o-1")
    assert raw["headers"]["Authorization"] == "Bearer t-2"
    assert raw["multiValueHeaders"]["Authorization"] == ["Bearer t-2"]
    assert raw["queryStringParameters"] == {"force": "1"}
    assert raw["multiValueQueryStringParameters"] == {"force": ["1"]}
    assert raw["pathParameters"] == {"orderId": "o-1"}
    assert raw["stageVariables"] == {}
    assert raw["resource"] == raw["requestContext"]["resourcePath"] == "/orders/{orderId}"
    assert raw["requestContext"]["httpMethod"] == "DELETE"
    assert event.parsed_arn.http_method == "DELETE"
    assert not event.is_websocket
    no_token = _check(api_gateway_authorizer_request_event(token=None))
    assert "Authorization" not in no_token["headers"]


def test_v2_authorizer() -> None:
    event = api_gateway_authorizer_v2_event(
        "DELETE", "/carts/c-19", token="Bearer v2", query={"force": "1"}, cookies=["s=1"]
    )
    raw = _check(event)
    assert raw["type"] == "REQUEST"
    assert raw["version"] == "2.0"
    assert raw["identitySource"] == ["Bearer v2"]
    assert raw["headers"]["authorization"] == "Bearer v2"
    assert raw["routeArn"] == (
        f"arn:aws:execute-api:{REGION}:{ACCOUNT}:a1b2c3d4e5/$default/DELETE/carts/c-19"
    )
    assert raw["routeKey"] == "DELETE /carts/c-19"
    assert raw["rawQueryString"] == "force=1"
    assert raw["cookies"] == ["s=1"]
    assert raw["requestContext"]["http"]["method"] == "DELETE"
    assert event.parsed_arn.resource == "carts/c-19"
    no_token = _check(api_gateway_authorizer_v2_event(token=None))
    assert "identitySource" not in no_token


# ------------------------------------------------------------------------------- AppSync


def test_appsync_resolver_direct_shape() -> None:
    from lambda_events.appsync import AppSyncIdentityCognito

    identity = AppSyncIdentityCognito(
        sub="u-1", username="ana", issuer="https://issuer", source_ip=("203.0.113.1",)
    )
    event = appsync_resolver_event(
        "listProducts",
        arguments={"storeId": "s-5", "limit": 20},
        identity=identity,
        source={"id": "parent"},
        selection=["id", "title"],
        parent_type_name="Store",
    )
    raw = _check(event)
    assert raw["arguments"] == {"storeId": "s-5", "limit": 20}
    assert raw["info"]["fieldName"] == "listProducts"
    assert raw["info"]["parentTypeName"] == "Store"
    assert raw["info"]["variables"] == {"storeId": "s-5", "limit": 20}
    assert raw["info"]["selectionSetList"] == ["id", "title"]
    assert raw["info"]["selectionSetGraphQL"] == "{\n  id\n  title\n}"
    assert raw["identity"]["username"] == "ana"
    assert raw["source"] == {"id": "parent"}
    assert event.identity == identity
    assert (event.type_name, event.field_name) == ("Store", "listProducts")


def test_appsync_resolver_api_key_identity_is_null() -> None:
    raw = _check(appsync_resolver_event())
    assert raw["identity"] is None
    assert raw["source"] is None
    assert raw["prev"] is None
    assert raw["stash"] == {}


def test_appsync_authorizer() -> None:
    event = appsync_authorizer_event("tok-9", variables={"id": "p-1"}, operation_name=None)
    raw = _check(event)
    assert raw["authorizationToken"] == raw["requestHeaders"]["authorization"] == "tok-9"
    ctx = raw["requestContext"]
    assert ctx["accountId"] == ACCOUNT
    assert ctx["variables"] == {"id": "p-1"}
    assert "operationName" not in ctx
    assert ctx["apiId"] in raw["requestHeaders"]["host"]


def test_appsync_events_publish_and_subscribe() -> None:
    event = appsync_events_event(channel="/chat/room-7", payloads=[{"text": "hi"}, "plain"])
    raw = _check(event)
    info = raw["info"]
    assert info["operation"] == "PUBLISH"
    assert info["channel"] == {"path": "/chat/room-7", "segments": ["chat", "room-7"]}
    assert info["channelNamespace"] == {"name": "chat"}
    assert [e["payload"] for e in raw["events"]] == [{"text": "hi"}, "plain"]
    ids = [e["id"] for e in raw["events"]]
    assert len(set(ids)) == 2
    assert raw["identity"] is None
    assert raw["outErrors"] == []

    sub = appsync_events_event("SUBSCRIBE", identity={"sub": "u-1", "issuer": "i", "claims": {}})
    raw = _check(sub)
    assert raw["info"]["operation"] == "SUBSCRIBE"
    assert "events" not in raw
    assert raw["identity"]["sub"] == "u-1"
    with pytest.raises(ValueError, match="PUBLISH or SUBSCRIBE"):
        appsync_events_event("DELETE")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="namespace"):
        appsync_events_event(channel="/")
