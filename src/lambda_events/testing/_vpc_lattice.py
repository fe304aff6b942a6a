"""Builders for Amazon VPC Lattice requests: event structure v1 and v2."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from ._http import (
    USER_AGENT,
    Body,
    HeaderInput,
    client_headers,
    hex_digits,
    joined,
    last,
    query_string,
    request_body,
    values,
)
from ._ids import ACCOUNT, REGION

if TYPE_CHECKING:
    from .. import VPCLatticeEvent, VPCLatticeEventV2, VPCLatticeEventV2RequestContext

__all__ = ["vpc_lattice_event", "vpc_lattice_v2_event"]

_CALLER_IP = "10.0.1.12"
_DEFAULT_PRINCIPAL = f"arn:aws:sts::{ACCOUNT}:assumed-role/my-role/my-session"


def _request(
    service: str,
    source_ip: str,
    headers: HeaderInput | None,
    body: str | bytes | None,
    json_body: Any,
) -> tuple[Body, dict[str, list[str]]]:
    """The wire body and the (lower-case) headers of a request to `service`."""
    sent = request_body(body, json_body)
    defaults = [
        ("accept", "*/*"),
        ("host", f"{service}-0a1b2c3d4e5f6a7b8.7d67968.vpc-lattice-svcs.{REGION}.on.aws"),
        ("user-agent", USER_AGENT),
        ("x-forwarded-for", source_ip),
    ]
    return sent, client_headers(defaults, headers, sent.content_type, lower=True)


def vpc_lattice_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    service: str = "my-service",
    source_ip: str = _CALLER_IP,
) -> VPCLatticeEvent:
    """A `VPCLatticeEvent` (event structure v1, snake_case keys).

    `raw_path` carries the query string too; repeated header values are comma-joined and a
    repeated query parameter keeps its last value.
    """
    from .. import Headers, VPCLatticeEvent

    sent, head = _request(service, source_ip, headers, body, json_body)
    params = values(query)
    raw_query = query_string(params)
    return VPCLatticeEvent(
        raw_path=f"{path}?{raw_query}" if raw_query else path,
        method=method,
        headers=Headers(joined(head)),
        body=sent.text if sent.text is not None else "",
        is_base64_encoded=sent.encoded,
        query_string_parameters=last(params),
    )


def _v2_context(principal: str | None) -> VPCLatticeEventV2RequestContext:
    """The service network, service, target group and caller of a v2 request."""
    from .. import EpochMicrosText, VPCLatticeEventV2Identity, VPCLatticeEventV2RequestContext

    arn = f"arn:aws:vpc-lattice:{REGION}:{ACCOUNT}"
    identity = VPCLatticeEventV2Identity(
        source_vpc_arn=f"arn:aws:ec2:{REGION}:{ACCOUNT}:vpc/vpc-{hex_digits(17)}",
        type="AWS_IAM" if principal is not None else "NONE",
        principal=principal,
        session_name=principal.rsplit("/", 1)[-1] if principal is not None else None,
    )
    return VPCLatticeEventV2RequestContext(
        service_network_arn=f"{arn}:servicenetwork/sn-{hex_digits(17)}",
        service_arn=f"{arn}:service/svc-{hex_digits(17)}",
        target_group_arn=f"{arn}:targetgroup/tg-{hex_digits(17)}",
        identity=identity,
        region=REGION,
        time_epoch=EpochMicrosText(str(time.time_ns() // 1000)),
    )


def vpc_lattice_v2_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    principal: str | None = _DEFAULT_PRINCIPAL,
    service: str = "my-service",
    source_ip: str = _CALLER_IP,
) -> VPCLatticeEventV2:
    """A `VPCLatticeEventV2`: header and query values are lists, as Lattice sends them.

    `principal` is the caller's IAM principal (`identity.type` `AWS_IAM`); `None` for an
    unauthenticated caller (`identity.type` `NONE`).
    """
    from .. import VPCLatticeEventV2
    from .._http import ListOrStringHeaders, ListOrStringParameters

    sent, head = _request(service, source_ip, headers, body, json_body)
    params = values(query)
    return VPCLatticeEventV2(
        version="2.0",
        path=path,
        method=method,
        headers=ListOrStringHeaders(head),
        request_context=_v2_context(principal),
        query_string_parameters=ListOrStringParameters(params) if params else None,
        body=sent.text if sent.text is not None else "",
        is_base64_encoded=sent.encoded,
    )
