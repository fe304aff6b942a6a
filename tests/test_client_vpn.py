"""AWS Client VPN connection handlers: the event, the response, the sample handler.

AWS documentation behind the samples:
https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-authorization.html
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import (
    ClientVPNConnectionHandlerEvent,
    ClientVPNConnectionHandlerResponse,
    ResponseError,
    converter,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_response,
    load_sample,
    run_sample_handler,
    set_at,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "client-vpn-connection.json": ClientVPNConnectionHandlerEvent,
}

RESPONSES: dict[str, type[Any]] = {
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
    assert_corpus_round_trip(path, cls_name)


def test_client_vpn_response_builders() -> None:
    answer = ClientVPNConnectionHandlerResponse.deny(
        "Please update macOS to 15 or later.", posture_compliance_statuses=["os-outdated"]
    )
    assert converter.unstructure(answer) == load_response("client-vpn-response.json")
    assert converter.unstructure(ClientVPNConnectionHandlerResponse.allow_connection())["allow"]
    with pytest.raises(ResponseError, match="255"):
        ClientVPNConnectionHandlerResponse.deny("x" * 256)


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "client-vpn-connection.json",
            ("connection-id",),
            5,
            "connection-id: expected a string, got int",
        ),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    set_at(path, value)(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_client_vpn_handler() -> None:
    out = run_sample_handler("client_vpn_handler", "client-vpn-connection.json")
    assert assert_round_trip(out, ClientVPNConnectionHandlerResponse).allow is True
    old = run_sample_handler(
        "client_vpn_handler", "client-vpn-connection.json", **{"platform-version": "13.6"}
    )
    assert old["allow"] is False and old["posture-compliance-statuses"] == ["os-outdated"]
    blocked = run_sample_handler(
        "client_vpn_handler", "client-vpn-connection.json", username="former.employee"
    )
    assert blocked["error-msg-on-failed-posture-compliance"] == "This account cannot use the VPN."
