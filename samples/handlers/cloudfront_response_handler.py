"""CloudFront origin response: add security headers and a cache policy for assets."""

from __future__ import annotations

from typing import Any

from lambda_events import CloudFrontResponseEvent, converter, to_json_dict

SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CloudFrontResponseEvent)
    response = ev.response
    for name, value in SECURITY_HEADERS.items():
        response = response.with_header(name, value)
    if response.status == "200" and response.header("Cache-Control") is None:
        response = response.with_header("Cache-Control", "public, max-age=86400")
    return to_json_dict(response)
