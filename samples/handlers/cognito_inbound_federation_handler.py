"""Cognito inbound federation: map OIDC claims or SAML attributes to user pool attributes."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import (
    InboundFederationTriggerEvent,
    InboundFederationTriggerEventResponse,
    converter,
    to_json_dict,
)

SAML_CLAIMS = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/"
SAML_GROUPS = "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups"


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, InboundFederationTriggerEvent)
    attributes = ev.request.attributes
    mapped: dict[str, str] = {}
    if ev.request.provider_type == "OIDC":
        claims = {**(attributes.id_token or {}), **(attributes.user_info or {})}
        for ours, theirs in (
            ("email", "email"),
            ("given_name", "given_name"),
            ("locale", "locale"),
        ):
            if isinstance(claims.get(theirs), str):
                mapped[ours] = claims[theirs]
        if isinstance(claims.get("groups"), str):
            mapped["custom:department"] = claims["groups"]
    else:  # SAML
        saml = attributes.saml_response or {}
        for ours, theirs in (("email", "emailaddress"), ("given_name", "givenname")):
            value = saml.get(SAML_CLAIMS + theirs)
            if isinstance(value, str):
                mapped[ours] = value
        if isinstance(saml.get(SAML_GROUPS), str):
            mapped["custom:department"] = saml[SAML_GROUPS]
    response = InboundFederationTriggerEventResponse(user_attributes_to_map=mapped)
    return to_json_dict(attrs.evolve(ev, response=response))
