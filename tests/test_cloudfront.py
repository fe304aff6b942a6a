"""Amazon CloudFront Lambda@Edge: request and response events, generated responses, the
sample handlers.

AWS documentation behind the samples: "Lambda@Edge event structure"
(https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import (
    CloudFrontRequest,
    CloudFrontRequestEvent,
    CloudFrontResponse,
    CloudFrontResponseEvent,
    ContentError,
    ResponseError,
    converter,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_response,
    load_sample,
    run_sample_handler,
    sample_handler,
    shared_files,
)

SAMPLES: dict[str, type[Any]] = {
    "cloudfront-viewer-request.json": CloudFrontRequestEvent,
    "cloudfront-origin-response.json": CloudFrontResponseEvent,
}

RESPONSES: dict[str, type[Any]] = {
    "cloudfront-generated-response.json": CloudFrontResponse,
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


def test_cloudfront_request_handler_forwards_or_redirects() -> None:
    out = run_sample_handler("cloudfront_request_handler", "cloudfront-viewer-request.json")
    request = assert_round_trip(out, CloudFrontRequest)
    assert request.header("x-viewer-language") == "pt-PT"
    raw = load_sample("cloudfront-viewer-request.json")
    raw["Records"][0]["cf"]["request"]["headers"]["cloudfront-viewer-country"][0]["value"] = "BR"
    redirect = assert_round_trip(
        sample_handler("cloudfront_request_handler")(raw, None), CloudFrontResponse
    )
    assert redirect.status == "302"
    assert redirect.header("location") == (
        "https://shop.example.com.br/api/cart?utm_source=newsletter&size=m"
    )


def test_cloudfront_response_handler_adds_headers() -> None:
    out = run_sample_handler("cloudfront_response_handler", "cloudfront-origin-response.json")
    response = assert_round_trip(out, CloudFrontResponse)
    assert response.header("x-content-type-options") == "nosniff"
    assert response.header("cache-control") == "public, max-age=86400"
    assert response.header("etag") == '"5e1f0a9b3c2d"'
