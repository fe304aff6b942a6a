"""Amazon Lex V1 and V2: code hook events, dialog answers, the sample handlers.

AWS documentation behind the samples:
- Lex V1: https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
- Lex V2: https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html and
  https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import LexEvent, LexResponse, LexV2Event, LexV2Response, ResponseError, converter

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    load_response,
    load_sample,
    run_sample_handler,
    sample_handler,
    set_at,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "lex-order-flowers.json": LexEvent,
    "lex-v2-book-hotel.json": LexV2Event,
}

RESPONSES: dict[str, type[Any]] = {
    "lex-response-elicit-slot.json": LexResponse,
    "lex-v2-response-close.json": LexV2Response,
}

CORPUS_CLASSES = {c.__name__ for c in (*SAMPLES.values(), *RESPONSES.values())}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_response_sample_round_trips(name: str) -> None:
    assert_round_trip(load_response(name), RESPONSES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CORPUS_CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_lex_v1_builders_match_the_documented_response() -> None:
    answer = LexResponse.elicit_slot(
        "OrderFlowers",
        {"FlowerType": "roses", "PickupDate": "2026-02-14", "PickupTime": None},
        "PickupTime",
        "What time should we have your roses ready?",
        session_attributes={"customerTier": "gold"},
    )
    assert converter.unstructure(answer) == load_response("lex-response-elicit-slot.json")
    closed = converter.unstructure(LexResponse.close("Fulfilled", "Done"))
    assert closed["dialogAction"]["type"] == "Close"
    with pytest.raises(ResponseError, match="fulfillmentState"):
        lambda_events.LexDialogAction(type="Close")
    with pytest.raises(ResponseError, match="dialog action type"):
        lambda_events.LexDialogAction(type="Shout")


def test_lex_v2_helpers_and_close() -> None:
    event = converter.structure(load_sample("lex-v2-book-hotel.json"), LexV2Event)
    assert event.intent is not None
    assert event.intent.slot_value("Location") == "Lisbon"
    assert event.intent.slot_value("Nights") is None
    intent = attrs.evolve(event.intent, confirmation_state="Confirmed")
    intent = attrs.evolve(intent, slots={"Location": (intent.slots or {})["Location"]})
    answer = LexV2Response.close(
        intent, ["Your room in Lisbon is booked."], session_attributes={"loyaltyId": "TD-448812"}
    )
    assert converter.unstructure(answer) == load_response("lex-v2-response-close.json")
    with pytest.raises(ResponseError, match="slotToElicit"):
        lambda_events.LexV2DialogAction(type="ElicitSlot")


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "lex-order-flowers.json",
            ("currentIntent", "slots", "PickupTime"),
            True,
            "currentIntent.slots.PickupTime",
        ),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    set_at(path, value)(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_lex_handler_elicits_then_delegates_then_closes() -> None:
    out = run_sample_handler("lex_handler", "lex-order-flowers.json")
    assert assert_round_trip(out, LexResponse).dialog_action.slot_to_elicit == "PickupTime"
    raw = load_sample("lex-order-flowers.json")
    raw["currentIntent"]["slots"]["PickupTime"] = "10:00"
    assert sample_handler("lex_handler")(raw, None)["dialogAction"]["type"] == "Delegate"
    raw["invocationSource"] = "FulfillmentCodeHook"
    closed = assert_round_trip(sample_handler("lex_handler")(raw, None), LexResponse)
    assert closed.dialog_action.fulfillment_state == "Fulfilled"


def test_lex_v2_handler_elicits_the_missing_slot_then_closes() -> None:
    out = run_sample_handler("lex_v2_handler", "lex-v2-book-hotel.json")
    answer = assert_round_trip(out, LexV2Response)
    assert answer.session_state.dialog_action is not None
    assert answer.session_state.dialog_action.slot_to_elicit == "Nights"
    raw = load_sample("lex-v2-book-hotel.json")
    raw["sessionState"]["intent"]["slots"]["Nights"] = {
        "shape": "Scalar",
        "value": {"originalValue": "3", "interpretedValue": "3", "resolvedValues": ["3"]},
    }
    closed = assert_round_trip(sample_handler("lex_v2_handler")(raw, None), LexV2Response)
    assert (
        closed.messages is not None and closed.messages[0].content == "Booked 3 nights in Lisbon."
    )
