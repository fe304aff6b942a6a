"""Transfer Family custom identity provider: S3 for password logins, EFS for key logins."""

from __future__ import annotations

import hmac
from typing import Any

from lambda_events import (
    TransferFamilyAuthorizer,
    TransferFamilyAuthorizerResponse,
    converter,
    to_json_dict,
)

S3_ROLE = "arn:aws:iam::210987654321:role/TransferS3Access"
EFS_ROLE = "arn:aws:iam::210987654321:role/TransferEfsAccess"
PASSWORDS = {"jdoe": "correct horse battery staple"}
KEY_USERS = {"build-bot": ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly build-bot", 3001)}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, TransferFamilyAuthorizer)
    response = authorize(ev)
    return to_json_dict(response)


def authorize(ev: TransferFamilyAuthorizer) -> TransferFamilyAuthorizerResponse:
    if ev.password is not None:  # password login: S3 home, locked to the user's folder
        expected = PASSWORDS.get(ev.username)
        if expected is None or not hmac.compare_digest(expected, ev.password):
            return TransferFamilyAuthorizerResponse.deny()
        return TransferFamilyAuthorizerResponse.for_s3(
            S3_ROLE,
            home_directory_details=[{"Entry": "/", "Target": f"/acme-sftp/home/{ev.username}"}],
        )
    if ev.username in KEY_USERS:  # key login: Transfer Family checks the key we return
        public_key, uid = KEY_USERS[ev.username]
        return TransferFamilyAuthorizerResponse.for_efs(
            EFS_ROLE,
            uid=uid,
            gid=3000,
            home_directory=f"/fs-0a1b2c3d4e5f67890/home/{ev.username}",
            public_keys=[public_key],
        )
    return TransferFamilyAuthorizerResponse.deny()
