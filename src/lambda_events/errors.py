"""The exceptions lambda-events raises on purpose, and wire-path formatting.

```
LambdaEventsError
 ├── StructureError      (also ValueError) a raw event does not fit its class
 ├── ContentError        (also ValueError) a kept wire value does not decode when read
 │    └── JSONContentError (also StructureError, json.JSONDecodeError) text is not JSON
 ├── ResponseError       (also ValueError) a response would be rejected by AWS
 └── DetectionError      (also ValueError) no single event class matches a raw event
```

Every `StructureError` lists each problem with the wire path where it was found,
written in the keys AWS uses: `Records[0].kinesis.data: not valid base64`.
"""

from __future__ import annotations

from json import JSONDecodeError as _JSONDecodeError

TYPE_CHECKING = False  # keep `typing` out of `import lambda_events`
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any, TypeAlias

    PathPart: TypeAlias = str | int

__all__ = [
    "QUOTED",
    "ContentError",
    "DetectionError",
    "JSONContentError",
    "LambdaEventsError",
    "Problem",
    "ResponseError",
    "StructureError",
    "format_path",
    "kind_of",
    "quoted",
]

QUOTED = 40
"""At most this many characters of a value or key appear in an error message."""


class LambdaEventsError(Exception):
    """Base class of every error lambda-events raises on purpose."""


class ResponseError(LambdaEventsError, ValueError):
    """A response (or another object built in code) holds values AWS would reject."""


class ContentError(LambdaEventsError, ValueError):
    """A value kept as its wire text (base64, gzip, a timestamp) does not decode.

    Raised when the value is read, never while structuring: one bad field does not bounce
    an incoming event. The message names the class and field (`SQSRecord.body: ...`).
    """


class DetectionError(LambdaEventsError, ValueError):
    """A raw event matched no event class, or more than one."""


class Problem:
    """One thing wrong with a raw event: where (wire path) and what."""

    __slots__ = ("message", "path")

    def __init__(self, path: Sequence[PathPart], message: str) -> None:
        self.path: tuple[PathPart, ...] = tuple(path)
        self.message = message

    def prefixed(self, parts: Sequence[PathPart]) -> Problem:
        return Problem((*parts, *self.path), self.message)

    def __str__(self) -> str:
        where = format_path(self.path)
        return f"{where}: {self.message}" if where else self.message

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Problem, (self.path, self.message))


class StructureError(LambdaEventsError, ValueError):
    """A raw event does not fit its class; `problems` says where and why."""

    def __init__(self, problems: Iterable[Problem], cls: object = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.cls = cls
        super().__init__("; ".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its problems (the default would rebuild it from the message)."""
        return (type(self), (self.problems, self.cls), self.__dict__)

    @classmethod
    def at(cls, path: Sequence[PathPart], message: str) -> StructureError:
        """One problem at one path."""
        return cls([Problem(path, message)])

    def prefixed(self, parts: Sequence[PathPart]) -> StructureError:
        """The same problems, seen from an enclosing object."""
        return StructureError([p.prefixed(parts) for p in self.problems], self.cls)


def kind_of(value: object) -> str:
    """How a wrong value is named in messages: `null`, `str`, `int`, `list`, ..."""
    return "null" if value is None else type(value).__name__


def quoted(value: object) -> str:
    """A value for an error message: at most `QUOTED` characters of it, quoted."""
    text = value if isinstance(value, str) else str(value)
    return repr(text if len(text) <= QUOTED else text[:QUOTED] + "...")


def _is_plain(key: str) -> bool:
    return bool(key) and all(ch.isalnum() or ch in "_-$@:" for ch in key)


def format_path(path: Sequence[PathPart]) -> str:
    """`("Records", 0, "kinesis", "data")` -> `Records[0].kinesis.data`."""
    out: list[str] = []
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _is_plain(part) and len(part) <= QUOTED:
            out.append(f".{part}" if out else part)
        else:
            out.append(f"[{quoted(part)}]")
    return "".join(out)


class JSONContentError(StructureError, ContentError, _JSONDecodeError):
    """Text read as JSON on access (`json_body`, `data_as_json()`) is not JSON.

    Catch it as `LambdaEventsError`, `StructureError`, `ContentError` or, as with
    Powertools' `json.loads`, `json.JSONDecodeError` (`msg`, `doc`, `pos` are set).
    """

    def __init__(
        self, problems: Iterable[Problem], cls: object = None, *, doc: str = "", pos: int = 0
    ) -> None:
        self.problems = tuple(problems)
        self.cls = cls
        message = "; ".join(str(p) for p in self.problems)
        _JSONDecodeError.__init__(self, message, doc, pos)  # msg, doc, pos, lineno, colno
        self.args = (message,)

    def prefixed(self, parts: Sequence[PathPart]) -> JSONContentError:
        """The same problem, seen from an enclosing object."""
        return JSONContentError(
            [p.prefixed(parts) for p in self.problems], self.cls, doc=self.doc, pos=self.pos
        )
