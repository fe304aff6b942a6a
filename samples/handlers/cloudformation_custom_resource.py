"""CloudFormation custom resource: create, update or delete, then PUT the answer.

CloudFormation waits for the document at the event's ResponseURL (not for the return
value), so every path, failures included, sends a response.
"""

from __future__ import annotations

from typing import Any

from lambda_events import (
    CloudFormationCustomResourceEvent,
    CloudFormationCustomResourceResponse,
    converter,
    send_custom_resource_response,
)


def on_create(event: CloudFormationCustomResourceEvent, context: object) -> str:
    props = event.resource_properties or {}
    print(f"Create new resource with props {dict(props)}.")
    request_id = getattr(context, "aws_request_id", event.request_id)
    return f"MyResource-{request_id}"


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CloudFormationCustomResourceEvent)
    try:
        if ev.request_type == "Create":
            physical_id = on_create(ev, context)
        elif ev.request_type in ("Update", "Delete"):
            physical_id = ev.physical_resource_id or ev.request_id
        else:
            raise ValueError(f"Invalid request type: {ev.request_type}")
        response = CloudFormationCustomResourceResponse.success(
            ev,
            physical_resource_id=physical_id,
            data={"Message": f"Resource {ev.request_type.lower()} succeeded"},
        )
    except Exception as exc:  # noqa: BLE001 - CloudFormation must always get an answer
        response = CloudFormationCustomResourceResponse.failed(ev, reason=str(exc))
    send_custom_resource_response(ev, response, timeout=5.0)
    answer: dict[str, Any] = converter.unstructure(response)
    return answer
