"""AWS CloudFormation custom resources: the request event, the response, and sending it.

CloudFormation does not read the Lambda return value: the function PUTs a response
document to the presigned `ResponseURL`. `CloudFormationCustomResourceResponse.success` and
`.failed` build that document from the event (echoing `StackId`, `RequestId` and
`LogicalResourceId`); `send_custom_resource_response` PUTs it with the standard library.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._model import Model, field, model
from .enums import StrEnum
from .errors import LambdaEventsError, ResponseError, quoted

if TYPE_CHECKING:
    import attrs

    from ._converter import LambdaEventsConverter

__all__ = [
    "CloudFormationCustomResourceEvent",
    "CloudFormationCustomResourceResponse",
    "CloudFormationRequestType",
    "CloudFormationResponseError",
    "CloudFormationResponseStatus",
    "send_custom_resource_response",
]

_MAX_RESPONSE_BYTES = 4096
"""CloudFormation rejects response documents larger than this."""

_MAX_PHYSICAL_ID_BYTES = 1024


class CloudFormationRequestType(StrEnum):
    """What CloudFormation asks the custom resource to do."""

    CREATE = "Create"
    UPDATE = "Update"
    DELETE = "Delete"


class CloudFormationResponseStatus(StrEnum):
    """The outcome a custom resource reports."""

    SUCCESS = "SUCCESS"
    FAILED = "FAILED"


@model(case="pascal")
class CloudFormationCustomResourceEvent(Model):
    """A CloudFormation custom resource request (Create, Update or Delete).

    `physical_resource_id` is absent on Create; `old_resource_properties` is present on
    Update only. `response_url` is a presigned URL that can answer for the stack, so it is
    redacted in repr.
    """

    request_type: CloudFormationRequestType | str
    response_url: str = field(wire="ResponseURL", secret=True)
    stack_id: str
    request_id: str
    logical_resource_id: str
    resource_type: str
    physical_resource_id: str | None = None
    resource_properties: Mapping[str, Any] | None = field(default=None, secret=True)
    service_token: str | None = None
    old_resource_properties: Mapping[str, Any] | None = field(default=None, secret=True)


def _check_status(_instance: object, _attribute: object, status: object) -> None:
    if status not in (CloudFormationResponseStatus.SUCCESS, "FAILED"):
        raise ResponseError(f"Status must be SUCCESS or FAILED, not {quoted(status)}")


def _check_physical_resource_id(_instance: object, _attribute: object, value: str) -> None:
    if not value:
        raise ResponseError("PhysicalResourceId must not be empty")
    if len(value.encode(errors="surrogatepass")) > _MAX_PHYSICAL_ID_BYTES:
        raise ResponseError("PhysicalResourceId must be at most 1 KB")


def _not_empty(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value:
        raise ResponseError(f"{attribute.name} must not be empty")


def _check_failure_has_reason(
    response: CloudFormationCustomResourceResponse, _attribute: object, reason: str | None
) -> None:
    if response.status == "FAILED" and not reason:
        raise ResponseError("a FAILED response needs a Reason")


def _check_json_data(_instance: object, _attribute: object, data: object) -> None:
    if data is not None:
        try:
            json.dumps(data, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ResponseError(f"Data is not JSON-serialisable: {exc}") from None


@model(case="pascal")
class CloudFormationCustomResourceResponse(Model):
    """The document a custom resource PUTs to the event's `ResponseURL`.

    `status` is `SUCCESS` or `FAILED`; a failure needs a `reason` (CloudFormation shows it);
    `physical_resource_id` is required (at most 1 KB). Invalid values raise `ResponseError`.
    Build it from the event with `success(event, ...)` or `failed(event, reason, ...)`.
    """

    status: CloudFormationResponseStatus | str = field(validator=_check_status)
    physical_resource_id: str = field(validator=_check_physical_resource_id)
    stack_id: str = field(validator=_not_empty)
    request_id: str = field(validator=_not_empty)
    logical_resource_id: str = field(validator=_not_empty)
    reason: str | None = field(default=None, validator=_check_failure_has_reason)
    no_echo: bool | None = None
    data: Mapping[str, Any] | None = field(default=None, validator=_check_json_data)

    @classmethod
    def success(
        cls,
        event: CloudFormationCustomResourceEvent,
        *,
        physical_resource_id: str | None = None,
        data: Mapping[str, Any] | None = None,
        no_echo: bool | None = None,
        reason: str | None = None,
    ) -> CloudFormationCustomResourceResponse:
        """A SUCCESS response for `event`.

        The physical id defaults to the event's (Update, Delete); on Create, where the
        event has none, it defaults to the `RequestId`. Changing it on Update makes
        CloudFormation replace the resource and then Delete the old id.
        """
        return cls._for(
            event,
            CloudFormationResponseStatus.SUCCESS,
            physical_resource_id,
            reason=reason,
            data=data,
            no_echo=no_echo,
        )

    @classmethod
    def failed(
        cls,
        event: CloudFormationCustomResourceEvent,
        reason: str,
        *,
        physical_resource_id: str | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> CloudFormationCustomResourceResponse:
        """A FAILED response for `event` with the reason CloudFormation will show."""
        return cls._for(
            event,
            CloudFormationResponseStatus.FAILED,
            physical_resource_id,
            reason=reason,
            data=data,
            no_echo=None,
        )

    @classmethod
    def _for(
        cls,
        event: CloudFormationCustomResourceEvent,
        status: CloudFormationResponseStatus,
        physical_resource_id: str | None,
        *,
        reason: str | None,
        data: Mapping[str, Any] | None,
        no_echo: bool | None,
    ) -> CloudFormationCustomResourceResponse:
        physical = physical_resource_id or event.physical_resource_id or event.request_id
        return cls(
            status=status,
            reason=reason,
            physical_resource_id=physical,
            stack_id=event.stack_id,
            request_id=event.request_id,
            logical_resource_id=event.logical_resource_id,
            no_echo=no_echo,
            data=data,
        )


class CloudFormationResponseError(LambdaEventsError):
    """Sending a custom resource response to CloudFormation failed.

    `status` is the HTTP status when the server answered, `None` when it could not be
    reached or timed out. The message names the host and path only: the query string of
    a presigned URL is a credential.
    """

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def _where(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def send_custom_resource_response(
    event: CloudFormationCustomResourceEvent,
    response: CloudFormationCustomResourceResponse,
    *,
    timeout: float = 10.0,
    converter: LambdaEventsConverter | None = None,
) -> int:
    """PUT `response` to the event's `ResponseURL` and return the HTTP status.

    Raises `ResponseError` when the response does not belong to the event (different
    `StackId`, `RequestId` or `LogicalResourceId`) or is larger than 4096 bytes, and
    `CloudFormationResponseError` when the URL is not http(s), the server answers with an
    error status, cannot be reached, or does not answer within `timeout` seconds.
    """
    # Imported here: the network stack costs ~20 ms at cold start.
    from urllib.error import HTTPError, URLError
    from urllib.request import Request, urlopen

    from ._payload import shared_converter

    for name in ("stack_id", "request_id", "logical_resource_id"):
        if getattr(response, name) != getattr(event, name):
            raise ResponseError(f"the response's {name} does not match the event's")
    conv = converter if converter is not None else shared_converter()
    body = json.dumps(conv.unstructure(response), separators=(",", ":")).encode()
    if len(body) > _MAX_RESPONSE_BYTES:
        raise ResponseError(
            f"the response is {len(body)} bytes; CloudFormation accepts {_MAX_RESPONSE_BYTES}"
        )
    url = event.response_url
    where = _where(url)
    if urllib.parse.urlsplit(url).scheme not in ("https", "http"):
        raise CloudFormationResponseError(f"ResponseURL is not an http(s) URL: {where}")
    request = Request(  # noqa: S310 - scheme checked above
        url,
        data=body,
        method="PUT",
        headers={"Content-Type": "", "Content-Length": str(len(body))},
    )
    try:
        with urlopen(request, timeout=timeout) as answer:  # noqa: S310
            answer.read()
            return int(answer.status)
    except HTTPError as exc:
        exc.close()
        raise CloudFormationResponseError(
            f"CloudFormation response rejected by {where}: HTTP {exc.code}", status=exc.code
        ) from None
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise CloudFormationResponseError(
            f"could not send the CloudFormation response to {where}: {reason}"
        ) from None
