"""Lambda on-failure destination: record why an invocation or a stream batch failed."""

from __future__ import annotations

from typing import Any

from lambda_events import LambdaDestinationEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, LambdaDestinationEvent)
    batch = ev.kinesis_batch_info or ev.ddb_stream_batch_info
    report: dict[str, Any] = {
        "function": ev.request_context.function_arn,
        "condition": str(ev.request_context.condition),
        "attempts": ev.request_context.approximate_invoke_count,
        "failedAt": ev.timestamp.datetime.isoformat(),
    }
    if ev.is_success:
        report["status"] = "succeeded"
    elif batch is not None:  # a stream source: replay from these sequence numbers
        report["status"] = "batch failed"
        report["replay"] = {
            "stream": batch.stream_arn,
            "shard": batch.shard_id,
            "from": batch.start_sequence_number,
            "to": batch.end_sequence_number,
            "records": batch.batch_size,
        }
    else:
        report["status"] = "invocation failed"
        report["error"] = ev.error_message or ev.response_context.function_error
    return report
