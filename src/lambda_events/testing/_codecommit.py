"""Builder for AWS CodeCommit trigger events."""

from __future__ import annotations

import secrets
import uuid
from typing import TYPE_CHECKING

from ._ids import ACCOUNT, REGION, arn, iso_offset_at, now_ms

if TYPE_CHECKING:
    from .. import CodeCommitEvent

__all__ = ["codecommit_event"]


def codecommit_event(
    repository: str = "my-repo",
    *,
    ref: str = "refs/heads/main",
    commit: str | None = None,
    trigger_name: str = "my-trigger",
    custom_data: str | None = None,
    region: str = REGION,
) -> CodeCommitEvent:
    """A `CodeCommitEvent`: one push to `ref` of `repository`."""
    from .. import (
        CodeCommitCodecommit,
        CodeCommitEvent,
        CodeCommitRecord,
        CodeCommitReference,
    )

    reference = CodeCommitReference(commit=commit or secrets.token_hex(20), ref=ref)
    record = CodeCommitRecord(
        event_id=str(uuid.uuid4()),
        event_version="1.0",
        event_time=iso_offset_at(now_ms()),
        event_trigger_name=trigger_name,
        event_part_number=1,
        codecommit=CodeCommitCodecommit(references=(reference,)),
        event_name="ReferenceChanges",
        event_trigger_config_id=str(uuid.uuid4()),
        event_source_arn=arn("codecommit", repository, region),
        event_source="aws:codecommit",
        aws_region=region,
        event_total_parts=1,
        user_identity_arn=f"arn:aws:iam::{ACCOUNT}:user/developer",
        custom_data=custom_data,
    )
    return CodeCommitEvent(records=(record,))
