"""AWS Client VPN client connect handler: the connection request and the decision.

Keys are kebab-case (`connection-id`, `schema-version`) on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._model import Model, field, model
from .errors import ResponseError

__all__ = ["ClientVPNConnectionHandlerEvent", "ClientVPNConnectionHandlerResponse"]

_MAX_MESSAGE = 255


@model(case="kebab")
class ClientVPNConnectionHandlerEvent(Model):
    """AWS Client VPN: a new connection to authorize (device, user and connection data).

    Attributes the client does not send arrive as empty strings.
    """

    connection_id: str
    endpoint_id: str
    public_ip: str
    schema_version: str
    common_name: str | None = None
    username: str | None = None
    platform: str | None = None
    platform_version: str | None = None
    client_openvpn_version: str | None = None
    aws_client_version: str | None = None


def _check_allow(_instance: object, _attribute: object, allow: object) -> None:
    if allow.__class__ is not bool:
        raise ResponseError(f"allow must be true or false, not {allow!r}")


def _check_message(_instance: object, _attribute: object, message: str | None) -> None:
    if message is not None and len(message) > _MAX_MESSAGE:
        raise ResponseError(f"the error message is limited to {_MAX_MESSAGE} characters")


@model(case="kebab")
class ClientVPNConnectionHandlerResponse(Model):
    """The decision returned to Client VPN; build it with `allow_connection` or `deny`."""

    allow: bool = field(validator=_check_allow)
    error_msg_on_failed_posture_compliance: str | None = field(
        default=None, validator=_check_message
    )
    posture_compliance_statuses: tuple[str, ...] | None = None
    schema_version: str = "v1"

    @classmethod
    def allow_connection(
        cls, *, posture_compliance_statuses: Sequence[str] = ()
    ) -> ClientVPNConnectionHandlerResponse:
        """Let the connection in."""
        return cls(
            allow=True,
            error_msg_on_failed_posture_compliance="",
            posture_compliance_statuses=tuple(posture_compliance_statuses),
        )

    @classmethod
    def deny(
        cls, message: str = "", *, posture_compliance_statuses: Sequence[str] = ()
    ) -> ClientVPNConnectionHandlerResponse:
        """Refuse the connection; `message` is shown to the user."""
        return cls(
            allow=False,
            error_msg_on_failed_posture_compliance=message,
            posture_compliance_statuses=tuple(posture_compliance_statuses),
        )
