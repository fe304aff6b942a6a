"""Task runner: `nox -s tests lint typing` is what CI runs (see README and .ci/run)."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typing"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
SHARED = ROOT.parent / "shared"


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (pytest + hypothesis), against an installed package."""
    session.install(".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install(".[lint]")
    session.run("ruff", "check", "src", "tests", "samples", "tools", "bench", "noxfile.py")
    session.run(
        "ruff", "format", "--check", "src", "tests", "samples", "tools", "bench", "noxfile.py"
    )


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict and pyright on the package and the samples."""
    session.install("-e", ".[typing]")
    session.run("mypy", "--strict", "src", "samples")
    session.run("pyright", "src", "samples")


@nox.session(default=False)
def conformance(session: nox.Session) -> None:
    """The shared corpus checker (needs ../shared beside the checkout)."""
    checker = SHARED / "tools" / "conformance.py"
    if not checker.exists():
        session.skip("../shared is absent")
    session.install(".")
    session.run("python", str(checker), "--list-failures", "20", *session.posargs)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with Powertools; writes bench/results.md (not a test)."""
    session.install(".[bench]")
    session.run("python", "bench/run.py", *session.posargs)


@nox.session(default=False)
def e2e(session: nox.Session) -> None:
    """Sample handlers under the real Lambda Runtime Interface Client."""
    session.install(".[test,e2e]")
    session.run("pytest", "tests/e2e", *session.posargs, env={"LAMBDA_EVENTS_E2E": "1"})
