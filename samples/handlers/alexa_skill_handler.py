"""Alexa skill: greet on launch, ask for a missing city, then tell the forecast."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    AlexaCard,
    AlexaResponseBody,
    AlexaSkillEvent,
    AlexaSkillResponse,
    converter,
    to_json_dict,
)

FORECASTS = {"Portland": "sunny, with a high of 18 degrees", "Seattle": "light rain all day"}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, AlexaSkillEvent)
    return to_json_dict(answer(ev))


def answer(ev: AlexaSkillEvent) -> AlexaSkillResponse:
    session = dict(ev.session_attributes)
    if ev.request.type == "SessionEndedRequest":
        return AlexaSkillResponse(response=AlexaResponseBody())  # Alexa says nothing more
    if ev.request.type == "LaunchRequest":
        return AlexaSkillResponse.speak(
            "Welcome to Forecast. Which city?", end_session=False, reprompt="Which city?"
        )
    city = ev.slot_value("City") or session.get("lastCity")
    if ev.intent_name != "GetForecastIntent" or not city:
        return AlexaSkillResponse.speak(
            "For which city?", end_session=False, reprompt="Which city?", session_attributes=session
        )
    forecast = FORECASTS.get(city, "not available yet")
    return AlexaSkillResponse.speak(
        f"In {city} it will be {forecast}.",
        card=AlexaCard(type="Simple", title=f"Forecast for {city}", content=forecast),
        session_attributes={**session, "lastCity": city},
    )
