"""Progress of a long build: a bar on a terminal, a plain line every few seconds in a log, or nothing."""
from __future__ import annotations

import sys
import time


class Progress:
    """Reports `done of total` for one stage; quiet: silent."""

    def __init__(self, quiet: bool = False, stream=None, every: float = 5.0) -> None:
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.every = every
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._label, self._total, self._last, self._start = "", 0, 0.0, 0.0

    def start(self, label: str, total: int) -> None:
        """A stage begins."""
        self._label, self._total, self._start, self._last = label, total, time.monotonic(), time.monotonic()

    def update(self, done: int) -> None:
        """`done` items of the stage are finished."""
        if self.quiet or not self._total:
            return
        now = time.monotonic()
        if self.tty:
            width = 30
            filled = int(width * done / self._total)
            self.stream.write(f"\r{self._label}: [{'#' * filled}{'.' * (width - filled)}] {done}/{self._total}")
            if done >= self._total:
                self.stream.write("\n")
            self.stream.flush()
        elif now - self._last >= self.every or done >= self._total:
            rate = done / max(now - self._start, 1e-9)
            self.stream.write(f"{self._label}: {done}/{self._total} ({rate:.0f}/s)\n")
            self.stream.flush()
            self._last = now
