"""Amazon S3 Object Lambda: the event of a GetObject, HeadObject or ListObjects request."""

from __future__ import annotations

from ._model import Model, field, model
from .headers import Headers

__all__ = [
    "S3ObjectConfiguration",
    "S3ObjectContext",
    "S3ObjectInputContext",
    "S3ObjectLambdaEvent",
    "S3ObjectSessionAttributes",
    "S3ObjectSessionContext",
    "S3ObjectSessionIssuer",
    "S3ObjectUserIdentity",
    "S3ObjectUserRequest",
]


@model
class S3ObjectContext(Model):
    """`getObjectContext`: where to read the object and how to write the response back."""

    input_s3_url: str = field(redact="url")  # presigned: its query carries credentials
    output_route: str
    output_token: str = field(secret=True)


@model
class S3ObjectInputContext(Model):
    """`headObjectContext` / `listObjectsContext` / `listObjectsV2Context`: the input URL."""

    input_s3_url: str = field(redact="url")  # presigned: its query carries credentials


@model
class S3ObjectConfiguration(Model):
    """The Object Lambda access point, its supporting access point and the custom payload."""

    access_point_arn: str
    supporting_access_point_arn: str
    payload: str | None = None


@model
class S3ObjectUserRequest(Model):
    """The original request: URL and headers (case-insensitive lookup)."""

    url: str = field(redact="url")  # may be presigned
    headers: Headers


@model
class S3ObjectSessionIssuer(Model):
    """Who issued the temporary credentials of the caller (a role, usually)."""

    type: str
    principal_id: str
    arn: str
    account_id: str
    user_name: str | None = None


@model
class S3ObjectSessionAttributes(Model):
    """When the caller's session was created and whether it used MFA (strings on the wire)."""

    creation_date: str
    mfa_authenticated: str

    @property
    def is_mfa_authenticated(self) -> bool:
        """`mfaAuthenticated` as a boolean."""
        return self.mfa_authenticated.lower() == "true"


@model
class S3ObjectSessionContext(Model):
    """The session of a caller using temporary credentials."""

    attributes: S3ObjectSessionAttributes
    session_issuer: S3ObjectSessionIssuer | None = None


@model
class S3ObjectUserIdentity(Model):
    """The caller. Assumed-role callers carry `sessionContext` and no `userName`."""

    type: str
    principal_id: str
    arn: str | None = None
    account_id: str | None = None
    access_key_id: str | None = None
    user_name: str | None = None
    invoked_by: str | None = None
    session_context: S3ObjectSessionContext | None = None


@model
class S3ObjectLambdaEvent(Model):
    """Amazon S3 Object Lambda: a request through an Object Lambda access point.

    GetObject requests carry `getObjectContext`; HeadObject and ListObjects(V2) carry
    their own context with only the input URL.
    """

    request_id: str = field(wire="xAmzRequestId")
    configuration: S3ObjectConfiguration
    user_request: S3ObjectUserRequest
    user_identity: S3ObjectUserIdentity
    protocol_version: str
    object_context: S3ObjectContext | None = field(wire="getObjectContext", default=None)
    head_object_context: S3ObjectInputContext | None = None
    list_objects_context: S3ObjectInputContext | None = None
    list_objects_v2_context: S3ObjectInputContext | None = None

    @property
    def input_s3_url(self) -> str:
        """The presigned URL of the original object (or listing), whatever the operation."""
        for context in (
            self.object_context,
            self.head_object_context,
            self.list_objects_context,
            self.list_objects_v2_context,
        ):
            if context is not None:
                return context.input_s3_url
        raise ValueError("this event carries no operation context")

    @property
    def request_route(self) -> str:
        """`outputRoute` for `WriteGetObjectResponse` (GetObject events only)."""
        return self._get_context().output_route

    @property
    def request_token(self) -> str:
        """`outputToken` for `WriteGetObjectResponse` (GetObject events only)."""
        return self._get_context().output_token

    def _get_context(self) -> S3ObjectContext:
        if self.object_context is None:
            raise ValueError("not a GetObject event: no getObjectContext")
        return self.object_context
