"""Builder for AWS Secrets Manager rotation events."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Literal

from ._ids import ACCOUNT, REGION, random_id

if TYPE_CHECKING:
    from .. import SecretsManagerEvent

__all__ = ["secrets_manager_rotation_event"]


def secrets_manager_rotation_event(
    step: Literal["createSecret", "setSecret", "testSecret", "finishSecret"] | str = (
        "createSecret"
    ),
    *,
    secret_name: str = "my-secret",  # noqa: S107 - a name, not a secret
    client_request_token: str | None = None,
    rotation_token: str | None = None,
    region: str = REGION,
    account: str = ACCOUNT,
) -> SecretsManagerEvent:
    """A `SecretsManagerEvent` for one rotation `step` of `secret_name` (by ARN, with the
    six-character suffix Secrets Manager adds); the token is the new version id.
    """
    from .. import SecretsManagerEvent

    return SecretsManagerEvent(
        secret_id=f"arn:aws:secretsmanager:{region}:{account}:secret:{secret_name}-{random_id(6)}",
        client_request_token=client_request_token or str(uuid.uuid4()),
        step=step,
        rotation_token=rotation_token,
    )
