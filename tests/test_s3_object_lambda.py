"""Amazon S3 Object Lambda: GetObject and ListObjectsV2 events, the sample handler."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from lambda_events import S3ObjectLambdaEvent, converter

from ._support import (
    load_sample,
    sample_tests,
    structure_error,
)

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("s3-object-lambda-get-object.json", S3ObjectLambdaEvent),
    ("s3-object-lambda-list-objects-v2.json", S3ObjectLambdaEvent),
]

test_sample_round_trips, test_shared_corpus_round_trips, test_unknown_keys_survive = sample_tests(
    EVENT_SAMPLES
)


def test_s3_object_lambda_get_object_helpers() -> None:
    ev = converter.structure(load_sample("s3-object-lambda-get-object.json"), S3ObjectLambdaEvent)
    assert ev.request_id == "7c2d4e6f-8a9b-4c1d-9e2f-3a4b5c6d7e8f"
    assert ev.request_route == "io-dub-cell003"
    assert ev.request_token == "b3V0cHV0LXRva2VuLTEwMDE="
    assert ev.input_s3_url.startswith("https://orders-ap-210987654321.s3-accesspoint")
    assert ev.configuration.payload == '{"redact": ["email", "phone"]}'
    assert ev.user_request.headers["x-amz-content-sha256"] == "UNSIGNED-PAYLOAD"
    assert next(iter(ev.user_request.headers)) == "Host"  # original casing kept
    identity = ev.user_identity
    assert identity.type == "AssumedRole"
    assert identity.user_name is None  # assumed-role callers have none (no KeyError)
    assert identity.session_context is not None
    assert identity.session_context.attributes.is_mfa_authenticated is True
    issuer = identity.session_context.session_issuer
    assert issuer is not None and issuer.user_name == "SupportRead"


def test_s3_object_lambda_list_objects_has_only_an_input_url() -> None:
    raw = load_sample("s3-object-lambda-list-objects-v2.json")
    ev = converter.structure(raw, S3ObjectLambdaEvent)
    assert ev.object_context is None
    assert ev.list_objects_v2_context is not None
    assert ev.input_s3_url.endswith("list-type=2&X-Amz-Signature=def456")
    assert ev.configuration.payload is None
    assert ev.user_identity.user_name == "auditor"
    with pytest.raises(ValueError, match="not a GetObject event"):
        _ = ev.request_route


def test_s3_object_lambda_malformed() -> None:
    raw = load_sample("s3-object-lambda-get-object.json")
    raw["userRequest"]["headers"]["Host"] = ["a", "b"]
    del raw["getObjectContext"]["outputToken"]
    msg = structure_error(raw, S3ObjectLambdaEvent)
    assert "userRequest.headers.Host: expected a string, got list" in msg
    assert "getObjectContext.outputToken: missing required key" in msg


class _FakeS3:
    def __init__(self) -> None:
        self.written: list[tuple[bytes, str, str]] = []

    def fetch(self, url: str) -> bytes:
        assert url.startswith("https://orders-ap-210987654321.s3-accesspoint.eu-west-1")
        return b'{"order": 1001, "email": "a@example.com"}'

    def write(self, body: bytes, route: str, token: str) -> None:
        self.written.append((body, route, token))


def test_s3_object_lambda_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    module = importlib.import_module("samples.handlers.s3_object_lambda_handler")
    fake = _FakeS3()
    monkeypatch.setattr(module, "fetch", fake.fetch)
    monkeypatch.setattr(module, "write_get_object_response", fake.write)
    result = module.lambda_handler(load_sample("s3-object-lambda-get-object.json"), None)
    assert result == {"status_code": 200}
    assert fake.written == [
        (b'{"ORDER": 1001, "EMAIL": "A@EXAMPLE.COM"}', "io-dub-cell003", "b3V0cHV0LXRva2VuLTEwMDE=")
    ]
