"""Builders for Amazon Lex V1 and V2 events."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._ids import LOWER_ALNUM, UPPER_ALNUM, random_id

if TYPE_CHECKING:
    from .. import LexEvent, LexV2Event

__all__ = ["lex_event", "lex_v2_event"]


def lex_event(
    intent: str = "OrderFlowers",
    slots: Mapping[str, str | None] | None = None,
    *,
    invocation_source: str = "DialogCodeHook",
    input_transcript: str = "I would like to order some flowers",
    bot: str = "OrderFlowers",
    session_attributes: Mapping[str, str] | None = None,
) -> LexEvent:
    """A Lex V1 `LexEvent` for `intent` with `slots` (unfilled slots are `None`)."""
    from .. import LexBot, LexCurrentIntent, LexEvent

    values = dict(slots) if slots is not None else {"FlowerType": "roses", "PickupDate": None}
    return LexEvent(
        message_version="1.0",
        invocation_source=invocation_source,
        user_id=random_id(32, LOWER_ALNUM),
        input_transcript=input_transcript,
        session_attributes=dict(session_attributes or {}),
        bot=LexBot(name=bot, alias="$LATEST", version="$LATEST"),
        output_dialog_mode="Text",
        current_intent=LexCurrentIntent(name=intent, slots=values, confirmation_status="None"),
    )


def lex_v2_event(
    intent: str = "BookHotel",
    slots: Mapping[str, str | None] | None = None,
    *,
    invocation_source: str = "DialogCodeHook",
    input_transcript: str = "book a hotel",
    bot: str = "TravelBot",
    locale_id: str = "en_US",
    session_attributes: Mapping[str, str] | None = None,
) -> LexV2Event:
    """A `LexV2Event` whose session intent carries `slots` (name -> interpreted value)."""
    from .. import (
        LexV2Bot,
        LexV2Event,
        LexV2Intent,
        LexV2Interpretation,
        LexV2SessionState,
        LexV2Slot,
        LexV2SlotValue,
    )

    values = dict(slots) if slots is not None else {"Location": "Lisbon", "Nights": None}
    typed = {
        name: None
        if value is None
        else LexV2Slot(
            shape="Scalar",
            value=LexV2SlotValue(
                original_value=value, interpreted_value=value, resolved_values=(value,)
            ),
        )
        for name, value in values.items()
    }
    current = LexV2Intent(name=intent, slots=typed, state="InProgress", confirmation_state="None")
    return LexV2Event(
        message_version="1.0",
        invocation_source=invocation_source,
        input_mode="Text",
        response_content_type="text/plain; charset=utf-8",
        session_id=str(secrets.randbelow(10**15)).zfill(15),
        input_transcript=input_transcript,
        bot=LexV2Bot(
            id=random_id(10, UPPER_ALNUM),
            name=bot,
            locale_id=locale_id,
            version="DRAFT",
            alias_id="TSTALIASID",
            alias_name="TestBotAlias",
        ),
        interpretations=(LexV2Interpretation(intent=current, nlu_confidence=1.0),),
        session_state=LexV2SessionState(
            session_attributes=dict(session_attributes or {}),
            intent=current,
            originating_request_id=str(uuid.uuid4()),
        ),
    )
