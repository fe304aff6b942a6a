"""Every key of every sample and shared corpus file is modelled: a misspelled wire key fails.

Unknown keys are kept and round-trip, so a class that spells `principalOrgID` for
`principalOrgId` would pass every other test. Here each file is structured with
`converter.copy(forbid_extra_keys=True)`; the only unknown keys allowed are listed below,
with the reason they are not AWS's to model.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import lambda_events as le
from lambda_events import StructureError, converter

from ._support import CORPUS_MAP, CORPUS_ROOTS, SAMPLES

STRICT = converter.copy(forbid_extra_keys=True)

ALLOWED_PATHS = {
    r"requestContext\.authorizer\.[^.]+": "a Lambda authorizer's context: keys it chose",
    r"Records\[\d+\]\.s3\.object\.urlDecodedKey": "added by aws-lambda-go and Powertools fixtures",
    r"Records\[\d+\]\.restoreEventData": "aws-lambda-go's fixture copies restore data here",
    r"(region|original)": "a custom widget's own parameters, passed at the top level",
}
ALLOWED_FILES = {
    "go/apigw-websocket-request.json": "REST-only keys pasted into a WebSocket fixture",
    "java/tests/apigw_websocket_event.json": "REST-only keys pasted into a WebSocket fixture",
    "java/tests/appsync_authorizer_event.json": "`queryDocument` instead of `queryString`",
    "java/tests/cognito/cognito_userpool_migrate_user.json": "user keys inside `request`",
    "java/tests/response/apigw_v2_http_response.json": "payload 2.0 has no multiValueHeaders",
    "powertools/vpcLatticeEventV2PathTrailingSlash.json": "v1's snake_case key in a v2 event",
    "sam/kinesis-streams-as-source.json": "`deliverySteamArn`, a typo in the SAM sample",
}


def _files() -> list[Any]:
    out = [
        pytest.param(path, le.detect_name(json.loads(path.read_text())), id=f"samples/{path.name}")
        for path in sorted(SAMPLES.glob("*.json"))
    ]
    if not CORPUS_MAP.exists():
        return [*out, pytest.param(None, None, marks=pytest.mark.skip(reason="../shared absent"))]
    for rel, name in sorted(json.loads(CORPUS_MAP.read_text()).items()):
        if name and hasattr(le, name) and rel.partition("/")[2] and rel not in ALLOWED_FILES:
            corpus, _, path = rel.partition("/")
            out.append(pytest.param(CORPUS_ROOTS[corpus] / path, name, id=rel))
    return out


@pytest.mark.parametrize(("path", "name"), _files())
def test_every_key_is_modelled(path: Path, name: str) -> None:
    raw = json.loads(path.read_text())
    cls = getattr(le, name)
    try:
        STRICT.structure(raw, list[cls] if isinstance(raw, list) else cls)
    except StructureError as exc:
        unexplained = [
            str(p)
            for p in exc.problems
            if not p.message.startswith("unknown key")
            or not any(re.fullmatch(rx, str(p).partition(":")[0]) for rx in ALLOWED_PATHS)
        ]
        assert not unexplained, unexplained


def test_a_misspelled_wire_key_is_caught() -> None:
    raw = json.loads((SAMPLES / "ses-receipt.json").read_text())
    mail = raw["Records"][0]["ses"]["mail"]
    mail["ReturnPath"] = mail.pop("returnPath", "bounce@example.com")
    with pytest.raises(StructureError, match="ReturnPath: unknown key"):
        STRICT.structure(raw, le.SESEvent)
