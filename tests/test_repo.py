"""The repository tracks only hand-written pages under docs/: generated ones are gitignored."""
from __future__ import annotations

import subprocess

from tests.conftest import ROOT
from tests.golden import GOLDEN


def test_no_generated_page_is_tracked():
    tracked = set(subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout.split())
    generated = {f"docs/{p.relative_to(GOLDEN).as_posix()}" for p in GOLDEN.rglob("*") if p.is_file()}
    assert not tracked & generated, sorted(tracked & generated)
