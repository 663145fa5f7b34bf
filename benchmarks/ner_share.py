"""How much of the analysis is natasha's NER: prints a table.

    python benchmarks/ner_share.py [--articles 200] [--corpus DIR]

Analyses real-length articles (benchmarks/generate_corpus.py, or --corpus) on one core, collecting every
text the NER model is given; then tags those texts again with a fresh model, timed alone. Prints the
analysis and NER milliseconds per article, NER's share, and what the cold target of issue 13 (10,000
articles in 120 s on two cores) leaves after NER alone. Also prints how many of NER's texts have no
capital but their first letter and the names NER finds in those (the entity finder gives the model none
since 7 December 2026: both are then 0).
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.analyze import analyze_article, build_analyzers  # noqa: E402
from digest.config import load_taxonomy  # noqa: E402
from digest.load import load_corpus  # noqa: E402
from digest.ner import RussianNER  # noqa: E402

CAPITAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
TARGET_SECONDS, TARGET_ARTICLES, CORES = 120, 10_000, 2


def measure(corpus: Path, count: int) -> dict:
    tools = build_analyzers(load_taxonomy(ROOT / "taxonomy.yml"))
    docs = load_corpus(corpus)[0][:count + 1]
    given: list[str] = []
    tag = tools.entities.ner.spans_many
    tools.entities.ner.spans_many = lambda texts: given.extend(texts) or tag(texts)
    analyze_article(docs[0], tools)  # models loaded and warm
    given.clear()
    started = time.perf_counter()
    for doc in docs[1:]:
        analyze_article(doc, tools)
    analysis = time.perf_counter() - started
    ner = RussianNER()
    ner.spans_many(given[:5])
    started = time.perf_counter()
    spans = ner.spans_many(given)
    alone = time.perf_counter() - started
    first_only = [i for i, text in enumerate(given)
                  if all(m.start() == len(text) - len(text.lstrip(" «\"—–-(")) for m in CAPITAL.finditer(text))]
    return {"articles": len(docs) - 1, "texts": len(given), "analysis": analysis, "ner": alone,
            "first_only": len(first_only), "names_there": sum(len(spans[i]) for i in first_only),
            "names": sum(len(s) for s in spans)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=None, help="a corpus folder (default: generated real-length)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            from benchmarks.generate_corpus import generate
            corpus = Path(tmp) / "corpus"
            generate(corpus, args.articles + 1)
        r = measure(corpus, args.articles)
    n = r["articles"]
    per = lambda seconds: seconds / n * 1000
    ner_at_target = per(r["ner"]) / 1000 * TARGET_ARTICLES / CORES
    print(f"one core, {n} articles, {r['texts'] / n:.0f} texts an article given to NER")
    print()
    print("| figure | value |")
    print("|---|---|")
    print(f"| analysis, ms an article | {per(r['analysis']):.1f} |")
    print(f"| NER alone, ms an article | {per(r['ner']):.1f} |")
    print(f"| NER's share of the analysis | {r['ner'] / r['analysis']:.0%} |")
    print(f"| NER alone for {TARGET_ARTICLES:,} articles on {CORES} cores | {ner_at_target:.0f} s "
          f"(cold target: {TARGET_SECONDS} s for everything) |")
    print(f"| texts whose only capital is their first letter | {r['first_only'] / r['texts']:.0%} |")
    print(f"| names NER finds in those texts | {r['names_there']} of {r['names']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
