"""AWS AppSync: resolver, batch, authorizer and Events API events, the authorizer response, the
sample handlers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lambda_events as le
from lambda_events import ResponseError, StructureError, converter

from ._http_support import golden, mutated, sample
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
    "AppSyncResolverEvent",
    "AppSyncAuthorizerEvent",
    "AppSyncResolverEventsEvent",
    "AppSyncAuthorizerResponse",
)


@pytest.mark.parametrize("name", sorted(EVENT_SAMPLES))
def test_sample_round_trips(name: str) -> None:
    assert_round_trip(load_sample(name), EVENT_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


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
    assert pub.identity_object() is None
    assert pub.request_headers["X-Api-Key"] == "da2-abcdefghijklmnop"
    sub = sample("appsync-events-subscribe.json", le.AppSyncResolverEventsEvent)
    assert sub.resolved_events == () and sub.events is None
    identity = sub.identity_object()
    assert isinstance(identity, le.AppSyncIdentityCognito) and identity.username == "ana"
    raw = load_sample("appsync-events-subscribe.json")
    raw["identity"] = "None"  # what the Powertools fixture carries
    odd = assert_round_trip(raw, le.AppSyncResolverEventsEvent)
    with pytest.raises(StructureError, match="identity: expected an object, got str"):
        _ = odd.identity_object()


def test_appsync_events_identity_uses_the_converter_it_is_given() -> None:
    raw = load_sample("appsync-events-subscribe.json")
    raw["identity"]["surprise"] = 1
    event = le.converter.structure(raw, le.AppSyncResolverEventsEvent)
    assert isinstance(event.identity_object(), le.AppSyncIdentityCognito)
    strict = le.converter.copy(forbid_extra_keys=True)
    with pytest.raises(StructureError, match="surprise"):
        event.identity_object(strict)


MALFORMED = [
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
    assert message in structure_error(mutated(name, change), cls)


def test_malformed_batch_names_the_index() -> None:
    raw = load_sample("appsync-batch.json")
    raw[1]["arguments"] = 1
    msg = structure_error(raw, list[le.AppSyncResolverEvent])
    assert "[1].arguments: expected an object, got int" in msg


RESPONSE_SAMPLES = {
    "appsync-authorizer-response.json": le.AppSyncAuthorizerResponse,
}


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSE_SAMPLES[name])


def test_appsync_authorizer_response_golden() -> None:
    golden(le.AppSyncAuthorizerResponse(), {"isAuthorized": False})
    golden(
        le.AppSyncAuthorizerResponse(
            is_authorized=True,
            ttl_override=0,
            denied_fields=("Mutation.createEvent",),
            resolver_context={"id": "1"},
        ),
        {
            "isAuthorized": True,
            "ttlOverride": 0,
            "deniedFields": ["Mutation.createEvent"],
            "resolverContext": {"id": "1"},
        },
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ttl_override": 3601}, "ttlOverride"),
        ({"ttl_override": -1}, "ttlOverride"),
        ({"ttl_override": True}, "ttlOverride"),
        ({"denied_fields": "Mutation.x"}, "deniedFields"),
        ({"resolver_context": {"a": {"b": 1}}}, "resolverContext"),
        ({"is_authorized": 1}, "isAuthorized"),
    ],
)
def test_appsync_authorizer_response_invalid(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ResponseError, match=message):
        le.AppSyncAuthorizerResponse(**kwargs)


LOCATIONS = [
    {"id": "1", "name": "Location 1", "address": "123 Main St"},
    {"id": "2", "name": "Location 2", "address": "456 Elm St"},
    {"id": "3", "name": "Location 3", "address": "789 Oak St"},
]

CASES: list[tuple[str, str, Any]] = [
    (
        "appsync_resolver_handler",
        "appsync-resolver-direct.json",
        {
            "field": "Query.listProducts",
            "caller": "cognito:ana",
            "selection": ["id", "title", "price"],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": None,
        },
    ),
    (
        "appsync_resolver_handler",
        "appsync-resolver-amplify.json",
        {
            "field": "Store.openingHours",
            "caller": "iam:arn:aws:sts::210987654321:assumed-role/catalog-sync/session-9",
            "selection": [],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": {"timezone": "Europe/Lisbon"},
        },
    ),
    (
        "appsync_resolver_handler",
        "appsync-resolver-lambda-identity.json",
        {
            "field": "Mutation.deleteProduct",
            "caller": "lambda:acme",
            "selection": ["id"],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": None,
        },
    ),
    (
        "appsync_resolver_handler",
        "appsync-resolver-oidc.json",
        {
            "field": "Query.me",
            "caller": "oidc:google-oauth2|1029384756",
            "selection": ["email"],
            "items": LOCATIONS,
            "totalCount": 3,
            "previous": None,
        },
    ),
    (
        "appsync_batch_handler",
        "appsync-batch.json",
        [{"name": "Ana"}, {"name": "Bruno"}, {"name": "Carla"}],
    ),
    (
        "appsync_authorizer_handler",
        "appsync-authorizer.json",
        {
            "isAuthorized": True,
            "resolverContext": {"id": "u-31"},
            "deniedFields": ["Mutation.deleteEvent"],
            "ttlOverride": 0,
        },
    ),
    (
        "appsync_events_handler",
        "appsync-events-publish.json",
        {
            "events": [
                {
                    "payload": {"text": "hi", "from": "ana"},
                    "id": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                }
            ]
        },
    ),
    ("appsync_events_handler", "appsync-events-subscribe.json", None),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
