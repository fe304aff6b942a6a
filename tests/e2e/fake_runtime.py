"""A small fake of the Lambda Runtime API on 127.0.0.1, for the real runtime client."""

from __future__ import annotations

import json
import queue
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PREFIX = "/2018-06-01/runtime"
_STOP = ("", b"")  # queued when the runtime closes


class FakeRuntime:
    """Serves queued events to `awslambdaric` and records what it posts back."""

    def __init__(self, function_name: str = "sample") -> None:
        self.events: queue.Queue[tuple[str, bytes]] = queue.Queue()
        self.results: dict[str, tuple[str, bytes]] = {}
        self.done = threading.Condition()
        self.init_errors: list[bytes] = []
        self.arn = f"arn:aws:lambda:us-east-1:123456789012:function:{function_name}"
        handler = type("Handler", (_Handler,), {"runtime": self})
        self.server = _Server(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        host, port = self.server.server_address[:2]
        return f"{host}:{port}"

    def __enter__(self) -> FakeRuntime:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.events.put(_STOP)  # a client still waiting for an event gets no answer
        self.server.shutdown()
        self.server.server_close()

    def invoke(self, event: Any) -> str:
        request_id = str(uuid.uuid4())
        self.events.put((request_id, json.dumps(event).encode()))
        return request_id

    def wait(self, request_id: str, timeout: float) -> tuple[str, bytes]:
        with self.done:
            self.done.wait_for(lambda: request_id in self.results or self.init_errors, timeout)
        if self.init_errors:
            raise RuntimeError(f"init error: {self.init_errors[0]!r}")
        if request_id not in self.results:
            raise TimeoutError(f"no result for {request_id} within {timeout}s")
        return self.results[request_id]

    def record(self, request_id: str, kind: str, body: bytes) -> None:
        with self.done:
            self.results[request_id] = (kind, body)
            self.done.notify_all()

    def record_init_error(self, body: bytes) -> None:
        with self.done:
            self.init_errors.append(body)
            self.done.notify_all()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A runtime client that hangs up (the test is over) is not an error."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    runtime: FakeRuntime
    disable_nagle_algorithm = True  # otherwise every request waits ~40 ms
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        """Answer; a client that has hung up (the test killed it) gets nothing, silently."""
        try:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except ConnectionError:  # BrokenPipeError, ConnectionResetError
            self.close_connection = True

    def do_GET(self) -> None:
        if self.path != f"{PREFIX}/invocation/next":
            self._reply(404)
            return
        try:
            request_id, body = self.runtime.events.get(timeout=30)
        except queue.Empty:
            self._reply(500)
            return
        if (request_id, body) == _STOP:
            self.runtime.events.put(_STOP)  # for any other waiting client
            self.close_connection = True
            return
        self._reply(
            200,
            body,
            {
                "Content-Type": "application/json",
                "Lambda-Runtime-Aws-Request-Id": request_id,
                "Lambda-Runtime-Deadline-Ms": "9999999999999",
                "Lambda-Runtime-Invoked-Function-Arn": self.runtime.arn,
            },
        )

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
        parts = self.path.removeprefix(f"{PREFIX}/").split("/")
        if parts[:2] == ["init", "error"]:
            self.runtime.record_init_error(body)
        elif len(parts) == 3 and parts[0] == "invocation":
            self.runtime.record(parts[1], parts[2], body)
        else:
            self._reply(404)
            return
        self._reply(202, b"{}", {"Content-Type": "application/json"})
