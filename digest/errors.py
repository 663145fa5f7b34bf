"""The project's exceptions: one base class, messages that name the file, the line and the fix."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable


class DigestError(Exception):
    """Base class of every error the digest reports to a user."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file: where, what, and how to fix it."""

    path: str
    message: str
    hint: str = ""
    line: int | None = None
    severity: str = "error"  # error: the file is skipped; warning: it is built; note: for information only
    skipped: bool | None = None  # None: skipped exactly when it is an error

    @property
    def skips_file(self) -> bool:
        """True when the file is not built because of this problem."""
        return self.severity == "error" if self.skipped is None else self.skipped

    @property
    def is_problem(self) -> bool:
        """True for errors and warnings (what --strict fails on); False for notes."""
        return self.severity != "note"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class ArticleError(DigestError):
    """An article file cannot be read as an article; carries the Problem to report."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class ConfigError(DigestError):
    """The taxonomy, the site texts or another configuration file is invalid."""


class StrictError(DigestError):
    """--strict was given and the build found problems."""


class Guard:
    """Keeps one failing piece of work (an article's summary sentence, an event, a page…) from
    stopping the build: the piece is dropped and a warning names its article file and line.

    Stages take a guard and wrap each piece in `with guard.piece(...)`; the default guard lets the
    exception through, so that a caller without one (a test) sees every error as it is."""

    def __init__(self, isolate: bool = True) -> None:
        self.isolate = isolate
        self.problems: list[Problem] = []

    @contextmanager
    def piece(self, what: str, path: str, line: int | Callable[[], int | None] | None = None):
        """Run the block; if it raises, drop what it was making and report `what` in `path` (at `line`,
        which may be a function: it is only worked out for a failure)."""
        try:
            yield
        except DigestError:
            raise  # a broken template or configuration stops the build: nothing to isolate
        except Exception as exc:  # noqa: BLE001 — one piece must never stop the build
            if not self.isolate:
                raise
            detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:160]
            line = line() if callable(line) else line
            self.problems.append(Problem(path, f"internal error while handling {what} ({detail}); that is left out",
                                         "the rest of the site is built; please report this with the file",
                                         line, "warning", skipped=False))


RAISE = Guard(isolate=False)  # the default of every stage: errors propagate
