"""The search index (Pagefind): a run that hangs is stopped and run again, and never holds up a build forever."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import digest.search
from digest.errors import DigestError

# Pagefind as the index runs it, but hanging (all its threads waiting: seen once on a busy machine) on the first
# `hangs` runs; every run is counted in a file, with its process id
FLAKY = """
import os, sys, time
from pathlib import Path
runs = Path(os.environ["PAGEFIND_RUNS"])
with runs.open("a") as out:
    out.write(f"{os.getpid()}\\n")
if len(runs.read_text().split()) <= int(os.environ["PAGEFIND_HANGS"]):
    time.sleep(30)  # (long enough to be stopped; a build without a timeout would go on after it and fail the test)
os.execv(sys.executable, [sys.executable, "-m", "pagefind", *sys.argv[1:]])
"""


@pytest.fixture
def flaky(tmp_path, monkeypatch):
    script, runs = tmp_path / "pagefind.py", tmp_path / "runs"
    script.write_text(FLAKY, encoding="utf-8")
    monkeypatch.setattr(digest.search, "PAGEFIND", (sys.executable, str(script)))
    monkeypatch.setattr(digest.search, "TIMEOUT_BASE", 3.0)
    monkeypatch.setenv("PAGEFIND_RUNS", str(runs))
    site = tmp_path / "site"
    (site / "articles" / "a").mkdir(parents=True)
    (site / "index.html").write_text('<html lang="ru"><body><div class="md-content"><h1>Дайджест</h1></div></body></html>',
                                     encoding="utf-8")
    (site / "articles" / "a" / "index.html").write_text(
        '<html lang="ru"><body><div class="md-content"><h1>Статья</h1><p id="p1">Росатом построит АЭС в Казахстане.'
        '</p></div></body></html>', encoding="utf-8")
    return site, runs, monkeypatch


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_pagefind_run_that_hangs_is_stopped_and_run_again(flaky):
    site, runs, monkeypatch = flaky
    monkeypatch.setenv("PAGEFIND_HANGS", "1")
    digest.search.index_site(site)
    pids = [int(p) for p in runs.read_text().split()]
    assert len(pids) == 2 and _gone(pids[0]), "the hung run was stopped, and a second one made the index"
    assert (site / "pagefind" / "pagefind-entry.json").is_file()


def test_a_pagefind_that_always_hangs_fails_the_index_with_a_message(flaky):
    site, runs, monkeypatch = flaky
    monkeypatch.setenv("PAGEFIND_HANGS", "99")
    monkeypatch.setattr(digest.search, "RETRY_FACTOR", 1.0)
    with pytest.raises(DigestError, match="did not finish"):
        digest.search.index_site(site)
    pids = [int(p) for p in runs.read_text().split()]
    assert len(pids) == digest.search.ATTEMPTS and all(map(_gone, pids))
