"""CloudFormation custom resources: the event, the response, and PUTting it to a local server."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import attrs
import pytest

from lambda_events import (
    CloudFormationCustomResourceEvent,
    CloudFormationCustomResourceResponse,
    CloudFormationRequestType,
    CloudFormationResponseError,
    CloudFormationResponseStatus,
    LambdaEventsError,
    ResponseError,
    StructureError,
    converter,
    send_custom_resource_response,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_response,
    load_sample,
    sample_handler,
    shared_files,
    structure_error,
)

STACK = (
    "arn:aws:cloudformation:eu-west-1:210987654321:stack/orders-platform/"
    "5b7e2c40-1f3a-11f0-9c1d-0a1b2c3d4e5f"
)
SAMPLES = ["cloudformation-create.json", "cloudformation-update.json", "cloudformation-delete.json"]


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)


# ----------------------------------------------------------------------- the event


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), CloudFormationCustomResourceEvent)


@pytest.mark.parametrize(("path", "cls_name"), shared_files("CloudFormationCustomResourceEvent"))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_event_fields_per_request_type() -> None:
    create = converter.structure(
        load_sample("cloudformation-create.json"), CloudFormationCustomResourceEvent
    )
    assert create.request_type is CloudFormationRequestType.CREATE
    assert create.physical_resource_id is None
    assert create.old_resource_properties is None
    assert create.resource_type == "Custom::DnsRecord"
    assert create.logical_resource_id == "DnsRecord"
    assert create.resource_properties is not None
    assert create.resource_properties["Targets"] == ["10.0.1.15", "10.0.2.15"]
    assert create.response_url.startswith(
        "https://cloudformation-custom-resource-response-euwest1."
    )
    update = converter.structure(
        load_sample("cloudformation-update.json"), CloudFormationCustomResourceEvent
    )
    assert update.request_type is CloudFormationRequestType.UPDATE
    assert update.physical_resource_id == "orders.example.org-A"
    assert update.old_resource_properties is not None
    assert update.old_resource_properties["Ttl"] == "300"
    assert update.resource_properties is not None
    assert update.resource_properties["Ttl"] == "60"
    delete = converter.structure(
        load_sample("cloudformation-delete.json"), CloudFormationCustomResourceEvent
    )
    assert delete.request_type == "Delete"


def test_unknown_request_type_stays_a_string() -> None:
    raw = {**load_sample("cloudformation-create.json"), "RequestType": "Import"}
    event = assert_round_trip(raw, CloudFormationCustomResourceEvent)
    assert type(event.request_type) is str


def test_response_url_is_redacted_in_repr() -> None:
    event = converter.structure(
        load_sample("cloudformation-create.json"), CloudFormationCustomResourceEvent
    )
    assert "X-Amz-Signature" not in repr(event)
    assert "response_url='***'" in repr(event)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("ResponseURL", None, "ResponseURL: expected a string, got null"),
        ("ResourceProperties", ["a"], "ResourceProperties: expected an object, got list"),
        ("StackId", 12, "StackId: expected a string, got int"),
    ],
)
def test_malformed_event(key: str, value: Any, message: str) -> None:
    raw = {**load_sample("cloudformation-update.json"), key: value}
    assert message in structure_error(raw, CloudFormationCustomResourceEvent)


def test_missing_key_in_event() -> None:
    raw = load_sample("cloudformation-create.json")
    del raw["LogicalResourceId"]
    assert "LogicalResourceId: missing required key" in structure_error(
        raw, CloudFormationCustomResourceEvent
    )


# --------------------------------------------------------------------- the response


def _event(name: str = "cloudformation-update.json") -> CloudFormationCustomResourceEvent:
    return converter.structure(load_sample(name), CloudFormationCustomResourceEvent)


def test_success_response_golden() -> None:
    response = CloudFormationCustomResourceResponse.success(
        _event(), data={"RecordName": "orders.example.org", "Ttl": "60"}, no_echo=True
    )
    assert converter.unstructure(response) == {
        "Status": "SUCCESS",
        "PhysicalResourceId": "orders.example.org-A",
        "StackId": STACK,
        "RequestId": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
        "LogicalResourceId": "DnsRecord",
        "NoEcho": True,
        "Data": {"RecordName": "orders.example.org", "Ttl": "60"},
    }


def test_minimal_success_on_create_defaults_the_physical_id_to_the_request_id() -> None:
    response = CloudFormationCustomResourceResponse.success(_event("cloudformation-create.json"))
    assert converter.unstructure(response) == {
        "Status": "SUCCESS",
        "PhysicalResourceId": "3f9a1c2e-7b6d-4e5f-8a9b-0c1d2e3f4a5b",
        "StackId": STACK,
        "RequestId": "3f9a1c2e-7b6d-4e5f-8a9b-0c1d2e3f4a5b",
        "LogicalResourceId": "DnsRecord",
    }


def test_failed_response_golden() -> None:
    response = CloudFormationCustomResourceResponse.failed(
        _event("cloudformation-create.json"), "Hosted zone orders.example.org not found"
    )
    assert response.status is CloudFormationResponseStatus.FAILED
    assert converter.unstructure(response) == load_response("cloudformation-response-failed.json")


def test_explicit_physical_id_wins() -> None:
    response = CloudFormationCustomResourceResponse.success(
        _event(), physical_resource_id="orders.example.org-B"
    )
    assert response.physical_resource_id == "orders.example.org-B"


@pytest.mark.parametrize(
    "name", ["cloudformation-response-success.json", "cloudformation-response-failed.json"]
)
def test_response_samples_round_trip(name: str) -> None:
    assert_round_trip(load_response(name), CloudFormationCustomResourceResponse)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": "OK"}, "Status must be SUCCESS or FAILED, not 'OK'"),
        ({"status": "FAILED"}, "a FAILED response needs a Reason"),
        ({"status": "FAILED", "reason": ""}, "a FAILED response needs a Reason"),
        ({"physical_resource_id": ""}, "PhysicalResourceId must not be empty"),
        ({"physical_resource_id": "x" * 1025}, "PhysicalResourceId must be at most 1 KB"),
        ({"stack_id": ""}, "stack_id must not be empty"),
    ],
)
def test_invalid_responses_raise(changes: dict[str, Any], message: str) -> None:
    good = CloudFormationCustomResourceResponse.success(_event())
    with pytest.raises(ResponseError, match=message):
        attrs.evolve(good, **changes)


def test_failed_builder_needs_a_reason() -> None:
    with pytest.raises(ResponseError, match="needs a Reason"):
        CloudFormationCustomResourceResponse.failed(_event(), "")


def test_response_json_is_read_under_the_reading_contract() -> None:
    raw = {**load_response("cloudformation-response-failed.json")}
    del raw["Reason"]
    read = assert_round_trip(raw, CloudFormationCustomResourceResponse)  # read: shape only
    with pytest.raises(ResponseError, match="a FAILED response needs a Reason"):
        attrs.evolve(read)  # built: validated
    raw = {**load_response("cloudformation-response-success.json"), "NoEcho": "yes"}
    assert "NoEcho: expected true or false, got str" in structure_error(
        raw, CloudFormationCustomResourceResponse
    )


# ---------------------------------------------------------------- sending it (local)


class _Recorder(BaseHTTPRequestHandler):
    """PUT handler: records the request; status and delay come from the server."""

    def do_PUT(self) -> None:
        server: Any = self.server
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        server.requests.append(
            {
                "path": self.path,
                "body": body,
                "headers": dict(self.headers.items()),
                "method": self.command,
            }
        )
        time.sleep(server.delay)
        self.send_response(server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def _server(status: int = 200, delay: float = 0.0) -> Iterator[Any]:
    server: Any = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.daemon_threads = True
    server.requests, server.status, server.delay = [], status, delay
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _event_for(
    server: Any, name: str = "cloudformation-update.json"
) -> CloudFormationCustomResourceEvent:
    host, port = server.server_address
    url = f"http://{host}:{port}/stack/DnsRecord%7C9a8b?X-Amz-Signature=abc123"
    return attrs.evolve(_event(name), response_url=url)


def test_send_puts_the_exact_document() -> None:
    with _server() as server:
        event = _event_for(server)
        response = CloudFormationCustomResourceResponse.success(event, data={"Ttl": "60"})
        assert send_custom_resource_response(event, response, timeout=5) == 200
    (request,) = server.requests
    assert request["method"] == "PUT"
    assert request["path"] == "/stack/DnsRecord%7C9a8b?X-Amz-Signature=abc123"
    assert request["headers"]["Content-Type"] == ""
    assert int(request["headers"]["Content-Length"]) == len(request["body"])
    assert json.loads(request["body"]) == converter.unstructure(response)


def test_send_http_error_status_raises_a_clear_error() -> None:
    with _server(status=403) as server:
        event = _event_for(server)
        response = CloudFormationCustomResourceResponse.success(event)
        with pytest.raises(CloudFormationResponseError) as info:
            send_custom_resource_response(event, response, timeout=5)
    assert info.value.status == 403
    assert isinstance(info.value, LambdaEventsError)
    message = str(info.value)
    assert "HTTP 403" in message
    assert "X-Amz-Signature" not in message  # the presigned query string is a credential
    assert "/stack/DnsRecord%7C9a8b" in message


def test_send_timeout_raises() -> None:
    with _server(delay=1.0) as server:
        event = _event_for(server)
        response = CloudFormationCustomResourceResponse.success(event)
        started = time.monotonic()
        with pytest.raises(CloudFormationResponseError, match="could not send") as info:
            send_custom_resource_response(event, response, timeout=0.2)
        assert time.monotonic() - started < 1.0
    assert info.value.status is None


def test_send_unreachable_server_raises() -> None:
    with _server() as server:
        event = _event_for(server)
    # the server is closed now: nothing listens on that port
    response = CloudFormationCustomResourceResponse.success(event)
    with pytest.raises(CloudFormationResponseError, match="could not send"):
        send_custom_resource_response(event, response, timeout=2)


def test_send_refuses_non_http_urls() -> None:
    event = attrs.evolve(_event(), response_url="file:///etc/passwd")
    response = CloudFormationCustomResourceResponse.success(event)
    with pytest.raises(CloudFormationResponseError, match="not an http"):
        send_custom_resource_response(event, response)


def test_send_refuses_a_response_for_another_request() -> None:
    event = _event()
    other = CloudFormationCustomResourceResponse.success(_event("cloudformation-create.json"))
    with pytest.raises(ResponseError, match="request_id does not match"):
        send_custom_resource_response(event, other)


def test_send_refuses_documents_over_4096_bytes() -> None:
    event = _event()
    response = CloudFormationCustomResourceResponse.success(event, data={"Blob": "x" * 5000})
    with pytest.raises(ResponseError, match="CloudFormation accepts 4096"):
        send_custom_resource_response(event, response)


# ------------------------------------------------------------------------- handler


def test_handler_sends_and_returns_the_response() -> None:
    handler = sample_handler("cloudformation_custom_resource")

    class Context:
        aws_request_id = "req-42"

    with _server() as server:
        host, port = server.server_address
        raw = {
            **load_sample("cloudformation-create.json"),
            "ResponseURL": f"http://{host}:{port}/cfn?sig=1",
        }
        out = handler(raw, Context())
        raw_update = {
            **load_sample("cloudformation-update.json"),
            "ResponseURL": raw["ResponseURL"],
        }
        out_update = handler(raw_update, None)
        raw_bad = {**raw, "RequestType": "Import"}
        out_bad = handler(raw_bad, None)
    assert out == {
        "Status": "SUCCESS",
        "PhysicalResourceId": "MyResource-req-42",
        "StackId": raw["StackId"],
        "RequestId": raw["RequestId"],
        "LogicalResourceId": "DnsRecord",
        "Data": {"Message": "Resource create succeeded"},
    }
    assert out_update["PhysicalResourceId"] == "orders.example.org-A"
    assert out_bad["Status"] == "FAILED"
    assert out_bad["Reason"] == "Invalid request type: Import"
    assert [json.loads(r["body"]) for r in server.requests] == [out, out_update, out_bad]


def test_handler_rejects_malformed_events() -> None:
    handler = sample_handler("cloudformation_custom_resource")
    with pytest.raises(StructureError, match="RequestType: missing required key"):
        handler({}, None)
