"""Alexa Skills Kit: the request a custom skill's function receives, and its response.

Alexa invokes the skill with a request envelope (`version`, `session`, `context`, `request`);
the `request.type` says what happened (`LaunchRequest`, `IntentRequest`,
`SessionEndedRequest`, ...). The function answers with speech, a card, a reprompt and
whether the session ends: `AlexaSkillResponse.speak(...)` builds one, validated at
construction. Access tokens are secrets: they never appear in `repr` or errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._model import Model, checked_by, field, model
from .enums import StrEnum
from .errors import ResponseError
from .timestamps import IsoTimestamp

__all__ = [
    "AlexaAdvertising",
    "AlexaApplication",
    "AlexaAudioPlayer",
    "AlexaCard",
    "AlexaCardImage",
    "AlexaContext",
    "AlexaDevice",
    "AlexaIntent",
    "AlexaOutputSpeech",
    "AlexaPerson",
    "AlexaReprompt",
    "AlexaRequest",
    "AlexaRequestError",
    "AlexaRequestType",
    "AlexaResponseBody",
    "AlexaSession",
    "AlexaSkillEvent",
    "AlexaSkillResponse",
    "AlexaSlot",
    "AlexaSystem",
    "AlexaUnit",
    "AlexaUser",
    "AlexaUserPermissions",
]


class AlexaRequestType(StrEnum):
    """The standard request types of a custom skill (interfaces add their own)."""

    LAUNCH = "LaunchRequest"
    INTENT = "IntentRequest"
    SESSION_ENDED = "SessionEndedRequest"
    CAN_FULFILL_INTENT = "CanFulfillIntentRequest"


# ------------------------------------------------------------------------------ the request


@model
class AlexaApplication(Model):
    """The skill the request is for (`amzn1.ask.skill.*`)."""

    application_id: str


@model
class AlexaUserPermissions(Model):
    """The consent token a user granted the skill (deprecated: use `apiAccessToken`)."""

    consent_token: str | None = field(default=None, secret=True)


@model
class AlexaUser(Model):
    """The Amazon account that enabled the skill; `accessToken` when account linking is on."""

    user_id: str
    access_token: str | None = field(default=None, secret=True)
    permissions: AlexaUserPermissions | None = None


@model
class AlexaSession(Model):
    """The skill session: whether it is new, its id and attributes (absent for some requests)."""

    new: bool
    session_id: str
    application: AlexaApplication
    user: AlexaUser
    attributes: Mapping[str, Any] | None = None


@model
class AlexaDevice(Model):
    """The device the user spoke to and the interfaces it supports."""

    supported_interfaces: Mapping[str, Any]
    device_id: str | None = None
    persistent_endpoint_id: str | None = None


@model
class AlexaPerson(Model):
    """The recognized speaker, when the skill supports personalization."""

    person_id: str
    access_token: str | None = field(default=None, secret=True)


@model
class AlexaUnit(Model):
    """The unit (a room, an organization) the device is registered to."""

    unit_id: str
    persistent_unit_id: str | None = None


@model
class AlexaSystem(Model):
    """`context.System`: the skill, user, device and the Alexa API endpoint with its token."""

    application: AlexaApplication
    user: AlexaUser
    device: AlexaDevice
    person: AlexaPerson | None = None
    unit: AlexaUnit | None = None
    api_endpoint: str | None = None
    api_access_token: str | None = field(default=None, secret=True)


@model
class AlexaAudioPlayer(Model):
    """`context.AudioPlayer`: what the device's audio player is doing."""

    player_activity: str
    token: str | None = None
    offset_in_milliseconds: int | None = None


@model
class AlexaAdvertising(Model):
    """`context.Advertising`: the advertising id and the user's ad tracking choice."""

    advertising_id: str
    limit_ad_tracking: bool


@model(case="pascal")
class AlexaContext(Model):
    """The state of the Alexa service and the device (`System`, `AudioPlayer`, ...)."""

    system: AlexaSystem
    audio_player: AlexaAudioPlayer | None = None
    advertising: AlexaAdvertising | None = None


@model
class AlexaSlot(Model):
    """A slot of the intent: its value when the user gave one, and how it was resolved."""

    name: str
    value: str | None = None
    confirmation_status: str | None = None
    source: str | None = None
    resolutions: Mapping[str, Any] | None = None
    slot_value: Mapping[str, Any] | None = None


@model
class AlexaIntent(Model):
    """The intent the user asked for, with its slots."""

    name: str
    confirmation_status: str | None = None
    slots: Mapping[str, AlexaSlot] | None = None


@model
class AlexaRequestError(Model):
    """Why a session ended with `reason: ERROR`."""

    type: str
    message: str | None = None


@model
class AlexaRequest(Model):
    """`request`: what the user did (`type`), when, in which locale, and the intent."""

    type: AlexaRequestType | str
    request_id: str
    timestamp: IsoTimestamp
    locale: str | None = None
    dialog_state: str | None = None
    intent: AlexaIntent | None = None
    reason: str | None = None
    error: AlexaRequestError | None = None


@model
class AlexaSkillEvent(Model):
    """Alexa Skills Kit: a request to a custom skill's Lambda function."""

    version: str
    context: AlexaContext
    request: AlexaRequest
    session: AlexaSession | None = None

    @property
    def intent_name(self) -> str | None:
        """The intent's name for an `IntentRequest`, else None."""
        return None if self.request.intent is None else self.request.intent.name

    def slot_value(self, name: str) -> str | None:
        """The value the user gave for slot `name`, or None when it is not filled."""
        intent = self.request.intent
        slot = None if intent is None else (intent.slots or {}).get(name)
        return None if slot is None else slot.value

    @property
    def session_attributes(self) -> Mapping[str, Any]:
        """The session's attributes (empty when there are none or no session)."""
        attributes = None if self.session is None else self.session.attributes
        return attributes or {}


# ----------------------------------------------------------------------------- the response

_SPEECH_TYPES = ("PlainText", "SSML")
_CARD_TYPES = ("Simple", "Standard", "LinkAccount", "AskForPermissionsConsent")
_MAX_SPEECH = 8000


def _check_speech(speech: AlexaOutputSpeech) -> None:
    if speech.type not in _SPEECH_TYPES:
        raise ResponseError(f"outputSpeech.type must be PlainText or SSML, not {speech.type!r}")
    text = speech.text if speech.type == "PlainText" else speech.ssml
    key = "text" if speech.type == "PlainText" else "ssml"
    if not text:
        raise ResponseError(f"a {speech.type} outputSpeech needs {key}")
    if len(text) > _MAX_SPEECH:
        raise ResponseError(f"outputSpeech.{key} is {len(text)} characters; at most 8000")
    if speech.type == "SSML" and not text.startswith("<speak>"):
        raise ResponseError("outputSpeech.ssml must be wrapped in <speak>...</speak>")


@model
class AlexaOutputSpeech(Model):
    """What Alexa says: `PlainText` (`text`) or `SSML` (`ssml`, wrapped in `<speak>`)."""

    type: str = field(validator=checked_by(_check_speech))
    text: str | None = None
    ssml: str | None = None
    play_behavior: str | None = None

    @classmethod
    def of(cls, speech: str) -> AlexaOutputSpeech:
        """`speech` as SSML when it starts with `<speak>`, else as plain text."""
        if speech.startswith("<speak>"):
            return cls(type="SSML", ssml=speech)
        return cls(type="PlainText", text=speech)


@model
class AlexaCardImage(Model):
    """The image of a `Standard` card (HTTPS URLs)."""

    small_image_url: str | None = None
    large_image_url: str | None = None


def _check_card(card: AlexaCard) -> None:
    if card.type not in _CARD_TYPES:
        raise ResponseError(f"card.type must be one of {_CARD_TYPES}, not {card.type!r}")
    if card.type == "AskForPermissionsConsent" and not card.permissions:
        raise ResponseError("an AskForPermissionsConsent card needs permissions")


@model
class AlexaCard(Model):
    """A card in the Alexa app: `Simple`, `Standard`, `LinkAccount`, `AskForPermissionsConsent`."""

    type: str = field(validator=checked_by(_check_card))
    title: str | None = None
    content: str | None = None
    text: str | None = None
    image: AlexaCardImage | None = None
    permissions: tuple[str, ...] | None = None


@model
class AlexaReprompt(Model):
    """What Alexa says when the user does not answer while the session stays open."""

    output_speech: AlexaOutputSpeech | None = None
    directives: tuple[Mapping[str, Any], ...] | None = None

    @classmethod
    def of(cls, speech: str) -> AlexaReprompt:
        """A reprompt saying `speech` (SSML when it starts with `<speak>`)."""
        return cls(output_speech=AlexaOutputSpeech.of(speech))


def _check_body(body: AlexaResponseBody) -> None:
    if body.reprompt is not None and body.should_end_session is True:
        raise ResponseError("a reprompt needs the session open (shouldEndSession false)")


@model
class AlexaResponseBody(Model):
    """`response`: speech, card, reprompt, directives and whether the session ends."""

    output_speech: AlexaOutputSpeech | None = None
    card: AlexaCard | None = None
    reprompt: AlexaReprompt | None = None
    should_end_session: bool | None = field(default=None, validator=checked_by(_check_body))
    directives: tuple[Mapping[str, Any], ...] | None = None


@model
class AlexaSkillResponse(Model):
    """What an Alexa skill's function returns: the response and the session attributes."""

    version: str = "1.0"
    session_attributes: Mapping[str, Any] | None = None
    response: AlexaResponseBody

    @classmethod
    def speak(
        cls,
        speech: str,
        *,
        end_session: bool = True,
        reprompt: str | None = None,
        card: AlexaCard | None = None,
        session_attributes: Mapping[str, Any] | None = None,
    ) -> AlexaSkillResponse:
        """Say `speech` (SSML when it starts with `<speak>`); keep the session open to reprompt."""
        body = AlexaResponseBody(
            output_speech=AlexaOutputSpeech.of(speech),
            card=card,
            reprompt=None if reprompt is None else AlexaReprompt.of(reprompt),
            should_end_session=end_session,
        )
        return cls(response=body, session_attributes=session_attributes)
