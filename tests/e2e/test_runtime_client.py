"""Sample handlers under the real AWS Lambda Runtime Interface Client (`awslambdaric`).

Each sample event goes in exactly as Lambda delivers it; the response bytes that come back
are compared with what the handler returns when called directly.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .._support import load_sample
from .fake_runtime import FakeRuntime

pytest.importorskip("awslambdaric", reason="the e2e extra (awslambdaric) is not installed")

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30.0

# handler module -> sample events it receives
CASES: dict[str, list[str]] = {
    "sqs_handler": ["sqs.json", "sqs-fifo-china.json"],
    "sqs_typed_handler": ["sqs-fifo-china.json"],
    "batch_processing_handler": ["sqs.json", "sqs-fifo-china.json"],
    "sns_handler": ["sns.json"],
    "s3_handler": ["s3.json", "s3-intelligent-tiering.json"],
    "dynamodb_handler": ["dynamodb-stream.json"],
    "kinesis_handler": ["kinesis-stream.json"],
    "cloudwatch_logs_handler": ["cloudwatch-logs.json"],
}


def _start(module: str, runtime: FakeRuntime) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "AWS_LAMBDA_RUNTIME_API": runtime.address,
        "AWS_EXECUTION_ENV": "AWS_Lambda_python3.11",  # fixes the RIC's unicode escaping
        "AWS_LAMBDA_FUNCTION_NAME": module,
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/sample",
        "AWS_LAMBDA_LOG_STREAM_NAME": "stream",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
    }
    handler = f"samples.handlers.{module}.lambda_handler"
    return subprocess.Popen(
        [sys.executable, "-m", "awslambdaric", handler],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _direct(module: str, event: Any) -> Any:
    handler = importlib.import_module(f"samples.handlers.{module}").lambda_handler
    return json.loads(json.dumps(handler(event, None)))


@pytest.mark.parametrize("module", sorted(CASES))
def test_handler_under_the_runtime_interface_client(module: str) -> None:
    with FakeRuntime(module) as runtime:
        process = _start(module, runtime)
        try:
            for sample in CASES[module]:
                event = load_sample(sample)
                kind, body = runtime.wait(runtime.invoke(event), TIMEOUT)
                assert kind == "response", body.decode()
                assert json.loads(body) == _direct(module, event)
        finally:
            process.kill()  # stopped by its own pid
            process.wait(timeout=TIMEOUT)


def test_structure_errors_reach_the_runtime_as_function_errors() -> None:
    with FakeRuntime("sqs_handler") as runtime:
        process = _start("sqs_handler", runtime)
        try:
            kind, body = runtime.wait(runtime.invoke({"Records": [{"messageId": 1}]}), TIMEOUT)
        finally:
            process.kill()
            process.wait(timeout=TIMEOUT)
    error = json.loads(body)
    assert kind == "error"
    assert error["errorType"] == "StructureError"
    assert "Records[0].messageId: expected a string, got int" in error["errorMessage"]
