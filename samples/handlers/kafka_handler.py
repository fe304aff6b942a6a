"""Kafka (MSK or self-managed): every record's topic, key and value (ported from Powertools)."""

from __future__ import annotations

from typing import Any

from lambda_events import KafkaEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, KafkaEvent)
    seen = []
    for record in ev.records:
        trace = record.decoded_headers.get("traceparent")
        seen.append(
            {
                "topic": record.topic,
                "offset": record.offset,
                "key": record.key_as_text(),
                "size": len(record.value_as_bytes() or b""),
                "trace": trace.decode() if trace is not None else None,
            }
        )
    return {"servers": len(ev.decoded_bootstrap_servers), "records": seen}
