"""Write docs/migrating-from-powertools.md from the Powertools inventory in ../shared.

Run from the project root: `python tools/gen_migration.py`. It compares every Powertools
data class and member (`../shared/reference/powertools-inventory.md`) with lambda-events and
lists what is the same, what is renamed and what is gone, with the reason.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
INVENTORY = ROOT.parent / "shared" / "reference" / "powertools-inventory.md"
OUT = ROOT / "docs" / "migrating-from-powertools.md"

RENAMED = {
    "get_id": "id",
    "get_type": "type",
    "get_from": "from_",
    "accountid": "account_id",
    "evalution_mode": "evaluation_mode",
    "get_lambda": "lambda_",
    "raw_configuration_item": "configuration_item",
    "raw_configuration_item_summary": "configuration_item_summary",
}
GONE = {
    "header_serializer": "an event-handler internal; not part of the data model",
    "setup_s3_client": "would need boto3 at run time; runtime dependencies are attrs and cattrs only",
    "get_artifact": "would need boto3 at run time",
    "put_artifact": "would need boto3 at run time",
    "add_result": "responses are frozen: build them with `for_event(...)` / `evolve`",
    "build_authentication_response_efs": "use `TransferFamilyAuthorizerResponse.for_efs(...)`",
    "build_authentication_response_s3": "use `TransferFamilyAuthorizerResponse.for_s3(...)`",
}
GONE_CLASSES = {
    "DictWrapper": "every class is a frozen attrs model; `raw_event` is `converter.unstructure(event)`",
    "CaseInsensitiveDict": "`lambda_events.Headers` (keeps the original casing)",
    "BaseProxyEvent": "shared helpers live in mixins; every HTTP event has them",
    "_EventSourceDecorator": "`lambda_events.event_source`",
    "SQSMessageAttributes": "a plain read-only `Mapping[str, SQSMessageAttribute]`",
    "vpcLatticeEventV2Identity": "renamed `VPCLatticeEventV2Identity`",
    "vpcLatticeEventV2RequestContext": "renamed `VPCLatticeEventV2RequestContext`",
}

HEADER = """# Migrating from Powertools event source data classes

Class names are Powertools' and so are attribute names, so most handlers migrate by changing
the line that builds the event:

```python
# Powertools
from aws_lambda_powertools.utilities.data_classes import SQSEvent, event_source
event = SQSEvent(raw)
@event_source(data_class=SQSEvent)

# lambda-events
from lambda_events import SQSEvent, converter, event_source
event = SQSEvent.from_dict(raw)          # or converter.structure(raw, SQSEvent)
@event_source(data_class=SQSEvent)      # or @event_source(SQSEvent)
```

`SQSEvent(raw)` raises a `TypeError` that names `from_dict`: fields are keyword-only.
Powertools' readers work: `event.raw_event` (a fresh wire dict), `event["key"]`,
`event.get("key")`, `get_query_string_value(name, default_value=...)`,
`get_header_value(name, default_value=None, case_sensitive=False)`, `headers.get(name)`
when AWS sends `"headers": null`, `decoded_body` (`None` without a body), `json_body`
(bad JSON raises an error that is also a `json.JSONDecodeError`), `response.asdict()`,
`APIGatewayAuthorizerResponseV2(authorize=True)`, Firehose `record.data_as_text`
(properties, as in Powertools; Kinesis stream payloads keep the methods).

## What behaves differently (on purpose)

| Powertools | lambda-events |
|---|---|
| lazy view over the dict; a missing key raises `KeyError` when a property is read | validated when structured; a bad event raises `StructureError` naming every wire path |
| `records` is a generator | `records` is a tuple (index it, iterate it twice) |
| mutable; `event.raw_event` is the caller's dict | frozen; `event.raw_event` / `converter.unstructure(event)` give the event back exactly; setting a field raises with the `attrs.evolve` to write |
| Cognito: set `event.response.x = ...`, return `event.raw_event` | `return attrs.evolve(event, response=attrs.evolve(event.response, x=...))`; the decorator unstructures it |
| mutable response builders: `policy.allow_all_routes()`, `result.add_record(r)` | frozen: builder calls return the new response (`policy = ...for_api(...).allow_all_routes()`); Powertools' `APIGatewayAuthorizerResponse(region=...)` constructor, an empty Firehose response and `asdict()` on a route-less policy raise with the replacement |
| enums with int values, unknown names raise | `StrEnum` members; unknown values stay plain strings |
| missing DynamoDB images are `{}` | `None` (the stream view type did not carry them) |
| DynamoDB `B` returned as base64 text | `bytes` |
| SQS `binary_value` is base64 text | `bytes` |
| timestamps are raw strings or truncated ints | the wire value with `.datetime` (UTC-aware) |
| `json_body` uses `json.loads`; no typed payloads | `json_body`, `body_as(cls)`, and `SQSEvent[Order]`-style typed payloads |
| secrets printed by `str(event)` | redacted in `repr` and the command line |
| batch utility: `process_partial_response(event, record_handler, processor=BatchProcessor(EventType.SQS, model=...), context=...)` | `process_partial_response(event, record_handler, payload=Order)` on a typed event (the function gets `(record, order)`); Kinesis and DynamoDB stop at the first failure; a batch where every record failed is reported, not raised |

## Renamed members

Powertools quirks got proper names: """

FOOTER = """
## Every seed example, ported

Each Powertools example of the Event Source Data Classes page is ported in
`samples/handlers/` and runs in the tests (the Cognito auth-challenge examples use
`attrs.evolve`): {handlers}.
"""


def _members(text: str) -> list[str]:
    names = re.findall(r"(?:^|; )\*?`?([a-z_][a-z0-9_]*)`?\*?(?:→|\(|\s|$)", text)
    return [n for n in names if not n.startswith("_") and n != "attr"]


def _has(cls: type, name: str) -> bool:
    return hasattr(cls, name) or (attrs.has(cls) and name in attrs.fields_dict(cls))


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    import lambda_events as le

    rows = re.findall(r"^\| `([A-Za-z0-9_]+)`[^|]*\| [^|]*\| (.*)\|$", INVENTORY.read_text(), re.M)
    renamed = ", ".join(f"`{old}` → `{new}`" for old, new in RENAMED.items())
    lines = [HEADER + renamed + ".", "", "## Class by class", ""]
    lines += ["| Powertools class | lambda-events | members | differences |", "|---|---|---|---|"]
    for name, members in rows:
        ours = getattr(le, name, None)
        if ours is None:
            alt = GONE_CLASSES.get(name) or "folded into the classes that use it"
            lines.append(f"| `{name}` | — | | {alt} |")
            continue
        notes, same = [], 0
        for member in _members(members):
            if _has(ours, member):
                same += 1
            elif member in RENAMED and _has(ours, RENAMED[member]):
                notes.append(f"`{member}` → `{RENAMED[member]}`")
            else:
                notes.append(f"`{member}`: {GONE.get(member, 'not provided')}")
        module = ours.__module__.split(".")[1]  # a subpackage exports its modules' names
        lines.append(f"| `{name}` | `{module}.{name}` | {same} same | {'; '.join(notes)} |")
    handlers = sorted(
        p.stem for p in (ROOT / "samples" / "handlers").glob("*.py") if p.stem != "__init__"
    )
    lines.append(FOOTER.format(handlers=", ".join(f"`{h}`" for h in handlers)))
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
