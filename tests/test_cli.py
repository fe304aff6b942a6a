"""The command line: one naming scheme for `sample`, reproducible output, exit codes, messages."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from lambda_events import KinesisStreamEvent, converter, detect_name
from lambda_events.__main__ import main
from lambda_events.testing import SAMPLES, kinesis_stream_event

from ._support import ROOT
from ._support import SAMPLES as SAMPLE_DIR

_CLASS_NAME = re.compile(r"\b[A-Z]\w*(Error|Exception)\b")


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def _fails(capsys: Any, *argv: str) -> str:
    """The one-line message of a command that must exit 2."""
    capsys.readouterr()
    code, _ = _run(*argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("lambda-events: ") and err.count("\n") == 1
    assert not _CLASS_NAME.search(err), err
    return err


# ---------------------------------------------------------------------- sample names


@pytest.mark.parametrize(
    "name",
    ["api-gateway-v1", "APIGatewayProxyEvent", "apigatewayproxyevent", "apigw-rest-proxy"],
)
def test_sample_takes_the_source_the_class_or_the_sample_file_name(name: str) -> None:
    assert _run("sample", name) == _run("sample", "api-gateway-v1")
    assert _run("sample", "apigw-rest-proxy.json") == _run("sample", "api-gateway-v1")
    path = str(SAMPLE_DIR / "apigw-rest-proxy.json")
    assert _run("sample", path) == _run("sample", "api-gateway-v1")


def _class_of_file(path: Path) -> str:
    return detect_name(json.loads(path.read_text()))


def test_every_sample_file_name_gives_an_event_of_its_class(capsys: Any) -> None:
    built = {type(builder()).__name__ for builder in SAMPLES.values()}
    for path in sorted(SAMPLE_DIR.glob("*.json")):
        expected = _class_of_file(path)
        if expected not in built:  # no builder makes this class: a did-you-mean instead
            assert "unknown source" in _fails(capsys, "sample", path.stem)
            continue
        code, text = _run("sample", path.stem)
        assert code == 0 and detect_name(json.loads(text)) == expected, path.name


def test_unknown_names_suggest_close_ones_and_exit_2(capsys: Any) -> None:
    err = _fails(capsys, "sample", "APIGatewayProxyEvnt")
    assert "unknown source 'APIGatewayProxyEvnt'; did you mean 'APIGatewayProxyEvent'" in err
    assert "did you mean 'sqs-fifo-china'?" in _fails(capsys, "sample", "sqs-fifo")
    assert "did you mean" not in _fails(capsys, "sample", "carrier-pigeon")


def test_sample_list_shows_each_source_with_its_class() -> None:
    code, text = _run("sample", "--list")
    rows = dict(line.split() for line in text.splitlines())
    assert code == 0 and set(rows) == set(SAMPLES)
    assert rows["api-gateway-v1"] == "APIGatewayProxyEvent" and rows["sqs"] == "SQSEvent"


# ------------------------------------------------------------------ reproducible sample

_EVERY_SAMPLE = """
import io, sys
from lambda_events.__main__ import main
from lambda_events.testing import SAMPLES
for source in sorted(SAMPLES):
    main(["sample", source, *sys.argv[1:]], sys.stdout)
"""


def _every_sample(*options: str) -> str:
    command = [sys.executable, "-c", _EVERY_SAMPLE, *options]
    return subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout


def test_sample_output_is_the_same_bytes_in_every_run() -> None:
    first = _every_sample()
    assert first == _every_sample()
    assert first.count('"Records"') > 5  # every source was printed


def test_random_samples_differ_and_the_real_sources_come_back() -> None:
    assert _run("sample", "sqs", "--random") != _run("sample", "sqs", "--random")
    assert _run("sample", "sqs", "--seed", "7") == _run("sample", "sqs", "--seed", "7")
    assert _run("sample", "sqs", "--seed", "7") != _run("sample", "sqs")
    assert uuid.uuid4() != uuid.uuid4()  # nothing stays patched


# ------------------------------------------------------------- exit codes and messages


def test_a_missing_path_is_exit_2_for_show_and_check(capsys: Any) -> None:
    show = _fails(capsys, "show", "nope.json")
    check = _fails(capsys, "check", "nope.json")
    assert show == check == "lambda-events: cannot read 'nope.json': No such file or directory\n"


def test_show_of_a_folder_is_one_line(capsys: Any) -> None:
    assert "'.' is a directory" in _fails(capsys, "show", ".")


def test_check_of_a_folder_without_json_says_so(
    tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    (tmp_path / "notes.txt").write_text("{}")
    monkeypatch.chdir(tmp_path)
    assert _fails(capsys, "check", ".") == "lambda-events: no .json files in '.'\n"


def test_check_reports_failures_without_exception_names(tmp_path: Path) -> None:
    (tmp_path / "text.json").write_text("not json")
    (tmp_path / "list.json").write_text("[1]")
    (tmp_path / "bad.json").write_text(json.dumps({"awslogs": {"data": 5}}))
    code, text = _run("check", str(tmp_path))
    assert code == 1 and text.endswith("0 passed, 3 failed\n")
    assert "is not valid JSON" in text and "awslogs.data: expected a string" in text
    assert not _CLASS_NAME.search(text), text


def test_check_progress_line_only_when_asked_or_on_a_tty(capsys: Any) -> None:
    _run("check", str(SAMPLE_DIR))
    assert capsys.readouterr().err == ""
    _run("check", "--progress", str(SAMPLE_DIR / "sqs.json"), str(SAMPLE_DIR / "sns.json"))
    half, full = "#" * 15 + " " * 15, "#" * 30
    assert capsys.readouterr().err == f"\r[{half}] 1/2\r[{full}] 2/2\n"


# ------------------------------------------------------------------------ show --json


def test_show_json_renders_bytes_one_way(tmp_path: Path) -> None:
    event = kinesis_stream_event(payloads=[b"hello", b"\x89PNG"])
    path = tmp_path / "kinesis.json"
    path.write_text(json.dumps(converter.unstructure(event)))
    code, text = _run("show", "--json", "--type", KinesisStreamEvent.__name__, str(path))
    data = [record["kinesis"]["data"] for record in json.loads(text)["records"]]
    assert code == 0
    assert data == [
        {"base64": base64.b64encode(b"hello").decode(), "text": "hello"},
        {"base64": base64.b64encode(b"\x89PNG").decode()},
    ]
