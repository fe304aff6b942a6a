"""The documentation site's generated content (tools/gen_docs.py), checked without mkdocs.

The `docs` nox session builds the site itself (`mkdocs build --strict`); these tests run in
the normal test session and fail when an event class has no page, a page has no sample, a
response sample is not its class's JSON, or a public name is missing from the reference.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import converter
from lambda_events.detection import RULES

from ._support import load_tool

ROOT = Path(__file__).resolve().parents[1]
EVENT_CLASSES = [name for name, _ in RULES]


gen_docs = load_tool("gen_docs")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Everything tools/gen_docs.py generates, written to a temporary docs folder."""
    docs = tmp_path_factory.mktemp("docs")
    gen_docs.generate(docs)
    return docs


def _module_of(name: str) -> str:
    return str(gen_docs._registry()[name])


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_generated_section(site: Path, name: str) -> None:
    page = site / "sources" / f"{_module_of(name)}.md"
    assert page.exists(), f"no generated page for {name}"
    section = page.read_text().split(f"### {name} {{#", 1)
    assert len(section) == 2, f"{page.name} has no section for {name}"
    body = section[1].split("\n### ", 1)[0]
    for part in ("**Class tree**", "**Fields**", "**Detected by**", "**Samples**"):
        assert part in body, f"{name}: {part} missing"


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_every_event_class_has_a_sample(site: Path, name: str) -> None:
    page = (site / "sources" / f"{_module_of(name)}.md").read_text()
    samples = page.split(f"### {name} {{#", 1)[1].split("**Samples**", 1)[1].split("\n#", 1)[0]
    assert '??? example "samples/' in samples, f"{name} has no sample event"


def test_every_page_has_a_sample_a_link_and_a_handler_section(site: Path) -> None:
    pages = sorted((site / "sources").glob("*.md"))
    assert {p.stem for p in pages} == set(gen_docs.event_modules())
    for page in pages:
        text = page.read_text()
        assert re.search(r'\?\?\? example "samples/events/[^"]+\.json"', text) or re.search(
            r'\?\?\? example "samples/responses/', text
        ), f"{page.name}: no sample"
        assert "https://docs.aws.amazon.com/" in text, f"{page.name}: no AWS documentation link"
        assert "## Sample handlers" in text and "## Powertools equivalent" in text


def test_every_sample_event_is_shown_on_its_page(site: Path) -> None:
    for name, paths in gen_docs.sample_events().items():
        text = (site / "sources" / f"{_module_of(name)}.md").read_text()
        for path in paths:
            assert f'"samples/events/{path.name}"' in text


def test_every_response_sample_is_mapped_and_is_its_class_json() -> None:
    files = {p.name for p in (ROOT / "samples" / "responses").glob("*.json")}
    assert files == set(gen_docs.RESPONSE_SAMPLES), "map new response samples in gen_docs.py"
    for file, name in gen_docs.RESPONSE_SAMPLES.items():
        raw = json.loads((ROOT / "samples" / "responses" / file).read_text())
        cls = getattr(lambda_events, name)
        assert converter.unstructure(converter.structure(raw, cls)) == raw, file


def test_field_tables_show_wire_keys_decoding_and_secrets(site: Path) -> None:
    sqs = (site / "sources" / "sqs.md").read_text()
    assert "| `event_source_arn` | `eventSourceARN` | `str` | required |" in sqs
    assert "`EpochMillisText`: Epoch milliseconds as a string" in sqs
    authorizer = (site / "sources" / "api_gateway.md").read_text()
    assert re.search(r"\| `authorization_token` \|.*\| yes \|", authorizer)
    dynamodb = (site / "sources" / "dynamodb.md").read_text()
    assert "`AttributeValueMap`: DynamoDB AttributeValueMap" in dynamodb


def test_detection_rules_are_shown_with_their_helpers() -> None:
    rule = gen_docs.detection_rule("SQSEvent")
    assert '"aws:sqs"' in rule and "def record_source" in rule and "def _get" in rule
    assert '_iot_registry("THING_EVENT")' in gen_docs.detection_rule("IoTCoreThingEvent")


def test_class_tree_lists_nested_parts() -> None:
    lines, met = gen_docs.class_tree(lambda_events.SQSEvent)
    assert lines[0] == "SQSEvent"
    assert [c.__name__ for c in met] == [
        "SQSEvent",
        "SQSRecord",
        "SQSRecordAttributes",
        "SQSMessageAttribute",
    ]


def test_every_public_name_is_on_a_reference_page(site: Path) -> None:
    documented = {n for names in gen_docs.reference_modules().values() for n in names}
    missing = sorted(set(lambda_events.__all__) - documented)
    assert not missing, f"not on any reference page: {missing}"
    for dotted, names in gen_docs.reference_modules().items():
        page = dotted.rpartition(".")[2] if dotted != "lambda_events" else "package"
        text = (site / "reference" / f"{page}.md").read_text()
        assert f"::: {dotted}\n" in text
        assert all(f"- {n}\n" in text for n in names)


def _snippet_references() -> list[tuple[Path, str]]:
    found = []
    for page in (ROOT / "docs").rglob("*.md"):
        if "snippets" not in page.parts:
            found += [
                (page, ref) for ref in re.findall(r'^--8<-- "([^"]+)"$', page.read_text(), re.M)
            ]
    return found


def test_hand_written_pages_include_only_generated_snippets(site: Path) -> None:
    references = _snippet_references()
    assert references
    for page, ref in references:
        assert (site / "snippets" / ref).exists() or (ROOT / ref).exists(), (
            f"{page.relative_to(ROOT)} includes {ref!r}, which nothing generates "
            "(a README heading renamed? see tools/gen_docs.py readme_sections)"
        )


def test_committed_pages_are_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text()
    for page in (ROOT / "docs").rglob("*.md"):
        rel = page.relative_to(ROOT / "docs").as_posix()
        if rel.startswith(("snippets/", "sources/", "reference/")) and not rel.endswith(
            "/index.md"
        ):
            continue  # generated: tools/docs_nav.py lists them
        assert rel in nav, f"{rel} is not in mkdocs.yml nav"


def test_benchmark_chart_is_an_svg_of_every_ratio(site: Path) -> None:
    ratios = gen_docs.benchmark_ratios()
    assert len(ratios) >= 5 and all(r > 0 for *_, r in ratios)
    svg: Any = ET.parse(site / "assets" / "benchmark-ratios.svg").getroot()
    bars = svg.findall("{http://www.w3.org/2000/svg}rect")
    assert len(bars) == len(ratios)


def test_every_event_module_has_a_title_and_an_aws_link() -> None:
    missing = sorted(set(gen_docs.event_modules()) - set(gen_docs.AWS_DOCS))
    assert not missing, f"add these modules to gen_docs.AWS_DOCS: {missing}"
