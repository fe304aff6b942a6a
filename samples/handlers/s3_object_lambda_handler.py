"""S3 Object Lambda: fetch the original object, upper-case it, write it back."""

from __future__ import annotations

import importlib
import urllib.request
from collections.abc import Callable
from typing import Any

from lambda_events import S3ObjectLambdaEvent, converter


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - presigned S3 URL
        return response.read()  # type: ignore[no-any-return]


def _write_get_object_response(body: bytes, route: str, token: str) -> None:
    boto3 = importlib.import_module("boto3")
    boto3.client("s3").write_get_object_response(Body=body, RequestRoute=route, RequestToken=token)


# Replaced in tests; in Lambda they reach S3.
fetch: Callable[[str], bytes] = _fetch
write_get_object_response: Callable[[bytes, str, str], None] = _write_get_object_response


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, S3ObjectLambdaEvent)
    original_object = fetch(ev.input_s3_url).decode("utf-8")
    transformed_object = original_object.upper()
    write_get_object_response(
        transformed_object.encode("utf-8"), ev.request_route, ev.request_token
    )
    return {"status_code": 200}
