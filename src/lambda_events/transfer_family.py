"""AWS Transfer Family custom identity provider: the authorizer event and its response.

The response is PascalCase (`Role`, `HomeDirectoryType`, ...). `HomeDirectoryDetails`
travels as a JSON *string* holding the list of `{"Entry", "Target"}` mappings, as
Transfer Family expects. An empty response (`{}`) denies the login.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ._model import Model, checked_by, field, model
from .codecs import JsonText
from .enums import StrEnum
from .errors import ResponseError, quoted

__all__ = [
    "TransferFamilyAuthorizer",
    "TransferFamilyAuthorizerResponse",
    "TransferFamilyHomeDirectoryMapping",
    "TransferFamilyHomeDirectoryType",
    "TransferFamilyPosixProfile",
    "TransferFamilyProtocol",
]


class TransferFamilyProtocol(StrEnum):
    """The protocol the user logs in with."""

    SFTP = "SFTP"
    FTP = "FTP"
    FTPS = "FTPS"
    AS2 = "AS2"


class TransferFamilyHomeDirectoryType(StrEnum):
    """`PATH`: one absolute home directory; `LOGICAL`: a list of directory mappings."""

    PATH = "PATH"
    LOGICAL = "LOGICAL"


@model
class TransferFamilyAuthorizer(Model):
    """AWS Transfer Family: a login to authorize. Key-based logins carry no password."""

    username: str
    protocol: TransferFamilyProtocol | str
    server_id: str
    source_ip: str
    password: str | None = field(default=None, secret=True)


@model(case="pascal")
class TransferFamilyPosixProfile(Model):
    """The POSIX identity used on Amazon EFS."""

    uid: int
    gid: int
    secondary_gids: tuple[int, ...] | None = None


@model(case="pascal")
class TransferFamilyHomeDirectoryMapping(Model):
    """One logical directory: what the user sees (`Entry`) and where it is (`Target`)."""

    entry: str
    target: str
    type: str | None = None


def _check_response(resp: TransferFamilyAuthorizerResponse) -> None:
    kind = resp.home_directory_type
    if resp.role is None:
        if any(getattr(resp, name) is not None for name in _GRANT_FIELDS):
            raise ResponseError("Role is required unless the response denies the login ({})")
        return
    if not resp.role.startswith("arn:"):
        raise ResponseError(f"Role must be an IAM role ARN, got {quoted(resp.role)}")
    if kind is not None and getattr(kind, "value", kind) not in _HOME_TYPES:
        raise ResponseError(f"HomeDirectoryType must be PATH or LOGICAL, got {quoted(kind)}")
    if kind == TransferFamilyHomeDirectoryType.LOGICAL:
        if not resp.home_directory_details:
            raise ResponseError("HomeDirectoryType LOGICAL needs HomeDirectoryDetails mappings")
        if resp.home_directory is not None:
            raise ResponseError("HomeDirectory cannot be combined with LOGICAL mappings")
    else:
        if resp.home_directory_details is not None:
            raise ResponseError("HomeDirectoryDetails needs HomeDirectoryType LOGICAL")
        if kind == TransferFamilyHomeDirectoryType.PATH and not resp.home_directory:
            raise ResponseError("HomeDirectoryType PATH needs a HomeDirectory")
    if resp.home_directory is not None and not resp.home_directory.startswith("/"):
        raise ResponseError(f"HomeDirectory must be absolute, got {quoted(resp.home_directory)}")


_HOME_TYPES = frozenset(t.value for t in TransferFamilyHomeDirectoryType)
_GRANT_FIELDS = (
    "home_directory",
    "home_directory_details",
    "posix_profile",
    "policy",
    "public_keys",
    "home_directory_type",
)


@model(case="pascal")
class TransferFamilyAuthorizerResponse(Model):
    """What the identity provider returns: the user's role and home, or `{}` to deny.

    Build it with `for_s3`, `for_efs` or `deny`; invalid combinations raise `ResponseError`.
    """

    home_directory: str | None = None
    home_directory_details: JsonText[tuple[TransferFamilyHomeDirectoryMapping, ...]] | None = None
    posix_profile: TransferFamilyPosixProfile | None = None
    policy: str | None = None
    public_keys: Sequence[str] | None = None
    role: str | None = field(default=None, validator=checked_by(_check_response))
    home_directory_type: TransferFamilyHomeDirectoryType | str | None = None

    @property
    def is_deny(self) -> bool:
        """True for the empty response that refuses the login."""
        return self.role is None

    @classmethod
    def deny(cls) -> TransferFamilyAuthorizerResponse:
        """The explicit deny: `{}`."""
        return cls()

    @classmethod
    def for_s3(
        cls,
        role_arn: str,
        *,
        home_directory: str | None = None,
        home_directory_details: Sequence[TransferFamilyHomeDirectoryMapping | Mapping[str, str]]
        | None = None,
        home_directory_type: TransferFamilyHomeDirectoryType | str | None = None,
        policy: str | Mapping[str, Any] | None = None,
        public_keys: Sequence[str] | None = None,
    ) -> TransferFamilyAuthorizerResponse:
        """Grant access to Amazon S3. The home type defaults to LOGICAL when mappings are
        given, PATH otherwise; `policy` may be a dict (serialized to the JSON AWS expects).
        """
        return cls._grant(
            role_arn,
            home_directory,
            home_directory_details,
            home_directory_type,
            policy,
            public_keys,
            None,
        )

    @classmethod
    def for_efs(
        cls,
        role_arn: str,
        *,
        uid: int,
        gid: int,
        secondary_gids: Sequence[int] | None = None,
        home_directory: str | None = None,
        home_directory_details: Sequence[TransferFamilyHomeDirectoryMapping | Mapping[str, str]]
        | None = None,
        home_directory_type: TransferFamilyHomeDirectoryType | str | None = None,
        policy: str | Mapping[str, Any] | None = None,
        public_keys: Sequence[str] | None = None,
    ) -> TransferFamilyAuthorizerResponse:
        """Grant access to Amazon EFS with a POSIX profile (`Uid`, `Gid`)."""
        profile = TransferFamilyPosixProfile(
            uid=uid,
            gid=gid,
            secondary_gids=tuple(secondary_gids) if secondary_gids is not None else None,
        )
        return cls._grant(
            role_arn,
            home_directory,
            home_directory_details,
            home_directory_type,
            policy,
            public_keys,
            profile,
        )

    @classmethod
    def _grant(
        cls,
        role_arn: str,
        home_directory: str | None,
        details: Sequence[TransferFamilyHomeDirectoryMapping | Mapping[str, str]] | None,
        home_type: TransferFamilyHomeDirectoryType | str | None,
        policy: str | Mapping[str, Any] | None,
        public_keys: Sequence[str] | None,
        posix_profile: TransferFamilyPosixProfile | None,
    ) -> TransferFamilyAuthorizerResponse:
        mappings = None if details is None else tuple(_mapping(m) for m in details)
        if home_type is None:
            home_type = (
                TransferFamilyHomeDirectoryType.LOGICAL
                if mappings is not None
                else TransferFamilyHomeDirectoryType.PATH
            )
        return cls(
            home_directory=home_directory,
            home_directory_details=mappings,
            posix_profile=posix_profile,
            policy=policy if policy is None or isinstance(policy, str) else json.dumps(policy),
            public_keys=tuple(public_keys) if public_keys is not None else None,
            role=role_arn,
            home_directory_type=home_type,
        )


def _mapping(
    value: TransferFamilyHomeDirectoryMapping | Mapping[str, str],
) -> TransferFamilyHomeDirectoryMapping:
    if isinstance(value, TransferFamilyHomeDirectoryMapping):
        return value
    extra = sorted(set(value) - {"Entry", "Target", "Type"})
    if extra:
        raise ResponseError(f"unknown keys in a home directory mapping: {extra}")
    try:
        return TransferFamilyHomeDirectoryMapping(
            entry=value["Entry"], target=value["Target"], type=value.get("Type")
        )
    except KeyError as exc:
        raise ResponseError(f"a home directory mapping needs {quoted(exc.args[0])}") from None
