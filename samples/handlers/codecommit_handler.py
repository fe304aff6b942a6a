"""CodeCommit trigger: which branches and tags a push created, updated or deleted."""

from __future__ import annotations

from typing import Any

from lambda_events import CodeCommitEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CodeCommitEvent)
    changes: list[dict[str, Any]] = []
    for record in ev.records:
        for reference in record.codecommit.references:
            kind = "created" if reference.created else "deleted" if reference.deleted else "updated"
            changes.append(
                {
                    "repository": record.repository_name,
                    "ref": reference.ref,
                    "commit": reference.commit,
                    "change": kind,
                    "pushedAt": record.event_time.datetime.isoformat(),
                }
            )
    return {"changes": changes}
