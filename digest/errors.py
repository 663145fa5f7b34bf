"""The project's exceptions: one base class, messages that name the file, the line and the fix."""
from __future__ import annotations

from dataclasses import dataclass


class DigestError(Exception):
    """Base class of every error the digest reports to a user."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file: where, what, and how to fix it."""

    path: str
    message: str
    hint: str = ""
    line: int | None = None
    severity: str = "error"  # error: the file is skipped; warning: it is built
    skipped: bool | None = None  # None: skipped exactly when it is an error

    @property
    def skips_file(self) -> bool:
        """True when the file is not built because of this problem."""
        return self.severity == "error" if self.skipped is None else self.skipped

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
