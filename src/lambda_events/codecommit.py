"""AWS CodeCommit repository triggers: the pushed references of a repository event."""

from __future__ import annotations

from ._model import Model, field, model
from .timestamps import IsoTimestamp

__all__ = ["CodeCommitCodecommit", "CodeCommitEvent", "CodeCommitRecord", "CodeCommitReference"]


@model
class CodeCommitReference(Model):
    """One updated reference: the commit it now points to and its name (`refs/heads/main`)."""

    commit: str
    ref: str
    created: bool | None = None
    deleted: bool | None = None


@model
class CodeCommitCodecommit(Model):
    """The `codecommit` part of a record: the references the push changed."""

    references: tuple[CodeCommitReference, ...]


@model
class CodeCommitRecord(Model):
    """AWS CodeCommit: one trigger record (`eventTime` is ISO-8601 with a `+0000` offset)."""

    event_id: str
    event_version: str
    event_time: IsoTimestamp
    event_trigger_name: str
    event_part_number: int
    codecommit: CodeCommitCodecommit
    event_name: str
    event_trigger_config_id: str
    event_source_arn: str = field(wire="eventSourceARN")
    event_source: str
    aws_region: str
    event_total_parts: int
    user_identity_arn: str | None = field(wire="userIdentityARN", default=None)
    custom_data: str | None = None

    @property
    def repository_name(self) -> str:
        """The repository, the last part of `eventSourceARN`."""
        return self.event_source_arn.rsplit(":", 1)[-1]


@model(case="pascal")
class CodeCommitEvent(Model):
    """AWS CodeCommit: a repository trigger invocation."""

    records: tuple[CodeCommitRecord, ...]
