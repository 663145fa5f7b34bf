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


def test_every_generated_page_is_gitignored():
    generated = [f"docs/{p.relative_to(GOLDEN).as_posix()}" for p in GOLDEN.rglob("*") if p.is_file()]
    result = subprocess.run(["git", "check-ignore", "--no-index", "--verbose", "--non-matching", *generated],
                            cwd=ROOT, capture_output=True, text=True)
    not_ignored = [line.split("\t")[-1] for line in result.stdout.splitlines() if line.startswith("::")]
    assert not not_ignored, not_ignored
