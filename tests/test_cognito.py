"""Amazon Cognito user pool triggers: structure, round trip, dispatch, evolve answers,
redaction, inbound federation, the sample handlers.

Inbound federation: the Cognito user pool inbound federation Lambda trigger page.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import (
    CallerContext,
    ChallengeResult,
    ClaimsAndScopeOverrideDetails,
    ClaimsOverrideDetails,
    CognitoTriggerEvent,
    CognitoTriggerSource,
    CreateAuthChallengeTriggerEvent,
    CreateAuthChallengeTriggerEventResponse,
    CustomEmailSenderTriggerEvent,
    CustomMessageTriggerEvent,
    CustomMessageTriggerEventResponse,
    CustomSMSSenderTriggerEvent,
    DefineAuthChallengeTriggerEvent,
    DefineAuthChallengeTriggerEventResponse,
    GroupOverrideDetails,
    InboundFederationTriggerEvent,
    PostAuthenticationTriggerEvent,
    PostConfirmationTriggerEvent,
    PreAuthenticationTriggerEvent,
    PreSignUpTriggerEvent,
    PreSignUpTriggerEventResponse,
    PreTokenGenerationTriggerEvent,
    PreTokenGenerationTriggerEventResponse,
    PreTokenGenerationTriggerV2EventResponse,
    PreTokenGenerationV2TriggerEvent,
    ResponseError,
    StructureError,
    TokenClaimsAndScopeOverrideDetails,
    UserMigrationTriggerEvent,
    UserMigrationTriggerEventResponse,
    VerifyAuthChallengeResponseTriggerEvent,
    VerifyAuthChallengeResponseTriggerEventResponse,
    converter,
    structure_cognito_trigger,
)
from lambda_events.cognito import cognito_trigger_class

from ._support import (
    assert_round_trip,
    assert_same_json,
    delete_at,
    load_sample,
    run_sample_handler,
    sample_handler,
    set_at,
    shared_files,
)

SAMPLES: dict[str, type[Any]] = {
    "cognito-pre-sign-up.json": PreSignUpTriggerEvent,
    "cognito-inbound-federation-oidc.json": InboundFederationTriggerEvent,
    "cognito-inbound-federation-saml.json": InboundFederationTriggerEvent,
    "cognito-pre-sign-up-external-provider.json": PreSignUpTriggerEvent,
    "cognito-post-confirmation.json": PostConfirmationTriggerEvent,
    "cognito-pre-authentication.json": PreAuthenticationTriggerEvent,
    "cognito-post-authentication.json": PostAuthenticationTriggerEvent,
    "cognito-custom-message.json": CustomMessageTriggerEvent,
    "cognito-user-migration.json": UserMigrationTriggerEvent,
    "cognito-user-migration-forgot-password.json": UserMigrationTriggerEvent,
    "cognito-pre-token-generation.json": PreTokenGenerationTriggerEvent,
    "cognito-pre-token-generation-v2.json": PreTokenGenerationV2TriggerEvent,
    "cognito-pre-token-generation-v3-client-credentials.json": PreTokenGenerationV2TriggerEvent,
    "cognito-define-auth-challenge.json": DefineAuthChallengeTriggerEvent,
    "cognito-create-auth-challenge.json": CreateAuthChallengeTriggerEvent,
    "cognito-verify-auth-challenge.json": VerifyAuthChallengeResponseTriggerEvent,
    "cognito-custom-email-sender.json": CustomEmailSenderTriggerEvent,
    "cognito-custom-sms-sender.json": CustomSMSSenderTriggerEvent,
}

CLASSES = {c.__name__ for c in SAMPLES.values()}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_exactly(name: str) -> None:
    assert_round_trip(load_sample(name), SAMPLES[name])


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_union_dispatch_picks_the_class_and_round_trips(name: str) -> None:
    raw = load_sample(name)
    event = structure_cognito_trigger(raw)
    assert type(event) is SAMPLES[name]
    assert_same_json(converter.unstructure(event), raw)


@pytest.mark.parametrize(("path", "cls_name"), shared_files(*CLASSES))
def test_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    import lambda_events

    raw = json.loads(path.read_text())
    assert_round_trip(raw, getattr(lambda_events, cls_name))
    assert type(structure_cognito_trigger(raw)).__name__ == cls_name


def test_every_trigger_class_has_a_sample() -> None:
    import typing

    (union, _dispatch) = typing.get_args(CognitoTriggerEvent)
    assert set(typing.get_args(union)) == set(SAMPLES.values())


def test_dispatch_token_generation_version() -> None:
    v1 = load_sample("cognito-pre-token-generation.json")
    assert cognito_trigger_class(v1) is PreTokenGenerationTriggerEvent
    for version in ("2", "3"):
        assert cognito_trigger_class({**v1, "version": version}) is PreTokenGenerationV2TriggerEvent
    with_scopes = copy.deepcopy(v1)
    with_scopes["request"]["scopes"] = ["openid"]
    assert cognito_trigger_class(with_scopes) is PreTokenGenerationV2TriggerEvent
    v2_answer = {**v1, "response": {"claimsAndScopeOverrideDetails": None}}
    assert cognito_trigger_class(v2_answer) is PreTokenGenerationV2TriggerEvent


def test_dispatch_unknown_trigger_source_names_the_value() -> None:
    raw = {**load_sample("cognito-pre-sign-up.json"), "triggerSource": "FutureTrigger_Foo"}
    with pytest.raises(StructureError) as info:
        structure_cognito_trigger(raw)
    assert str(info.value) == "triggerSource: unknown Cognito trigger source 'FutureTrigger_Foo'"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"version": "1"}, "triggerSource: missing required key"),
        ({"triggerSource": 7}, "triggerSource: expected a string, got int"),
        (["PreSignUp_SignUp"], "expected an object, got list"),
        (None, "expected an object, got null"),
    ],
)
def test_dispatch_malformed_input(raw: Any, message: str) -> None:
    with pytest.raises(StructureError) as info:
        structure_cognito_trigger(raw)
    assert str(info.value) == message


def test_dispatch_accepts_a_new_suffix_of_a_known_trigger() -> None:
    raw = {**load_sample("cognito-custom-message.json"), "triggerSource": "CustomMessage_Passkey"}
    event = structure_cognito_trigger(raw)
    assert isinstance(event, CustomMessageTriggerEvent)
    assert type(event.trigger_source) is str
    assert event.trigger_source == "CustomMessage_Passkey"
    assert converter.unstructure(event) == raw


def test_dispatch_structures_with_the_given_converter() -> None:
    conv = converter.copy()
    raw = load_sample("cognito-verify-auth-challenge.json")
    union: Any = CognitoTriggerEvent
    event = conv.structure(raw, union)
    assert isinstance(event, VerifyAuthChallengeResponseTriggerEvent)
    assert structure_cognito_trigger(raw, conv) == event
    assert converter.structure(raw, union) == event
    with pytest.raises(StructureError, match="triggerSource: unknown Cognito trigger source 'X_Y'"):
        converter.structure({**raw, "triggerSource": "X_Y"}, union)


def test_dispatch_errors_carry_wire_paths() -> None:
    raw = load_sample("cognito-define-auth-challenge.json")
    raw["request"]["session"][1]["challengeResult"] = "yes"
    with pytest.raises(StructureError) as info:
        structure_cognito_trigger(raw)
    assert "request.session[1].challengeResult: expected true or false, got str" in str(info.value)


def test_base_fields_and_trigger_source_enum() -> None:
    event = converter.structure(load_sample("cognito-pre-sign-up.json"), PreSignUpTriggerEvent)
    assert event.version == "1"
    assert event.region == "eu-west-1"
    assert event.user_pool_id == "eu-west-1_Qw3rTy9Zx"
    assert event.user_name == "jane.doe"
    assert event.trigger_source is CognitoTriggerSource.PRE_SIGN_UP_SIGN_UP
    assert event.caller_context == CallerContext(
        client_id="4pq8x2example9lmn0v7", aws_sdk_version="aws-sdk-js-3.614.0"
    )
    assert event.request.validation_data == {"inviteCode": "WELCOME-2026"}
    assert event.request.client_metadata == {"signupSource": "mobile-app"}
    assert event.response == PreSignUpTriggerEventResponse(
        auto_confirm_user=False, auto_verify_email=False, auto_verify_phone=False
    )


def test_caller_context_aws_sdk_spelling_is_kept() -> None:
    raw = load_sample("cognito-custom-email-sender.json")
    raw["callerContext"] = {"awsSdk": "aws-sdk-java-2.25", "clientId": "abc"}
    event = converter.structure(raw, CustomEmailSenderTriggerEvent)
    assert event.caller_context.aws_sdk_version == "aws-sdk-java-2.25"
    assert converter.unstructure(event)["callerContext"] == {
        "awsSdk": "aws-sdk-java-2.25",
        "clientId": "abc",
    }
    raw["callerContext"] = {"clientId": "abc"}
    event = converter.structure(raw, CustomEmailSenderTriggerEvent)
    assert event.caller_context.aws_sdk_version is None


def test_auth_challenge_session() -> None:
    event = converter.structure(
        load_sample("cognito-create-auth-challenge.json"), CreateAuthChallengeTriggerEvent
    )
    assert event.request.challenge_name == "CUSTOM_CHALLENGE"
    assert event.request.session == (
        ChallengeResult(challenge_name="SRP_A", challenge_result=True),
        ChallengeResult(challenge_name="PASSWORD_VERIFIER", challenge_result=True),
    )
    assert event.request.user_not_found is False


def test_pre_token_generation_requests() -> None:
    v1 = converter.structure(
        load_sample("cognito-pre-token-generation.json"), PreTokenGenerationTriggerEvent
    )
    assert v1.request.group_configuration == GroupOverrideDetails(
        groups_to_override=("editors",),
        iam_roles_to_override=("arn:aws:iam::210987654321:role/editors",),
    )
    assert v1.response.claims_override_details is None
    v3 = converter.structure(
        load_sample("cognito-pre-token-generation-v3-client-credentials.json"),
        PreTokenGenerationV2TriggerEvent,
    )
    assert v3.trigger_source is CognitoTriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS
    assert v3.request.scopes == ("reports-api/reports.read",)
    assert v3.request.group_configuration is None
    assert v3.request.user_attributes == {}


def test_custom_senders() -> None:
    email = converter.structure(
        load_sample("cognito-custom-email-sender.json"), CustomEmailSenderTriggerEvent
    )
    assert email.request.type == "customEmailSenderRequestV1"
    assert email.request.code is not None and email.request.code.startswith("AYADeBgY")
    assert email.request.client_metadata is None
    sms = converter.structure(
        load_sample("cognito-custom-sms-sender.json"), CustomSMSSenderTriggerEvent
    )
    assert sms.request.user_attributes is not None
    assert sms.request.user_attributes["phone_number"] == "+353861234567"


def test_missing_response_defaults_to_empty_and_stays_absent() -> None:
    raw = load_sample("cognito-verify-auth-challenge.json")
    del raw["response"]
    event = assert_round_trip(raw, VerifyAuthChallengeResponseTriggerEvent)
    assert event.response == VerifyAuthChallengeResponseTriggerEventResponse()
    answered = attrs.evolve(
        event, response=VerifyAuthChallengeResponseTriggerEventResponse(answer_correct=True)
    )
    assert converter.unstructure(answered)["response"] == {"answerCorrect": True}
    built = VerifyAuthChallengeResponseTriggerEvent(
        version="1",
        region="eu-west-1",
        user_pool_id="eu-west-1_x",
        trigger_source=CognitoTriggerSource.VERIFY_AUTH_CHALLENGE_RESPONSE_AUTHENTICATION,
        user_name="u",
        caller_context=CallerContext(client_id="c"),
        request=event.request,
    )
    assert converter.unstructure(built)["response"] == {}


@pytest.mark.parametrize(
    ("sample", "cls", "secret"),
    [
        ("cognito-user-migration.json", UserMigrationTriggerEvent, "Tr0ub4dor&3-legacy"),
        ("cognito-custom-email-sender.json", CustomEmailSenderTriggerEvent, "AYADeBgY"),
        ("cognito-custom-sms-sender.json", CustomSMSSenderTriggerEvent, "AYADeHh0"),
        ("cognito-verify-auth-challenge.json", VerifyAuthChallengeResponseTriggerEvent, "'7'"),
    ],
)
def test_secrets_are_redacted_in_repr(sample: str, cls: type[Any], secret: str) -> None:
    event = converter.structure(load_sample(sample), cls)
    text = repr(event)
    assert secret not in text
    assert "'***'" in text


def test_private_challenge_parameters_redacted_in_answer() -> None:
    response = CreateAuthChallengeTriggerEventResponse(
        public_challenge_parameters={"captchaUrl": "u"},
        private_challenge_parameters={"answer": "41"},
    )
    assert "41" not in repr(response)
    assert "captchaUrl" in repr(response)


def _answered(sample: str, cls: type[Any], response: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    raw = load_sample(sample)
    raw["futureTopLevelKey"] = {"kept": True}
    event = converter.structure(raw, cls)
    answer = converter.unstructure(attrs.evolve(event, response=response))
    return raw, answer


ANSWERS: list[tuple[str, type[Any], Any, dict[str, Any]]] = [
    (
        "cognito-pre-sign-up.json",
        PreSignUpTriggerEvent,
        PreSignUpTriggerEventResponse(auto_confirm_user=True, auto_verify_email=True),
        {"autoConfirmUser": True, "autoVerifyEmail": True},
    ),
    (
        "cognito-custom-message.json",
        CustomMessageTriggerEvent,
        CustomMessageTriggerEventResponse(
            sms_message="code {####}", email_message="<p>{####}</p>", email_subject="Reset"
        ),
        {"smsMessage": "code {####}", "emailMessage": "<p>{####}</p>", "emailSubject": "Reset"},
    ),
    (
        "cognito-user-migration.json",
        UserMigrationTriggerEvent,
        UserMigrationTriggerEventResponse(
            user_attributes={"email": "a@example.org", "email_verified": "true"},
            final_user_status="RESET_REQUIRED",
            message_action="SUPPRESS",
            desired_delivery_mediums=("EMAIL", "SMS"),
            force_alias_creation=False,
            enable_sms_mfa=True,
        ),
        {
            "userAttributes": {"email": "a@example.org", "email_verified": "true"},
            "finalUserStatus": "RESET_REQUIRED",
            "messageAction": "SUPPRESS",
            "desiredDeliveryMediums": ["EMAIL", "SMS"],
            "forceAliasCreation": False,
            "enableSMSMFA": True,
        },
    ),
    (
        "cognito-pre-token-generation.json",
        PreTokenGenerationTriggerEvent,
        PreTokenGenerationTriggerEventResponse(
            claims_override_details=ClaimsOverrideDetails(
                claims_to_add_or_override={"tenant": "acme"},
                claims_to_suppress=("email",),
                group_configuration=GroupOverrideDetails(
                    groups_to_override=("admins",), preferred_role="arn:aws:iam::1:role/a"
                ),
            )
        ),
        {
            "claimsOverrideDetails": {
                "claimsToAddOrOverride": {"tenant": "acme"},
                "claimsToSuppress": ["email"],
                "groupOverrideDetails": {
                    "groupsToOverride": ["admins"],
                    "preferredRole": "arn:aws:iam::1:role/a",
                },
            }
        },
    ),
    (
        "cognito-pre-token-generation-v2.json",
        PreTokenGenerationV2TriggerEvent,
        PreTokenGenerationTriggerV2EventResponse(
            claims_scope_override_details=ClaimsAndScopeOverrideDetails(
                id_token_generation=TokenClaimsAndScopeOverrideDetails(
                    claims_to_add_or_override={"roles": ["a", "b"], "level": 3}
                ),
                access_token_generation=TokenClaimsAndScopeOverrideDetails(
                    claims_to_suppress=("username",),
                    scopes_to_add=("orders/read",),
                    scopes_to_suppress=("aws.cognito.signin.user.admin",),
                ),
                group_configuration=GroupOverrideDetails(iam_roles_to_override=()),
            )
        ),
        {
            "claimsAndScopeOverrideDetails": {
                "idTokenGeneration": {"claimsToAddOrOverride": {"roles": ["a", "b"], "level": 3}},
                "accessTokenGeneration": {
                    "claimsToSuppress": ["username"],
                    "scopesToAdd": ["orders/read"],
                    "scopesToSuppress": ["aws.cognito.signin.user.admin"],
                },
                "groupOverrideDetails": {"iamRolesToOverride": []},
            }
        },
    ),
    (
        "cognito-define-auth-challenge.json",
        DefineAuthChallengeTriggerEvent,
        DefineAuthChallengeTriggerEventResponse(issue_tokens=True, fail_authentication=False),
        {"issueTokens": True, "failAuthentication": False},
    ),
    (
        "cognito-create-auth-challenge.json",
        CreateAuthChallengeTriggerEvent,
        CreateAuthChallengeTriggerEventResponse(
            public_challenge_parameters={"q": "2+5"},
            private_challenge_parameters={"answer": "7"},
            challenge_metadata="MATH",
        ),
        {
            "publicChallengeParameters": {"q": "2+5"},
            "privateChallengeParameters": {"answer": "7"},
            "challengeMetadata": "MATH",
        },
    ),
    (
        "cognito-verify-auth-challenge.json",
        VerifyAuthChallengeResponseTriggerEvent,
        VerifyAuthChallengeResponseTriggerEventResponse(answer_correct=False),
        {"answerCorrect": False},
    ),
]


@pytest.mark.parametrize(
    ("sample", "cls", "response", "expected"), ANSWERS, ids=[a[0] for a in ANSWERS]
)
def test_answer_with_evolve_is_the_whole_event_with_the_response(
    sample: str, cls: type[Any], response: Any, expected: dict[str, Any]
) -> None:
    raw, answer = _answered(sample, cls, response)
    assert_same_json(answer, {**raw, "response": expected})
    assert converter.structure(answer, cls).response == response
    assert converter.unstructure(response) == expected


def test_unknown_response_keys_survive_when_response_is_untouched() -> None:
    raw = load_sample("cognito-custom-message.json")
    raw["response"]["futureField"] = "x"
    event = converter.structure(raw, CustomMessageTriggerEvent)
    assert event.response.unknown_keys == {"futureField": "x"}
    again = attrs.evolve(event, response=attrs.evolve(event.response, email_subject="Hi"))
    assert converter.unstructure(again)["response"] == {
        "smsMessage": None,
        "emailMessage": None,
        "emailSubject": "Hi",
        "futureField": "x",
    }


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: UserMigrationTriggerEventResponse(final_user_status="ACTIVE"), "finalUserStatus"),
        (lambda: UserMigrationTriggerEventResponse(message_action="SEND"), "messageAction"),
        (
            lambda: UserMigrationTriggerEventResponse(desired_delivery_mediums=("FAX",)),
            "desiredDeliveryMediums",
        ),
        (
            lambda: ClaimsAndScopeOverrideDetails(
                id_token_generation=TokenClaimsAndScopeOverrideDetails(scopes_to_add=("x",))
            ),
            "idTokenGeneration cannot add or suppress scopes",
        ),
    ],
)
def test_invalid_answers_raise_response_error(build: Callable[[], Any], message: str) -> None:
    with pytest.raises(ResponseError, match=message):
        build()


def test_an_answer_inside_an_incoming_event_is_open_but_a_built_one_is_checked() -> None:
    raw = load_sample("cognito-user-migration.json")
    raw["response"]["finalUserStatus"] = "ACTIVE"  # enums are open on input
    event = assert_round_trip(raw, UserMigrationTriggerEvent)
    assert event.response.final_user_status == "ACTIVE"
    with pytest.raises(ResponseError, match="finalUserStatus must be CONFIRMED or RESET_REQUIRED"):
        attrs.evolve(event.response)


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    (
        "cognito-pre-sign-up.json",
        delete_at(("request", "userAttributes")),
        "request.userAttributes: missing required key",
    ),
    (
        "cognito-post-confirmation.json",
        set_at(("callerContext",), "ctx"),
        "callerContext: expected an object, got str",
    ),
    (
        "cognito-pre-authentication.json",
        set_at(("request", "userNotFound"), "no"),
        "request.userNotFound: expected true or false, got str",
    ),
    (
        "cognito-post-authentication.json",
        set_at(("request", "newDeviceUsed"), 1),
        "request.newDeviceUsed: expected true or false, got int",
    ),
    (
        "cognito-custom-message.json",
        set_at(("request", "codeParameter"), None),
        "request.codeParameter: expected a string, got null",
    ),
    (
        "cognito-user-migration.json",
        set_at(("request", "password"), 1234),
        "request.password: expected a string, got int",
    ),
    (
        "cognito-pre-token-generation.json",
        set_at(("request", "groupConfiguration", "groupsToOverride"), [1]),
        "request.groupConfiguration.groupsToOverride[0]: expected a string, got int",
    ),
    (
        "cognito-pre-token-generation-v2.json",
        set_at(("request", "scopes"), "openid"),
        "request.scopes: expected a list, got str",
    ),
    (
        "cognito-define-auth-challenge.json",
        delete_at(("request", "session", 0, "challengeName")),
        "request.session[0].challengeName: missing required key",
    ),
    (
        "cognito-create-auth-challenge.json",
        set_at(("response", "publicChallengeParameters"), {"a": 1}),
        "response.publicChallengeParameters.a: expected a string, got int",
    ),
    (
        "cognito-verify-auth-challenge.json",
        set_at(("response", "answerCorrect"), "true"),
        "response.answerCorrect: expected true or false, got str",
    ),
    (
        "cognito-custom-email-sender.json",
        delete_at(("request", "type")),
        "request.type: missing required key",
    ),
    (
        "cognito-custom-sms-sender.json",
        set_at(("userPoolId",), None),
        "userPoolId: expected a string, got null",
    ),
]


@pytest.mark.parametrize(("sample", "mutate", "message"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_input_names_the_wire_path(
    sample: str, mutate: Callable[[dict[str, Any]], None], message: str
) -> None:
    raw = load_sample(sample)
    mutate(raw)
    with pytest.raises(StructureError) as info:
        converter.structure(raw, SAMPLES[sample])
    assert message in str(info.value)


def test_handler_post_confirmation() -> None:
    out = sample_handler("cognito_post_confirmation")(
        load_sample("cognito-post-confirmation.json"), None
    )
    assert out["statusCode"] == 200
    assert "'email': 'jane.doe@example.org'" in out["body"]


@pytest.mark.parametrize(
    ("session", "expected"),
    [
        (
            [("SRP_A", True)],
            {
                "challengeName": "PASSWORD_VERIFIER",
                "issueTokens": False,
                "failAuthentication": False,
            },
        ),
        (
            [("SRP_A", True), ("PASSWORD_VERIFIER", True)],
            {
                "challengeName": "CUSTOM_CHALLENGE",
                "issueTokens": False,
                "failAuthentication": False,
            },
        ),
        (
            [("SRP_A", True), ("PASSWORD_VERIFIER", True), ("CUSTOM_CHALLENGE", True)],
            {"issueTokens": True, "failAuthentication": False},
        ),
        (
            [("SRP_A", True), ("PASSWORD_VERIFIER", False)],
            {"issueTokens": False, "failAuthentication": True},
        ),
    ],
)
def test_handler_define_auth_challenge(
    session: list[tuple[str, bool]], expected: dict[str, Any]
) -> None:
    raw = load_sample("cognito-define-auth-challenge.json")
    raw["request"]["session"] = [{"challengeName": n, "challengeResult": r} for n, r in session]
    out = sample_handler("cognito_define_auth_challenge")(copy.deepcopy(raw), None)
    # a fresh response object emits only what the handler set (no nulls)
    assert out == {**raw, "response": expected}


def test_handler_create_auth_challenge() -> None:
    raw = load_sample("cognito-create-auth-challenge.json")
    out = sample_handler("cognito_create_auth_challenge")(copy.deepcopy(raw), None)
    assert out == {
        **raw,
        "response": {
            "publicChallengeParameters": {"captchaUrl": "url/123.jpg"},
            "privateChallengeParameters": {"answer": "5"},
            "challengeMetadata": "CAPTCHA_CHALLENGE",
        },
    }
    raw["request"]["challengeName"] = "PASSWORD_VERIFIER"
    assert sample_handler("cognito_create_auth_challenge")(copy.deepcopy(raw), None) == raw


@pytest.mark.parametrize(("answer", "correct"), [("7", True), ("8", False)])
def test_handler_verify_auth_challenge(answer: str, correct: bool) -> None:
    raw = load_sample("cognito-verify-auth-challenge.json")
    raw["request"]["challengeAnswer"] = answer
    out = sample_handler("cognito_verify_auth_challenge")(copy.deepcopy(raw), None)
    assert out == {**raw, "response": {"answerCorrect": correct}}


def test_handler_pre_sign_up() -> None:
    raw = load_sample("cognito-pre-sign-up.json")
    out = sample_handler("cognito_pre_sign_up")(raw, None)
    assert out["response"] == {
        "autoConfirmUser": True,
        "autoVerifyEmail": True,
        "autoVerifyPhone": False,
    }
    raw["request"]["validationData"] = None
    out = sample_handler("cognito_pre_sign_up")(raw, None)
    assert out["response"] == {
        "autoConfirmUser": False,
        "autoVerifyEmail": False,
        "autoVerifyPhone": False,
    }
    assert out["request"]["validationData"] is None


def test_handler_pre_token_generation_v2() -> None:
    out = sample_handler("cognito_pre_token_generation_v2")(
        load_sample("cognito-pre-token-generation-v2.json"), None
    )
    assert out["response"] == {
        "claimsAndScopeOverrideDetails": {
            "idTokenGeneration": {
                "claimsToAddOrOverride": {"tenant": "acme"},
                "claimsToSuppress": ["email"],
            },
            "accessTokenGeneration": {"scopesToAdd": ["orders-api/orders.write"]},
            "groupOverrideDetails": {"groupsToOverride": ["editors"]},
        }
    }
    out = sample_handler("cognito_pre_token_generation_v2")(
        load_sample("cognito-pre-token-generation-v3-client-credentials.json"), None
    )
    details = out["response"]["claimsAndScopeOverrideDetails"]
    assert details["accessTokenGeneration"] == {"scopesToAdd": ["orders-api/orders.read"]}
    assert "groupOverrideDetails" not in details


def test_handler_user_migration() -> None:
    raw = load_sample("cognito-user-migration.json")
    out = sample_handler("cognito_user_migration")(copy.deepcopy(raw), None)
    assert out["response"] == {
        "userAttributes": {
            "email": "legacy.user@example.org",
            "email_verified": "true",
            "name": "Legacy User",
        },
        "finalUserStatus": "CONFIRMED",
        "messageAction": "SUPPRESS",
    }
    assert out["request"] == raw["request"]
    raw["request"]["password"] = "wrong"
    with pytest.raises(ValueError, match="Bad password"):
        sample_handler("cognito_user_migration")(raw, None)
    forgot = sample_handler("cognito_user_migration")(
        load_sample("cognito-user-migration-forgot-password.json"), None
    )
    assert forgot["response"]["finalUserStatus"] == "CONFIRMED"


def test_handler_custom_message() -> None:
    out = sample_handler("cognito_custom_message")(load_sample("cognito-custom-message.json"), None)
    assert out["response"] == {
        "smsMessage": "Your Orders reset code is {####}",
        "emailMessage": "Hello Jane Doe, your reset code is {####}.",
        "emailSubject": "Reset your Orders password",
    }


def test_handler_trigger_router() -> None:
    handler = sample_handler("cognito_trigger_router")
    out = handler(load_sample("cognito-pre-sign-up.json"), None)
    assert out["response"] == {"autoConfirmUser": True}
    raw = load_sample("cognito-post-authentication.json")
    assert handler(copy.deepcopy(raw), None) == raw
    with pytest.raises(StructureError, match="unknown Cognito trigger source 'Nope_X'"):
        handler({**raw, "triggerSource": "Nope_X"}, None)


INBOUND_FEDERATION_SAMPLES = [
    "cognito-inbound-federation-oidc.json",
    "cognito-inbound-federation-saml.json",
]


@pytest.mark.parametrize("name", INBOUND_FEDERATION_SAMPLES)
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])


def test_inbound_federation_dispatch_and_redaction() -> None:
    raw = load_sample("cognito-inbound-federation-oidc.json")
    event = structure_cognito_trigger(raw)
    assert type(event) is InboundFederationTriggerEvent
    assert event.request.attributes.user_info is not None
    assert "eyJraWQ" not in repr(event)
    answer = attrs.evolve(
        event,
        response=attrs.evolve(event.response, user_attributes_to_map={"email": "a@example.com"}),
    )
    assert converter.unstructure(answer)["response"] == {
        "userAttributesToMap": {"email": "a@example.com"}
    }


@pytest.mark.parametrize(("path", "cls_name"), shared_files("InboundFederationTriggerEvent"))
def test_inbound_federation_shared_corpus_round_trips(path: Path, cls_name: str) -> None:
    assert_round_trip(json.loads(path.read_text()), getattr(lambda_events, cls_name))


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (
            "cognito-inbound-federation-oidc.json",
            {
                "email": "joao.pereira@example.com",
                "given_name": "João",
                "locale": "pt-PT",
                "custom:department": "engineering",
            },
        ),
        (
            "cognito-inbound-federation-saml.json",
            {
                "email": "ana.costa@example.com",
                "given_name": "Ana",
                "custom:department": "finance",
            },
        ),
    ],
)
def test_cognito_inbound_federation_handler(sample: str, expected: dict[str, str]) -> None:
    out = run_sample_handler("cognito_inbound_federation_handler", sample)
    event = converter.structure(out, InboundFederationTriggerEvent)
    assert event.response.user_attributes_to_map == expected


def test_frozen_trigger_says_how_to_answer() -> None:
    event = converter.structure(load_sample("cognito-pre-sign-up.json"), PreSignUpTriggerEvent)
    hint = r"a trigger returns attrs\.evolve\(event, response=attrs\.evolve\(event\.response"
    with pytest.raises(attrs.exceptions.FrozenInstanceError, match=hint):
        event.response.auto_confirm_user = True  # type: ignore[misc]
