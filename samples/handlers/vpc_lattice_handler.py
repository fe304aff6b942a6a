"""VPC Lattice target, event structure v1."""

from __future__ import annotations

import logging
from typing import Any

from lambda_events import VPCLatticeEvent, VPCLatticeResponse, converter, to_json_dict

logger = logging.getLogger(__name__)


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, VPCLatticeEvent)
    logger.info("%s %s body=%r", ev.method, ev.path, ev.body)
    response = VPCLatticeResponse.build(
        f"Event Response to VPC Lattice for {ev.get_query_string_value('warehouse')}",
        headers={"Content-Type": "application/text"},
    )
    return to_json_dict(response)
