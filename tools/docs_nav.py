"""MkDocs hook: list the generated pages of docs/sources/ and docs/reference/ in the nav.

mkdocs.yml names each folder's committed `index.md`; this adds the folder's other pages
(written by tools/gen_docs.py, git-ignored) after it, sorted by file name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def on_config(config: Any) -> Any:
    docs = Path(config["docs_dir"])
    for section in config["nav"]:
        if not isinstance(section, dict):
            continue
        for pages in section.values():
            if isinstance(pages, list) and pages and str(pages[0]).endswith("/index.md"):
                folder = Path(pages[0]).parent
                extra = sorted(p for p in (docs / folder).glob("*.md") if p.name != "index.md")
                pages[1:] = [str(p.relative_to(docs).as_posix()) for p in extra]
    return config
