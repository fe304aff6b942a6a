"""Builders for AWS Config rule evaluations."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from ._common import compact
from ._ids import ACCOUNT, LOWER_ALNUM, REGION, b64, iso_now, now_ms, random_id

if TYPE_CHECKING:
    from .. import AWSConfigRuleEvent

__all__ = ["config_configuration_change_event", "config_rule_event", "config_scheduled_event"]


def config_rule_event(
    invoking_event: Mapping[str, Any],
    *,
    rule_parameters: Mapping[str, Any] | None = None,
    rule_name: str = "my-config-rule",
    event_left_scope: bool = False,
    evaluation_mode: str | None = "DETECTIVE",
    region: str = REGION,
    account: str = ACCOUNT,
) -> AWSConfigRuleEvent:
    """An `AWSConfigRuleEvent` carrying `invoking_event` (and `rule_parameters`) serialized
    to the compact JSON string AWS Config sends; `event.invoking_event_json` gives it back.
    """
    from .. import AWSConfigRuleEvent

    rule_id = f"config-rule-{random_id(6, LOWER_ALNUM)}"
    return AWSConfigRuleEvent(
        version="1.0",
        raw_invoking_event=compact(invoking_event),
        raw_rule_parameters=None if rule_parameters is None else compact(rule_parameters),
        result_token=b64(64),
        event_left_scope=event_left_scope,
        execution_role_arn=(
            f"arn:aws:iam::{account}:role/aws-service-role/config.amazonaws.com/"
            "AWSServiceRoleForConfig"
        ),
        config_rule_arn=f"arn:aws:config:{region}:{account}:config-rule/{rule_id}",
        config_rule_name=rule_name,
        config_rule_id=rule_id,
        account_id=account,
        evaluation_mode=evaluation_mode,
    )


def config_scheduled_event(
    *,
    rule_parameters: Mapping[str, Any] | None = None,
    rule_name: str = "my-periodic-rule",
    region: str = REGION,
    account: str = ACCOUNT,
) -> AWSConfigRuleEvent:
    """An `AWSConfigRuleEvent` for a periodic evaluation (`ScheduledNotification`)."""
    invoking = {
        "awsAccountId": account,
        "notificationCreationTime": iso_now(),
        "messageType": "ScheduledNotification",
        "recordVersion": "1.0",
    }
    return config_rule_event(
        invoking,
        rule_parameters=rule_parameters,
        rule_name=rule_name,
        region=region,
        account=account,
    )


_ITEM_STATUS = {"CREATE": "ResourceDiscovered", "UPDATE": "OK", "DELETE": "ResourceDeleted"}


_CAMEL_WORD = re.compile(r"(?<!^)(?=[A-Z])")


def config_configuration_change_event(
    resource_type: str = "AWS::EC2::SecurityGroup",
    resource_id: str | None = None,
    *,
    configuration: Mapping[str, Any] | None = None,
    change_type: Literal["CREATE", "UPDATE", "DELETE"] = "UPDATE",
    changed_properties: Mapping[str, Any] | None = None,
    tags: Mapping[str, str] | None = None,
    resource_name: str | None = None,
    rule_parameters: Mapping[str, Any] | None = None,
    rule_name: str = "my-config-rule",
    region: str = REGION,
    account: str = ACCOUNT,
) -> AWSConfigRuleEvent:
    """An `AWSConfigRuleEvent` for a changed resource (`ConfigurationItemChangeNotification`).

    The item's status follows `change_type` (`ResourceDeleted` and no configuration on
    DELETE, which also sets `eventLeftScope`); the ARN is built from the resource type.
    """
    _, service, kind = resource_type.split("::")
    resource_id = resource_id or f"{service.lower()}-{secrets.token_hex(8)}"
    arn_kind = _CAMEL_WORD.sub("-", kind).lower()
    captured = iso_now()
    deleted = change_type == "DELETE"
    item: dict[str, Any] = {
        "relatedEvents": [],
        "relationships": [],
        "configuration": None if deleted else dict(configuration or {}),
        "supplementaryConfiguration": {},
        "tags": dict(tags or {}),
        "configurationItemVersion": "1.3",
        "configurationItemCaptureTime": captured,
        "configurationStateId": now_ms(),
        "awsAccountId": account,
        "configurationItemStatus": _ITEM_STATUS[change_type],
        "resourceType": resource_type,
        "resourceId": resource_id,
        "resourceName": resource_name,
        "ARN": f"arn:aws:{service.lower()}:{region}:{account}:{arn_kind}/{resource_id}",
        "awsRegion": region,
        "availabilityZone": "Not Applicable",
        "configurationStateMd5Hash": "",
    }
    invoking = {
        "configurationItemDiff": {
            "changedProperties": dict(changed_properties or {}),
            "changeType": change_type,
        },
        "configurationItem": item,
        "notificationCreationTime": captured,
        "messageType": "ConfigurationItemChangeNotification",
        "recordVersion": "1.3",
    }
    return config_rule_event(
        invoking,
        rule_parameters=rule_parameters,
        rule_name=rule_name,
        event_left_scope=deleted,
        region=region,
        account=account,
    )
