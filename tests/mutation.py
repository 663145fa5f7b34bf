"""Mutation testing (`make mutation`): how many deliberate bugs in dates.py and the summary code the tests catch.

mutmut 3 (configured in pyproject.toml, [tool.mutmut]) copies digest/ into mutants/, plants small bugs
(mutants) in the functions of digest/dates.py and digest/summarize.py and runs the tests of dates and
summaries (tests/test_dates.py, test_events.py, test_summarize.py) against each: a mutant is killed
when a test fails. The two files are run one after the other (`mutmut run digest.dates.*`, then
`digest.summarize.*`) from a fresh mutants/ directory, so each table reflects the code and tests as
they are now. Exits non-zero when mutmut itself fails (its log is printed).

    .venv/bin/python -m tests.mutation            # both files
    .venv/bin/python -m tests.mutation --survivors  # also list the mutants that survived

A survivor's diff: `.venv/bin/mutmut show NAME` (from the project root, after a run).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from mutmut.stats import status_by_exit_code

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
# (file, mutmut's name pattern for its mutants, the share killed it must reach or None)
TARGETS = (("digest/dates.py", "digest.dates.*", 0.80),
           ("digest/summarize.py", "digest.summarize.*", None))
SPINNER = tuple("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")  # mutmut's progress lines, left out of the log shown on failure
COLUMNS = ("file", "mutants", "killed", "survived", "other", "killed %")


def mutmut_command() -> list[str]:
    """The mutmut console script of the interpreter running this module (the project's virtualenv)."""
    script = Path(sys.executable).parent / "mutmut"
    if not script.exists():
        raise SystemExit(f"mutmut is not installed next to {sys.executable}: run `make install`")
    return [str(script)]


def run_mutmut(pattern: str, log: Path, jobs: int) -> None:
    """`mutmut run PATTERN`, its output in `log`; raises SystemExit when mutmut fails."""
    with log.open("w", encoding="utf-8") as out:
        code = subprocess.run([*mutmut_command(), "run", "--max-children", str(jobs), pattern], cwd=ROOT,
                              stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL).returncode
    if code != 0:
        lines = log.read_text(encoding="utf-8", errors="replace").replace("\r", "\n").splitlines()
        lines = [line for line in lines if line.strip() and not line.startswith(SPINNER)]
        print("\n".join(lines[-40:]), file=sys.stderr)
        raise SystemExit(f"mutmut failed on {pattern} (exit code {code}); its whole output: {log}")


def results(path: str) -> dict[str, str]:
    """Each mutant of the file and its status (killed, survived, timeout, ...), from mutmut's metadata."""
    meta = MUTANTS / f"{path}.meta"
    if not meta.exists():
        raise SystemExit(f"mutmut wrote no results for {path} ({meta} is missing)")
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return {name: status_by_exit_code[code] for name, code in codes.items()}


def row(path: str, statuses: dict[str, str]) -> tuple[str, int, int, int, int, str]:
    total = len(statuses)
    killed = sum(s == "killed" for s in statuses.values())
    survived = sum(s == "survived" for s in statuses.values())
    share = f"{100 * killed / total:.1f} %" if total else "–"
    return path, total, killed, survived, total - killed - survived, share


def table(rows) -> str:
    cells = [COLUMNS, *[tuple(str(c) for c in r) for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--survivors", action="store_true", help="list the mutants no test killed")
    args = parser.parse_args(argv)

    shutil.rmtree(MUTANTS, ignore_errors=True)  # fresh: no verdict cached from older code or tests
    MUTANTS.mkdir()
    rows, survivors, started = [], [], time.monotonic()
    for path, pattern, bar in TARGETS:
        t0 = time.monotonic()
        print(f"mutmut run {pattern} ...", flush=True)
        run_mutmut(pattern, MUTANTS / f"mutmut-{Path(path).stem}.log", args.jobs)
        statuses = results(path)
        unchecked = sorted(n for n, s in statuses.items() if s == "not checked")
        if not statuses or unchecked:
            raise SystemExit(f"mutmut left {len(unchecked)} of the {len(statuses)} mutants of {path} unchecked")
        rows.append(row(path, statuses))
        survivors += sorted(n for n, s in statuses.items() if s == "survived")
        print(f"    {len(statuses)} mutants in {time.monotonic() - t0:.0f} s", flush=True)

    print()
    print(table(rows))
    print("(other: timeout, suspicious, no tests, segfault; killed % = killed / mutants)")
    for (path, _, bar), r in zip(TARGETS, rows):
        if bar is not None:
            total, killed = r[1], r[2]
            verdict = "meets" if killed >= bar * total else "is BELOW"
            print(f"{path}: {r[5]} of the mutants killed, which {verdict} the bar of {bar:.0%}")
    print(f"total time: {time.monotonic() - started:.0f} s")
    if args.survivors:
        print("\nsurvivors (`.venv/bin/mutmut show NAME` shows one):")
        print("\n".join(f"    {name}" for name in survivors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
