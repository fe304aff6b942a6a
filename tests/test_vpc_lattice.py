"""Amazon VPC Lattice: V1 and V2 events, the response, the sample handlers."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

import lambda_events as le
from lambda_events import ResponseError, converter

from ._http_support import JSON, golden, mutated, sample
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
    "vpc-lattice-v1.json": le.VPCLatticeEvent,
    "vpc-lattice-v2.json": le.VPCLatticeEventV2,
}

CLASSES = (
    "VPCLatticeEvent",
    "VPCLatticeEventV2",
)


@pytest.mark.parametrize("name", sorted(EVENT_SAMPLES))
def test_sample_round_trips(name: str) -> None:
    assert_round_trip(load_sample(name), EVENT_SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


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
    forwarded = ("10.40.1.12", "10.40.9.1")
    assert ev.headers["X-Forwarded-For"] == ev.headers.multi["x-forwarded-for"] == forwarded
    assert ev.get_header_value("x-forwarded-for") == forwarded  # as sent, as in Powertools
    assert ev.headers.joined["X-Forwarded-For"] == "10.40.1.12,10.40.9.1"
    assert ev.headers["accept"] == ev.get_header_value("ACCEPT") == "application/json"
    assert ev.headers == load_sample("vpc-lattice-v2.json")["headers"]
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


MALFORMED = [
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


RESPONSE_SAMPLES = {
    "vpc-lattice-response.json": le.VPCLatticeResponse,
}


@pytest.mark.parametrize("name", sorted(RESPONSE_SAMPLES))
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSE_SAMPLES[name])


def test_vpc_lattice_response() -> None:
    golden(
        le.VPCLatticeResponse.build("ok", headers={"Content-Type": "text/plain"}),
        {
            "statusCode": 200,
            "isBase64Encoded": False,
            "statusDescription": "200 OK",
            "headers": {"Content-Type": "text/plain"},
            "body": "ok",
        },
    )
    golden(
        le.VPCLatticeResponse.build(b"\x00", status_code=500).with_header("X", "1"),
        {
            "statusCode": 500,
            "isBase64Encoded": True,
            "statusDescription": "500 Internal Server Error",
            "headers": {"Content-Type": "application/octet-stream", "X": "1"},
            "body": "AA==",
        },
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: le.VPCLatticeResponse(status_code=200, headers={"X": ["a"]}),  # type: ignore[dict-item]
    ],
)
def test_invalid_proxy_responses_raise(make: Any) -> None:
    with pytest.raises(ResponseError):
        make()


CASES: list[tuple[str, str, Any]] = [
    (
        "vpc_lattice_handler",
        "vpc-lattice-v1.json",
        {
            "statusCode": 200,
            "isBase64Encoded": False,
            "statusDescription": "200 OK",
            "headers": {"Content-Type": "application/text"},
            "body": "Event Response to VPC Lattice for lis-2",
        },
    ),
    (
        "vpc_lattice_v2_handler",
        "vpc-lattice-v2.json",
        {
            "statusCode": 200,
            "isBase64Encoded": False,
            "statusDescription": "200 OK",
            "headers": JSON,
            "body": (
                '{"stored":40,"tags":["new","sale"],"forwarded_for":["10.40.1.12","10.40.9.1"],'
                '"at":"2026-02-14T12:26:40.123456+00:00"}'
            ),
        },
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
