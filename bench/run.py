"""Side-by-side benchmarks: lambda-events vs Powertools data classes and parser.

Run with `nox -s bench` (installs Powertools and pydantic in the bench session only).
Prints a Markdown report and writes it to bench/results.md. Ratios are what matter:
every pair is measured in the same run, on the same events, interleaved.
"""

from __future__ import annotations

import copy
import json
import os
import statistics
import subprocess
import sys
import textwrap
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "events"
COLD_RUNS = int(os.environ.get("BENCH_COLD_RUNS", "21"))


def _sample(name: str) -> Any:
    return json.loads((SAMPLES / name).read_text())


def _batch(name: str, size: int) -> dict[str, Any]:
    raw = _sample(name)
    first = raw["Records"][0]
    records = []
    for i in range(size):
        record = copy.deepcopy(first)
        for key in ("messageId", "eventID"):
            if key in record:
                record[key] = f"{record[key]}-{i}"
        records.append(record)
    return {"Records": records}


EVENTS = {
    "sqs": lambda: _batch("sqs.json", 10),
    "dynamodb": lambda: _sample("dynamodb-stream.json"),
    "kinesis": lambda: _sample("kinesis-stream.json"),
    "apigw-v1": lambda: _sample("apigw-rest-proxy.json"),
    "apigw-v2": lambda: _sample("apigw-http-v2.json"),
}


# ---------------------------------------------------------------- field readers


def read_sqs(event: Any) -> int:
    n = 0
    for r in event.records:
        a = r.attributes
        fields = (
            r.message_id,
            r.receipt_handle,
            r.body,
            r.md5_of_body,
            r.event_source,
            r.event_source_arn,
            r.aws_region,
            a.approximate_receive_count,
            a.sent_timestamp,
            a.sender_id,
            a.approximate_first_receive_timestamp,
            a.aws_trace_header,
        )
        n += len(fields)
        for _, attr in r.message_attributes.items():
            n += len((attr.data_type, attr.string_value if attr.data_type == "String" else None))
    return n


def read_dynamodb(event: Any) -> int:
    n = 0
    for r in event.records:
        d = r.dynamodb
        fields = (
            r.event_id,
            r.event_name,
            r.event_version,
            r.event_source,
            r.aws_region,
            r.event_source_arn,
            d.keys,
            d.new_image,
            d.old_image,
            d.sequence_number,
            d.size_bytes,
            d.stream_view_type,
            d.approximate_creation_date_time,
        )
        n += len(fields)
    return n


def read_kinesis(event: Any) -> int:
    n = 0
    for r in event.records:
        k = r.kinesis
        fields = (
            r.event_id,
            r.event_name,
            r.event_source,
            r.event_source_arn,
            r.aws_region,
            r.invoke_identity_arn,
            r.event_version,
            k.partition_key,
            k.sequence_number,
            k.kinesis_schema_version,
            k.approximate_arrival_timestamp,
            k.data_as_bytes(),
        )
        n += len(fields)
    return n


def read_apigw_v1(event: Any) -> int:
    ctx = event.request_context
    fields = (
        event.resource,
        event.path,
        event.http_method,
        event.headers,
        event.body,
        event.query_string_parameters,
        event.path_parameters,
        event.stage_variables,
        event.is_base64_encoded,
        ctx.request_id,
        ctx.stage,
        ctx.identity.source_ip,
        event.headers.get("user-agent"),
    )
    return len(fields)


def read_apigw_v2(event: Any) -> int:
    ctx = event.request_context
    fields = (
        event.raw_path,
        event.raw_query_string,
        event.route_key,
        event.headers,
        event.body,
        event.cookies,
        event.query_string_parameters,
        event.is_base64_encoded,
        ctx.request_id,
        ctx.stage,
        ctx.http.method,
        ctx.http.source_ip,
        event.headers.get("user-agent"),
    )
    return len(fields)


READERS = {
    "sqs": read_sqs,
    "dynamodb": read_dynamodb,
    "kinesis": read_kinesis,
    "apigw-v1": read_apigw_v1,
    "apigw-v2": read_apigw_v2,
}


def _classes() -> dict[str, tuple[Any, Any, Any]]:
    from aws_lambda_powertools.utilities import data_classes as dc
    from aws_lambda_powertools.utilities.parser import models as pm

    import lambda_events as le

    return {
        "sqs": (le.SQSEvent, dc.SQSEvent, pm.SqsModel),
        "dynamodb": (le.DynamoDBStreamEvent, dc.DynamoDBStreamEvent, pm.DynamoDBStreamModel),
        "kinesis": (le.KinesisStreamEvent, dc.KinesisStreamEvent, pm.KinesisDataStreamModel),
        "apigw-v1": (
            le.APIGatewayProxyEvent,
            dc.APIGatewayProxyEvent,
            pm.APIGatewayProxyEventModel,
        ),
        "apigw-v2": (
            le.APIGatewayProxyEventV2,
            dc.APIGatewayProxyEventV2,
            pm.APIGatewayProxyEventV2Model,
        ),
        "firehose": (le.KinesisFirehoseEvent, dc.KinesisFirehoseEvent, pm.KinesisFirehoseModel),
    }


# ------------------------------------------------------------------- measuring


def _best_us(fn: Callable[[], object], number: int = 2000, repeat: int = 7) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6


def steady() -> list[tuple[str, float, float, float, float, float, float]]:
    from lambda_events import converter

    rows = []
    for name, make in EVENTS.items():
        raw = make()
        ours, dataclass, model = _classes()[name]
        read = READERS[name]
        structure = converter.structure
        converter.structure(raw, ours)  # generate hooks outside the timing
        ev = structure(raw, ours)
        parsed = model.model_validate(raw)
        rows.append(
            (
                name,
                _best_us(lambda: structure(raw, ours)),
                _best_us(lambda: model.model_validate(raw)),
                _best_us(lambda: read(structure(raw, ours))),
                _best_us(lambda: read(dataclass(raw))),
                _best_us(lambda: converter.unstructure(ev)),
                _best_us(lambda: parsed.model_dump(by_alias=True)),
            )
        )
    return rows


FAILURES = {  # event name -> the path of a bad value five levels deep
    "sqs": ("Records", 9, "messageAttributes", "tenant", "dataType"),
    "apigw-v1": ("requestContext", "identity", "clientCert", "validity", "notAfter"),
}


def _with_bad_value(raw: Any, path: tuple[Any, ...]) -> Any:
    bad = copy.deepcopy(raw)
    target = bad
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = 12345  # a number where a string belongs
    return bad


def failure_path() -> list[tuple[str, float, float, float, float]]:
    """Structure with a bad value five levels deep against the success path (not a test)."""
    from lambda_events import StructureError, converter

    def failing(raw: Any, cls: Any) -> Callable[[], object]:
        def run() -> object:
            try:
                return converter.structure(raw, cls)
            except StructureError as exc:
                return exc

        return run

    def rejected(raw: Any, model: Any) -> Callable[[], object]:
        def run() -> object:
            try:
                return model.model_validate(raw)
            except ValueError as exc:  # pydantic's ValidationError
                return exc

        return run

    rows = []
    for name, path in FAILURES.items():
        raw = EVENTS[name]()
        bad = _with_bad_value(raw, path)
        ours, _, model = _classes()[name]
        assert isinstance(failing(bad, ours)(), StructureError)
        rows.append(
            (
                f"{name} `{'.'.join(map(str, path))}`",
                _best_us(lambda: converter.structure(raw, ours)),
                _best_us(failing(bad, ours)),
                _best_us(lambda: model.model_validate(raw)),
                _best_us(rejected(bad, model)),
            )
        )
    return rows


COLD_OURS = """
import json, time
raw = json.load(open({path!r}))
t0 = time.perf_counter()
from lambda_events import converter, SQSEvent
event = converter.structure(raw, SQSEvent)
fields = [(r.message_id, r.body, r.attributes.sent_timestamp) for r in event.records]
print((time.perf_counter() - t0) * 1e3)
"""

COLD_POWERTOOLS = """
import json, time
raw = json.load(open({path!r}))
t0 = time.perf_counter()
from aws_lambda_powertools.utilities.data_classes import SQSEvent
event = SQSEvent(raw)
fields = [(r.message_id, r.body, r.attributes.sent_timestamp) for r in event.records]
print((time.perf_counter() - t0) * 1e3)
"""

COLD_PARSER = """
import json, time
raw = json.load(open({path!r}))
t0 = time.perf_counter()
from aws_lambda_powertools.utilities.parser.models import SqsModel
event = SqsModel.model_validate(raw)
fields = [(r.messageId, r.body, r.attributes.SentTimestamp) for r in event.Records]
print((time.perf_counter() - t0) * 1e3)
"""


def _cold_once(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def _compile_package() -> None:
    """Lambda deployments should ship bytecode; make sure ours exists, like Powertools' does."""
    import compileall

    import lambda_events

    compileall.compile_dir(str(Path(lambda_events.__file__).parent), quiet=2)


def cold() -> dict[str, float]:
    _compile_package()
    path = str(SAMPLES / "sqs.json")
    scripts = {
        "lambda-events": COLD_OURS.format(path=path),
        "Powertools data classes": COLD_POWERTOOLS.format(path=path),
        "Powertools parser": COLD_PARSER.format(path=path),
    }
    samples: dict[str, list[float]] = {name: [] for name in scripts}
    for _ in range(COLD_RUNS):  # interleaved, so drift hits every contender alike
        for name, code in scripts.items():
            samples[name].append(_cold_once(code))
    return {name: statistics.median(values) for name, values in samples.items()}


FIRST_EVENT = """
import json, time
raw = json.load(open({path!r}))
t0 = time.perf_counter()
import lambda_events
cls = lambda_events.detect(raw)
lambda_events.converter.structure(raw, cls)
t1 = time.perf_counter()
lambda_events.converter.structure(raw, cls)
t2 = time.perf_counter()
print((t1 - t0) * 1e3, (t2 - t1) * 1e3)
"""


def first_event_per_family(rounds: int = 5) -> list[tuple[str, str, float, float]]:
    """(sample, the module of its class, first-event ms, second-structure ms) per sample.

    Interleaved: each round runs every sample once, so a machine that speeds up or slows
    down during the run shifts every sample alike.
    """
    from typing import get_args

    from lambda_events import detect

    modules: dict[Path, str] = {}
    for path in sorted(SAMPLES.glob("*.json")):
        try:
            cls = detect(json.loads(path.read_text()))
        except Exception:
            continue
        modules[path] = (get_args(cls) or (cls,))[0].__module__.removeprefix("lambda_events.")
    runs: dict[Path, list[tuple[float, float]]] = {path: [] for path in modules}
    for _ in range(rounds):
        for path in modules:
            runs[path].append(_cold_pair(FIRST_EVENT.format(path=str(path))))
    return [
        (
            path.name,
            module,
            statistics.median(r[0] for r in runs[path]),
            statistics.median(r[1] for r in runs[path]),
        )
        for path, module in modules.items()
    ]


def family_ratios(rows: list[tuple[str, str, float, float]]) -> list[tuple[str, float, float]]:
    """(module, median first-event ms of its samples, ratio to the cheapest module), costliest
    first: the issue-12 "largest vs smallest family" ratio is the first row's."""
    by_module: dict[str, list[float]] = {}
    for _, module, first, _ in rows:
        by_module.setdefault(module, []).append(first)
    medians = {module: statistics.median(times) for module, times in by_module.items()}
    cheapest = min(medians.values())
    ranked = sorted(medians.items(), key=lambda item: -item[1])
    return [(module, ms, ms / cheapest) for module, ms in ranked]


def _cold_pair(code: str) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = out.stdout.split()
    return float(first), float(second)


BATCH_SAMPLES = {
    "sqs": "sqs.json",
    "kinesis": "kinesis-stream.json",
    "firehose": "firehose-direct-put.json",
}


def _batch_of(name: str, size: int) -> dict[str, Any]:
    if name != "firehose":
        return _batch(BATCH_SAMPLES[name], size)
    raw = _sample(BATCH_SAMPLES[name])
    first = raw["records"][0]
    raw["records"] = [{**first, "recordId": f"{first['recordId']}-{i}"} for i in range(size)]
    return raw


def batch_cost(name: str, size: int) -> tuple[float, float, float, float]:
    from lambda_events import converter

    raw = _batch_of(name, size)
    ours, _, model = _classes()[name]
    converter.structure(raw, ours)
    per_record = _best_us(lambda: converter.structure(raw, ours), number=20, repeat=5) / size
    parser = _best_us(lambda: model.model_validate(raw), number=20, repeat=5) / size
    return (
        per_record,
        parser,
        _peak_kib(lambda: converter.structure(raw, ours)),
        _peak_kib(lambda: model.model_validate(raw)),
    )


def _peak_kib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    kept = fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del kept
    return peak / 1024


# --------------------------------------------------------------------- report


def report() -> str:
    import platform
    from importlib.metadata import version

    versions = ", ".join(
        f"{name} {version(name)}"
        for name in ("attrs", "cattrs", "aws-lambda-powertools", "pydantic")
    )
    out = [
        f"Python {platform.python_version()}; {versions}; {os.cpu_count()} CPUs.",
        "",
        f"### Cold start: fresh process, import + structure one SQS event + read 3 fields "
        f"(median of {COLD_RUNS}, ms, interleaved)",
        "",
        "| contender | ms | ratio (lambda-events / contender) |",
        "|---|---:|---:|",
    ]
    cold_ms = cold()
    ours = cold_ms["lambda-events"]
    for name, ms in cold_ms.items():
        out.append(f"| {name} | {ms:.1f} | {ours / ms:.2f} |")
    out += [
        "",
        "### Steady state, µs per event (best of 7 × 2000)",
        "",
        "| event | structure | parser `model_validate` | ratio | structure + read all | "
        "data classes wrap + read all | ratio | unstructure | parser `model_dump` | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s, p, sr, dr, u, pd in steady():
        out.append(
            f"| {name} | {s:.1f} | {p:.1f} | {s / p:.2f} | {sr:.1f} | {dr:.1f} | {sr / dr:.2f} "
            f"| {u:.1f} | {pd:.1f} | {u / pd:.2f} |"
        )
    out += [
        "",
        "### Failure path: a bad value five levels deep, µs per event (best of 7 × 2000)",
        "",
        "| event, bad value at | structure | structure, failing | failing / success | parser | parser, failing |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, ok, failed, parser_ok, parser_failed in failure_path():
        out.append(
            f"| {name} | {ok:.1f} | {failed:.1f} | {failed / ok:.2f} | {parser_ok:.1f} "
            f"| {parser_failed:.1f} |"
        )
    out += [
        "",
        "### Large batches (µs per record; tracemalloc peak KiB while structuring the batch)",
        "",
        "| batch | lambda-events µs/record | parser µs/record | ratio | lambda-events KiB | parser KiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, size in (("sqs", 1000), ("kinesis", 1000), ("firehose", 100)):
        ours_us, parser_us, ours_kib, parser_kib = batch_cost(name, size)
        out.append(
            f"| {name} × {size} | {ours_us:.2f} | {parser_us:.2f} | {ours_us / parser_us:.2f} | "
            f"{ours_kib:.0f} | {parser_kib:.0f} |"
        )
    out += [
        "",
        "### First event of each sample in a fresh process (ms: import + detect + first "
        "structure incl. hook generation; then the second structure)",
        "",
        "| sample | first | second |",
        "|---|---:|---:|",
    ]
    rows = first_event_per_family()
    for name, _, first, second in rows:
        out.append(f"| {name} | {first:.1f} | {second:.3f} |")
    out += [
        "",
        "### First event per module (median of its samples' first events; ratio to the cheapest)",
        "",
        "| module | ms | ratio |",
        "|---|---:|---:|",
    ]
    out += [f"| {module} | {ms:.1f} | {ratio:.2f} |" for module, ms, ratio in family_ratios(rows)]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    text = report()
    (ROOT / "bench" / "results.md").write_text(text)
    print(textwrap.dedent(text))
