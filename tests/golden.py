"""Golden Markdown of the seed corpus: `python -m tests.golden` regenerates it (on purpose only)."""
from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
from pathlib import Path

from digest.build import build_digest
from digest.write import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def generate(out: Path) -> dict[str, str]:
    """Build the seed corpus into `out` and return {relative path: text} of the generated files (a
    compressed data file as its text)."""
    build_digest(ROOT / "corpus", out, log=lambda line: None)
    return {p.relative_to(out).as_posix(): (gzip.decompress(p.read_bytes()).decode("utf-8") if p.suffix == ".gz"
                                            else p.read_text(encoding="utf-8"))
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != MANIFEST}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp))
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for rel, text in files.items():
        (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
        (GOLDEN / rel).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} golden files to {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
