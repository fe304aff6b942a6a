"""Builder for AWS Lambda function URL requests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._api_gateway import v2_request
from ._common import with_nulls
from ._http import SOURCE_IP, HeaderInput, Request, request_body
from ._ids import ACCOUNT, REGION, request_id

if TYPE_CHECKING:
    from .. import LambdaFunctionUrlEvent, RequestContextV2Authorizer

__all__ = ["lambda_function_url_event"]


def _iam_authorizer() -> RequestContextV2Authorizer:
    """The IAM identity of a caller signing its request (`AWS_IAM` auth)."""
    from .. import RequestContextV2Authorizer, RequestContextV2AuthorizerIam

    user_id = "AROAEXAMPLEROLEID:my-session"
    iam = RequestContextV2AuthorizerIam(
        access_key="ASIAEXAMPLEACCESSKEY",
        account_id=ACCOUNT,
        caller_id=user_id,
        user_arn=f"arn:aws:sts::{ACCOUNT}:assumed-role/my-role/my-session",
        user_id=user_id,
    )
    return RequestContextV2Authorizer(iam=with_nulls(iam, "cognitoIdentity", "principalOrgId"))


def lambda_function_url_event(
    method: str = "GET",
    path: str = "/",
    *,
    body: str | bytes | None = None,
    json_body: Any = None,
    headers: HeaderInput | None = None,
    query: HeaderInput | None = None,
    cookies: Sequence[str] | None = None,
    auth_type: Literal["NONE", "AWS_IAM"] = "NONE",
    url_id: str = "abcdefghijklmnopqrstuvwxyz234567",
    source_ip: str = SOURCE_IP,
) -> LambdaFunctionUrlEvent:
    """A `LambdaFunctionUrlEvent`: a request to a function URL (payload 2.0, `$default`).

    With `auth_type="AWS_IAM"` the caller's IAM identity is in `requestContext.authorizer.iam`;
    with `NONE` the account id is `anonymous`, as AWS sends it.
    """
    from .. import LambdaFunctionUrlEvent, LambdaFunctionUrlRequestContext

    if auth_type not in ("NONE", "AWS_IAM"):
        raise ValueError(f"auth_type must be NONE or AWS_IAM, got {auth_type!r}")
    iam = auth_type == "AWS_IAM"
    sent = request_body(body, json_body)
    domain = f"{url_id}.lambda-url.{REGION}.on.aws"
    request = Request(method, path, headers, query, source_ip)
    parts = v2_request(request, "$default", "$default", domain, cookies, sent.content_type)
    context = LambdaFunctionUrlRequestContext(
        **parts.pop("context"),
        account_id=ACCOUNT if iam else "anonymous",
        api_id=url_id,
        request_id=request_id(),
        authorizer=_iam_authorizer() if iam else None,
    )
    return LambdaFunctionUrlEvent(
        **parts, request_context=context, body=sent.text, is_base64_encoded=sent.encoded
    )
