"""AWS AppSync: GraphQL resolver and Lambda authorizer events, AppSync Events handlers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, Union

from ._model import EMPTY, Model, WireMemory, field, model
from .codecs import Codec
from .enums import StrEnum
from .errors import ResponseError, StructureError, kind_of, quoted
from .headers import Headers

if TYPE_CHECKING:
    from ._converter import LambdaEventsConverter

__all__ = [
    "AppSyncAuthorizerEvent",
    "AppSyncAuthorizerEventRequestContext",
    "AppSyncAuthorizerResponse",
    "AppSyncEventsChannel",
    "AppSyncEventsChannelNamespace",
    "AppSyncEventsOperation",
    "AppSyncIdentity",
    "AppSyncIdentityCognito",
    "AppSyncIdentityIAM",
    "AppSyncIdentityLambda",
    "AppSyncIdentityOIDC",
    "AppSyncPrev",
    "AppSyncRequest",
    "AppSyncResolverEvent",
    "AppSyncResolverEventInfo",
    "AppSyncResolverEventsEvent",
    "AppSyncResolverEventsInfo",
    "appsync_identity_class",
]

Fn = Callable[[Any], Any]
T = TypeVar("T")


# --------------------------------------------------------------------- identities


@model
class AppSyncIdentityIAM(Model):
    """Caller identity under `AWS_IAM` authorization."""

    account_id: str
    user_arn: str
    username: str | None = None
    source_ip: tuple[str, ...] | None = None
    cognito_identity_pool_id: str | None = None
    cognito_identity_id: str | None = None
    cognito_identity_auth_type: str | None = None
    cognito_identity_auth_provider: str | None = None


@model
class AppSyncIdentityCognito(Model):
    """Caller identity under `AMAZON_COGNITO_USER_POOLS` authorization."""

    sub: str
    username: str
    issuer: str | None = None
    claims: Mapping[str, Any] | None = None
    source_ip: tuple[str, ...] | None = None
    default_auth_strategy: str | None = None
    groups: tuple[str, ...] | None = None


@model
class AppSyncIdentityOIDC(Model):
    """Caller identity under `OPENID_CONNECT` authorization (the token's claims)."""

    sub: str
    issuer: str
    claims: Mapping[str, Any]


@model
class AppSyncIdentityLambda(Model):
    """Caller identity under `AWS_LAMBDA` authorization: the authorizer's `resolverContext`."""

    resolver_context: Mapping[str, Any]


_IAM_KEYS = frozenset({"accountId", "userArn", "cognitoIdentityPoolId", "cognitoIdentityId"})
_COGNITO_KEYS = frozenset({"username", "defaultAuthStrategy", "groups"})
_OIDC_KEYS = frozenset({"sub", "issuer", "claims"})


def appsync_identity_class(identity: Mapping[str, Any]) -> type[Model]:
    """Which identity an AppSync `identity` object is, decided by the keys it has.

    `resolverContext` -> Lambda; `accountId`/`userArn`/Cognito identity pool keys -> IAM;
    `username`/`defaultAuthStrategy`/`groups` -> Cognito user pools; `sub`/`issuer`/`claims`
    alone -> OIDC. Anything else raises `ValueError`.
    """
    keys = identity.keys()
    if "resolverContext" in keys:
        return AppSyncIdentityLambda
    if not _IAM_KEYS.isdisjoint(keys):
        return AppSyncIdentityIAM
    if not _COGNITO_KEYS.isdisjoint(keys):
        return AppSyncIdentityCognito
    if not _OIDC_KEYS.isdisjoint(keys):
        return AppSyncIdentityOIDC
    raise ValueError(
        "identity matches no AppSync identity shape (IAM, Cognito user pools, OIDC, Lambda)"
    )


class _IdentityByShape(Codec):
    """Structures an AppSync identity into the class its keys name (never a guess)."""

    def structurer(self, target: Any, converter: LambdaEventsConverter, where: str = "") -> Fn:
        hooks: dict[type, Any] = {}

        def structure(value: Any) -> Any:
            if value.__class__ is not dict:
                raise ValueError(f"expected an object, got {kind_of(value)}")
            cls = appsync_identity_class(value)
            hook = hooks.get(cls)
            if hook is None:
                hook = hooks[cls] = converter.get_structure_hook(cls)
            return hook(value, cls)

        return structure

    def unstructurer(self, target: Any, converter: LambdaEventsConverter) -> Fn:
        return converter.unstructure


AppSyncIdentity = Annotated[
    Union[AppSyncIdentityIAM, AppSyncIdentityCognito, AppSyncIdentityOIDC, AppSyncIdentityLambda],  # noqa: UP007
    _IdentityByShape(),
]
"""An AppSync caller identity: IAM, Cognito user pools, OIDC or Lambda, decided by shape."""

_AnyIdentity = Union[  # noqa: UP007
    AppSyncIdentityIAM, AppSyncIdentityCognito, AppSyncIdentityOIDC, AppSyncIdentityLambda
]


# ----------------------------------------------------------------------- resolvers


@model
class AppSyncRequest(Model):
    """`request` of an AppSync event: the HTTP headers (and custom domain name)."""

    headers: Headers
    domain_name: str | None = None


class _RequestAccessors:
    """Readers of the HTTP request a resolver event carries (`request` may be absent)."""

    if TYPE_CHECKING:
        request: AppSyncRequest | None

    @property
    def request_headers(self) -> Headers:
        """The HTTP request headers (empty when the event has no `request`)."""
        return self.request.headers if self.request is not None else Headers()

    def get_header_value(
        self, name: str, default_value: str | None = None, case_sensitive: bool = False
    ) -> str | None:
        """One request header's value (any case unless `case_sensitive`), else the default."""
        from ._http import header_value

        return header_value(self.request_headers, name, default_value, case_sensitive)

    @property
    def domain_name(self) -> str | None:
        return self.request.domain_name if self.request is not None else None


@model
class AppSyncPrev(Model):
    """`prev`: the result of the previous pipeline function or before-mapping template."""

    result: Any = None


@model
class AppSyncResolverEventInfo(Model):
    """`info` of a direct Lambda resolver event: the field being resolved."""

    field_name: str
    parent_type_name: str
    variables: Mapping[str, Any] | None = None
    selection_set_list: tuple[str, ...] | None = None
    selection_set_graphql: str | None = field(wire="selectionSetGraphQL", default=None)


@model
class AppSyncResolverEvent(Model, _RequestAccessors):
    """AWS AppSync resolver invocation: direct Lambda resolver or Amplify `@function`.

    Direct resolvers send `info`; Amplify sends `typeName`/`parentTypeName` and `fieldName`
    at the top level (kept as `raw_*`). `info`, `type_name` and `field_name` work for both.
    A batch resolver receives a JSON list of these events.
    """

    arguments: Mapping[str, Any]
    identity: AppSyncIdentity | None = None
    source: Mapping[str, Any] | None = None
    request: AppSyncRequest | None = None
    prev: AppSyncPrev | None = None
    raw_info: AppSyncResolverEventInfo | None = field(wire="info", default=None)
    stash: Mapping[str, Any] | None = None
    raw_type_name: str | None = field(wire="typeName", default=None)
    raw_parent_type_name: str | None = field(wire="parentTypeName", default=None)
    raw_field_name: str | None = field(wire="fieldName", default=None)

    @cached_property
    def info(self) -> AppSyncResolverEventInfo:
        """`info`, or one built from the Amplify top-level keys."""
        if self.raw_info is not None:
            return self.raw_info
        parent = self.raw_parent_type_name or self.raw_type_name
        if parent is None or self.raw_field_name is None:
            raise StructureError.at((), "AppSync event has neither info nor typeName/fieldName")
        return AppSyncResolverEventInfo(field_name=self.raw_field_name, parent_type_name=parent)

    @property
    def type_name(self) -> str:
        """The GraphQL parent type (`Query`, `Mutation`, `Merchant`...)."""
        return self.info.parent_type_name

    @property
    def field_name(self) -> str:
        """The GraphQL field being resolved."""
        return self.info.field_name

    @property
    def prev_result(self) -> Any:
        """`prev.result`, or `None`."""
        return self.prev.result if self.prev is not None else None

    @property
    def resolved_source(self) -> Mapping[str, Any]:
        """The parent object; empty when absent or `null`."""
        return self.source or EMPTY

    @property
    def resolved_stash(self) -> Mapping[str, Any]:
        """The pipeline stash; empty when absent."""
        return self.stash or EMPTY


# ----------------------------------------------------------------------- authorizer


@model
class AppSyncAuthorizerEventRequestContext(Model):
    """`requestContext` of an AppSync Lambda authorizer event: the GraphQL request."""

    api_id: str
    account_id: str
    request_id: str
    variables: Mapping[str, Any]
    query_string: str | None = None
    operation_name: str | None = None


@model
class AppSyncAuthorizerEvent(Model):
    """AWS AppSync Lambda authorizer (`AWS_LAMBDA`) invocation."""

    authorization_token: str = field(secret=True)
    request_context: AppSyncAuthorizerEventRequestContext
    request_headers: Headers | None = None


def _check_is_authorized(_instance: object, _attribute: object, value: object) -> None:
    if value.__class__ is not bool:
        raise ResponseError("isAuthorized must be true or false")


def _check_ttl(_instance: object, _attribute: object, ttl: int | None) -> None:
    if ttl is not None and (ttl.__class__ is not int or not 0 <= ttl <= 3600):
        raise ResponseError(f"ttlOverride must be an integer from 0 to 3600, got {quoted(ttl)}")


def _field_names(fields: Sequence[str] | None) -> tuple[str, ...] | None:
    if fields is None or (not fields and not isinstance(fields, str)):
        return None
    if isinstance(fields, str) or not all(isinstance(f, str) and f for f in fields):
        raise ResponseError("deniedFields must be a list of field names or ARNs")
    return tuple(fields)


def _flat_context(ctx: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if ctx is None or (isinstance(ctx, Mapping) and not ctx):
        return None
    if not isinstance(ctx, Mapping):
        raise ResponseError("resolverContext must be an object")
    for key, value in ctx.items():
        if not isinstance(key, str) or not isinstance(value, (str, int, float, bool)):
            raise ResponseError(f"resolverContext[{key!r}] must be a string, number or boolean")
    return dict(ctx)


@model
class AppSyncAuthorizerResponse(Model):
    """Response of an AppSync Lambda authorizer.

    `ttlOverride` is kept when 0 (no caching); `deniedFields` and `resolverContext` are
    omitted when `None` or empty, as Powertools does. `resolverContext` is flat (string,
    number or boolean values).
    """

    is_authorized: bool = field(default=False, validator=_check_is_authorized)
    resolver_context: Mapping[str, Any] | None = field(default=None, converter=_flat_context)
    denied_fields: Sequence[str] | None = field(default=None, converter=_field_names)
    ttl_override: int | None = field(default=None, validator=_check_ttl)

    def __init__(
        self,
        is_authorized: bool | None = None,
        ttl_override: int | None = None,
        resolver_context: Mapping[str, Any] | None = None,
        denied_fields: Sequence[str] | None = None,
        *,
        authorize: bool | None = None,
        max_age: int | None = None,
        deny_fields: Sequence[str] | None = None,
        unknown_keys: Mapping[str, Any] = EMPTY,
        _wire: WireMemory | None = None,
    ) -> None:
        """Powertools' keywords work too (`authorize=`, `max_age=`, `deny_fields=`), and so
        does its positional order.
        """
        authorized = _one_of("is_authorized", is_authorized, "authorize", authorize)
        self.__attrs_init__(  # type: ignore[attr-defined]
            is_authorized=False if authorized is None else authorized,
            resolver_context=resolver_context,
            denied_fields=_one_of("denied_fields", denied_fields, "deny_fields", deny_fields),
            ttl_override=_one_of("ttl_override", ttl_override, "max_age", max_age),
            unknown_keys=unknown_keys,
            _wire=_wire,
        )


def _one_of(name: str, value: T | None, alias: str, alias_value: T | None) -> T | None:
    """A field given under our name or Powertools' (not both)."""
    if value is not None and alias_value is not None:
        raise ResponseError(f"give {name} or {alias}, not both")
    return value if value is not None else alias_value


# ------------------------------------------------------------------- AppSync Events


class AppSyncEventsOperation(StrEnum):
    """What an AppSync Events handler is called for; unknown values stay plain strings."""

    PUBLISH = "PUBLISH"
    SUBSCRIBE = "SUBSCRIBE"


@model
class AppSyncEventsChannel(Model):
    """The channel of an AppSync Events request (`/default/channel`)."""

    path: str
    segments: tuple[str, ...]


@model
class AppSyncEventsChannelNamespace(Model):
    """The channel namespace of an AppSync Events request."""

    name: str


@model
class AppSyncResolverEventsInfo(Model):
    """`info` of an AppSync Events handler invocation."""

    channel: AppSyncEventsChannel
    channel_namespace: AppSyncEventsChannelNamespace
    operation: AppSyncEventsOperation | str

    @property
    def channel_path(self) -> str:
        return self.channel.path

    @property
    def channel_segments(self) -> tuple[str, ...]:
        return self.channel.segments


@model
class AppSyncResolverEventsEvent(Model, _RequestAccessors):
    """AWS AppSync Events API handler invocation (publish or subscribe).

    `identity` and `prev` are kept as they came (`Any`); `identity_object()` decides the
    identity class by shape.
    """

    info: AppSyncResolverEventsInfo
    request: AppSyncRequest | None = None
    identity: Any = None
    events: tuple[Mapping[str, Any], ...] | None = None
    out_errors: tuple[Any, ...] | None = None
    stash: Mapping[str, Any] | None = None
    prev: Any = None
    result: Any = None
    error: Any = None

    def identity_object(
        self, converter: LambdaEventsConverter | None = None
    ) -> (
        AppSyncIdentityIAM
        | AppSyncIdentityCognito
        | AppSyncIdentityOIDC
        | AppSyncIdentityLambda
        | None
    ):
        """`identity` as a typed identity (`None` for API key auth), structured by `converter`."""
        if self.identity is None:
            return None
        from ._payload import shared_converter

        conv = converter if converter is not None else shared_converter()
        target: Any = AppSyncIdentity
        try:
            identity: _AnyIdentity = conv.structure(self.identity, target)
        except StructureError as exc:
            raise exc.prefixed(("identity",)) from None
        return identity

    @property
    def resolved_events(self) -> tuple[Mapping[str, Any], ...]:
        """The published events; empty when absent (not Powertools' `[{}]`)."""
        return self.events or ()

    @property
    def resolved_stash(self) -> Mapping[str, Any]:
        return self.stash or EMPTY
