"""Secrets Manager rotation: dispatch on the rotation step.

The Powertools example fetches the pending version with its Parameters utility; here the
steps are dispatched and the version to work on is returned.
"""

from __future__ import annotations

from typing import Any

from lambda_events import SecretsManagerEvent, SecretsManagerRotationStep, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, SecretsManagerEvent)
    steps: dict[str, str] = {
        SecretsManagerRotationStep.CREATE_SECRET: "generate and store AWSPENDING",
        SecretsManagerRotationStep.SET_SECRET: "set the password in the database",
        SecretsManagerRotationStep.TEST_SECRET: "log in with AWSPENDING",
        SecretsManagerRotationStep.FINISH_SECRET: "move AWSCURRENT to the new version",
    }
    action = steps.get(ev.step)
    if action is None:
        raise ValueError(f"Invalid step parameter {ev.step}")
    return {
        "secretId": ev.secret_id,
        "versionId": ev.version_id,
        "step": str(ev.step),
        "action": action,
    }
