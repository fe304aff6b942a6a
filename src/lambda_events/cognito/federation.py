"""Cognito inbound federation trigger: map an identity provider's attributes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._model import Model, field, model
from ._common import BaseTriggerEvent

__all__ = [
    "InboundFederationTriggerEvent",
    "InboundFederationTriggerEventAttributes",
    "InboundFederationTriggerEventRequest",
    "InboundFederationTriggerEventResponse",
]


@model
class InboundFederationTriggerEventAttributes(Model):
    """What the identity provider sent: OIDC token response, ID token claims and user info,
    or the SAML response's attributes. The OIDC token response is redacted in repr.
    """

    token_response: Mapping[str, Any] | None = field(default=None, secret=True)
    id_token: Mapping[str, Any] | None = None
    user_info: Mapping[str, Any] | None = None
    saml_response: Mapping[str, Any] | None = None


@model
class InboundFederationTriggerEventRequest(Model):
    """Inbound federation request: the provider (`OIDC` or `SAML`) and its attributes."""

    provider_name: str
    provider_type: str
    attributes: InboundFederationTriggerEventAttributes


@model
class InboundFederationTriggerEventResponse(Model):
    """Inbound federation answer: the user pool attributes to map for the user."""

    user_attributes_to_map: Mapping[str, str] | None = None


@model
class InboundFederationTriggerEvent(BaseTriggerEvent):
    """Cognito inbound federation trigger (`InboundFederation_ExternalProvider`)."""

    request: InboundFederationTriggerEventRequest
    response: InboundFederationTriggerEventResponse = field(
        default=InboundFederationTriggerEventResponse()
    )
