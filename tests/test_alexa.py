"""Alexa Skills Kit: skill requests, speech responses, the sample handler.

Amazon documentation behind the samples:
https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
and https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import (
    AlexaCard,
    AlexaCardImage,
    AlexaOutputSpeech,
    AlexaResponseBody,
    AlexaSkillEvent,
    AlexaSkillResponse,
    ResponseError,
    converter,
)
from lambda_events.__main__ import decoded, render
from lambda_events.testing import alexa_skill_event, alexa_skill_launch_event

from ._support import (
    CORPUS_ROOTS,
    assert_round_trip,
    delete_at,
    load_response,
    load_sample,
    run_sample_handler,
    sample_handler,
    set_at,
    structure_error,
)

SAMPLES = ["alexa-skill-intent.json", "alexa-skill-launch.json", "alexa-skill-session-ended.json"]
SAM = CORPUS_ROOTS["sam"]


def _sam_files(pattern: str) -> list[Any]:
    """SAM CLI's Alexa events (the shared corpus map lists them as out of scope, `null`)."""
    if not SAM.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared is absent"))]
    return [pytest.param(path, id=path.name) for path in sorted(SAM.glob(pattern))]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is AlexaSkillEvent
    assert_round_trip(raw, AlexaSkillEvent)


def test_response_sample_round_trips() -> None:
    assert_round_trip(load_response("alexa-skill-response.json"), AlexaSkillResponse)


@pytest.mark.parametrize("path", _sam_files("alexa-skills-kit-*.json"))
def test_sam_skill_requests_round_trip_and_are_detected(path: Path) -> None:
    raw = json.loads(path.read_text())
    assert lambda_events.detect_name(raw) == "AlexaSkillEvent"
    assert_round_trip(raw, AlexaSkillEvent)


@pytest.mark.parametrize("path", _sam_files("alexa-smart-home-*.json"))
def test_smart_home_directives_are_not_skill_requests(path: Path) -> None:
    with pytest.raises(lambda_events.DetectionError):
        lambda_events.detect(json.loads(path.read_text()))


def test_helpers_read_the_intent_slots_and_session() -> None:
    event = converter.structure(load_sample("alexa-skill-intent.json"), AlexaSkillEvent)
    assert event.request.type == lambda_events.AlexaRequestType.INTENT
    assert event.intent_name == "GetForecastIntent"
    assert event.slot_value("City") == "Portland"
    assert event.slot_value("Day") is None and event.slot_value("Nowhere") is None
    assert event.session_attributes == {"lastCity": "Seattle", "turns": 2}
    assert event.request.timestamp.datetime.year == 2026
    assert event.context.advertising is not None
    assert event.context.advertising.limit_ad_tracking is False
    launch = converter.structure(load_sample("alexa-skill-launch.json"), AlexaSkillEvent)
    assert launch.intent_name is None and launch.slot_value("City") is None
    ended = converter.structure(load_sample("alexa-skill-session-ended.json"), AlexaSkillEvent)
    assert ended.request.error is not None and ended.request.error.type == "INVALID_RESPONSE"


def test_a_request_without_a_session_reads_empty_attributes() -> None:
    raw = load_sample("alexa-skill-launch.json")
    del raw["session"]
    event = assert_round_trip(raw, AlexaSkillEvent)
    assert event.session is None and event.session_attributes == {}


def test_builders_make_detected_events_with_their_slots() -> None:
    event = alexa_skill_event("PlanTripIntent", {"City": "Lisbon", "Date": None})
    raw = converter.unstructure(event)
    assert lambda_events.detect(raw) is AlexaSkillEvent
    assert assert_round_trip(raw, AlexaSkillEvent) == event
    assert event.slot_value("City") == "Lisbon" and event.slot_value("Date") is None
    assert "value" not in raw["request"]["intent"]["slots"]["Date"]  # unfilled: no value key
    launch = alexa_skill_launch_event(locale="de-DE")
    assert launch.request.type == "LaunchRequest" and launch.request.locale == "de-DE"
    assert launch.session is not None and launch.session.new is True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            set_at(("request", "intent", "slots", "City", "value"), 5),
            "request.intent.slots.City.value",
        ),
        (set_at(("session", "new"), "false"), "session.new: expected true or false"),
        (delete_at(("context", "System", "device")), "context.System.device: missing required key"),
        (
            set_at(("context", "AudioPlayer", "playerActivity"), None),
            "context.AudioPlayer.playerActivity",
        ),
        (delete_at(("request", "requestId")), "request.requestId: missing required key"),
    ],
)
def test_malformed_input_names_the_wire_path(change: Any, message: str) -> None:
    raw = load_sample("alexa-skill-intent.json")
    change(raw)
    assert message in structure_error(raw, AlexaSkillEvent)


def test_access_tokens_are_redacted_everywhere_they_are_shown() -> None:
    raw = load_sample("alexa-skill-intent.json")
    system = raw["context"]["System"]
    tokens = [
        system["apiAccessToken"],
        system["user"]["accessToken"],
        system["person"]["accessToken"],
    ]
    event = converter.structure(raw, AlexaSkillEvent)
    for shown in (repr(event), render(event), json.dumps(decoded(event))):
        assert not [token for token in tokens if token in shown]
    assert "api_access_token='***'" in repr(event) and "Portland" in repr(event)
    assert system["apiAccessToken"] in json.dumps(converter.unstructure(event))  # sent back intact
    system["apiAccessToken"] = 12345
    assert "12345" not in structure_error(raw, AlexaSkillEvent)


def test_speak_builds_the_documented_response() -> None:
    answer = AlexaSkillResponse.speak(
        "<speak>In Portland it will be <emphasis>sunny</emphasis>, with a high of 18 degrees. "
        "Which day would you like next?</speak>",
        end_session=False,
        reprompt="Which day would you like the forecast for?",
        card=AlexaCard(
            type="Standard",
            title="Forecast for Portland",
            text="Sunny, high of 18°C",
            image=AlexaCardImage(
                small_image_url="https://weather.example.com/cards/sunny-720x480.png",
                large_image_url="https://weather.example.com/cards/sunny-1200x800.png",
            ),
        ),
        session_attributes={"lastCity": "Portland"},
    )
    assert converter.unstructure(answer) == load_response("alexa-skill-response.json")
    plain = converter.unstructure(AlexaSkillResponse.speak("Goodbye."))
    assert plain == {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "PlainText", "text": "Goodbye."},
            "shouldEndSession": True,
        },
    }


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: AlexaOutputSpeech(type="Text", text="hi"), "PlainText or SSML, not 'Text'"),
        (lambda: AlexaOutputSpeech(type="PlainText"), "a PlainText outputSpeech needs text"),
        (lambda: AlexaOutputSpeech(type="SSML", ssml="hello"), "wrapped in <speak>"),
        (lambda: AlexaSkillResponse.speak("x" * 8001), "8001 characters; at most 8000"),
        (lambda: AlexaSkillResponse.speak("Hi", reprompt="Still there?"), "session open"),
        (lambda: AlexaCard(type="Fancy"), "card.type must be one of"),
        (lambda: AlexaCard(type="AskForPermissionsConsent"), "needs permissions"),
    ],
)
def test_responses_are_checked_when_built(build: Any, message: str) -> None:
    with pytest.raises(ResponseError, match=message):
        build()


def test_what_alexa_sends_back_is_read_without_the_checks() -> None:
    raw = {"version": "1.0", "response": {"outputSpeech": {"type": "Fancy"}}}
    assert assert_round_trip(raw, AlexaSkillResponse).response.output_speech is not None
    assert AlexaResponseBody(should_end_session=True).reprompt is None


def test_handler_launches_asks_answers_and_ends() -> None:
    launched = assert_round_trip(
        run_sample_handler("alexa_skill_handler", "alexa-skill-launch.json"), AlexaSkillResponse
    )
    assert launched.response.should_end_session is False and launched.response.reprompt
    answered = assert_round_trip(
        run_sample_handler("alexa_skill_handler", "alexa-skill-intent.json"), AlexaSkillResponse
    )
    speech = answered.response.output_speech
    assert (
        speech is not None
        and speech.text == "In Portland it will be sunny, with a high of 18 degrees."
    )
    assert answered.session_attributes == {"lastCity": "Portland", "turns": 2}
    raw = load_sample("alexa-skill-intent.json")
    del raw["request"]["intent"]["slots"]["City"]["value"]
    del raw["session"]["attributes"]["lastCity"]
    asked = assert_round_trip(sample_handler("alexa_skill_handler")(raw, None), AlexaSkillResponse)
    assert asked.response.should_end_session is False
    assert asked.response.output_speech == AlexaOutputSpeech.of("For which city?")
    ended = run_sample_handler("alexa_skill_handler", "alexa-skill-session-ended.json")
    assert ended == {"version": "1.0", "response": {}}
