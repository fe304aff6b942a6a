"""The fake Runtime API stays quiet when its client hangs up (no BrokenPipeError tracebacks)."""

from __future__ import annotations

import socket
import sys
import time
from typing import Any

from .fake_runtime import PREFIX, FakeRuntime

_NEXT = f"GET {PREFIX}/invocation/next HTTP/1.1\r\nHost: runtime\r\n\r\n".encode()


def _connect(runtime: FakeRuntime) -> socket.socket:
    host, _, port = runtime.address.rpartition(":")
    return socket.create_connection((host, int(port)), timeout=5)


def _wait_until_taken(runtime: FakeRuntime) -> None:
    deadline = time.monotonic() + 5
    while not runtime.events.empty() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # the handler writes its answer to the closed socket


def test_an_answer_to_a_client_that_hung_up_is_dropped_silently(capfd: Any) -> None:
    errors: list[BaseException | None] = []
    with FakeRuntime() as runtime:
        runtime.server.handle_error = lambda *_: errors.append(sys.exc_info()[1])  # type: ignore[method-assign]
        with _connect(runtime) as client:
            client.sendall(_NEXT)
        runtime.invoke({"payload": "x" * 1_000_000})  # too big to fit in the socket buffer
        _wait_until_taken(runtime)
    assert errors == []
    assert capfd.readouterr().err == ""


def test_closing_the_runtime_releases_a_waiting_client_without_an_answer() -> None:
    with FakeRuntime() as runtime:
        client = _connect(runtime)
        client.sendall(_NEXT)
        time.sleep(0.1)  # the handler now waits for an event
    started = time.monotonic()
    with client:
        assert client.recv(100) == b""  # closed, not a 500 thirty seconds later
    assert time.monotonic() - started < 5
