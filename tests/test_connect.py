"""Amazon Connect contact flows: voice, chat and task contacts, the sample handler."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from lambda_events import (
    ConnectContactFlowChannel,
    ConnectContactFlowEndpointType,
    ConnectContactFlowEvent,
    ConnectContactFlowInitiationMethod,
    converter,
)

from ._support import (
    assert_corpus_round_trip,
    assert_round_trip,
    delete_at,
    load_sample,
    sample_handler,
    set_at,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, type[Any]] = {
    "connect-contact-flow-voice.json": ConnectContactFlowEvent,
    "connect-contact-flow-chat.json": ConnectContactFlowEvent,
    "connect-contact-flow-task.json": ConnectContactFlowEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "connect-contact-flow-voice.json",
        set_at(("Details", "ContactData", "Channel"), 1),
        "Details.ContactData.Channel: expected a string, got int",
    ),
    (
        "connect-contact-flow-chat.json",
        set_at(("Details", "ContactData", "Attributes"), {"a": 1}),
        "Details.ContactData.Attributes.a: expected a string, got int",
    ),
    (
        "connect-contact-flow-task.json",
        delete_at(("Details", "ContactData", "InstanceARN")),
        "Details.ContactData.InstanceARN: missing required key",
    ),
]


@pytest.mark.parametrize(("sample", "mutate", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_names_the_wire_path(
    sample: str, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    raw = load_sample(sample)
    mutate(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_connect_voice_contact() -> None:
    event = converter.structure(
        load_sample("connect-contact-flow-voice.json"), ConnectContactFlowEvent
    )
    data = event.contact_data
    assert event.name == "ContactFlowEvent"
    assert data.channel is ConnectContactFlowChannel.VOICE
    assert data.initiation_method is ConnectContactFlowInitiationMethod.INBOUND
    assert data.customer_endpoint is not None
    assert data.customer_endpoint.endpoint_type is ConnectContactFlowEndpointType.TELEPHONE_NUMBER
    assert data.customer_endpoint.address == "+441632960123"
    assert data.queue is not None and data.queue.name == "BillingQueue"
    assert data.queue.outbound_caller_id == {
        "Address": "+441632960999",
        "Type": "TELEPHONE_NUMBER",
    }
    assert data.instance_arn.endswith("instance/7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928")
    assert data.language_code == "en-GB"
    assert data.tags == {"aws:connect:instanceId": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928"}
    assert data.aws_region == "eu-west-2" and not data.unknown_keys
    assert data.media_streams is not None
    audio = data.media_streams.customer.audio
    assert audio.start_timestamp is not None
    assert audio.start_timestamp.datetime == datetime(
        2026, 1, 15, 9, 20, 0, 123000, tzinfo=timezone.utc
    )
    assert audio.stream_arn is not None and audio.stream_arn.startswith("arn:aws:kinesisvideo:")
    assert event.parameters == {"lookup": "account-balance", "accountNumber": "GB-00481516"}


def test_connect_chat_contact_nulls_round_trip() -> None:
    raw = load_sample("connect-contact-flow-chat.json")
    event = assert_round_trip(raw, ConnectContactFlowEvent)
    data = event.contact_data
    assert data.channel is ConnectContactFlowChannel.CHAT
    assert data.customer_endpoint is None and data.queue is None and data.system_endpoint is None
    assert data.media_streams is not None
    assert data.media_streams.customer.audio.stream_arn is None
    assert event.parameters == {}


def test_connect_new_enum_values_stay_strings() -> None:
    event = converter.structure(
        load_sample("connect-contact-flow-task.json"), ConnectContactFlowEvent
    )
    data = event.contact_data
    assert data.channel is ConnectContactFlowChannel.TASK
    assert type(data.initiation_method) is str and data.initiation_method == "CONTACT_TEMPLATE"
    assert data.system_endpoint is not None
    assert type(data.system_endpoint.endpoint_type) is str
    assert data.media_streams is None
    raw = load_sample("connect-contact-flow-voice.json")
    raw["Details"]["ContactData"]["Channel"] = "EMAIL"
    raw["Details"]["ContactData"]["CustomerEndpoint"] = {
        "Address": "a@example.org",
        "Type": "EMAIL_ADDRESS",
    }
    email = assert_round_trip(raw, ConnectContactFlowEvent)
    assert email.contact_data.channel is ConnectContactFlowChannel.EMAIL
    assert email.contact_data.customer_endpoint is not None
    assert (
        email.contact_data.customer_endpoint.endpoint_type
        is ConnectContactFlowEndpointType.EMAIL_ADDRESS
    )


def test_connect_handler() -> None:
    handler = sample_handler("connect_contact_flow")
    assert handler(load_sample("connect-contact-flow-voice.json"), None) == {
        "channel": "VOICE",
        "isVoice": "true",
        "callerNumber": "+441632960123",
        "initiation": "INBOUND",
        "queue": "BillingQueue",
        "tier": "gold",
    }
    out = handler(load_sample("connect-contact-flow-task.json"), None)
    assert out["channel"] == "TASK"
    assert out["initiation"] == "CONTACT_TEMPLATE"
    assert out["callerNumber"] == ""
