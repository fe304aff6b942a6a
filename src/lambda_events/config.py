"""AWS Config custom rule events: a rule evaluation request.

`invokingEvent` and `ruleParameters` are JSON documents carried as strings; they stay the
exact strings AWS sent (`raw_invoking_event`, `raw_rule_parameters`), so the event
round-trips byte for byte. `invoking_event` reads the invoking event as one of three typed
variants chosen by its `messageType`; `rule_parameters` reads the rule's parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, Union

from ._model import Model, field, model
from ._payload import load_json, structure_json
from .codecs import DispatchBy
from .enums import StrEnum
from .errors import StructureError
from .timestamps import IsoTimestamp

if TYPE_CHECKING:
    from typing import TypeAlias

    from ._converter import LambdaEventsConverter

__all__ = [
    "AWSConfigConfigurationChanged",
    "AWSConfigConfigurationItemChanged",
    "AWSConfigEvaluationMode",
    "AWSConfigInvokingEvent",
    "AWSConfigOversizedConfiguration",
    "AWSConfigOversizedConfigurationItemSummary",
    "AWSConfigRuleEvent",
    "AWSConfigScheduledNotification",
]

T = TypeVar("T")


class AWSConfigEvaluationMode(StrEnum):
    """When the rule evaluates: on recorded changes, or before deployment."""

    DETECTIVE = "DETECTIVE"
    PROACTIVE = "PROACTIVE"


@model
class _ConfigurationItemParts(Model):
    """What a configuration item and its oversized summary both carry."""

    configuration_item_version: str
    configuration_item_capture_time: IsoTimestamp
    configuration_item_status: str
    resource_type: str
    resource_id: str
    account_id: str = field(wire="awsAccountId")
    region: str = field(wire="awsRegion")
    configuration_state_id: int | None = None
    resource_name: str | None = None
    resource_arn: str | None = field(wire="ARN", default=None)
    availability_zone: str | None = None
    configuration_state_md5_hash: str | None = None
    resource_creation_time: IsoTimestamp | None = None


@model
class AWSConfigConfigurationItemChanged(_ConfigurationItemParts):
    """The configuration item of a changed resource (free-form `configuration`)."""

    configuration: Any = None
    supplementary_configuration: Mapping[str, Any] | None = None
    tags: Mapping[str, str] | None = None
    relationships: tuple[Mapping[str, Any], ...] | None = None
    related_events: tuple[Any, ...] | None = None


@model
class AWSConfigConfigurationChanged(Model):
    """Invoking event `ConfigurationItemChangeNotification`: a resource changed."""

    message_type: str
    notification_creation_time: IsoTimestamp | None = None
    record_version: str | None = None
    configuration_item: AWSConfigConfigurationItemChanged | None = None
    configuration_item_diff: Mapping[str, Any] | None = None


@model
class AWSConfigScheduledNotification(Model):
    """Invoking event `ScheduledNotification`: a periodic evaluation."""

    message_type: str
    account_id: str = field(wire="awsAccountId")
    notification_creation_time: IsoTimestamp | None = None
    record_version: str | None = None


@model
class AWSConfigOversizedConfigurationItemSummary(_ConfigurationItemParts):
    """The summary AWS Config sends instead of a configuration item too large to inline."""

    change_type: str


@model
class AWSConfigOversizedConfiguration(Model):
    """Invoking event `OversizedConfigurationItemChangeNotification`."""

    message_type: str
    configuration_item_summary: AWSConfigOversizedConfigurationItemSummary
    notification_creation_time: IsoTimestamp | None = None
    record_version: str | None = None


AWSConfigInvokingEvent: TypeAlias = Annotated[
    Union[  # noqa: UP007 - a runtime alias on Python 3.10
        AWSConfigConfigurationChanged,
        AWSConfigScheduledNotification,
        AWSConfigOversizedConfiguration,
    ],
    DispatchBy(lambda raw: _invoking_event_class(raw)),
]
"""The three invoking-event variants, told apart by `messageType`."""


def _invoking_event_class(raw: Any) -> type[Model]:
    kind = raw.get("messageType") if isinstance(raw, dict) else None
    cls = _BY_MESSAGE_TYPE.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise StructureError.at(("messageType",), f"unknown invoking event type {kind!r}")
    return cls


_BY_MESSAGE_TYPE: dict[str, type[Model]] = {
    "ConfigurationItemChangeNotification": AWSConfigConfigurationChanged,
    "ScheduledNotification": AWSConfigScheduledNotification,
    "OversizedConfigurationItemChangeNotification": AWSConfigOversizedConfiguration,
}


@model
class AWSConfigRuleEvent(Model):
    """AWS Config: evaluate a custom rule (`PutEvaluations` with `result_token` answers)."""

    version: str
    raw_invoking_event: str = field(wire="invokingEvent")
    result_token: str
    event_left_scope: bool
    execution_role_arn: str
    config_rule_arn: str
    config_rule_name: str
    config_rule_id: str
    account_id: str
    raw_rule_parameters: str | None = field(wire="ruleParameters", default=None)
    evaluation_mode: AWSConfigEvaluationMode | str | None = None

    @cached_property
    def invoking_event_json(self) -> Any:
        """`invokingEvent` parsed as plain JSON."""
        try:
            return load_json(self.raw_invoking_event)
        except StructureError as exc:
            raise exc.prefixed(("invokingEvent",)) from None

    @cached_property
    def invoking_event(self) -> AWSConfigInvokingEvent:
        """`invokingEvent` as the variant its `messageType` names.

        An unknown `messageType` (or a malformed document) raises `StructureError`.
        """
        return self._invoking_event(None)

    def invoking_event_with(self, converter: LambdaEventsConverter) -> AWSConfigInvokingEvent:
        """`invoking_event`, structured with your own converter."""
        return self._invoking_event(converter)

    def _invoking_event(self, converter: LambdaEventsConverter | None) -> AWSConfigInvokingEvent:
        data = self.invoking_event_json
        kind = data.get("messageType") if isinstance(data, dict) else None
        cls = _BY_MESSAGE_TYPE.get(kind) if isinstance(kind, str) else None
        if cls is None:
            raise StructureError.at(
                ("invokingEvent", "messageType"), f"unknown invoking event type {kind!r}"
            )
        try:
            return structure_json(self.raw_invoking_event, cls, converter)  # type: ignore[return-value]
        except StructureError as exc:
            raise exc.prefixed(("invokingEvent",)) from None

    @cached_property
    def rule_parameters(self) -> dict[str, Any]:
        """`ruleParameters` parsed as JSON; `{}` when the rule has no parameters."""
        if self.raw_rule_parameters is None:
            return {}
        try:
            data = load_json(self.raw_rule_parameters)
        except StructureError as exc:
            raise exc.prefixed(("ruleParameters",)) from None
        if not isinstance(data, dict):
            raise StructureError.at(("ruleParameters",), "expected a JSON object")
        return data

    def rule_parameters_as(self, cls: type[T], converter: LambdaEventsConverter | None = None) -> T:
        """`ruleParameters` structured into `cls` (`{}` when absent)."""
        try:
            return structure_json(self.raw_rule_parameters or "{}", cls, converter)
        except StructureError as exc:
            raise exc.prefixed(("ruleParameters",)) from None
