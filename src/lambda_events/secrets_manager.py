"""AWS Secrets Manager rotation events: one step of rotating a secret."""

from __future__ import annotations

from ._model import Model, field, model
from .enums import StrEnum

__all__ = ["SecretsManagerEvent", "SecretsManagerRotationStep"]


class SecretsManagerRotationStep(StrEnum):
    """The rotation step Secrets Manager asks for; a new step stays a plain string."""

    CREATE_SECRET = "createSecret"  # noqa: S105
    SET_SECRET = "setSecret"  # noqa: S105
    TEST_SECRET = "testSecret"  # noqa: S105
    FINISH_SECRET = "finishSecret"  # noqa: S105


@model(case="pascal")
class SecretsManagerEvent(Model):
    """AWS Secrets Manager: rotate `secret_id` to the version `client_request_token`.

    `rotation_token` (redacted in repr) is sent when rotation must prove its caller.
    """

    secret_id: str
    client_request_token: str
    step: SecretsManagerRotationStep | str
    rotation_token: str | None = field(default=None, secret=True)

    @property
    def version_id(self) -> str:
        """The version being rotated in (the `ClientRequestToken`)."""
        return self.client_request_token
