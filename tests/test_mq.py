"""Amazon MQ: RabbitMQ and ActiveMQ messages, the sample handlers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lambda_events import ActiveMQEvent, ContentError, RabbitMQEvent, converter

from ._support import (
    Customer,
    Order,
    assert_corpus_round_trip,
    assert_round_trip,
    load_sample,
    sample_handler,
    semantic_round_trip,
    shared_files,
    structure_error,
)

SAMPLES: dict[str, Any] = {
    "rabbitmq-orders.json": RabbitMQEvent,
    "activemq-messages.json": ActiveMQEvent,
    "activemq-bytes.json": ActiveMQEvent,
}

CLASSES = (
    "RabbitMQEvent",
    "ActiveMQEvent",
)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


def test_rabbitmq_messages_properties_and_headers() -> None:
    event = converter.structure(load_sample("rabbitmq-orders.json"), RabbitMQEvent)
    assert list(event.rmq_messages_by_queue) == ["orders::/", "orders::/priority"]
    first, second = event.messages
    props = first.basic_properties
    assert props.message_id == "m-5001"
    assert props.content_encoding is None
    assert props.decoded_headers == {
        "x-tenant": b"acme",
        "x-retry": 2,
        "x-signed": b"\xde\xad\x01",
    }
    assert first.json_data == {
        "orderId": "o-5001",
        "customer": {"id": 3, "tier": "gold"},
        "total": 20,
    }
    assert first.decoded_data.startswith('{"orderId"')
    assert second.redelivered is True
    assert second.basic_properties.headers is None
    assert second.basic_properties.decoded_headers == {}
    assert second.basic_properties.type == "order.created"
    back = converter.unstructure(event)["rmqMessagesByQueue"]["orders::/"][0]
    assert back["basicProperties"]["headers"]["x-signed"] == {"bytes": [-34, -83, 1]}


def test_rabbitmq_typed_and_malformed() -> None:
    raw = load_sample("rabbitmq-orders.json")
    event = semantic_round_trip(raw, RabbitMQEvent[Order], {"data"})
    assert event.messages[1].data == Order("o-5002", Customer(4, "basic"), 8)
    raw["rmqMessagesByQueue"]["orders::/"][0]["data"] = None
    raw["rmqMessagesByQueue"]["orders::/priority"][0]["basicProperties"]["priority"] = "high"
    msg = structure_error(raw, RabbitMQEvent)
    assert "rmqMessagesByQueue['orders::/'][0].data: expected a string, got null" in msg
    assert (
        "rmqMessagesByQueue['orders::/priority'][0].basicProperties.priority: "
        "expected an integer, got str" in msg
    )


def test_activemq_both_physical_name_spellings_are_read_and_written_back() -> None:
    raw = load_sample("activemq-messages.json")
    event = converter.structure(raw, ActiveMQEvent)
    first, second = event.messages
    assert first.destination_physicalname == "invoices"
    assert second.destination_physicalname == "invoices"
    assert first.destination == second.destination  # spelling is not part of equality
    back = converter.unstructure(event)["messages"]
    assert back[0]["destination"] == {"physicalName": "invoices"}
    assert back[1]["destination"] == {"physicalname": "invoices"}


def test_activemq_fields_and_helpers() -> None:
    event = converter.structure(load_sample("activemq-messages.json"), ActiveMQEvent)
    first, second = event.messages
    assert event.message is event.messages[0]
    assert first.correlation_id == "corr-6001"
    assert first.json_data["orderId"] == "o-6001"
    assert first.expiration == "0" and first.expiration_millis == 0
    assert second.expiration == 1767661200200 and second.expiration_millis == 1767661200200
    assert second.redelivered is None and second.persistent is True
    assert second.connection_id == "invoice-producer-2"
    assert first.properties == {"index": "1", "tenant": "acme"}
    assert first.broker_out_time is not None and first.broker_out_time - first.timestamp == 4
    binary = converter.structure(load_sample("activemq-bytes.json"), ActiveMQEvent).message
    assert binary.data_as_bytes() == bytes(range(200, 216))
    assert binary.correlation_id == "corr-6003"
    assert binary.expiration_millis is None
    assert "correlationID" in converter.unstructure(binary)
    with pytest.raises(ContentError, match="data: not valid UTF-8 text"):
        _ = binary.decoded_data


def test_activemq_typed_and_malformed() -> None:
    event = semantic_round_trip(
        load_sample("activemq-messages.json"), ActiveMQEvent[Order], {"data"}
    )
    assert event.message.data.customer == Customer(30, "gold")
    raw = load_sample("activemq-messages.json")
    del raw["messages"][0]["destination"]["physicalName"]
    raw["messages"][1]["timestamp"] = "1767657600200"
    msg = structure_error(raw, ActiveMQEvent)
    assert "messages[0].destination.physicalName: missing required key" in msg
    assert "messages[1].timestamp: expected epoch milliseconds as an integer, got str" in msg


HANDLERS: list[tuple[str, str, Any]] = [
    (
        "mq_rabbitmq_handler",
        "rabbitmq-orders.json",
        {
            "orders::/": [
                {
                    "message_id": "m-5001",
                    "data": {
                        "orderId": "o-5001",
                        "customer": {"id": 3, "tier": "gold"},
                        "total": 20,
                    },
                }
            ],
            "orders::/priority": [
                {
                    "message_id": "m-5002",
                    "data": {
                        "orderId": "o-5002",
                        "customer": {"id": 4, "tier": "basic"},
                        "total": 8,
                    },
                }
            ],
        },
    ),
    (
        "mq_activemq_handler",
        "activemq-bytes.json",
        {
            "statusCode": 200,
            "messages": [
                {
                    "id": "ID:b-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-1.mq.eu-west-2.amazonaws.com"
                    "-41217-1767657600000-3:1:1:1:3",
                    "physical_name": "thumbnails",
                    "bytes": 16,
                }
            ],
        },
    ),
]


@pytest.mark.parametrize(
    ("module", "sample", "expected"), HANDLERS, ids=[f"{m}-{s}" for m, s, _ in HANDLERS]
)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    assert handler(load_sample(sample), None) == expected
