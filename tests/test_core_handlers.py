"""The sample handlers of the core sources run on their samples."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from lambda_events import StructureError

from ._support import load_sample

CASES: list[tuple[str, str, Any]] = [
    (
        "sqs_handler",
        "sqs.json",
        {"message": "plain text body", "message_id": "9f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4011"},
    ),
    ("sqs_typed_handler", "sqs-fifo-china.json", {"orders": ["o-1001"], "total": 42.5}),
    (
        "sns_handler",
        "sns.json",
        {"message": '{"sku": "KB-104", "price": "19.99"}', "subject": None},
    ),
    (
        "s3_handler",
        "s3.json",
        {
            "bucket": "photo-uploads-prod",
            "object_key": "albums/summer 2026/beach(1).jpg",
            "object_etag": "0c9f3b2a1d4e5f6a7b8c9d0e1f2a3b4c",
        },
    ),
    (
        "dynamodb_handler",
        "dynamodb-stream.json",
        {"inserted": 1, "modified": 1, "keys": ["CUSTOMER#17", "CUSTOMER#17", "CUSTOMER#9"]},
    ),
    (
        "kinesis_handler",
        "kinesis-stream.json",
        {
            "statusCode": 200,
            "payloads": [{"deviceId": "d-1", "temp": 21.5}, {"deviceId": "d-2", "temp": 19}],
        },
    ),
    ("kinesis_handler", "kinesis-stream-window.json", {"statusCode": 200, "payloads": ["hello"]}),
    (
        "cloudwatch_logs_handler",
        "cloudwatch-logs.json",
        {"log_group": "/aws/lambda/checkout", "errors": ["ERROR payment declined order=o-1001"]},
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = importlib.import_module(f"samples.handlers.{module}").lambda_handler
    assert handler(load_sample(sample), None) == expected


def test_decorated_handler_surfaces_structure_errors_unchanged() -> None:
    handler = importlib.import_module("samples.handlers.sqs_handler").lambda_handler
    with pytest.raises(StructureError, match="Records: missing required key"):
        handler({}, None)
