"""The `lambda-events` command line: show, check and sample events.

```
lambda-events show samples/events/sqs.json            # detect, structure, print (secrets redacted)
lambda-events show --type SQSEvent --json event.json   # the decoded view as JSON
lambda-events check samples/events                     # detect + exact round trip, per file
lambda-events sample sqs                               # a realistic sample event (reproducible)
```
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import difflib
import json
import os
import random
import secrets
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from .codecs import Base64Text, CompressedJsonText
from .errors import ContentError, LambdaEventsError, quoted

__all__ = ["main"]

_EXAMPLES = """examples:
  lambda-events show event.json              detect the class, print the typed event
  lambda-events show --type SQSEvent -       read standard input as an SQS event
  lambda-events show --json event.json       decoded view: bytes, DynamoDB values, times
  lambda-events check samples/events         exact round trip of every file, with diffs
  lambda-events sample --list                the sources `sample` builds, with their class
  lambda-events sample api-gateway-v2        a realistic event, ready to edit (same bytes
                                             every run; --seed N or --random to vary it)
  lambda-events sample APIGatewayProxyEvent  a class name or a samples/events file name works too

exit status: 0 ok, 1 a check failed, 2 the event or the command line is wrong"""
_INDENT = "  "
_SETS = {"SS", "NS", "BS"}  # DynamoDB sets have no order


class _InputError(LambdaEventsError):
    """A file or argument the command cannot use (exit status 2)."""


def _read(source: str) -> Any:
    """The JSON in a file (or standard input); anything unreadable is an `_InputError`."""
    if source != "-" and Path(source).is_dir():
        raise _InputError(f"{quoted(source)} is a directory (`check` reads folders)")
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        return json.loads(text)
    except UnicodeDecodeError:
        raise _InputError(f"{quoted(source)} is not UTF-8 text") from None
    except RecursionError:
        raise _InputError(f"{quoted(source)}: JSON nested too deeply") from None
    except json.JSONDecodeError as exc:
        raise _InputError(f"{quoted(source)} is not valid JSON ({exc})") from None
    except OSError as exc:
        raise _InputError(f"cannot read {quoted(source)}: {_reason(exc)}") from None


def _reason(exc: OSError) -> str:
    """What went wrong, without the exception's class name (`No such file or directory`)."""
    return exc.strerror or str(exc) or "input/output error"


def _class_for(raw: Any, type_name: str | None) -> Any:
    import lambda_events

    from ._model import Model

    if type_name:
        cls = getattr(lambda_events, type_name, None) if type_name.isidentifier() else None
        if not (isinstance(cls, type) and issubclass(cls, Model)):
            raise _InputError(f"unknown event class {quoted(type_name)}")
        return list[cls] if isinstance(raw, list) else cls  # type: ignore[valid-type]
    return lambda_events.detect(raw)


def _write(out: TextIO, text: str) -> None:
    """Write text; what the stream cannot encode (a lone surrogate) is written escaped."""
    try:
        out.write(text)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "utf-8"
        out.write(text.encode(encoding, "backslashreplace").decode(encoding))


# ------------------------------------------------------------------------ rendering


def _fields(obj: Any) -> Iterator[tuple[str, Any]]:
    """Each shown field of a model with its value redacted by the policy (`_redact`)."""
    import attrs

    from ._model import redacted

    for f in attrs.fields(type(obj)):
        if f.name == "_wire" or not f.repr:
            continue
        value = getattr(obj, f.name)
        if value is None or (f.name == "unknown_keys" and not value):
            continue
        yield f.name, redacted(f, value)


def render(obj: Any, depth: int = 0) -> str:
    """A readable, indented repr with secrets redacted."""
    import attrs

    pad, inner = _INDENT * depth, _INDENT * (depth + 1)
    if attrs.has(type(obj)):
        parts = [f"{inner}{name}={render(value, depth + 1)}" for name, value in _fields(obj)]
        return f"{type(obj).__name__}(\n" + ",\n".join(parts) + f"\n{pad})"
    if isinstance(obj, tuple) and obj and attrs.has(type(obj[0])):
        items = [f"{inner}{render(item, depth + 1)}" for item in obj]
        return "(\n" + ",\n".join(items) + f",\n{pad})"
    if isinstance(obj, Mapping) and obj and any(attrs.has(type(v)) for v in obj.values()):
        items = [f"{inner}{key!r}: {render(v, depth + 1)}" for key, v in obj.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    return repr(obj)


def _content(obj: Any, decode: Callable[[], Any]) -> Any:
    """A kept wire value decoded, or the wire value with the reason it does not decode."""
    try:
        return decode()
    except ContentError as exc:
        return {"wire": str(obj), "error": str(exc)}


def _bytes_view(data: bytes) -> dict[str, str]:
    """Bytes, always one shape: `{"base64": ...}`, plus `"text"` when they are UTF-8."""
    view = {"base64": base64.b64encode(data).decode()}
    with contextlib.suppress(UnicodeDecodeError):
        view["text"] = data.decode()
    return view


def decoded(obj: Any) -> Any:
    """The Python view of an object as JSON-able values (bytes as `{"base64", "text"}`)."""
    import attrs

    if attrs.has(type(obj)):
        return {name: decoded(value) for name, value in _fields(obj)}
    redact = getattr(obj, "_redacted", None)  # a header map: values outside the allow-list
    if redact is not None:
        return decoded(redact())
    if isinstance(obj, Mapping):
        return {str(k): decoded(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, AbstractSet)):
        items = [decoded(v) for v in obj]
        return sorted(items, key=repr) if isinstance(obj, AbstractSet) else items
    if isinstance(obj, (bytes, bytearray)):
        return _bytes_view(bytes(obj))
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    if isinstance(obj, (Base64Text, CompressedJsonText)):
        return _content(obj, lambda: decoded(obj.decoded))
    moment = getattr(type(obj), "datetime", None)
    if isinstance(moment, property):
        return _content(obj, lambda: obj.datetime.isoformat())
    if isinstance(obj, datetime):
        return obj.isoformat()
    return obj


# ------------------------------------------------------------------------- commands


def _show(args: argparse.Namespace, out: TextIO) -> int:
    from . import converter

    raw = _read(args.file)
    obj = converter.structure(raw, _class_for(raw, args.type))
    try:
        if args.json:
            text = json.dumps(decoded(obj), indent=2, ensure_ascii=False) + "\n"
        elif isinstance(obj, list):
            text = "[\n" + ",\n".join(render(o, 1) for o in obj) + "\n]\n"
        else:
            text = render(obj) + "\n"
    except RecursionError:
        raise _InputError("the event is nested too deeply to show") from None
    _write(out, text)
    return 0


def _diff(actual: Any, expected: Any, path: str = "$") -> Iterator[str]:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                yield f"{path}.{key}: MISSING"
            else:
                yield from _diff(actual[key], expected[key], f"{path}.{key}")
        for key in actual:
            if key not in expected:
                yield f"{path}.{key}: ADDED"
    elif path.rpartition(".")[2] in _SETS and isinstance(actual, list):
        if sorted(map(str, actual)) != sorted(map(str, expected)):
            yield f"{path}: CHANGED {expected!r} -> {actual!r}"
    elif isinstance(expected, list) and isinstance(actual, list) and len(actual) == len(expected):
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            yield from _diff(a, e, f"{path}[{i}]")
    elif type(actual) is not type(expected) or actual != expected:
        yield f"{path}: CHANGED {expected!r} -> {actual!r}"


def _json_files(paths: Sequence[str]) -> list[Path]:
    """The files to check; a path that does not exist or names no JSON is an `_InputError`."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise _InputError(f"cannot read {quoted(name)}: No such file or directory")
        found = sorted(path.rglob("*.json")) if path.is_dir() else [path]
        if not found:
            raise _InputError(f"no .json files in {quoted(name)}")
        files.extend(found)
    return files


def _check_one(path: Path) -> tuple[str, list[str]]:
    """The class of one file and what does not round-trip; every failure is reported."""
    from . import converter

    try:
        raw = _read(str(path))
        cls = _class_for(raw, None)
        obj = converter.structure(raw, cls)
        back = converter.unstructure(obj, cls)
        diffs = list(_diff(back, raw))
        if not diffs and converter.structure(back, cls) != obj:
            diffs = ["object round trip differs"]
    except RecursionError:
        return "", ["nested too deeply"]
    except LambdaEventsError as exc:
        return "", [_one_line(exc)]
    except Exception as exc:  # noqa: BLE001 - a checker reports each file's failure
        return "", [f"unexpected error: {_one_line(exc)}"]
    return getattr(cls, "__name__", str(cls)), diffs


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 500 else text[:500] + "..."


def _progress(done: int, total: int, stream: TextIO) -> None:
    width = 30
    filled = width * done // total
    stream.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total}")
    stream.flush()


def _check(args: argparse.Namespace, out: TextIO) -> int:
    files = _json_files(args.paths)
    show_bar = args.progress or (len(files) > 20 and sys.stderr.isatty())
    failed = 0
    lines: list[str] = []
    for index, path in enumerate(files, 1):
        name, problems = _check_one(path)
        if problems:
            failed += 1
            lines.append(f"FAIL {path} {name}".rstrip())
            lines.extend(f"    {p}" for p in problems[:20])
        else:
            lines.append(f"ok   {path} {name}")
        if show_bar:
            _progress(index, len(files), sys.stderr)
    if show_bar:
        sys.stderr.write("\n")
    _write(out, "\n".join(lines) + ("\n" if lines else ""))
    _write(out, f"{len(files) - failed} passed, {failed} failed\n")
    return 1 if failed else 0


_FIXED_TIME = 1732708800.0  # 2024-11-27T12:00:00Z: `sample` without --random is reproducible


@contextlib.contextmanager
def _reproducible(seed: int) -> Iterator[None]:
    """Ids, random bytes and the clock the builders read, fixed by `seed` for a moment."""
    rng = random.Random(seed)  # noqa: S311 - sample ids, not secrets
    gmtime = time.gmtime
    patches: list[tuple[Any, str, Any]] = [
        (uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4)),
        (os, "urandom", rng.randbytes),
        (secrets, "token_bytes", lambda n=None: rng.randbytes(32 if n is None else n)),
        (secrets, "choice", rng.choice),
        (secrets, "randbelow", rng.randrange),
        (secrets, "randbits", rng.getrandbits),
        (time, "time", lambda: _FIXED_TIME),
        (time, "time_ns", lambda: int(_FIXED_TIME) * 10**9),
        (time, "gmtime", lambda seconds=None: gmtime(_FIXED_TIME if seconds is None else seconds)),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    state = random.getstate()
    try:
        random.seed(seed)  # the module-level functions (`random.choices`)
        for owner, name, value in patches:
            setattr(owner, name, value)
        yield
    finally:
        random.setstate(state)
        for owner, name, value in saved:
            setattr(owner, name, value)


def _class_name(source: str) -> str:
    """The class a sample name builds (its row of the sources table)."""
    from ._sources import SOURCES

    return next(row.event for row in SOURCES if source in row.samples)


def _sample_files() -> dict[str, Path]:
    """The `samples/events/<stem>.json` files of the project it runs in (or of this checkout)."""
    for root in (Path.cwd(), Path(__file__).resolve().parents[2]):
        folder = root / "samples" / "events"
        if folder.is_dir():
            return {path.stem: path for path in sorted(folder.glob("*.json"))}
    return {}


def _source_of_file(path: Path) -> str | None:
    """The first sample name of the class a sample file's event belongs to."""
    from ._sources import SOURCES
    from .detection import detect_name

    try:
        event = detect_name(json.loads(path.read_text()))
    except (OSError, ValueError, LambdaEventsError):
        return None
    return next((next(iter(row.samples), None) for row in SOURCES if row.event == event), None)


def _source_named(name: str) -> str:
    """A sample name from itself, its class name (any case) or a sample file (path or stem)."""
    from ._sources import SOURCES

    classes = {row.event.casefold(): next(iter(row.samples)) for row in SOURCES if row.samples}
    samples = {sample for row in SOURCES for sample in row.samples}
    files = _sample_files()
    stem = Path(name).name.removesuffix(".json")
    path = Path(name) if name.endswith(".json") and Path(name).is_file() else files.get(stem)
    found = (
        name
        if name in samples
        else classes.get(name.casefold()) or (_source_of_file(path) if path else None)
    )
    if found is not None:
        return found
    names = {n.casefold(): n for n in [*sorted(samples), *files]}
    names.update({row.event.casefold(): row.event for row in SOURCES if row.samples})
    close = difflib.get_close_matches(name.casefold(), names, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(quoted(names[c]) for c in close)}?" if close else ""
    raise _InputError(f"unknown source {quoted(name)}{hint} (`sample --list` shows them)")


def _sample(args: argparse.Namespace, out: TextIO) -> int:
    from . import converter
    from .testing import SAMPLES

    if args.list or not args.source:
        width = max(map(len, SAMPLES))
        rows = [f"{source:<{width}}  {_class_name(source)}" for source in sorted(SAMPLES)]
        out.write("\n".join(rows) + "\n")
        return 0
    builder = SAMPLES[_source_named(args.source)]
    if args.random:
        event = builder()
    else:
        with _reproducible(args.seed):
            event = builder()
    out.write(json.dumps(converter.unstructure(event), indent=2) + "\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lambda-events",
        description="Typed, lossless AWS Lambda events: show, check and sample them.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("show", help="structure an event and print it (secrets redacted)")
    show.add_argument("file", help="event JSON file, or - for standard input")
    show.add_argument("--type", help="class name (default: detected from the event)")
    show.add_argument("--json", action="store_true", help="print the decoded view as JSON")
    check = sub.add_parser("check", help="detect, structure and round-trip events")
    check.add_argument("paths", nargs="+", help="event JSON files or directories")
    check.add_argument(
        "--progress", action="store_true", help="a progress line on stderr (default: on a TTY)"
    )
    sample = sub.add_parser("sample", help="print a realistic sample event (same bytes each run)")
    sample.add_argument(
        "source", nargs="?", help="source (sqs), class (SQSEvent) or sample file (sqs-fifo-china)"
    )
    sample.add_argument("--list", action="store_true", help="list the sources and their class")
    vary = sample.add_mutually_exclusive_group()
    vary.add_argument("--seed", type=int, default=0, help="another reproducible event")
    vary.add_argument("--random", action="store_true", help="fresh ids and the current time")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    commands = {"show": _show, "check": _check, "sample": _sample}
    try:
        return commands[args.command](args, stream)
    except LambdaEventsError as exc:  # the event or the input is wrong: the message says how
        _write(sys.stderr, f"lambda-events: {_one_line(exc)}\n")
    except OSError as exc:
        _write(sys.stderr, f"lambda-events: {_reason(exc)}\n")
    return 2


if __name__ == "__main__":
    sys.exit(main())
