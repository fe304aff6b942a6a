"""IAM policy responses of API Gateway REST and WebSocket Lambda authorizers, and their
builders (`from_route_arn(event.method_arn, ...)`, `for_api(...)`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._model import Model, field, model
from ..errors import ResponseError, quoted
from ._route_arn import APIGatewayRouteArn, HttpVerb, parse_api_gateway_arn

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "DENY_ALL_RESPONSE",
    "APIGatewayAuthorizerPolicyDocument",
    "APIGatewayAuthorizerPolicyStatement",
    "APIGatewayAuthorizerResponse",
    "APIGatewayAuthorizerResponseBuilder",
    "APIGatewayAuthorizerResponseWebSocket",
    "APIGatewayAuthorizerResponseWebSocketBuilder",
]

_INVOKE = "execute-api:Invoke"
_POLICY_VERSION = "2012-10-17"
_EFFECTS = ("Allow", "Deny")
_PATH = re.compile(r"^[/.a-zA-Z0-9\-_*{}+]+$")
_ROUTE_KEY = re.compile(r"^\S+$")


# ---------------------------------------------------------------- IAM policy parts


def _merged_conditions(
    conditions: Mapping[str, Mapping[str, Any]] | Sequence[Mapping[str, Mapping[str, Any]]] | None,
) -> dict[str, dict[str, Any]] | None:
    """One IAM `Condition` object from an object or a list of objects (Powertools style)."""
    if conditions is None:
        return None
    items = [conditions] if isinstance(conditions, Mapping) else list(conditions)
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        if not isinstance(item, Mapping):
            raise ResponseError("conditions must be IAM condition objects")
        for operator, block in item.items():
            if not isinstance(block, Mapping):
                raise ResponseError(f"condition {quoted(operator)} must map keys to values")
            merged = out.setdefault(operator, {})
            for key, value in block.items():
                if key in merged and merged[key] != value:
                    raise ResponseError(f"conflicting values for condition {operator}/{key}")
                merged[key] = value
    return out or None


def _one_or_many(name: str, value: str | Sequence[str]) -> str | tuple[str, ...]:
    """An IAM `Action`/`Resource`: one non-empty string, or a non-empty list of them."""
    items = [value] if isinstance(value, str) else list(value)
    if not items or not all(isinstance(item, str) and item for item in items):
        raise ResponseError(f"{name} must be a non-empty string or list of non-empty strings")
    return value if isinstance(value, str) else tuple(items)


def _action(value: str | Sequence[str]) -> str | tuple[str, ...]:
    return _one_or_many("Action", value)


def _resource(value: str | Sequence[str]) -> str | tuple[str, ...]:
    return _one_or_many("Resource", value)


def _check_effect(_instance: object, _attribute: object, effect: str) -> None:
    if effect not in _EFFECTS:
        raise ResponseError(f"Effect must be 'Allow' or 'Deny', got {quoted(effect)}")


def _condition(
    condition: Mapping[str, Mapping[str, Any]] | None,
) -> dict[str, dict[str, Any]] | None:
    """An IAM `Condition`: one object of condition operators, each mapping keys to values."""
    if condition is None:
        return None
    if not isinstance(condition, Mapping) or not all(
        isinstance(v, Mapping) for v in condition.values()
    ):
        raise ResponseError("Condition must be an object of condition operators")
    return {k: dict(v) for k, v in condition.items()}


def _statements(
    statements: Sequence[APIGatewayAuthorizerPolicyStatement],
) -> tuple[APIGatewayAuthorizerPolicyStatement, ...]:
    if not statements:
        raise ResponseError("No statements defined for the policy")
    return tuple(statements)


@model(case="pascal")
class APIGatewayAuthorizerPolicyStatement(Model):
    """One statement of an authorizer's IAM policy (`Condition` is one object).

    IAM takes `Action` and `Resource` as one string or a list of strings; each keeps the
    shape it was given (or read) in.
    """

    action: str | tuple[str, ...] = field(default=_INVOKE, converter=_action)
    effect: str = field(validator=_check_effect)
    resource: str | tuple[str, ...] = field(converter=_resource)
    condition: Mapping[str, Mapping[str, Any]] | None = field(default=None, converter=_condition)

    @property
    def resources(self) -> tuple[str, ...]:
        """`Resource` as a tuple, whichever shape it has."""
        return (self.resource,) if isinstance(self.resource, str) else self.resource


@model(case="pascal")
class APIGatewayAuthorizerPolicyDocument(Model):
    """The IAM policy document an authorizer returns; it must have a statement."""

    version: str = _POLICY_VERSION
    statement: Sequence[APIGatewayAuthorizerPolicyStatement] = field(converter=_statements)


def _checked_context(context: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if context is None:
        return None
    if not isinstance(context, Mapping):
        raise ResponseError("context must be an object")
    for key, value in context.items():
        if not isinstance(key, str):
            raise ResponseError(f"context keys must be strings, got {quoted(key)}")
        if not isinstance(value, (str, int, float, bool)):
            raise ResponseError(
                f"context[{key!r}] must be a string, number or boolean "
                f"(API Gateway rejects objects and arrays), got {type(value).__name__}"
            )
    return dict(context)


def _regrouped(
    statements: Sequence[APIGatewayAuthorizerPolicyStatement],
    effect: str,
    resource: str,
    condition: dict[str, dict[str, Any]] | None,
) -> tuple[APIGatewayAuthorizerPolicyStatement, ...]:
    """Statements plus one route, grouped as AWS expects.

    Per effect (Allow, then Deny): each conditioned statement stands alone, then one
    statement aggregates every unconditioned resource (each resource once).
    """
    conditioned: dict[str, list[APIGatewayAuthorizerPolicyStatement]] = {e: [] for e in _EFFECTS}
    plain: dict[str, list[str]] = {e: [] for e in _EFFECTS}
    for st in statements:
        if st.condition is None and st.action == _INVOKE:
            plain[st.effect].extend(r for r in st.resources if r not in plain[st.effect])
        else:
            conditioned[st.effect].append(st)
    if condition:
        new = APIGatewayAuthorizerPolicyStatement(
            effect=effect, resource=(resource,), condition=condition
        )
        conditioned[effect].append(new)
    elif resource not in plain[effect]:
        plain[effect].append(resource)
    out: list[APIGatewayAuthorizerPolicyStatement] = []
    for eff in _EFFECTS:
        out.extend(conditioned[eff])
        if plain[eff]:
            out.append(APIGatewayAuthorizerPolicyStatement(effect=eff, resource=tuple(plain[eff])))
    return tuple(out)


def _verb(http_method: str | HttpVerb) -> str:
    if isinstance(http_method, HttpVerb):
        return http_method.value
    text = str(http_method).upper()
    if text in HttpVerb.__members__:
        return HttpVerb[text].value
    if text in HttpVerb._value2member_map_:
        return text
    allowed = ", ".join(v.value for v in HttpVerb)
    raise ResponseError(f"http_method must be one of {allowed} (or ALL), got {quoted(http_method)}")


def _rest_resource(target: APIGatewayRouteArn, http_method: str | HttpVerb, path: str) -> str:
    method = _verb(http_method)
    if not _PATH.match(path):
        raise ResponseError(f"invalid resource path {quoted(path)} (allowed: {_PATH.pattern})")
    return target._replace(http_method=method, resource=path.lstrip("/")).arn


def _ws_resource(target: APIGatewayRouteArn, route: str) -> str:
    if not isinstance(route, str) or not _ROUTE_KEY.match(route):
        raise ResponseError(f"invalid WebSocket route {quoted(route)}")
    return target._replace(http_method=None, resource=route.lstrip("/")).arn


def _target_of(
    statements: Sequence[APIGatewayAuthorizerPolicyStatement], websocket: bool
) -> APIGatewayRouteArn:
    for st in statements:
        for resource in st.resources:
            try:
                return parse_api_gateway_arn(resource, websocket)
            except ValueError:
                continue
    raise ResponseError("cannot add routes: the policy names no execute-api resource")


def _check_principal_id(_instance: object, _attribute: object, principal_id: object) -> None:
    if not isinstance(principal_id, str):
        raise ResponseError("principalId must be a string")


@model
class _IAMPolicyResponse(Model):
    """Wire shape shared by the REST and WebSocket authorizer policy responses."""

    principal_id: str = field(validator=_check_principal_id)
    policy_document: APIGatewayAuthorizerPolicyDocument
    context: Mapping[str, Any] | None = field(default=None, converter=_checked_context)
    usage_identifier_key: str | None = None

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        """Powertools' constructor `(principal_id, region, aws_account_id, api_id, stage, ...)`
        returns `for_api(...)`'s builder (not an instance, so `__init__` does not run): its
        route calls return the policy, and its `asdict()` raises with `policy = policy...`.
        """
        if (args and not isinstance(args[0], Mapping)) or _POWERTOOLS_KEYWORDS & kwargs.keys():
            try:
                arguments = _powertools_arguments(*args, **kwargs)
            except TypeError as exc:
                raise TypeError(f"{cls.__name__}: {str(exc).partition('() ')[2]}") from None
            for_api = getattr(cls, "for_api")  # noqa: B009 - each subclass defines its own
            builder: Self = for_api(**arguments)
            return builder
        return super().__new__(cls, *args, **kwargs)

    def _add(self, effect: str, resource: str, conditions: Any) -> Self:
        statements = _regrouped(
            self.policy_document.statement, effect, resource, _merged_conditions(conditions)
        )
        document = attrs.evolve(self.policy_document, statement=statements)
        return attrs.evolve(self, policy_document=document)


_Conditions = Mapping[str, Mapping[str, Any]] | Sequence[Mapping[str, Mapping[str, Any]]] | None
_POWERTOOLS_KEYWORDS = frozenset(("region", "aws_account_id", "api_id", "stage", "partition"))


def _powertools_arguments(
    principal_id: str,
    region: str,
    aws_account_id: str,
    api_id: str,
    stage: str,
    context: Mapping[str, Any] | None = None,
    usage_identifier_key: str | None = None,
    partition: str = "aws",
) -> dict[str, Any]:
    """Powertools' constructor arguments (its order), as `for_api` keywords."""
    return {
        "principal_id": principal_id,
        "region": region,
        "aws_account_id": aws_account_id,
        "api_id": api_id,
        "stage": stage,
        "partition": partition,
        "context": context,
        "usage_identifier_key": usage_identifier_key,
    }


@model
class APIGatewayAuthorizerResponse(_IAMPolicyResponse):
    """IAM policy response of a REST API (or HTTP API payload 1.0) Lambda authorizer.

    Start from `from_route_arn(event.method_arn, ...)` or `for_api(...)`, then add routes;
    each builder call returns a new response. `context` values must be strings, numbers or
    booleans; `Condition` is one IAM condition object; an empty policy is an error.
    """

    @staticmethod
    def from_route_arn(
        arn: str,
        principal_id: str,
        context: Mapping[str, Any] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponseBuilder:
        """A builder for the API and stage of a method ARN (partition kept)."""
        target = _builder_target(arn, websocket=False)
        return APIGatewayAuthorizerResponseBuilder.start(
            target, principal_id, context, usage_identifier_key
        )

    @staticmethod
    def for_api(
        principal_id: str,
        region: str,
        aws_account_id: str,
        api_id: str,
        stage: str,
        partition: str = "aws",
        context: Mapping[str, Any] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponseBuilder:
        """A builder for one API stage, from its parts."""
        target = APIGatewayRouteArn(partition, region, aws_account_id, api_id, stage, "*", "*")
        return APIGatewayAuthorizerResponseBuilder.start(
            target, principal_id, context, usage_identifier_key
        )

    def allow_route(
        self, http_method: str | HttpVerb, resource: str, conditions: _Conditions = None
    ) -> Self:
        """A copy that also allows `http_method` on `resource` (`"*"` for every method)."""
        target = _target_of(self.policy_document.statement, websocket=False)
        return self._add("Allow", _rest_resource(target, http_method, resource), conditions)

    def deny_route(
        self, http_method: str | HttpVerb, resource: str, conditions: _Conditions = None
    ) -> Self:
        """A copy that also denies `http_method` on `resource`."""
        target = _target_of(self.policy_document.statement, websocket=False)
        return self._add("Deny", _rest_resource(target, http_method, resource), conditions)

    def allow_all_routes(self, http_method: str | HttpVerb = HttpVerb.ALL) -> Self:
        """A copy that allows every resource of the stage (for `http_method`)."""
        return self.allow_route(http_method, "*")

    def deny_all_routes(self, http_method: str | HttpVerb = HttpVerb.ALL) -> Self:
        """A copy that denies every resource of the stage (for `http_method`)."""
        return self.deny_route(http_method, "*")


@model
class APIGatewayAuthorizerResponseWebSocket(_IAMPolicyResponse):
    """IAM policy response of a WebSocket API `$connect` Lambda authorizer.

    Routes have no method: `allow_route("$connect")`. Same rules as
    `APIGatewayAuthorizerResponse` otherwise.
    """

    @staticmethod
    def from_route_arn(
        arn: str,
        principal_id: str,
        context: Mapping[str, Any] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponseWebSocketBuilder:
        """A builder for the API and stage of a WebSocket route ARN (partition kept)."""
        target = _builder_target(arn, websocket=True)
        return APIGatewayAuthorizerResponseWebSocketBuilder.start(
            target, principal_id, context, usage_identifier_key
        )

    @staticmethod
    def for_api(
        principal_id: str,
        region: str,
        aws_account_id: str,
        api_id: str,
        stage: str,
        partition: str = "aws",
        context: Mapping[str, Any] | None = None,
        usage_identifier_key: str | None = None,
    ) -> APIGatewayAuthorizerResponseWebSocketBuilder:
        """A builder for one WebSocket API stage, from its parts."""
        target = APIGatewayRouteArn(partition, region, aws_account_id, api_id, stage, None, "*")
        return APIGatewayAuthorizerResponseWebSocketBuilder.start(
            target, principal_id, context, usage_identifier_key
        )

    def allow_route(self, resource: str, conditions: _Conditions = None) -> Self:
        """A copy that also allows the route `resource` (`$connect`, `*`, ...)."""
        target = _target_of(self.policy_document.statement, websocket=True)
        return self._add("Allow", _ws_resource(target, resource), conditions)

    def deny_route(self, resource: str, conditions: _Conditions = None) -> Self:
        """A copy that also denies the route `resource`."""
        target = _target_of(self.policy_document.statement, websocket=True)
        return self._add("Deny", _ws_resource(target, resource), conditions)

    def allow_all_routes(self) -> Self:
        """A copy that allows every route of the stage."""
        return self.allow_route("*")

    def deny_all_routes(self) -> Self:
        """A copy that denies every route of the stage."""
        return self.deny_route("*")


def _builder_target(arn: str, *, websocket: bool) -> APIGatewayRouteArn:
    try:
        return parse_api_gateway_arn(arn, is_websocket_authorizer=websocket)
    except ValueError as exc:
        raise ResponseError(str(exc)) from None


@attrs.frozen(kw_only=True)
class _Builder:
    target: APIGatewayRouteArn
    principal_id: str
    context: Mapping[str, Any] | None = None
    usage_identifier_key: str | None = None

    @classmethod
    def start(
        cls,
        target: APIGatewayRouteArn,
        principal_id: str,
        context: Mapping[str, Any] | None,
        usage_identifier_key: str | None,
    ) -> Self:
        """A builder with the context checked, and empty optional values left out."""
        return cls(
            target=target,
            principal_id=principal_id,
            context=_checked_context(context or None),
            usage_identifier_key=usage_identifier_key or None,
        )

    def asdict(self) -> dict[str, Any]:
        """Always an error: a policy needs a route, and builder calls return the policy."""
        raise ResponseError(
            "No statements defined for the policy: builder calls return the policy, so write "
            "`policy = policy.allow_all_routes()` (or allow_route/deny_route) before asdict()"
        )

    def _document(
        self, effect: str, resource: str, conditions: _Conditions
    ) -> APIGatewayAuthorizerPolicyDocument:
        return APIGatewayAuthorizerPolicyDocument(
            statement=_regrouped((), effect, resource, _merged_conditions(conditions))
        )


@attrs.frozen(kw_only=True)
class APIGatewayAuthorizerResponseBuilder(_Builder):
    """The API stage and principal of a REST authorizer response, before its first route.

    Not a response: every method returns an `APIGatewayAuthorizerResponse`.
    """

    def _response(
        self, effect: str, http_method: str | HttpVerb, resource: str, conditions: _Conditions
    ) -> APIGatewayAuthorizerResponse:
        arn = _rest_resource(self.target, http_method, resource)
        return APIGatewayAuthorizerResponse(
            principal_id=self.principal_id,
            policy_document=self._document(effect, arn, conditions),
            context=self.context,
            usage_identifier_key=self.usage_identifier_key,
        )

    def allow_route(
        self, http_method: str | HttpVerb, resource: str, conditions: _Conditions = None
    ) -> APIGatewayAuthorizerResponse:
        return self._response("Allow", http_method, resource, conditions)

    def deny_route(
        self, http_method: str | HttpVerb, resource: str, conditions: _Conditions = None
    ) -> APIGatewayAuthorizerResponse:
        return self._response("Deny", http_method, resource, conditions)

    def allow_all_routes(
        self, http_method: str | HttpVerb = HttpVerb.ALL
    ) -> APIGatewayAuthorizerResponse:
        return self._response("Allow", http_method, "*", None)

    def deny_all_routes(
        self, http_method: str | HttpVerb = HttpVerb.ALL
    ) -> APIGatewayAuthorizerResponse:
        return self._response("Deny", http_method, "*", None)


@attrs.frozen(kw_only=True)
class APIGatewayAuthorizerResponseWebSocketBuilder(_Builder):
    """The API stage and principal of a WebSocket authorizer response, before its first route.

    Not a response: every method returns an `APIGatewayAuthorizerResponseWebSocket`.
    """

    def _response(
        self, effect: str, resource: str, conditions: _Conditions
    ) -> APIGatewayAuthorizerResponseWebSocket:
        arn = _ws_resource(self.target, resource)
        return APIGatewayAuthorizerResponseWebSocket(
            principal_id=self.principal_id,
            policy_document=self._document(effect, arn, conditions),
            context=self.context,
            usage_identifier_key=self.usage_identifier_key,
        )

    def allow_route(
        self, resource: str, conditions: _Conditions = None
    ) -> APIGatewayAuthorizerResponseWebSocket:
        return self._response("Allow", resource, conditions)

    def deny_route(
        self, resource: str, conditions: _Conditions = None
    ) -> APIGatewayAuthorizerResponseWebSocket:
        return self._response("Deny", resource, conditions)

    def allow_all_routes(self) -> APIGatewayAuthorizerResponseWebSocket:
        return self._response("Allow", "*", None)

    def deny_all_routes(self) -> APIGatewayAuthorizerResponseWebSocket:
        return self._response("Deny", "*", None)


DENY_ALL_RESPONSE = APIGatewayAuthorizerResponse(
    principal_id="deny-all-user",
    policy_document=APIGatewayAuthorizerPolicyDocument(
        statement=(APIGatewayAuthorizerPolicyStatement(effect="Deny", resource=("*",)),)
    ),
)
"""A response that denies everything (`Resource: ["*"]`)."""
