"""Task runner: `nox -s tests lint typing docs` is what CI runs (see README and .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import nox

nox.options.sessions = ["tests", "lint", "typing", "docs"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False  # a machine without one skips it

# The Lambda Python runtimes the package supports.
VERSIONS = ["3.10", "3.11", "3.12", "3.13"]


def _interpreter(version: str) -> str:
    """`pythonX.Y` when it runs, else a pyenv install of it (its shim may refuse to run)."""
    found = shutil.which(f"python{version}")
    if found and subprocess.run([found, "--version"], capture_output=True).returncode == 0:
        return found
    for candidate in sorted(Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}")):
        return str(candidate)
    return f"python{version}"  # not on this machine: nox skips the session


ROOT = Path(__file__).parent
SHARED = ROOT.parent / "shared"


@nox.session
@nox.parametrize("python", [_interpreter(v) for v in VERSIONS], ids=VERSIONS)
def tests(session: nox.Session) -> None:
    """The test suite (pytest + hypothesis, e2e included), against an installed package."""
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
    session.run("pyright", "--project", ".", "src", "samples")


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site: generated pages, then `mkdocs build --strict` into site/."""
    session.install(".[docs]")
    session.run("python", "tools/gen_docs.py")
    session.run("mkdocs", "build", "--strict", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"})


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
