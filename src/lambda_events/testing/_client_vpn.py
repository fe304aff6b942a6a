"""Builder for AWS Client VPN connection handler events."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .. import ClientVPNConnectionHandlerEvent

__all__ = ["client_vpn_connection_event"]


def client_vpn_connection_event(
    username: str = "jane.doe", *, public_ip: str | None = None, platform: str = "macos"
) -> ClientVPNConnectionHandlerEvent:
    """A `ClientVPNConnectionHandlerEvent` for a new connection of `username`."""
    from .. import ClientVPNConnectionHandlerEvent

    return ClientVPNConnectionHandlerEvent(
        connection_id=f"cvpn-connection-{secrets.token_hex(9)[:17]}",
        endpoint_id=f"cvpn-endpoint-{secrets.token_hex(9)[:17]}",
        common_name="",
        username=username,
        platform=platform,
        platform_version="14.6.1",
        public_ip=public_ip or f"198.51.100.{secrets.randbelow(254) + 1}",
        client_openvpn_version="2.6.12",
        schema_version="v1",
    )
