"""Amazon ECR events delivered by EventBridge: image scans and image actions (push, delete)."""

from __future__ import annotations

from collections.abc import Mapping

from ._model import Model, model

__all__ = ["ECRImageActionDetail", "ECRImageScanDetail"]


@model(case="kebab")
class ECRImageScanDetail(Model):
    """Amazon ECR through EventBridge: an `ECR Image Scan` finished (severity counts)."""

    scan_status: str
    repository_name: str
    image_digest: str
    finding_severity_counts: Mapping[str, int] | None = None
    image_tags: tuple[str, ...] | None = None


@model(case="kebab")
class ECRImageActionDetail(Model):
    """Amazon ECR through EventBridge: an `ECR Image Action` (`PUSH`, `DELETE`)."""

    result: str
    repository_name: str
    action_type: str
    image_digest: str | None = None
    image_tag: str | None = None
