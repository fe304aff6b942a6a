"""Builder for AWS Transfer Family custom identity provider calls."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .. import TransferFamilyAuthorizer

__all__ = ["transfer_family_authorizer_event"]


def transfer_family_authorizer_event(
    username: str = "jdoe",
    *,
    password: str | None = None,
    protocol: Literal["SFTP", "FTP", "FTPS", "AS2"] | str = "SFTP",
    server_id: str | None = None,
    source_ip: str = "203.0.113.10",
) -> TransferFamilyAuthorizer:
    """A `TransferFamilyAuthorizer` login: a password login when `password` is given, a
    key-based SFTP login otherwise (FTP and FTPS logins always carry a password).
    """
    from .. import TransferFamilyAuthorizer

    if password is None and protocol in ("FTP", "FTPS"):
        raise ValueError(f"{protocol} logins always carry a password")
    return TransferFamilyAuthorizer(
        username=username,
        password=password,
        protocol=protocol,
        server_id=server_id or f"s-{secrets.token_hex(9)[:17]}",
        source_ip=source_ip,
    )
