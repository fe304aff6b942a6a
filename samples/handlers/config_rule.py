"""AWS Config rule: log the invoking event's type, flag security groups open to the world."""

from __future__ import annotations

from typing import Any

from lambda_events import AWSConfigConfigurationChanged, AWSConfigRuleEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, AWSConfigRuleEvent)
    invoking = ev.invoking_event
    print(f"Logging {invoking.message_type} event rule ({len(ev.raw_invoking_event)} bytes)")
    compliance = "NOT_APPLICABLE"
    if isinstance(invoking, AWSConfigConfigurationChanged) and invoking.configuration_item:
        item = invoking.configuration_item
        forbidden = ev.rule_parameters.get("forbiddenCidr", "0.0.0.0/0")
        rules = (item.configuration or {}).get("ipPermissions", [])
        is_open = any(forbidden in rule.get("ipRanges", []) for rule in rules)
        compliance = "NON_COMPLIANT" if is_open else "COMPLIANT"
    return {"Success": "OK", "messageType": invoking.message_type, "compliance": compliance}
