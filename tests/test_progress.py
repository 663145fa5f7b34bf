"""Progress of a long build: a bar on a terminal, periodic lines in a log, nothing when quiet."""
from __future__ import annotations

import io

from digest.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_bar():
    out = Terminal()
    progress = Progress(stream=out)
    progress.start("analyse", 4)
    for n in range(1, 5):
        progress.update(n)
    assert "\r" in out.getvalue() and "[##############################] 4/4" in out.getvalue()


def test_a_log_gets_plain_lines_not_every_item():
    out = io.StringIO()
    progress = Progress(stream=out, every=3600)
    progress.start("analyse", 1000)
    for n in range(1, 1001):
        progress.update(n)
    lines = out.getvalue().splitlines()
    assert lines == [lines[-1]] and lines[-1].startswith("analyse: 1000/1000 (")


def test_quiet_prints_nothing():
    out = Terminal()
    progress = Progress(quiet=True, stream=out)
    progress.start("analyse", 3)
    progress.update(3)
    assert out.getvalue() == ""
