"""Builders for Amazon CloudFront Lambda@Edge events."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from ._ids import LOWER_ALNUM, UPPER_ALNUM, b64url, random_id

if TYPE_CHECKING:
    from .. import (
        CloudFrontConfig,
        CloudFrontRequest,
        CloudFrontRequestEvent,
        CloudFrontResponseEvent,
    )

__all__ = ["cloudfront_request_event", "cloudfront_response_event"]


def _cloudfront_config(event_type: str) -> CloudFrontConfig:
    from .. import CloudFrontConfig

    return CloudFrontConfig(
        distribution_domain_name=f"d{random_id(13, LOWER_ALNUM)}.cloudfront.net",
        distribution_id="E" + random_id(13, UPPER_ALNUM),
        event_type=event_type,
        request_id=b64url(42),
    )


def _cloudfront_request(
    uri: str, method: str, headers: Mapping[str, str] | None
) -> CloudFrontRequest:
    from .. import CloudFrontHeader, CloudFrontRequest

    given = (
        headers if headers is not None else {"Host": "www.example.com", "User-Agent": "curl/8.5.0"}
    )
    return CloudFrontRequest(
        client_ip=f"203.0.113.{secrets.randbelow(254) + 1}",
        headers={k.lower(): (CloudFrontHeader(key=k, value=v),) for k, v in given.items()},
        method=method,
        querystring="",
        uri=uri,
    )


def cloudfront_request_event(
    uri: str = "/index.html",
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    event_type: Literal["viewer-request", "origin-request"] = "viewer-request",
) -> CloudFrontRequestEvent:
    """A Lambda@Edge `CloudFrontRequestEvent` (headers given as name -> value)."""
    from .. import (
        CloudFrontRequestEvent,
        CloudFrontRequestEventRecord,
        CloudFrontRequestEventRecordCf,
    )

    cf = CloudFrontRequestEventRecordCf(
        config=_cloudfront_config(event_type), request=_cloudfront_request(uri, method, headers)
    )
    return CloudFrontRequestEvent(records=(CloudFrontRequestEventRecord(cf=cf),))


def cloudfront_response_event(
    status: int = 200,
    *,
    uri: str = "/index.html",
    headers: Mapping[str, str] | None = None,
    event_type: Literal["origin-response", "viewer-response"] = "origin-response",
) -> CloudFrontResponseEvent:
    """A Lambda@Edge `CloudFrontResponseEvent`: the request and the origin's response."""
    from .. import (
        CloudFrontResponse,
        CloudFrontResponseEvent,
        CloudFrontResponseEventRecord,
        CloudFrontResponseEventRecordCf,
    )

    response = CloudFrontResponse.generate(
        status,
        headers=headers if headers is not None else {"Content-Type": "text/html"},
        status_description="OK" if status == 200 else None,
    )
    cf = CloudFrontResponseEventRecordCf(
        config=_cloudfront_config(event_type),
        request=_cloudfront_request(uri, "GET", None),
        response=response,
    )
    return CloudFrontResponseEvent(records=(CloudFrontResponseEventRecord(cf=cf),))
