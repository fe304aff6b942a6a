"""Write docs/migrating-from-powertools.md (and the README's claim) from `migration_table.py`.

Run from the project root with the `test` extra installed: `python tools/gen_migration.py`.
It reads the installed Powertools data classes and lambda-events; `tests/test_migration_guide.py`
checks that the committed page and README say what this writes, and that every claim holds.
"""

from __future__ import annotations

import re
import sys
import textwrap
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "migrating-from-powertools.md"
README = ROOT / "README.md"
_CLAIM = re.compile(r"Of \d+ handlers written .*? up to the documented differences\.")
sys.path.insert(0, str(Path(__file__).parent))

import migration_table as table  # noqa: E402

HEADER = """# Migrating from Powertools event source data classes

{intro}

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
"""

FOOTER = """
## Every seed example, ported

Each Powertools example of the Event Source Data Classes page is also ported to idiomatic
lambda-events in `samples/handlers/`, beside handlers for the sources Powertools lacks; all
run in the tests (the Cognito auth-challenge examples use `attrs.evolve`): {handlers}.
"""


def _outcome(handler: table.Handler) -> str:
    if handler.raises:
        return f"raises; write {handler.note}"
    return handler.note or "runs unchanged"


def summary() -> str:
    """What the test proves, in one paragraph (the README quotes it)."""
    handlers = table.HANDLERS
    loud = sum(1 for h in handlers if h.raises)
    silent = [h.name for h in handlers if h.note and not h.raises]
    same = len(handlers) - loud - len(silent)
    rows = [row for row in table.class_rows() if row.compared and row.module]
    members = sum(len(row.same) for row in rows)
    quiet = (
        f"{len(silent)} return a different result without an error "
        f"({', '.join(f'`{n}`' for n in silent)})"
        if silent
        else "none returns a different result without an error"
    )
    return (
        f"Of {len(handlers)} handlers written from the examples of Powertools' documentation, "
        f"{same} run unchanged once their data-class imports name `lambda_events`, {loud} raise "
        f"an error that says what to change, and {quiet}. Of the {len(rows)} Powertools data "
        f"classes lambda-events has, {members} members (counted class by class) read the same on "
        "every bundled sample that carries them, up to the documented differences."
    )


def _intro() -> str:
    text = (
        f"Class names are Powertools' and so are attribute names. {summary()} Every claim on "
        f"this page is checked against Powertools {version('aws-lambda-powertools')} by "
        "`tests/test_migration_guide.py`; the page is generated from `tools/migration_table.py` "
        "(`python tools/gen_migration.py`)."
    )
    return textwrap.fill(text, width=96, break_on_hyphens=False)


def _idioms() -> list[str]:
    unchanged = [f"- {i.text}" for i in table.IDIOMS if not (i.ours or i.raises)]
    changed = [f"- {i.text}" for i in table.IDIOMS if i.ours]
    loud = [f"- {i.text}" for i in table.IDIOMS if i.raises]
    return [
        "## Powertools code that runs unchanged",
        "",
        "Each runs in both libraries on a bundled sample and gives the same result (up to the",
        'differences listed under "What behaves differently"):',
        "",
        *unchanged,
        "",
        "## Powertools code that needs a change",
        "",
        "Each change is checked to give Powertools' result:",
        "",
        *changed,
        "",
        "These raise, with a message that names the replacement:",
        "",
        *loud,
        "",
    ]


def _handlers() -> list[str]:
    lines = ["## Handlers from the Powertools documentation", ""]
    lines += [
        "Each handler in `tests/powertools_handlers/` runs as it is under Powertools and, with",
        "only its data-class imports changed, under lambda-events, on the sample named here:",
        "",
        "| handler | sample | lambda-events |",
        "|---|---|---|",
    ]
    for h in table.HANDLERS:
        lines.append(f"| `{h.name}` | `{h.sample}` | {_outcome(h)} |")
    return [*lines, ""]


def _behaviour() -> list[str]:
    lines = ["## What behaves differently (on purpose)", "", "| Powertools | lambda-events |"]
    lines.append("|---|---|")
    lines += [f"| {row.powertools} | {row.ours} |" for row in table.BEHAVIOUR]
    return [*lines, ""]


def _classes() -> list[str]:
    renamed = ", ".join(f"`{old}` → `{new}`" for old, new in table.RENAMED.items())
    lines = ["## Renamed members", "", f"Powertools quirks got proper names: {renamed}.", ""]
    lines += [
        "## Class by class",
        "",
        "*same*: the member reads an equal value (up to the differences above) in both libraries",
        "on every bundled sample that carries the class. *present*: the member exists (responses",
        "and helpers; the idioms and handlers above run them).",
        "",
        "| Powertools class | lambda-events | members | differences |",
        "|---|---|---|---|",
    ]
    for row in table.class_rows():
        if not row.module:
            lines.append(f"| `{row.name}` | — | | {row.notes[0]} |")
            continue
        kind = "same" if row.compared else "present"
        target = f"`{row.module}.{row.name}`"
        lines.append(
            f"| `{row.name}` | {target} | {len(row.same)} {kind} | {'; '.join(row.notes)} |"
        )
    return lines


def render() -> str:
    """The whole page."""
    handlers = sorted(
        p.stem for p in (ROOT / "samples" / "handlers").glob("*.py") if p.stem != "__init__"
    )
    parts = [
        HEADER.format(intro=_intro()),
        *_idioms(),
        *_handlers(),
        *_behaviour(),
        *_classes(),
        FOOTER.format(handlers=", ".join(f"`{h}`" for h in handlers)),
    ]
    return "\n".join(parts)


def _readme(text: str) -> str:
    """The README with its migration paragraph saying `summary()`, wrapped again."""
    start = text.index("timestamps). Class and attribute names")
    end = text.index("```bash", start)
    paragraph = _CLAIM.sub(lambda _: summary(), " ".join(text[start:end].split()))
    wrapped = textwrap.fill(paragraph, width=96, break_on_hyphens=False)
    return f"{text[:start]}{wrapped}\n\n{text[end:]}"


def main() -> None:
    OUT.write_text(render())
    README.write_text(_readme(README.read_text()))


if __name__ == "__main__":
    main()
