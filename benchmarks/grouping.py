"""The grouping stage alone, with Python's cycle collector on and off: prints a table.

    python benchmarks/grouping.py CORPUS [--cache PATH]

Analyses the corpus (from the analysis cache at PATH when given: a corpus analysed once is grouped again in
seconds), then groups its views three times — collector on, off, on — and prints each time, the collector's full
passes, and the cyclic garbage a collection finds once the views are dropped (0: grouping makes no cycles, so
the build may group with the collector off; see build.build_digest). Run it on two sizes of one corpus (e.g.
10,000 and 30,000 articles from `benchmarks/generate_corpus.py`) to see whether grouping grows with the corpus.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.build import analyze_corpus  # noqa: E402
from digest.config import load_texts  # noqa: E402
from digest.errors import Guard  # noqa: E402
from digest.group import group_site  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="an analysis cache (kept only for this corpus)")
    args = parser.parse_args()
    analysis = analyze_corpus(args.corpus, cache_path=args.cache, workers=2)
    texts = load_texts(ROOT / "templates" / "texts.yml")
    gc.collect()
    gc.freeze()  # (as the build does after its analysis)
    print(f"{len(analysis.articles)} articles\n\n| collector | group s | full passes | cyclic garbage after |\n|---|---|---|---|")
    for on in (True, False, True):
        (gc.enable if on else gc.disable)()
        passes = gc.get_stats()[2]["collections"]
        started = time.perf_counter()
        site = group_site(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline, texts,
                          analysis.related, analysis.scope, Guard(), analysis.spellings)
        seconds = time.perf_counter() - started
        passes = gc.get_stats()[2]["collections"] - passes
        gc.enable()
        del site
        print(f"| {'on' if on else 'off'} | {seconds:.2f} | {passes} | {gc.collect()} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
