"""AWS Transfer Family custom identity providers: the login event, the response, the sample
handler."""

from __future__ import annotations

import json
from typing import Any

import pytest

from lambda_events import (
    ResponseError,
    TransferFamilyAuthorizer,
    TransferFamilyAuthorizerResponse,
    TransferFamilyHomeDirectoryMapping,
    TransferFamilyHomeDirectoryType,
    TransferFamilyPosixProfile,
    TransferFamilyProtocol,
    converter,
)

from ._support import (
    assert_round_trip,
    assert_same_json,
    load_response,
    load_sample,
    sample_handler,
    sample_tests,
    structure_error,
)

EVENT_SAMPLES: list[tuple[str, Any]] = [
    ("transfer-family-password.json", TransferFamilyAuthorizer),
    ("transfer-family-key.json", TransferFamilyAuthorizer),
]

test_sample_round_trips, test_shared_corpus_round_trips, test_unknown_keys_survive = sample_tests(
    EVENT_SAMPLES
)


def test_transfer_family_password_login_is_redacted() -> None:
    ev = converter.structure(load_sample("transfer-family-password.json"), TransferFamilyAuthorizer)
    assert ev.password == "correct horse battery staple"
    assert ev.protocol is TransferFamilyProtocol.FTPS
    assert ev.server_id == "s-0123456789abcdef0"
    assert ev.source_ip == "203.0.113.24"
    assert "correct horse" not in repr(ev)
    assert "password='***'" in repr(ev)


def test_transfer_family_key_login_has_no_password() -> None:
    raw = load_sample("transfer-family-key.json")
    ev = assert_round_trip(raw, TransferFamilyAuthorizer)
    assert ev.password is None
    assert "password" not in converter.unstructure(ev)


def test_transfer_family_unknown_protocol_stays_a_string() -> None:
    raw = {**load_sample("transfer-family-key.json"), "protocol": "SCP9"}
    ev = assert_round_trip(raw, TransferFamilyAuthorizer)
    assert ev.protocol == "SCP9" and type(ev.protocol) is str


def test_transfer_family_malformed() -> None:
    raw = {**load_sample("transfer-family-password.json"), "password": 1234}
    del raw["serverId"]
    msg = structure_error(raw, TransferFamilyAuthorizer)
    assert "password: expected a string, got int" in msg
    assert "serverId: missing required key" in msg


ROLE = "arn:aws:iam::210987654321:role/TransferS3Access"


def test_transfer_s3_path_golden() -> None:
    policy = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
    }
    response = TransferFamilyAuthorizerResponse.for_s3(
        ROLE,
        home_directory="/acme-sftp/home/jdoe",
        policy=json.dumps(policy, separators=(",", ":")),
    )
    assert_same_json(
        converter.unstructure(response), load_response("transfer-family-response-s3-path.json")
    )
    from_dict = TransferFamilyAuthorizerResponse.for_s3(
        ROLE, home_directory="/acme-sftp/home/jdoe", policy=policy
    )
    assert from_dict.policy is not None and json.loads(from_dict.policy) == policy


def test_transfer_s3_logical_golden() -> None:
    response = TransferFamilyAuthorizerResponse.for_s3(
        ROLE,
        home_directory_details=[
            {"Entry": "/", "Target": "/acme-sftp/home/build-bot"},
            TransferFamilyHomeDirectoryMapping(entry="/shared", target="/acme-sftp/shared"),
        ],
        public_keys=["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly build-bot"],
    )
    wire = converter.unstructure(response)
    assert_same_json(wire, load_response("transfer-family-response-s3-logical.json"))
    assert isinstance(wire["HomeDirectoryDetails"], str)  # a JSON string, as AWS expects
    assert json.loads(wire["HomeDirectoryDetails"]) == [
        {"Entry": "/", "Target": "/acme-sftp/home/build-bot"},
        {"Entry": "/shared", "Target": "/acme-sftp/shared"},
    ]
    assert response.home_directory_type is TransferFamilyHomeDirectoryType.LOGICAL


def test_transfer_efs_golden() -> None:
    response = TransferFamilyAuthorizerResponse.for_efs(
        "arn:aws:iam::210987654321:role/TransferEfsAccess",
        uid=2001,
        gid=2000,
        secondary_gids=[2100, 2200],
        home_directory="/fs-0a1b2c3d4e5f67890/home/jdoe",
    )
    assert_same_json(
        converter.unstructure(response), load_response("transfer-family-response-efs.json")
    )
    plain = TransferFamilyAuthorizerResponse.for_efs(ROLE, uid=1, gid=2, home_directory="/fs-1/h")
    assert converter.unstructure(plain)["PosixProfile"] == {"Uid": 1, "Gid": 2}


def test_transfer_deny_is_empty() -> None:
    deny = TransferFamilyAuthorizerResponse.deny()
    assert deny.is_deny
    assert converter.unstructure(deny) == {}
    assert converter.structure({}, TransferFamilyAuthorizerResponse) == deny


@pytest.mark.parametrize(
    "name",
    [
        "transfer-family-response-s3-path.json",
        "transfer-family-response-s3-logical.json",
        "transfer-family-response-efs.json",
    ],
)
def test_transfer_responses_structure_back(name: str) -> None:
    obj = assert_round_trip(load_response(name), TransferFamilyAuthorizerResponse)
    assert not obj.is_deny


def test_transfer_response_reads_mapping_objects() -> None:
    obj = converter.structure(
        load_response("transfer-family-response-s3-logical.json"), TransferFamilyAuthorizerResponse
    )
    assert obj.home_directory_details == (
        TransferFamilyHomeDirectoryMapping(entry="/", target="/acme-sftp/home/build-bot"),
        TransferFamilyHomeDirectoryMapping(entry="/shared", target="/acme-sftp/shared"),
    )
    efs = converter.structure(
        load_response("transfer-family-response-efs.json"), TransferFamilyAuthorizerResponse
    )
    assert efs.posix_profile == TransferFamilyPosixProfile(
        uid=2001, gid=2000, secondary_gids=(2100, 2200)
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"role": ROLE, "home_directory_type": "PATH"}, "PATH needs a HomeDirectory"),
        ({"role": ROLE, "home_directory_type": "LOGICAL"}, "LOGICAL needs HomeDirectoryDetails"),
        (
            {"role": ROLE, "home_directory_type": "LOGICAL", "home_directory_details": ()},
            "LOGICAL needs",
        ),
        (
            {
                "role": ROLE,
                "home_directory_type": "LOGICAL",
                "home_directory": "/b/h",
                "home_directory_details": (
                    TransferFamilyHomeDirectoryMapping(entry="/", target="/b"),
                ),
            },
            "cannot be combined",
        ),
        (
            {
                "role": ROLE,
                "home_directory_type": "PATH",
                "home_directory": "/b/h",
                "home_directory_details": (
                    TransferFamilyHomeDirectoryMapping(entry="/", target="/b"),
                ),
            },
            "needs HomeDirectoryType LOGICAL",
        ),
        (
            {"role": ROLE, "home_directory_type": "VIRTUAL", "home_directory": "/b"},
            "PATH or LOGICAL",
        ),
        ({"home_directory": "/b/h", "home_directory_type": "PATH"}, "Role is required"),
        ({"role": "TransferS3Access", "home_directory": "/b/h"}, "IAM role ARN"),
        (
            {"role": ROLE, "home_directory": "b/h", "home_directory_type": "PATH"},
            "must be absolute",
        ),
    ],
)
def test_transfer_invalid_responses(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ResponseError, match=message):
        TransferFamilyAuthorizerResponse(**kwargs)


def test_transfer_builder_rejects_bad_mappings() -> None:
    with pytest.raises(ResponseError, match="needs 'Target'"):
        TransferFamilyAuthorizerResponse.for_s3(ROLE, home_directory_details=[{"Entry": "/"}])
    with pytest.raises(ResponseError, match="unknown keys"):
        TransferFamilyAuthorizerResponse.for_s3(
            ROLE, home_directory_details=[{"Entry": "/", "Target": "/b", "target": "/c"}]
        )
    with pytest.raises(ResponseError, match="PATH needs a HomeDirectory"):
        TransferFamilyAuthorizerResponse.for_s3(ROLE)


HANDLER_CASES: list[tuple[str, str, Any]] = [
    (
        "transfer_family_handler",
        "transfer-family-password.json",
        {
            "HomeDirectoryDetails": '[{"Entry":"/","Target":"/acme-sftp/home/jdoe"}]',
            "Role": ROLE,
            "HomeDirectoryType": "LOGICAL",
        },
    ),
    (
        "transfer_family_handler",
        "transfer-family-key.json",
        {
            "HomeDirectory": "/fs-0a1b2c3d4e5f67890/home/build-bot",
            "PosixProfile": {"Uid": 3001, "Gid": 3000},
            "PublicKeys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly build-bot"],
            "Role": "arn:aws:iam::210987654321:role/TransferEfsAccess",
            "HomeDirectoryType": "PATH",
        },
    ),
]


@pytest.mark.parametrize(("module", "sample", "expected"), HANDLER_CASES)
def test_sample_handler(module: str, sample: str, expected: Any) -> None:
    handler = sample_handler(module)
    result = handler(load_sample(sample), None)
    assert result == expected
    json.dumps(result)


def test_transfer_handler_denies_wrong_password_and_unknown_key_user() -> None:
    handler = sample_handler("transfer_family_handler")
    wrong = {**load_sample("transfer-family-password.json"), "password": "guess"}
    assert handler(wrong, None) == {}
    stranger = {**load_sample("transfer-family-key.json"), "username": "mallory"}
    assert handler(stranger, None) == {}
