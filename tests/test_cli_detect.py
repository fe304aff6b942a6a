"""Detection, the command line, the handler decorator and the test builders."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import lambda_events
from lambda_events import DetectionError, SQSEvent, converter, detect, event_source, parse
from lambda_events.__main__ import main
from lambda_events.testing import SAMPLES

from ._support import CORPUS_MAP, CORPUS_ROOTS, assert_round_trip
from ._support import SAMPLES as SAMPLE_DIR


def _corpus() -> list[Any]:
    if not CORPUS_MAP.exists():
        return [pytest.param(None, None, marks=pytest.mark.skip(reason="../shared is absent"))]
    mapping = json.loads(CORPUS_MAP.read_text())
    return [
        pytest.param(CORPUS_ROOTS[rel.partition("/")[0]] / rel.partition("/")[2], cls, id=rel)
        for rel, cls in sorted(mapping.items())
        if cls and hasattr(lambda_events, cls) and "Response" not in cls
    ]


@pytest.mark.parametrize(("path", "expected"), _corpus())
def test_detects_every_mapped_corpus_file(path: Path, expected: str) -> None:
    assert lambda_events.detect_name(json.loads(path.read_text())) == expected


def test_detect_returns_classes_and_lists() -> None:
    raw = json.loads((SAMPLE_DIR / "sqs.json").read_text())
    assert detect(raw) is SQSEvent
    assert detect([raw]) == list[SQSEvent]
    assert isinstance(parse(raw), SQSEvent)


def test_unknown_and_ambiguous_events_list_what_was_seen() -> None:
    with pytest.raises(DetectionError, match=r"no event class matches .*keys \[a, b\]"):
        detect({"a": 1, "b": 2})
    with pytest.raises(DetectionError, match="source 'aws:future'"):
        detect({"Records": [{"eventSource": "aws:future"}]})
    with pytest.raises(DetectionError, match="ambiguous event"):
        detect({"Records": [{"eventSource": "aws:sqs"}], "awslogs": {}})
    with pytest.raises(DetectionError, match="a JSON str"):
        detect("text")


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def test_cli_show_detects_and_redacts() -> None:
    code, text = _run("show", str(SAMPLE_DIR / "sqs.json"))
    assert code == 0
    assert text.startswith("SQSEvent(\n  records=(\n    SQSRecord(")
    assert "message_id='9f1c2a3b-4d5e-46f7-8a9b-0c1d2e3f4000'" in text


def test_cli_show_json_decoded_view() -> None:
    code, text = _run(
        "show", "--json", "--type", "DynamoDBStreamEvent", str(SAMPLE_DIR / "dynamodb-stream.json")
    )
    view = json.loads(text)
    image = view["records"][0]["dynamodb"]["new_image"]
    assert code == 0 and image["balance"] == 1250.5 and image["avatar"] == {"base64": "iVBORw=="}
    assert view["records"][0]["dynamodb"]["approximate_creation_date_time"].startswith("2024-11-27")


def test_cli_errors_are_one_line_with_the_wire_path(tmp_path: Path, capsys: Any) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"Records": [{"eventSource": "aws:sqs", "messageId": 1}]}))
    code, _ = _run("show", str(bad))
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "Records[0].messageId: expected a string, got int" in err


def test_cli_check_reports_per_file_and_diffs(tmp_path: Path) -> None:
    good = SAMPLE_DIR / "s3.json"
    code, text = _run("check", str(good))
    assert code == 0 and text.endswith("1 passed, 0 failed\n")
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"awslogs": {"data": 5}}))
    code, text = _run("check", str(good), str(broken))
    assert code == 1
    assert f"FAIL {broken}" in text and "awslogs.data: expected a string, got int" in text


def test_cli_check_every_event_sample_round_trips() -> None:
    code, text = _run("check", str(SAMPLE_DIR))
    assert code == 0, text
    assert text.endswith(f"{len(list(SAMPLE_DIR.glob('*.json')))} passed, 0 failed\n")


def test_cli_sample_unknown_source_is_a_usage_error(capsys: Any) -> None:
    code, _ = _run("sample", "carrier-pigeon")
    assert code == 2
    assert "unknown source 'carrier-pigeon'" in capsys.readouterr().err


def test_cli_sample_and_module_entry_point() -> None:
    code, text = _run("sample", "--list")
    assert code == 0 and "sqs" in text.split()
    out = subprocess.run(
        [sys.executable, "-m", "lambda_events", "sample", "sqs"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert detect(json.loads(out.stdout)) is SQSEvent


@pytest.mark.parametrize("source", sorted(SAMPLES))
def test_builders_make_valid_round_tripping_events(source: str) -> None:
    raw = converter.unstructure(SAMPLES[source]())
    json.dumps(raw)
    cls = detect(raw)
    assert_round_trip(raw, cls)


def test_builder_consistency() -> None:
    from lambda_events.testing import sqs_event

    event = sqs_event(bodies=["a", "b"], queue="orders")
    assert [r.md5_of_body for r in event.records] == [
        "0cc175b9c0f1b6a831c399e269772661",
        "92eb5ffee6ae2fec3ad71c777531578f",
    ]
    assert event.records[0].queue_name == "orders"


def test_event_source_unstructures_attrs_results_and_passes_dicts() -> None:
    @event_source(SQSEvent)
    def echo(event: SQSEvent, context: object) -> SQSEvent:
        return event

    @event_source(SQSEvent)
    def plain(event: SQSEvent, context: object) -> dict[str, int]:
        return {"n": len(event.records)}

    raw = json.loads((SAMPLE_DIR / "sqs.json").read_text())
    assert echo(raw, None) == raw
    assert plain(raw, None) == {"n": 2}
    assert echo.__name__ == "echo"
