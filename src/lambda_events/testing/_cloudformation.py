"""Builder for AWS CloudFormation custom resource requests."""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from ._ids import ACCOUNT, REGION, UPPER_ALNUM, random_id, request_id

if TYPE_CHECKING:
    from .. import CloudFormationCustomResourceEvent

__all__ = ["cloudformation_custom_resource_event"]


def cloudformation_custom_resource_event(
    request_type: Literal["Create", "Update", "Delete"] = "Create",
    *,
    resource_properties: Mapping[str, Any] | None = None,
    old_resource_properties: Mapping[str, Any] | None = None,
    physical_resource_id: str | None = None,
    resource_type: str = "Custom::MyResource",
    logical_resource_id: str = "MyResource",
    stack_name: str = "my-stack",
    function_name: str = "custom-resource-provider",
    region: str = REGION,
    account: str = ACCOUNT,
) -> CloudFormationCustomResourceEvent:
    """A `CloudFormationCustomResourceEvent`.

    `ResourceProperties` carries the `ServiceToken` as CloudFormation adds it. Create has
    no physical id; Update and Delete get one (`physical_resource_id` or a fresh one), and
    Update's `OldResourceProperties` default to the new properties.
    """
    from .. import CloudFormationCustomResourceEvent

    if request_type == "Create" and physical_resource_id is not None:
        raise ValueError("a Create request has no PhysicalResourceId")
    if request_type != "Update" and old_resource_properties is not None:
        raise ValueError("only an Update request carries OldResourceProperties")
    token = f"arn:aws:lambda:{region}:{account}:function:{function_name}"
    stack_id = f"arn:aws:cloudformation:{region}:{account}:stack/{stack_name}/{uuid.uuid4()}"
    req_id = request_id()
    properties = {"ServiceToken": token, **(resource_properties or {})}
    old = None
    if request_type == "Update":
        old = {"ServiceToken": token, **(old_resource_properties or resource_properties or {})}
    if request_type != "Create" and physical_resource_id is None:
        physical_resource_id = f"{stack_name}-{logical_resource_id}-{random_id(12, UPPER_ALNUM)}"
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    response_url = (
        f"https://cloudformation-custom-resource-response-{region.replace('-', '')}"
        f".s3.{region}.amazonaws.com/"
        f"{quote(stack_id, safe='/')}%7C{logical_resource_id}%7C{req_id}"
        f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={stamp}&X-Amz-Expires=7200"
        f"&X-Amz-SignedHeaders=host&X-Amz-Credential=AKIA{random_id(16, UPPER_ALNUM)}"
        f"%2F{stamp[:8]}%2F{region}%2Fs3%2Faws4_request"
        f"&X-Amz-Signature={secrets.token_hex(32)}"
    )
    return CloudFormationCustomResourceEvent(
        request_type=request_type,
        service_token=token,
        response_url=response_url,
        stack_id=stack_id,
        request_id=req_id,
        logical_resource_id=logical_resource_id,
        resource_type=resource_type,
        physical_resource_id=physical_resource_id,
        resource_properties=properties,
        old_resource_properties=old,
    )
