"""The README's runnable examples run, and the migration guide is up to date."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, re.S)


def test_readme_response_example_runs() -> None:
    section = (ROOT / "README.md").read_text().split("### Responses", 1)[1]
    block = _python_blocks(section)[0]
    exec(compile(block, "README.md", "exec"), {})


def test_migration_guide_lists_every_sample_handler() -> None:
    guide = (ROOT / "docs" / "migrating-from-powertools.md").read_text()
    handlers = sorted((ROOT / "samples" / "handlers").glob("*.py"))
    missing = [p.stem for p in handlers if p.stem != "__init__" and f"`{p.stem}`" not in guide]
    assert not missing, "run `python tools/gen_migration.py`"


def test_readme_batch_processing_example_runs() -> None:
    from lambda_events.testing import sqs_event

    section = (ROOT / "README.md").read_text().split("### Batch processing", 1)[1]
    namespace: dict[str, object] = {}
    exec(compile(_python_blocks(section)[0], "README.md", "exec"), namespace)
    event = sqs_event(bodies=['{"id": "a", "total": 5}', '{"id": "b", "total": 0}', "{}"])
    failed = [{"itemIdentifier": r.message_id} for r in event.records[1:]]
    handler = namespace["lambda_handler"]
    assert callable(handler)
    assert handler(event, None) == {"batchItemFailures": failed}
