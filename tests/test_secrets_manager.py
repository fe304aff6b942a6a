"""AWS Secrets Manager rotation: the event, the sample handler."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lambda_events import SecretsManagerEvent, SecretsManagerRotationStep, converter

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
    "secrets-manager-create-secret.json": SecretsManagerEvent,
    "secrets-manager-finish-secret.json": SecretsManagerEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_corpus_round_trip(path, cls_name)


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("secrets-manager-create-secret.json", delete_at(("Step",)), "Step: missing required key"),
    (
        "secrets-manager-finish-secret.json",
        set_at(("RotationToken",), 9),
        "RotationToken: expected a string, got int",
    ),
]


@pytest.mark.parametrize(("sample", "mutate", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_names_the_wire_path(
    sample: str, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    raw = load_sample(sample)
    mutate(raw)
    assert message in structure_error(raw, SAMPLES[sample])


def test_secrets_manager_fields() -> None:
    event = converter.structure(
        load_sample("secrets-manager-create-secret.json"), SecretsManagerEvent
    )
    assert event.step is SecretsManagerRotationStep.CREATE_SECRET
    assert event.version_id == event.client_request_token == "6f1c9b2e-3d4a-4b5c-8e7f-9a0b1c2d3e4f"
    assert event.rotation_token is None
    finish = converter.structure(
        load_sample("secrets-manager-finish-secret.json"), SecretsManagerEvent
    )
    assert finish.step == "finishSecret"
    assert finish.rotation_token == "b7e4c2a1-9d8f-4e6b-a5c3-0f1e2d3c4b5a"
    assert "b7e4c2a1" not in repr(finish)


def test_secrets_manager_handler() -> None:
    handler = sample_handler("secrets_manager_rotation")
    out = handler(load_sample("secrets-manager-create-secret.json"), None)
    assert out == {
        "secretId": (
            "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/orders/db-credentials-Xy7Z9q"
        ),
        "versionId": "6f1c9b2e-3d4a-4b5c-8e7f-9a0b1c2d3e4f",
        "step": "createSecret",
        "action": "generate and store AWSPENDING",
    }
    assert handler(load_sample("secrets-manager-finish-secret.json"), None)["action"] == (
        "move AWSCURRENT to the new version"
    )
    raw = copy.deepcopy(load_sample("secrets-manager-create-secret.json"))
    raw["Step"] = "rollbackSecret"
    with pytest.raises(ValueError, match="Invalid step parameter rollbackSecret"):
        handler(raw, None)
