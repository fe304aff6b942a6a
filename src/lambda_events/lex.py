"""Amazon Lex V1 and V2 code hooks: the events and the dialog-action responses.

V1 (`LexEvent`, `LexResponse`) carries `currentIntent` and answers with one `dialogAction`;
V2 (`LexV2Event`, `LexV2Response`) carries `sessionState` and `interpretations` and answers
with a session state and messages. Responses are built with `close`, `confirm_intent`,
`delegate`, `elicit_intent` and `elicit_slot`, and validated at construction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Union

import attrs

from ._model import Model, checked_by, field, model
from .enums import StrEnum
from .errors import ResponseError

__all__ = [
    "LexBot",
    "LexButton",
    "LexCurrentIntent",
    "LexDialogAction",
    "LexDialogActionType",
    "LexEvent",
    "LexGenericAttachment",
    "LexMessage",
    "LexResponse",
    "LexResponseCard",
    "LexSlotDetail",
    "LexV2Bot",
    "LexV2Button",
    "LexV2DialogAction",
    "LexV2ImageResponseCard",
    "LexV2Intent",
    "LexV2Interpretation",
    "LexV2Event",
    "LexV2Message",
    "LexV2ProposedNextState",
    "LexV2ResolvedContext",
    "LexV2Response",
    "LexV2SessionState",
    "LexV2Slot",
    "LexV2SlotValue",
    "LexV2Transcription",
]


class LexDialogActionType(StrEnum):
    """What Lex does next (V1 and V2)."""

    CLOSE = "Close"
    CONFIRM_INTENT = "ConfirmIntent"
    DELEGATE = "Delegate"
    ELICIT_INTENT = "ElicitIntent"
    ELICIT_SLOT = "ElicitSlot"


_ACTIONS = frozenset(t.value for t in LexDialogActionType)
_SlotValue = Union[str, int, float, None]  # noqa: UP007 - a runtime alias on Python 3.10


def _check_action_type(kind: object) -> None:
    if kind not in _ACTIONS:
        raise ResponseError(f"dialog action type must be one of {sorted(_ACTIONS)}, not {kind!r}")


# ------------------------------------------------------------------------------ Lex V1


@model
class LexBot(Model):
    """The bot: name, alias and version."""

    name: str
    alias: str | None = None
    version: str | None = None


@model
class LexSlotDetail(Model):
    """What the user said for a slot and the values it resolved to."""

    resolutions: tuple[Mapping[str, str], ...] | None = None
    original_value: str | None = None


@model
class LexCurrentIntent(Model):
    """The intent Lex recognized; unfilled slots are null."""

    name: str
    slots: Mapping[str, _SlotValue] | None = None
    slot_details: Mapping[str, LexSlotDetail | None] | None = None
    confirmation_status: str | None = None
    nlu_intent_confidence_score: float | None = None


@model
class LexEvent(Model):
    """Amazon Lex V1: a dialog or fulfillment code hook invocation."""

    message_version: str
    invocation_source: str
    user_id: str
    bot: LexBot
    current_intent: LexCurrentIntent
    output_dialog_mode: str | None = None
    input_transcript: str | None = None
    session_attributes: Mapping[str, str] | None = None
    request_attributes: Mapping[str, str] | None = None
    alternative_intents: tuple[Mapping[str, Any], ...] | None = None
    recent_intent_summary_view: tuple[Mapping[str, Any], ...] | None = None
    sentiment_response: Mapping[str, Any] | None = None
    kendra_response: Mapping[str, Any] | None = None
    active_contexts: tuple[Mapping[str, Any], ...] | None = None

    @property
    def slots(self) -> Mapping[str, _SlotValue]:
        """The current intent's slots (empty when none)."""
        return self.current_intent.slots or {}


@model
class LexMessage(Model):
    """A message to the user: `PlainText`, `SSML` or `CustomPayload` content."""

    content_type: str
    content: str


@model
class LexButton(Model):
    """A response card button: the text shown and the value sent."""

    text: str
    value: str


@model
class LexGenericAttachment(Model):
    """One card of a response card."""

    title: str | None = None
    sub_title: str | None = None
    image_url: str | None = None
    attachment_link_url: str | None = None
    buttons: tuple[LexButton, ...] | None = None


@model
class LexResponseCard(Model):
    """A response card (`application/vnd.amazonaws.card.generic`)."""

    version: int | None = None
    content_type: str | None = None
    generic_attachments: tuple[LexGenericAttachment, ...] | None = None


_FULFILLMENT = ("Fulfilled", "Failed")


def _check_v1_action(action: LexDialogAction) -> None:
    _check_action_type(action.type)
    kind = action.type
    if action.fulfillment_state is not None and action.fulfillment_state not in _FULFILLMENT:
        raise ResponseError(
            f"fulfillmentState must be Fulfilled or Failed, not {action.fulfillment_state!r}"
        )
    if kind == "Close" and action.fulfillment_state is None:
        raise ResponseError("a Close dialog action needs a fulfillmentState")
    if kind in ("ConfirmIntent", "ElicitSlot") and action.intent_name is None:
        raise ResponseError(f"a {kind} dialog action needs an intentName")
    if kind == "ElicitSlot" and action.slot_to_elicit is None:
        raise ResponseError("an ElicitSlot dialog action needs a slotToElicit")


@model
class LexDialogAction(Model):
    """What Lex V1 does next: `Close`, `ConfirmIntent`, `Delegate`, `ElicitIntent`, `ElicitSlot`."""

    type: LexDialogActionType | str = field(validator=checked_by(_check_v1_action))
    fulfillment_state: str | None = None
    message: LexMessage | None = None
    intent_name: str | None = None
    slots: Mapping[str, _SlotValue] | None = None
    slot_to_elicit: str | None = None
    response_card: LexResponseCard | None = None


def _v1_message(message: str | LexMessage | None) -> LexMessage | None:
    if isinstance(message, str):
        return LexMessage(content_type="PlainText", content=message)
    return message


@model
class LexResponse(Model):
    """What a Lex V1 code hook returns: session attributes and the next dialog action."""

    dialog_action: LexDialogAction
    session_attributes: Mapping[str, str] | None = None
    recent_intent_summary_view: tuple[Mapping[str, Any], ...] | None = None
    active_contexts: tuple[Mapping[str, Any], ...] | None = None

    @classmethod
    def close(
        cls,
        fulfillment_state: str = "Fulfilled",
        message: str | LexMessage | None = None,
        *,
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexResponse:
        """End the conversation: the intent is `Fulfilled` or `Failed`."""
        action = LexDialogAction(
            type="Close", fulfillment_state=fulfillment_state, message=_v1_message(message)
        )
        return cls(dialog_action=action, session_attributes=session_attributes)

    @classmethod
    def delegate(
        cls,
        slots: Mapping[str, _SlotValue] | None = None,
        *,
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexResponse:
        """Let Lex choose the next action with these slot values."""
        action = LexDialogAction(type="Delegate", slots=dict(slots or {}))
        return cls(dialog_action=action, session_attributes=session_attributes)

    @classmethod
    def elicit_intent(
        cls,
        message: str | LexMessage | None = None,
        *,
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexResponse:
        """Ask the user what they want to do."""
        action = LexDialogAction(type="ElicitIntent", message=_v1_message(message))
        return cls(dialog_action=action, session_attributes=session_attributes)

    @classmethod
    def elicit_slot(
        cls,
        intent_name: str,
        slots: Mapping[str, _SlotValue],
        slot_to_elicit: str,
        message: str | LexMessage | None = None,
        *,
        session_attributes: Mapping[str, str] | None = None,
        response_card: LexResponseCard | None = None,
    ) -> LexResponse:
        """Ask the user for the value of `slot_to_elicit`."""
        action = LexDialogAction(
            type="ElicitSlot",
            intent_name=intent_name,
            slots=dict(slots),
            slot_to_elicit=slot_to_elicit,
            message=_v1_message(message),
            response_card=response_card,
        )
        return cls(dialog_action=action, session_attributes=session_attributes)

    @classmethod
    def confirm_intent(
        cls,
        intent_name: str,
        slots: Mapping[str, _SlotValue],
        message: str | LexMessage | None = None,
        *,
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexResponse:
        """Ask the user to confirm the intent (yes or no)."""
        action = LexDialogAction(
            type="ConfirmIntent",
            intent_name=intent_name,
            slots=dict(slots),
            message=_v1_message(message),
        )
        return cls(dialog_action=action, session_attributes=session_attributes)


# ------------------------------------------------------------------------------ Lex V2


@model
class LexV2Bot(Model):
    """The bot: id, name, locale, version and alias."""

    id: str
    name: str
    locale_id: str
    version: str
    alias_id: str | None = None
    alias_name: str | None = None


@model
class LexV2SlotValue(Model):
    """A slot value: what the user said, how Lex interpreted it, the resolved values."""

    original_value: str | None = None
    interpreted_value: str | None = None
    resolved_values: tuple[str, ...] | None = None


@model
class LexV2Slot(Model):
    """A slot (`Scalar`, `List` or `Composite`); list items and sub-slots stay raw JSON."""

    shape: str | None = None
    value: LexV2SlotValue | None = None
    values: tuple[Mapping[str, Any], ...] | None = None  # type: ignore[assignment]  # not Model.values()
    sub_slots: Mapping[str, Any] | None = None

    @property
    def interpreted_value(self) -> str | None:
        """The interpreted value of a scalar slot, or None."""
        return None if self.value is None else self.value.interpreted_value


@model
class LexV2Intent(Model):
    """An intent: its name, state, confirmation state and slots (unfilled slots are null)."""

    name: str
    slots: Mapping[str, LexV2Slot | None] | None = None
    state: str | None = None
    confirmation_state: str | None = None
    kendra_response: Mapping[str, Any] | None = None

    def slot_value(self, name: str) -> str | None:
        """The interpreted value of slot `name`, or None when it is not filled."""
        slot = (self.slots or {}).get(name)
        return None if slot is None else slot.interpreted_value


@model
class LexV2Interpretation(Model):
    """One way Lex understood the input, with its confidence and sentiment."""

    intent: LexV2Intent
    nlu_confidence: float | None = None
    sentiment_response: Mapping[str, Any] | None = None
    interpretation_source: str | None = None


def _check_v2_action(action: LexV2DialogAction) -> None:
    _check_action_type(action.type)
    if action.type == "ElicitSlot" and action.slot_to_elicit is None:
        raise ResponseError("an ElicitSlot dialog action needs a slotToElicit")


@model
class LexV2DialogAction(Model):
    """The next step of the conversation."""

    type: LexDialogActionType | str = field(validator=checked_by(_check_v2_action))
    slot_to_elicit: str | None = None
    slot_elicitation_style: str | None = None
    sub_slot_to_elicit: Mapping[str, Any] | None = None


@model
class LexV2SessionState(Model):
    """The state of the session: attributes, contexts, the intent and the dialog action."""

    session_attributes: Mapping[str, str] | None = None
    active_contexts: tuple[Mapping[str, Any], ...] | None = None
    runtime_hints: Mapping[str, Any] | None = None
    dialog_action: LexV2DialogAction | None = None
    intent: LexV2Intent | None = None
    originating_request_id: str | None = None


@model
class LexV2ProposedNextState(Model):
    """What Lex proposes to do next (dialog code hooks)."""

    dialog_action: LexV2DialogAction
    intent: LexV2Intent
    prompt: Mapping[str, Any] | None = None


@model
class LexV2ResolvedContext(Model):
    """The intent a transcription resolved to."""

    intent: str


@model
class LexV2Transcription(Model):
    """One transcription of speech (or the text) with its confidence."""

    transcription: str
    transcription_confidence: float | None = None
    resolved_context: LexV2ResolvedContext | None = None
    resolved_slots: Mapping[str, Any] | None = None


@model
class LexV2Event(Model):
    """Amazon Lex V2: a dialog or fulfillment code hook invocation."""

    message_version: str
    invocation_source: str
    input_mode: str
    response_content_type: str
    session_id: str
    bot: LexV2Bot
    session_state: LexV2SessionState
    input_transcript: str | None = None
    invocation_label: str | None = None
    interpretations: tuple[LexV2Interpretation, ...] | None = None
    proposed_next_state: LexV2ProposedNextState | None = None
    request_attributes: Mapping[str, str] | None = None
    transcriptions: tuple[LexV2Transcription, ...] | None = None

    @property
    def intent(self) -> LexV2Intent | None:
        """The current intent (`sessionState.intent`)."""
        return self.session_state.intent


@model
class LexV2Button(Model):
    """An image response card button."""

    text: str
    value: str


@model
class LexV2ImageResponseCard(Model):
    """A card with a title, optional subtitle and image, and up to five buttons."""

    title: str
    subtitle: str | None = None
    image_url: str | None = None
    buttons: tuple[LexV2Button, ...] | None = None


_CONTENT_TYPES = ("CustomPayload", "ImageResponseCard", "PlainText", "SSML")


def _check_v2_message(message: LexV2Message) -> None:
    if message.content_type not in _CONTENT_TYPES:
        raise ResponseError(
            f"contentType must be one of {_CONTENT_TYPES}, not {message.content_type!r}"
        )
    if message.content_type == "ImageResponseCard" and message.image_response_card is None:
        raise ResponseError("an ImageResponseCard message needs an imageResponseCard")
    if message.content_type != "ImageResponseCard" and message.content is None:
        raise ResponseError(f"a {message.content_type} message needs content")


@model
class LexV2Message(Model):
    """A message for the user."""

    content_type: str = field(validator=checked_by(_check_v2_message))
    content: str | None = None
    image_response_card: LexV2ImageResponseCard | None = None


def _check_v2_session_state(
    _instance: object, _attribute: object, state: LexV2SessionState
) -> None:
    action = state.dialog_action
    if action is None:
        raise ResponseError("sessionState needs a dialogAction")
    if action.type != "ElicitIntent" and state.intent is None:
        raise ResponseError(f"a {action.type} dialog action needs sessionState.intent")


def _v2_messages(messages: Sequence[str | LexV2Message]) -> tuple[LexV2Message, ...] | None:
    out = tuple(
        LexV2Message(content_type="PlainText", content=m) if isinstance(m, str) else m
        for m in messages
    )
    return out or None


@model
class LexV2Response(Model):
    """What a Lex V2 code hook returns: the session state and messages."""

    session_state: LexV2SessionState = field(validator=_check_v2_session_state)
    messages: tuple[LexV2Message, ...] | None = None
    request_attributes: Mapping[str, str] | None = None

    @classmethod
    def _build(
        cls,
        action: LexV2DialogAction,
        intent: LexV2Intent | None,
        messages: Sequence[str | LexV2Message],
        session_attributes: Mapping[str, str] | None,
    ) -> LexV2Response:
        state = LexV2SessionState(
            session_attributes=session_attributes, dialog_action=action, intent=intent
        )
        return cls(session_state=state, messages=_v2_messages(messages))

    @classmethod
    def close(
        cls,
        intent: LexV2Intent,
        messages: Sequence[str | LexV2Message] = (),
        *,
        state: str = "Fulfilled",
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexV2Response:
        """End the intent in `state` (`Fulfilled`, `Failed`, ...)."""
        return cls._build(
            LexV2DialogAction(type="Close"),
            attrs.evolve(intent, state=state),
            messages,
            session_attributes,
        )

    @classmethod
    def delegate(
        cls, intent: LexV2Intent, *, session_attributes: Mapping[str, str] | None = None
    ) -> LexV2Response:
        """Let Lex choose the next step for `intent`."""
        return cls._build(LexV2DialogAction(type="Delegate"), intent, (), session_attributes)

    @classmethod
    def elicit_slot(
        cls,
        intent: LexV2Intent,
        slot_to_elicit: str,
        messages: Sequence[str | LexV2Message] = (),
        *,
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexV2Response:
        """Ask the user for `slot_to_elicit`."""
        action = LexV2DialogAction(type="ElicitSlot", slot_to_elicit=slot_to_elicit)
        return cls._build(action, intent, messages, session_attributes)

    @classmethod
    def confirm_intent(
        cls,
        intent: LexV2Intent,
        messages: Sequence[str | LexV2Message] = (),
        *,
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexV2Response:
        """Ask the user to confirm `intent`."""
        return cls._build(
            LexV2DialogAction(type="ConfirmIntent"), intent, messages, session_attributes
        )

    @classmethod
    def elicit_intent(
        cls,
        messages: Sequence[str | LexV2Message] = (),
        *,
        session_attributes: Mapping[str, str] | None = None,
    ) -> LexV2Response:
        """Ask the user what they want to do next."""
        return cls._build(
            LexV2DialogAction(type="ElicitIntent"), None, messages, session_attributes
        )
