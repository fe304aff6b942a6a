"""API Gateway method and route ARNs, as authorizer events name them and policies grant them."""

from __future__ import annotations

from typing import NamedTuple

from ..arn import parse_arn
from ..enums import StrEnum
from ..errors import StructureError, quoted

__all__ = ["APIGatewayRouteArn", "HttpVerb", "parse_api_gateway_arn"]


# --------------------------------------------------------------------------- ARNs


class HttpVerb(StrEnum):
    """HTTP methods an IAM policy route can name (`ALL` is `*`)."""

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    PATCH = "PATCH"
    HEAD = "HEAD"
    DELETE = "DELETE"
    OPTIONS = "OPTIONS"
    ALL = "*"


class APIGatewayRouteArn(NamedTuple):
    """An `execute-api` method or route ARN, split (`http_method` is None for WebSocket)."""

    partition: str
    region: str
    aws_account_id: str
    api_id: str
    stage: str
    http_method: str | None
    resource: str

    @property
    def arn(self) -> str:
        """The ARN rebuilt from its parts (partition kept)."""
        head = f"arn:{self.partition}:execute-api:{self.region}:{self.aws_account_id}"
        route = self.resource.lstrip("/")
        if self.http_method is None:
            return f"{head}:{self.api_id}/{self.stage}/{route}"
        return f"{head}:{self.api_id}/{self.stage}/{self.http_method}/{route}"


def parse_api_gateway_arn(arn: str, is_websocket_authorizer: bool = False) -> APIGatewayRouteArn:
    """Split a method ARN (`.../{api}/{stage}/{METHOD}/{resource}`) or a WebSocket route ARN
    (`.../{api}/{stage}/{route}`); any partition. A string that is not one raises `ValueError`.
    """
    parts = parse_arn(arn)
    if parts.service != "execute-api":
        raise ValueError(f"not an execute-api ARN: {quoted(arn)}")
    path = parts.resource.split("/")
    needed = 2 if is_websocket_authorizer else 3
    if len(path) < needed or not all(path[:needed]):
        raise ValueError(f"not an API Gateway method or route ARN: {quoted(arn)}")
    if is_websocket_authorizer:
        method, rest = None, path[2:]
    else:
        method, rest = path[2], path[3:]
    return APIGatewayRouteArn(
        partition=parts.partition,
        region=parts.region,
        aws_account_id=parts.account,
        api_id=path[0],
        stage=path[1],
        http_method=method,
        resource="/".join(rest),
    )


def _parsed(arn: str, key: str, websocket: bool = False) -> APIGatewayRouteArn:
    try:
        return parse_api_gateway_arn(arn, websocket)
    except ValueError as exc:
        raise StructureError.at((key,), str(exc)) from None
