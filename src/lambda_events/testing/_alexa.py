"""Builders for Alexa Skills Kit requests."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..timestamps import IsoTimestamp
from ._ids import UPPER_ALNUM, b64url, iso_at, now_ms, random_id

if TYPE_CHECKING:
    from .. import AlexaIntent, AlexaRequest, AlexaSkillEvent

__all__ = ["alexa_skill_event", "alexa_skill_launch_event"]


def alexa_skill_event(
    intent: str = "GetForecastIntent",
    slots: Mapping[str, str | None] | None = None,
    *,
    locale: str = "en-US",
    session_attributes: Mapping[str, Any] | None = None,
) -> AlexaSkillEvent:
    """An `IntentRequest` for `intent` with `slots` (name -> value; unfilled slots are `None`)."""
    from .. import AlexaRequest

    values = dict(slots) if slots is not None else {"City": "Seattle", "Day": None}
    request = AlexaRequest(
        type="IntentRequest",
        request_id=_amzn("echo-api.request"),
        timestamp=_now(),
        locale=locale,
        dialog_state="COMPLETED",
        intent=_intent(intent, values),
    )
    return _envelope(request, new=False, attributes=dict(session_attributes or {}))


def alexa_skill_launch_event(*, locale: str = "en-US") -> AlexaSkillEvent:
    """A `LaunchRequest`: the user opened the skill without asking for anything."""
    from .. import AlexaRequest

    request = AlexaRequest(
        type="LaunchRequest", request_id=_amzn("echo-api.request"), timestamp=_now(), locale=locale
    )
    return _envelope(request, new=True, attributes={})


def _amzn(kind: str) -> str:
    return f"amzn1.{kind}.{uuid.uuid4()}"


def _now() -> IsoTimestamp:
    return IsoTimestamp(iso_at(now_ms(), millis=False))


def _intent(name: str, values: Mapping[str, str | None]) -> AlexaIntent:
    from .. import AlexaIntent, AlexaSlot

    slots = {
        slot: AlexaSlot(name=slot, value=value, confirmation_status="NONE", source="USER")
        for slot, value in values.items()
    }
    return AlexaIntent(name=name, confirmation_status="NONE", slots=slots)


def _envelope(
    request: AlexaRequest, *, new: bool, attributes: Mapping[str, Any]
) -> AlexaSkillEvent:
    from .. import (
        AlexaApplication,
        AlexaContext,
        AlexaDevice,
        AlexaSession,
        AlexaSkillEvent,
        AlexaSystem,
        AlexaUser,
    )

    application = AlexaApplication(application_id=_amzn("ask.skill"))
    user = AlexaUser(user_id=f"amzn1.ask.account.{random_id(68, UPPER_ALNUM)}")
    system = AlexaSystem(
        application=application,
        user=user,
        device=AlexaDevice(
            device_id=f"amzn1.ask.device.{random_id(68, UPPER_ALNUM)}",
            supported_interfaces={"AudioPlayer": {}},
        ),
        api_endpoint="https://api.amazonalexa.com",
        api_access_token=f"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.{b64url(96)}.{b64url(128)}",
    )
    session = AlexaSession(
        new=new,
        session_id=_amzn("echo-api.session"),
        application=application,
        user=user,
        attributes=attributes,
    )
    return AlexaSkillEvent(
        version="1.0", session=session, context=AlexaContext(system=system), request=request
    )
