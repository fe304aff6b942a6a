"""Builder for Amazon S3 Object Lambda events."""

from __future__ import annotations

import secrets
import string
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._ids import ACCOUNT, REGION, UPPER_ALNUM, b64, random_id

if TYPE_CHECKING:
    from .. import S3ObjectLambdaEvent

__all__ = ["s3_object_lambda_event"]


def s3_object_lambda_event(
    key: str = "example.txt",
    *,
    operation: Literal["GetObject", "HeadObject", "ListObjects", "ListObjectsV2"] = "GetObject",
    access_point: str = "my-object-lambda-ap",
    supporting_access_point: str = "my-access-point",
    payload: str | None = None,
    headers: Mapping[str, str] | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> S3ObjectLambdaEvent:
    """An `S3ObjectLambdaEvent` for `operation` on `key` through an Object Lambda access
    point: the user's URL and `Host` header name the Object Lambda endpoint, the presigned
    input URL the supporting access point; GetObject adds the output route and token.
    """
    from .. import (
        Headers,
        S3ObjectConfiguration,
        S3ObjectContext,
        S3ObjectInputContext,
        S3ObjectLambdaEvent,
        S3ObjectSessionAttributes,
        S3ObjectSessionContext,
        S3ObjectSessionIssuer,
        S3ObjectUserIdentity,
        S3ObjectUserRequest,
    )

    host = f"{access_point}-{account}.s3-object-lambda.{region}.amazonaws.com"
    input_host = f"{supporting_access_point}-{account}.s3-accesspoint.{region}.amazonaws.com"
    listing = operation.startswith("ListObjects")
    path = ("/?list-type=2" if operation == "ListObjectsV2" else "/") if listing else f"/{key}"
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    signature = (
        f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={stamp}&X-Amz-Expires=61"
        f"&X-Amz-SignedHeaders=host&X-Amz-Signature={secrets.token_hex(32)}"
    )
    input_url = f"https://{input_host}{path}{'&' if '?' in path else '?'}{signature}"
    role = "ObjectLambdaReader"
    session = "reader-session"
    role_id = f"AROA{random_id(17, UPPER_ALNUM)}"
    identity = S3ObjectUserIdentity(
        type="AssumedRole",
        principal_id=f"{role_id}:{session}",
        arn=f"arn:aws:sts::{account}:assumed-role/{role}/{session}",
        account_id=account,
        access_key_id=f"ASIA{random_id(16, UPPER_ALNUM)}",
        session_context=S3ObjectSessionContext(
            attributes=S3ObjectSessionAttributes(
                creation_date=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                mfa_authenticated="false",
            ),
            session_issuer=S3ObjectSessionIssuer(
                type="Role",
                principal_id=role_id,
                arn=f"arn:aws:iam::{account}:role/{role}",
                account_id=account,
                user_name=role,
            ),
        ),
    )
    contexts: dict[str, Any] = {}
    if operation == "GetObject":
        contexts["object_context"] = S3ObjectContext(
            input_s3_url=input_url,
            output_route=f"io-use1-{random_id(3, string.digits)}",
            output_token=b64(48),
        )
    else:
        field = {
            "HeadObject": "head_object_context",
            "ListObjects": "list_objects_context",
            "ListObjectsV2": "list_objects_v2_context",
        }[operation]
        contexts[field] = S3ObjectInputContext(input_s3_url=input_url)
    return S3ObjectLambdaEvent(
        request_id=str(uuid.uuid4()),
        configuration=S3ObjectConfiguration(
            access_point_arn=f"arn:aws:s3-object-lambda:{region}:{account}:accesspoint/{access_point}",
            supporting_access_point_arn=(
                f"arn:aws:s3:{region}:{account}:accesspoint/{supporting_access_point}"
            ),
            payload=payload,
        ),
        user_request=S3ObjectUserRequest(
            url=f"https://{host}{path}",
            headers=Headers({"Host": host, "Accept-Encoding": "identity", **(headers or {})}),
        ),
        user_identity=identity,
        protocol_version="1.00",
        **contexts,
    )
