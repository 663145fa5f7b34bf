"""`make stress-test`: the whole test suite 3 times in a row while every core is kept busy.

    python -m tests.stress [--runs 3] [--load N] [pytest arguments …]

A busy 2-core CI machine is where timing-dependent tests fail; this runs the suite under such load
(N processes spinning at ordinary priority, one per core by default) and prints one line per run
and a closing line, `stress-test: 3 runs under load: 0, 0, 0 failed`. Exit status 1 if any run failed.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPIN = "import time\nend = time.monotonic() + {limit}\nwhile time.monotonic() < end:\n    sum(range(1000))\n"
LOAD_LIMIT = 4 * 3600  # a spinner ends by itself even if this script is killed
COUNTS = re.compile(r"(\d+) (passed|failed|errors?|skipped)")


def start_load(processes: int) -> list[subprocess.Popen]:
    """Processes that keep the cores busy, each ending by itself after LOAD_LIMIT seconds."""
    return [subprocess.Popen([sys.executable, "-c", SPIN.format(limit=LOAD_LIMIT)]) for _ in range(processes)]


def run_suite(pytest_args: list[str]) -> tuple[dict[str, int], float, str]:
    """One run of the suite: its counts, seconds and closing line."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args],
                            cwd=ROOT, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    closing = lines[-1] if lines else result.stderr.strip()[-300:]
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    for number, kind in COUNTS.findall(closing):
        counts["errors" if kind.startswith("error") else kind] += int(number)
    if result.returncode != 0 and not counts["failed"] and not counts["errors"]:
        counts["errors"] = 1  # pytest itself failed (collection, usage): count it as a failure
    if counts["failed"] or counts["errors"]:
        sys.stdout.write("\n".join(line for line in lines if line.startswith(("FAILED", "ERROR"))) + "\n")
    return counts, time.monotonic() - started, closing


def main(argv: list[str] | None = None) -> int:
    """Run the suite `--runs` times under load; print a line per run and a closing line."""
    parser = argparse.ArgumentParser(prog="python -m tests.stress", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--load", type=int, default=os.cpu_count() or 2, help="busy processes (default: one a core)")
    args, pytest_args = parser.parse_known_args(argv)
    load = start_load(args.load)
    failures = []
    try:
        print(f"stress-test: {args.load} busy processes on {os.cpu_count()} cores; the suite {args.runs} times",
              flush=True)
        for n in range(1, args.runs + 1):
            counts, seconds, closing = run_suite(pytest_args)
            failures.append(counts["failed"] + counts["errors"])
            print(f"run {n}: {counts['passed']} passed, {counts['failed']} failed, {counts['errors']} errors, "
                  f"{counts['skipped']} skipped in {seconds:.0f} s   ({closing})", flush=True)
    finally:
        for proc in load:
            proc.kill()
            proc.wait()
    print(f"stress-test: {args.runs} runs under load: {', '.join(map(str, failures))} failed")
    return 1 if any(failures) else 0


if __name__ == "__main__":
    sys.exit(main())
