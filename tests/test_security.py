"""Hardening, round two (issue 13): limits, copying, sets, recursion, errors and the CLI.

Each test names the item it guards; each fails on the code before its fix.
"""

from __future__ import annotations

from typing import Any

import pytest

import lambda_events
from lambda_events import converter, make_converter
from lambda_events.attribute_values import deserialize, serialize

# ------------------------------------------------------------- 11. limits are checked


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "1", None])
def test_limits_must_be_positive_integers(value: Any) -> None:
    with pytest.raises(ValueError, match="must be a positive integer"):
        make_converter(max_decompressed_size=value)
    with pytest.raises(ValueError, match="must be a positive integer"):
        make_converter(max_depth=value)


def test_converter_copy_checks_its_limits() -> None:
    with pytest.raises(ValueError, match="max_depth must be a positive integer"):
        converter.copy(max_depth=0)
    with pytest.raises(ValueError, match="max_decompressed_size must be a positive integer"):
        converter.copy(max_decompressed_size=0)
    with pytest.raises(ValueError, match="max_decompressed_size must be a positive integer"):
        make_converter(max_decompressed_size=-1)
    mine = converter.copy(max_depth=3, max_decompressed_size=10)
    assert (mine.max_depth, mine.max_decompressed_size) == (3, 10)
    assert (converter.max_depth, converter.max_decompressed_size) == (32, 32 * 1024 * 1024)


# ------------------------------------------------- 7. DynamoDB sets round-trip exactly


@pytest.mark.parametrize(
    "av",
    [{"SS": ["a", "a"]}, {"NS": ["1", "1.0"]}, {"NS": ["1e5", "100000"]}, {"BS": ["AA==", "AA=="]}],
    ids=["SS-duplicates", "NS-1-and-1.0", "NS-1e5-and-100000", "BS-duplicates"],
)
def test_dynamodb_sets_write_back_what_came_in(av: dict[str, Any]) -> None:
    value = deserialize(av)
    assert len(value) == 1  # one member: the wire spellings are equal values
    assert serialize(value) == av
    item = {"k": av}
    obj = converter.structure(item, lambda_events.AttributeValueMap)
    assert converter.unstructure(obj, lambda_events.AttributeValueMap) == item
