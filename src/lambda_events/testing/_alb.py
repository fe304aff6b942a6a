"""Builder for Application Load Balancer requests to a Lambda target."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote_plus

from ._http import (
    SOURCE_IP,
    HeaderInput,
    client_headers,
    forwarded_defaults,
    hex_digits,
    last,
    request_body,
    tuples,
    values,
)
from ._ids import REGION, now_ms
from ._ids import arn as arn_of

if TYPE_CHECKING:
    from .. import ALBEvent

__all__ = ["alb_event"]


def alb_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    multi_value: bool = False,
    target_group: str = "my-target-group",
    source_ip: str = SOURCE_IP,
) -> ALBEvent:
    """An `ALBEvent`: an Application Load Balancer request to a Lambda target.

    Query names and values arrive URL-encoded, as the client sent them. With `multi_value`
    (the target group setting) only the `multiValue*` maps are sent, else only the
    single-value ones (a repeated name keeps its last value).
    """
    from .. import (
        ALBEvent,
        ALBEventRequestContext,
        ALBEventRequestContextElb,
        Headers,
        MultiValueHeaders,
    )
    from .._http import NO_HEADERS, NO_MULTI_VALUE_HEADERS

    sent = request_body(body, json_body)
    host = f"my-alb-1234567890.{REGION}.elb.amazonaws.com"
    defaults = forwarded_defaults(host, source_ip, now_ms())
    head = client_headers(defaults, headers, sent.content_type, lower=True)
    params = {quote_plus(k): [quote_plus(v) for v in vs] for k, vs in values(query).items()}
    arn = arn_of("elasticloadbalancing", f"targetgroup/{target_group}/{hex_digits(16)}")
    return ALBEvent(
        request_context=ALBEventRequestContext(elb=ALBEventRequestContextElb(target_group_arn=arn)),
        http_method=method,
        path=path,
        body=sent.text if sent.text is not None else "",
        is_base64_encoded=sent.encoded,
        query_string_parameters=None if multi_value else last(params),
        multi_value_query_string_parameters=tuples(params) if multi_value else None,
        headers=NO_HEADERS if multi_value else Headers(last(head)),
        multi_value_headers=(
            MultiValueHeaders(tuples(head)) if multi_value else NO_MULTI_VALUE_HEADERS
        ),
    )
