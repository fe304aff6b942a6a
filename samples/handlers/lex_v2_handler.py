"""Amazon Lex V2 code hook: elicit the missing hotel slots, then close the booking."""

from __future__ import annotations

from typing import Any

from lambda_events import LexV2Event, LexV2Response, converter, to_json_dict

REQUIRED_SLOTS = {
    "Location": "Which city are you staying in?",
    "CheckInDate": "What day do you want to check in?",
    "Nights": "How many nights will you stay?",
}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, LexV2Event)
    return to_json_dict(answer(ev))


def answer(ev: LexV2Event) -> LexV2Response:
    intent = ev.intent
    session = dict(ev.session_state.session_attributes or {})
    if intent is None:
        return LexV2Response.elicit_intent(["What would you like to do?"])
    for name, prompt in REQUIRED_SLOTS.items():
        if intent.slot_value(name) is None:
            return LexV2Response.elicit_slot(intent, name, [prompt], session_attributes=session)
    nights = intent.slot_value("Nights")
    where = intent.slot_value("Location")
    return LexV2Response.close(
        intent, [f"Booked {nights} nights in {where}."], session_attributes=session
    )
