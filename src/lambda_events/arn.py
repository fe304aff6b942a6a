"""Amazon Resource Names: parsed parts and partition-correct endpoints."""

from __future__ import annotations

from typing import NamedTuple

from .errors import quoted

__all__ = ["Arn", "parse_arn", "service_domain"]

_DOMAINS = {
    "aws": "amazonaws.com",
    "aws-cn": "amazonaws.com.cn",
    "aws-us-gov": "amazonaws.com",
    "aws-iso": "c2s.ic.gov",
    "aws-iso-b": "sc2s.sgov.gov",
    "aws-iso-e": "cloud.adc-e.uk",
    "aws-iso-f": "csp.hci.ic.gov",
    "aws-eusc": "amazonaws.eu",
}


class Arn(NamedTuple):
    """`arn:partition:service:region:account:resource`, split."""

    partition: str
    service: str
    region: str
    account: str
    resource: str

    def __str__(self) -> str:
        return ":".join(("arn", *self))


def parse_arn(text: str) -> Arn:
    """Split an ARN; a string that is not one raises `ValueError`."""
    parts = text.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn":
        raise ValueError(f"not an ARN: {quoted(text)}")
    return Arn(*parts[1:])


def service_domain(partition: str) -> str:
    """The DNS suffix of AWS endpoints in a partition (`amazonaws.com.cn` for `aws-cn`)."""
    return _DOMAINS.get(partition, "amazonaws.com")
