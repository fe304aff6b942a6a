"""Amazon Cognito Sync trigger: normalise the theme preference before it is stored."""

from __future__ import annotations

from typing import Any

import attrs

from lambda_events import CognitoSyncOperation, CognitoSyncTriggerEvent, converter, to_json_dict

THEMES = frozenset({"light", "dark"})


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CognitoSyncTriggerEvent)
    records = dict(ev.dataset_records)
    theme = records.get("theme")
    if theme is not None and theme.op == CognitoSyncOperation.REPLACE:
        value = (theme.new_value or "").strip().lower()
        records["theme"] = attrs.evolve(theme, new_value=value if value in THEMES else "light")
    # Cognito Sync stores what the trigger returns: the event, records changed or not
    return to_json_dict(attrs.evolve(ev, dataset_records=records))
