"""Amazon Lex V1 dialog code hook: ask for a missing slot, then close the order."""

from __future__ import annotations

from typing import Any

from lambda_events import LexEvent, LexResponse, converter, to_json_dict

REQUIRED_SLOTS = ("FlowerType", "PickupDate", "PickupTime")
PROMPTS = {
    "FlowerType": "Which flowers would you like?",
    "PickupDate": "Which day do you want to pick them up?",
    "PickupTime": "What time should we have your {flowers} ready?",
}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, LexEvent)
    return to_json_dict(answer(ev))


def answer(ev: LexEvent) -> LexResponse:
    slots = ev.current_intent.slots or {}
    session = dict(ev.session_attributes or {})
    if ev.invocation_source == "DialogCodeHook":
        for name in REQUIRED_SLOTS:
            if not slots.get(name):
                prompt = PROMPTS[name].format(flowers=slots.get("FlowerType") or "flowers")
                return LexResponse.elicit_slot(
                    ev.current_intent.name, slots, name, prompt, session_attributes=session
                )
        return LexResponse.delegate(slots, session_attributes=session)
    message = f"Your {slots.get('FlowerType')} will be ready on {slots.get('PickupDate')}."
    return LexResponse.close("Fulfilled", message, session_attributes=session)
