"""VPC Lattice target, event structure v2: store an item, report the caller."""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import VPCLatticeEventV2, VPCLatticeResponse, converter, to_json_dict

logger = logging.getLogger(__name__)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, VPCLatticeEventV2)
    logger.info("%s %s from %s", ev.method, ev.path, ev.request_context.identity.principal)
    item = ev.json_body
    response = VPCLatticeResponse.build(
        {
            "stored": item["count"],
            "tags": list(ev.resolved_query_string_parameters.get("tag", ())),
            "forwarded_for": list(ev.headers.multi.get("x-forwarded-for", ())),
            "at": ev.request_context.time_epoch.datetime.isoformat(),
        }
    )
    return to_json_dict(response)
