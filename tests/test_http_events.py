"""HTTP and authorizer events: round trips, helpers, malformed input."""

from __future__ import annotations

import base64
import copy
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events as le
from lambda_events import StructureError, converter
from lambda_events.api_gateway import parse_api_gateway_arn

from ._support import assert_round_trip, load_sample, shared_files, structure_error

EVENT_SAMPLES = {
    "apigw-rest-proxy.json": le.APIGatewayProxyEvent,
    "apigw-rest-proxy-binary.json": le.APIGatewayProxyEvent,
    "apigw-http-v2.json": le.APIGatewayProxyEventV2,
    "apigw-http-v2-lambda-authorizer.json": le.APIGatewayProxyEventV2,
    "apigw-websocket-connect.json": le.APIGatewayWebSocketEvent,
    "apigw-websocket-message.json": le.APIGatewayWebSocketEvent,
    "apigw-websocket-disconnect.json": le.APIGatewayWebSocketEvent,
    "apigw-authorizer-token.json": le.APIGatewayAuthorizerTokenEvent,
    "apigw-authorizer-request.json": le.APIGatewayAuthorizerRequestEvent,
    "apigw-authorizer-request-websocket.json": le.APIGatewayAuthorizerRequestEvent,
    "apigw-authorizer-v2.json": le.APIGatewayAuthorizerEventV2,
    "alb-request.json": le.ALBEvent,
    "alb-multi-value.json": le.ALBEvent,
    "function-url-request.json": le.LambdaFunctionUrlEvent,
    "function-url-iam.json": le.LambdaFunctionUrlEvent,
    "vpc-lattice-v1.json": le.VPCLatticeEvent,
    "vpc-lattice-v2.json": le.VPCLatticeEventV2,
    "appsync-resolver-direct.json": le.AppSyncResolverEvent,
    "appsync-resolver-amplify.json": le.AppSyncResolverEvent,
    "appsync-resolver-lambda-identity.json": le.AppSyncResolverEvent,
    "appsync-resolver-oidc.json": le.AppSyncResolverEvent,
    "appsync-batch.json": list[le.AppSyncResolverEvent],
    "appsync-authorizer.json": le.AppSyncAuthorizerEvent,
    "appsync-events-publish.json": le.AppSyncResolverEventsEvent,
    "appsync-events-subscribe.json": le.AppSyncResolverEventsEvent,
}

CLASSES = (
    "APIGatewayProxyEvent",
    "APIGatewayProxyEventV2",
    "APIGatewayWebSocketEvent",
    "ALBEvent",
    "LambdaFunctionUrlEvent",
    "VPCLatticeEvent",
    "VPCLatticeEventV2",
    "APIGatewayAuthorizerTokenEvent",
    "APIGatewayAuthorizerRequestEvent",
    "APIGatewayAuthorizerEventV2",
    "AppSyncResolverEvent",
    "AppSyncAuthorizerEvent",
    "AppSyncResolverEventsEvent",
    "AppSyncAuthorizerResponse",
)


def sample(name: str, cls: Any) -> Any:
    return converter.structure(load_sample(name), cls)


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize("name", sorted(EVENT_SAMPLES))
def test_sample_round_trips(name: str) -> None:
    assert_round_trip(load_sample(name), EVENT_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_corpus_round_trips(path: Path, cls_name: str) -> None:
    raw = json.loads(path.read_text())
    cls: Any = getattr(le, cls_name)
    assert_round_trip(raw, list[cls] if isinstance(raw, list) else cls)


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


# ------------------------------------------------------------------ REST v1 helpers


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


# ------------------------------------------------------------------ HTTP API v2 helpers


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


def test_function_url_iam_and_null_authentication() -> None:
    ev = sample("function-url-iam.json", le.LambdaFunctionUrlEvent)
    assert not isinstance(ev, le.APIGatewayProxyEventV2)  # its own class: routeKey optional
    assert ev.route_key == "$default" and ev.request_context.stage == "$default"
    assert ev.request_context.authentication is None
    assert ev.request_context.client_cert is None
    authorizer = ev.request_context.authorizer
    assert authorizer is not None and authorizer.iam is not None
    iam = authorizer.iam
    assert iam.user_arn == "arn:aws:sts::210987654321:assumed-role/ops/ops-bot"
    assert iam.cognito_amr == () and iam.cognito_identity_id is None
    assert ev.body is None and ev.json_body is None
    assert converter.unstructure(ev)["requestContext"]["authentication"] is None


def test_v2_iam_cognito_identity_from_corpus_shape() -> None:
    raw = load_sample("function-url-iam.json")
    raw["requestContext"]["authorizer"]["iam"]["cognitoIdentity"] = {
        "amr": ["authenticated"],
        "identityId": "eu-west-1:abc",
        "identityPoolId": "eu-west-1:pool",
    }
    ev = assert_round_trip(raw, le.LambdaFunctionUrlEvent)
    authorizer = ev.request_context.authorizer
    assert authorizer is not None and authorizer.iam is not None
    assert authorizer.iam.cognito_amr == ("authenticated",)
    assert authorizer.iam.cognito_identity_pool_id == "eu-west-1:pool"


# ------------------------------------------------------------------ WebSocket


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


# ------------------------------------------------------------------ ALB


def test_alb_single_and_multi_value() -> None:
    ev = sample("alb-request.json", le.ALBEvent)
    assert ev.request_context.elb_target_group_arn.endswith("checkout-tg/7d3c2b1a0f9e8d7c")
    assert ev.get_query_string_value("promo") == "SPRING%2026"
    assert ev.decoded_query_string_parameters["promo"] == ("SPRING\x2026",)
    assert ev.resolved_cookies_field == {"cart": "c-19", "ab": "b"}
    assert ev.json_body == {"cartId": "c-19", "paymentMethod": "card"}
    multi = sample("alb-multi-value.json", le.ALBEvent)
    assert multi.headers == {} and multi.headers.get("x") is None
    assert multi.resolved_headers_field["X-Forwarded-For"] == ("198.51.100.34, 10.0.1.17",)
    assert multi.decoded_query_string_parameters == {
        "q": ("café au lait",),
        "filter": ("vegan", "hot"),
    }
    assert multi.get_query_string_value("filter") == "hot"
    assert multi.get_multi_value_query_string_values("filter") == ("vegan", "hot")
    assert multi.decoded_body == "" and multi.json_body is None


# ------------------------------------------------------------------ VPC Lattice


def test_vpc_lattice_v1() -> None:
    ev = sample("vpc-lattice-v1.json", le.VPCLatticeEvent)
    assert ev.raw_path == "/inventory/items?warehouse=lis-2"
    assert ev.path == "/inventory/items"
    assert ev.http_method == "GET"
    assert ev.get_query_string_value("warehouse") == "lis-2"
    assert ev.headers["X-Forwarded-For"] == "10.40.1.12"
    assert converter.unstructure(ev)["is_base64_encoded"] is False


def test_vpc_lattice_v2_list_or_string_values() -> None:
    ev = sample("vpc-lattice-v2.json", le.VPCLatticeEventV2)
    assert ev.headers["X-Forwarded-For"] == "10.40.1.12,10.40.9.1"
    assert ev.headers.multi["x-forwarded-for"] == ("10.40.1.12", "10.40.9.1")
    assert ev.headers["accept"] == "application/json"
    assert ev.resolved_headers_field["accept"] == ("application/json",)
    assert ev.query_string_parameters is not None
    assert ev.query_string_parameters["tag"] == "new,sale"
    assert ev.resolved_query_string_parameters["tag"] == ("new", "sale")
    assert ev.get_query_string_value("dryRun") == "true"
    assert ev.json_body == {"sku": "MUG-01", "count": 40}
    identity = ev.request_context.identity
    assert identity.principal_org_id == "o-a1b2c3d4e5"
    assert identity.x509_san_dns == "client.inventory.internal"
    assert ev.request_context.time_epoch.datetime == datetime(
        2026, 2, 14, 12, 26, 40, 123456, tzinfo=timezone.utc
    )
    out = converter.unstructure(ev)
    assert out["headers"]["x-forwarded-for"] == ["10.40.1.12", "10.40.9.1"]
    assert out["headers"]["accept"] == "application/json"


def test_vpc_lattice_identity_spelling_kept() -> None:
    raw = load_sample("vpc-lattice-v2.json")
    identity = raw["requestContext"]["identity"]
    identity["principalOrgId"] = identity.pop("principalOrgID")
    identity["x509SubjectCn"] = "client"
    ev = assert_round_trip(raw, le.VPCLatticeEventV2)
    assert ev.request_context.identity.principal_org_id == "o-a1b2c3d4e5"
    assert ev.request_context.identity.x509_subject_cn == "client"


# ------------------------------------------------------------------ authorizer events


@pytest.mark.parametrize(
    ("arn", "websocket", "expected"),
    [
        (
            "arn:aws-cn:execute-api:cn-north-1:123456789012:abc/prod/GET/pets/{id}",
            False,
            ("aws-cn", "cn-north-1", "123456789012", "abc", "prod", "GET", "pets/{id}"),
        ),
        (
            "arn:aws-us-gov:execute-api:us-gov-east-1:123456789012:abc/v1/ANY/{proxy+}",
            False,
            ("aws-us-gov", "us-gov-east-1", "123456789012", "abc", "v1", "ANY", "{proxy+}"),
        ),
        (
            "arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/",
            False,
            ("aws", "us-west-2", "123456789012", "ymy8tbxw7b", "*", "GET", ""),
        ),
        (
            "arn:aws:execute-api:us-east-1:123456789012:c5jwxq709g/production/$connect",
            True,
            ("aws", "us-east-1", "123456789012", "c5jwxq709g", "production", None, "$connect"),
        ),
    ],
)
def test_parse_api_gateway_arn(arn: str, websocket: bool, expected: tuple[Any, ...]) -> None:
    parsed = parse_api_gateway_arn(arn, websocket)
    assert (
        parsed.partition,
        parsed.region,
        parsed.aws_account_id,
        parsed.api_id,
        parsed.stage,
        parsed.http_method,
        parsed.resource,
    ) == expected
    assert parsed.arn == arn


@pytest.mark.parametrize(
    "arn",
    ["not-an-arn", "arn:aws:lambda:us-east-1:1:function:f", "arn:aws:execute-api:r:1:api"],
)
def test_parse_api_gateway_arn_rejects(arn: str) -> None:
    with pytest.raises(ValueError, match="ARN"):
        parse_api_gateway_arn(arn)


def test_token_event() -> None:
    ev = sample("apigw-authorizer-token.json", le.APIGatewayAuthorizerTokenEvent)
    assert ev.parsed_arn.partition == "aws-cn"
    assert ev.parsed_arn.resource == "inventory/{sku}"
    assert "Bearer" not in repr(ev) and "'***'" in repr(ev)
    raw = load_sample("apigw-authorizer-token.json")
    raw["methodArn"] = "garbage"
    bad = converter.structure(raw, le.APIGatewayAuthorizerTokenEvent)
    with pytest.raises(StructureError, match="methodArn: not an ARN"):
        _ = bad.parsed_arn


def test_request_event_rest_and_websocket() -> None:
    ev = sample("apigw-authorizer-request.json", le.APIGatewayAuthorizerRequestEvent)
    assert not ev.is_websocket
    assert ev.parsed_arn.partition == "aws-us-gov" and ev.parsed_arn.http_method == "POST"
    assert ev.headers is not None and ev.headers["x-tenant"] == "acme"
    assert ev.resolved_headers_field["x-token"] == ("tok-5521",)
    assert ev.get_query_string_value("draft") == "false"
    assert ev.resolved_path_parameters == {} and ev.resolved_stage_variables == {"audience": "gov"}
    assert "tok-5521,acme" not in repr(ev).split("headers=")[0]
    ws = sample("apigw-authorizer-request-websocket.json", le.APIGatewayAuthorizerRequestEvent)
    assert ws.is_websocket
    assert ws.parsed_arn.http_method is None and ws.parsed_arn.resource == "$connect"
    assert ws.request_context.route_key == "$connect"
    assert ws.authorization_token is None and ws.resource is None
    assert "Bearer ws-token-81" not in repr(ws)  # Authorization header redacted


def test_authorizer_v2_event() -> None:
    ev = sample("apigw-authorizer-v2.json", le.APIGatewayAuthorizerEventV2)
    assert ev.parsed_arn.stage == "$default" and ev.parsed_arn.resource == "carts/c-19"
    assert ev.http_method == "DELETE"
    assert ev.resolved_identity_source == ("Bearer v2-token-55",)
    assert ev.resolved_cookies_field == {"session": "9f8e7d"}
    assert ev.resolved_stage_variables == {}
    assert "v2-token-55" not in repr(ev)  # identity source and Authorization header redacted
    raw = load_sample("apigw-authorizer-v2.json")
    raw["identitySource"] = None
    assert assert_round_trip(raw, le.APIGatewayAuthorizerEventV2).resolved_identity_source == ()


# ------------------------------------------------------------------ AppSync


def test_appsync_identity_is_decided_by_shape() -> None:
    direct = sample("appsync-resolver-direct.json", le.AppSyncResolverEvent)
    assert isinstance(direct.identity, le.AppSyncIdentityCognito)
    assert direct.identity.groups == ("admins",)
    assert direct.identity.source_ip == ("203.0.113.24",)
    amplify = sample("appsync-resolver-amplify.json", le.AppSyncResolverEvent)
    assert isinstance(amplify.identity, le.AppSyncIdentityIAM)
    assert amplify.identity.account_id == "210987654321"
    lam = sample("appsync-resolver-lambda-identity.json", le.AppSyncResolverEvent)
    assert isinstance(lam.identity, le.AppSyncIdentityLambda)
    assert lam.identity.resolver_context == {"tenant": "acme", "plan": "gold"}
    oidc = sample("appsync-resolver-oidc.json", le.AppSyncResolverEvent)
    assert isinstance(oidc.identity, le.AppSyncIdentityOIDC)
    assert oidc.identity.issuer == "https://id.example.com/"
    batch = sample("appsync-batch.json", list[le.AppSyncResolverEvent])
    assert all(ev.identity is None for ev in batch)


def test_appsync_resolver_helpers_both_shapes() -> None:
    direct = sample("appsync-resolver-direct.json", le.AppSyncResolverEvent)
    assert (direct.type_name, direct.field_name) == ("Query", "listProducts")
    assert direct.info.selection_set_list == ("id", "title", "price")
    assert direct.info.selection_set_graphql == "{\n  id\n  title\n  price\n}"
    assert direct.request_headers["Authorization"].startswith("eyJ")
    assert "eyJraWQ" not in repr(direct)
    assert direct.resolved_source == {} and direct.prev_result is None
    amplify = sample("appsync-resolver-amplify.json", le.AppSyncResolverEvent)
    assert amplify.raw_info is None
    assert (amplify.type_name, amplify.field_name) == ("Store", "openingHours")
    assert amplify.info.variables is None and amplify.info.selection_set_list is None
    assert amplify.prev_result == {"timezone": "Europe/Lisbon"}
    assert amplify.resolved_source["name"] == "Lisbon Baixa"
    assert amplify.resolved_stash == {} and amplify.domain_name is None
    assert "info" not in converter.unstructure(amplify)  # synthesised info is not written


def test_appsync_parent_type_name_shape() -> None:
    raw = load_sample("appsync-resolver-amplify.json")
    raw["parentTypeName"] = raw.pop("typeName")
    ev = assert_round_trip(raw, le.AppSyncResolverEvent)
    assert ev.type_name == "Store"
    raw.pop("parentTypeName")
    ev = converter.structure(raw, le.AppSyncResolverEvent)
    with pytest.raises(StructureError, match="neither info nor typeName"):
        _ = ev.type_name


def test_appsync_authorizer_event() -> None:
    ev = sample("appsync-authorizer.json", le.AppSyncAuthorizerEvent)
    assert ev.request_context.operation_name == "DeleteProduct"
    assert ev.request_context.variables == {"id": "p-11"}
    assert ev.request_headers is not None and ev.request_headers["HOST"].startswith("p2q3")
    assert "custom-token-31" not in repr(ev)


def test_appsync_events() -> None:
    pub = sample("appsync-events-publish.json", le.AppSyncResolverEventsEvent)
    assert pub.info.operation is le.AppSyncEventsOperation.PUBLISH
    assert pub.info.channel_path == "/chat/room-7"
    assert pub.info.channel_segments == ("chat", "room-7")
    assert pub.info.channel_namespace.name == "chat"
    assert [e["id"][:4] for e in pub.resolved_events] == ["0a1b", "5e6f"]
    assert pub.identity_object is None
    assert pub.request_headers["X-Api-Key"] == "da2-abcdefghijklmnop"
    sub = sample("appsync-events-subscribe.json", le.AppSyncResolverEventsEvent)
    assert sub.resolved_events == () and sub.events is None
    identity = sub.identity_object
    assert isinstance(identity, le.AppSyncIdentityCognito) and identity.username == "ana"
    raw = load_sample("appsync-events-subscribe.json")
    raw["identity"] = "None"  # what the Powertools fixture carries
    odd = assert_round_trip(raw, le.AppSyncResolverEventsEvent)
    with pytest.raises(StructureError, match="identity: expected an object, got str"):
        _ = odd.identity_object


# ------------------------------------------------------------------ malformed input


def _mutated(name: str, change: Any) -> Any:
    raw = copy.deepcopy(load_sample(name))
    change(raw)
    return raw


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
    (
        "alb-request.json",
        le.ALBEvent,
        lambda r: r["requestContext"]["elb"].pop("targetGroupArn"),
        "requestContext.elb.targetGroupArn: missing required key",
    ),
    (
        "function-url-request.json",
        le.LambdaFunctionUrlEvent,
        lambda r: r["requestContext"].update(timeEpoch=1.5),
        "requestContext.timeEpoch: expected epoch milliseconds as an integer, got float",
    ),
    (
        "vpc-lattice-v1.json",
        le.VPCLatticeEvent,
        lambda r: r.update(is_base64_encoded="no"),
        "is_base64_encoded: expected true or false, got str",
    ),
    (
        "vpc-lattice-v2.json",
        le.VPCLatticeEventV2,
        lambda r: r["headers"].update(accept=3),
        "headers.accept: expected a string or a list of strings, got int",
    ),
    (
        "vpc-lattice-v2.json",
        le.VPCLatticeEventV2,
        lambda r: r["requestContext"].update(timeEpoch=1771072000),
        "requestContext.timeEpoch: expected a string, got int",
    ),
    (
        "apigw-authorizer-token.json",
        le.APIGatewayAuthorizerTokenEvent,
        lambda r: r.pop("methodArn"),
        "methodArn: missing required key",
    ),
    (
        "apigw-authorizer-request.json",
        le.APIGatewayAuthorizerRequestEvent,
        lambda r: r["multiValueHeaders"].update({"X-Token": "tok"}),
        "multiValueHeaders.X-Token: expected a list of strings, got str",
    ),
    (
        "apigw-authorizer-v2.json",
        le.APIGatewayAuthorizerEventV2,
        lambda r: r.update(identitySource=[7]),
        "identitySource[0]: expected a string, got int",
    ),
    (
        "appsync-resolver-direct.json",
        le.AppSyncResolverEvent,
        lambda r: r.update(identity={"foo": 1}),
        "identity: identity matches no AppSync identity shape",
    ),
    (
        "appsync-resolver-direct.json",
        le.AppSyncResolverEvent,
        lambda r: r["identity"].pop("username"),
        "identity.username: missing required key",
    ),
    (
        "appsync-resolver-direct.json",
        le.AppSyncResolverEvent,
        lambda r: r["info"].update(selectionSetList="id"),
        "info.selectionSetList: expected a list, got str",
    ),
    (
        "appsync-authorizer.json",
        le.AppSyncAuthorizerEvent,
        lambda r: r["requestContext"].pop("requestId"),
        "requestContext.requestId: missing required key",
    ),
    (
        "appsync-events-publish.json",
        le.AppSyncResolverEventsEvent,
        lambda r: r["info"].update(operation=1),
        "info.operation: expected a string, got int",
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
    assert message in structure_error(_mutated(name, change), cls)


def test_malformed_batch_names_the_index() -> None:
    raw = load_sample("appsync-batch.json")
    raw[1]["arguments"] = 1
    msg = structure_error(raw, list[le.AppSyncResolverEvent])
    assert "[1].arguments: expected an object, got int" in msg


def test_every_problem_is_reported() -> None:
    raw = load_sample("apigw-http-v2.json")
    raw["version"] = 2
    raw["requestContext"]["stage"] = None
    msg = structure_error(raw, le.APIGatewayProxyEventV2)
    assert "version: expected a string, got int" in msg
    assert "requestContext.stage: expected a string, got null" in msg
