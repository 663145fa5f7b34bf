"""How much of the analysis is natasha's NER: prints a table.

    python benchmarks/ner_share.py [--articles 200] [--corpus DIR]

Analyses real-length articles (benchmarks/generate_corpus.py, or --corpus) on one core, collecting every
Russian text the entity finder is asked about; then tags them again with a fresh model, timed alone: all
of them, and those the finder gives the model (`entities.capital_after_first`: a capital after the first
letter). Prints the analysis and NER milliseconds per article, NER's share, what the cold target of issue 13
(10,000 articles in 120 s on two cores) leaves after NER alone, and what the finder's gate skips and the
names the model would have found there.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_corpus import sample_arguments, sample_corpus  # noqa: E402
from digest.analyze import analyze_article, build_analyzers  # noqa: E402
from digest.config import load_taxonomy  # noqa: E402
from digest.entities import capital_after_first  # noqa: E402
from digest.load import load_corpus  # noqa: E402
from digest.ner import RussianNER  # noqa: E402

TARGET_SECONDS, TARGET_ARTICLES, CORES = 120, 10_000, 2


def measure(corpus: Path, count: int) -> dict:
    tools = build_analyzers(load_taxonomy(ROOT / "taxonomy.yml"))
    docs = load_corpus(corpus)[0][:count + 1]
    asked: dict[str, None] = {}
    find_all = tools.entities.find_all
    tools.entities.find_all = lambda texts: asked.update((t, None) for t, lang in texts if lang == "ru") or find_all(texts)
    analyze_article(docs[0], tools)  # models loaded and warm
    asked.clear()
    started = time.perf_counter()
    for doc in docs[1:]:
        analyze_article(doc, tools)
    analysis = time.perf_counter() - started
    texts = list(asked)
    given = [t for t in texts if capital_after_first(t)]
    ner = RussianNER()
    ner.spans_many(texts[:5])
    started = time.perf_counter()
    ner.spans_many(given)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    spans = ner.spans_many(texts)
    ungated = time.perf_counter() - started
    skipped = [s for t, s in zip(texts, spans) if not capital_after_first(t)]
    return {"articles": len(docs) - 1, "texts": len(texts), "given": len(given), "analysis": analysis, "ner": alone,
            "ungated": ungated, "names_skipped": sum(map(len, skipped)), "names": sum(map(len, spans))}


def main() -> int:
    args = sample_arguments(__doc__, 200)
    with tempfile.TemporaryDirectory() as tmp:
        r = measure(sample_corpus(args.corpus, args.articles + 1, Path(tmp)), args.articles)
    n = r["articles"]
    per = lambda seconds: seconds / n * 1000
    ner_at_target = per(r["ner"]) / 1000 * TARGET_ARTICLES / CORES
    print(f"one core, {n} articles, {r['texts'] / n:.0f} Russian texts an article asked about names")
    print()
    print("| figure | value |")
    print("|---|---|")
    print(f"| analysis, ms an article | {per(r['analysis']):.1f} |")
    print(f"| NER alone, ms an article | {per(r['ner']):.1f} (every text: {per(r['ungated']):.1f}) |")
    print(f"| NER's share of the analysis | {r['ner'] / r['analysis']:.0%} |")
    print(f"| NER alone for {TARGET_ARTICLES:,} articles on {CORES} cores | {ner_at_target:.0f} s "
          f"(cold target: {TARGET_SECONDS} s for everything) |")
    print(f"| texts not given to the model (no capital after the first letter) | "
          f"{1 - r['given'] / r['texts']:.0%} |")
    print(f"| names the model finds in those | {r['names_skipped']} of {r['names']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
