"""Helpers the HTTP test modules share: API Gateway, ALB, function URLs, VPC Lattice, AppSync."""

from __future__ import annotations

import copy
import json
from typing import Any

from lambda_events import converter

from ._support import load_sample

JSON = {"Content-Type": "application/json"}


def sample(name: str, cls: Any) -> Any:
    """A bundled sample event structured as `cls`."""
    return converter.structure(load_sample(name), cls)


def mutated(name: str, change: Any) -> Any:
    """A copy of a bundled sample event after `change(raw)`."""
    raw = copy.deepcopy(load_sample(name))
    change(raw)
    return raw


def golden(obj: Any, expected: dict[str, Any]) -> None:
    """Exact JSON, and the JSON structures back to an equal object."""
    out = converter.unstructure(obj)
    assert out == expected
    assert converter.structure(out, type(obj)) == obj


def http(body: Any, status: int = 200, **extra: Any) -> dict[str, Any]:
    """The proxy answer a sample handler gives: JSON body, JSON content type."""
    return {
        "statusCode": status,
        "headers": JSON,
        **extra,
        "body": json.dumps(body, separators=(",", ":"), ensure_ascii=False),
        "isBase64Encoded": False,
    }
