"""Any Cognito user pool trigger: the union of the trigger classes and the choice between them.

`cognito_trigger_class(raw)` asks `_cognito_triggers` (the decision detection uses too), so
importing this module loads every trigger class; a function that handles one trigger imports
its own module instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, Union

from .._cognito_triggers import trigger_class_name
from ..codecs import DispatchBy
from ..errors import StructureError
from ._common import BaseTriggerEvent
from .authentication import PostAuthenticationTriggerEvent, PreAuthenticationTriggerEvent
from .challenges import (
    CreateAuthChallengeTriggerEvent,
    DefineAuthChallengeTriggerEvent,
    VerifyAuthChallengeResponseTriggerEvent,
)
from .federation import InboundFederationTriggerEvent
from .messages import CustomMessageTriggerEvent
from .migration import UserMigrationTriggerEvent
from .senders import CustomEmailSenderTriggerEvent, CustomSMSSenderTriggerEvent
from .sign_up import PostConfirmationTriggerEvent, PreSignUpTriggerEvent
from .token_generation import PreTokenGenerationTriggerEvent, PreTokenGenerationV2TriggerEvent

if TYPE_CHECKING:
    from typing import TypeAlias

    from .._converter import LambdaEventsConverter

__all__ = ["CognitoTriggerEvent", "cognito_trigger_class", "structure_cognito_trigger"]

CognitoTriggerEvent: TypeAlias = Annotated[
    Union[  # noqa: UP007 - a runtime alias on Python 3.10
        PreSignUpTriggerEvent,
        PostConfirmationTriggerEvent,
        UserMigrationTriggerEvent,
        CustomMessageTriggerEvent,
        PreAuthenticationTriggerEvent,
        PostAuthenticationTriggerEvent,
        PreTokenGenerationTriggerEvent,
        PreTokenGenerationV2TriggerEvent,
        DefineAuthChallengeTriggerEvent,
        CreateAuthChallengeTriggerEvent,
        VerifyAuthChallengeResponseTriggerEvent,
        CustomEmailSenderTriggerEvent,
        CustomSMSSenderTriggerEvent,
        InboundFederationTriggerEvent,
    ],
    DispatchBy(lambda raw: cognito_trigger_class(raw)),
]
"""Any Cognito user pool trigger event; structure it with `structure_cognito_trigger`."""


def cognito_trigger_class(raw: Any) -> type[BaseTriggerEvent]:
    """The trigger class for a raw Cognito event, chosen by its `triggerSource`.

    The part before `_` names the trigger, so a new suffix (`CustomMessage_Foo`) still
    works; `TokenGeneration_*` is V2 when `version` is 2 or 3, or when the payload carries
    V2 keys (`request.scopes`, `response.claimsAndScopeOverrideDetails`). An unknown
    trigger raises `StructureError` naming the value.
    """
    if not isinstance(raw, Mapping):
        kind = "null" if raw is None else type(raw).__name__
        raise StructureError.at((), f"expected an object, got {kind}")
    if "triggerSource" not in raw:
        raise StructureError.at(("triggerSource",), "missing required key")
    source = raw["triggerSource"]
    if not isinstance(source, str):
        kind = "null" if source is None else type(source).__name__
        raise StructureError.at(("triggerSource",), f"expected a string, got {kind}")
    name = trigger_class_name(source, raw)
    if name is None:
        raise StructureError.at(("triggerSource",), f"unknown Cognito trigger source {source!r}")
    return globals()[name]  # type: ignore[no-any-return]


def structure_cognito_trigger(
    raw: Any, converter: LambdaEventsConverter | None = None
) -> CognitoTriggerEvent:
    """Structure any Cognito trigger event into its class (see `cognito_trigger_class`).

    `converter.structure(raw, CognitoTriggerEvent)` does the same.
    """
    from .._payload import shared_converter

    cls = cognito_trigger_class(raw)
    conv = converter if converter is not None else shared_converter()
    return conv.structure(raw, cls)  # type: ignore[return-value]
