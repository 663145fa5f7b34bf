"""Where one article's analysis spends its time, by part: prints a table.

    python benchmarks/analysis_share.py [--articles 120] [--corpus DIR]

Analyses real-length articles (benchmarks/generate_corpus.py, or --corpus) on one core, after one article
that loads and warms the models, with a timer around each part of `analyze.analyze_article`: names
(`find_mentions`: the gazetteer and natasha's NER), dates (`find_events`), topics (the classifier, every
paragraph), and the summary candidates (`article_candidates`), of which reading each candidate's claim
(`claims.read_claims`) and its speaker (`speakers.find_speaker`). The parts overlap nowhere; what is left is
roles, languages, titles and the article's terms. Prints milliseconds an article and each part's share, and
what the cold target of issue 13 (10,000 articles in 120 s on two cores) leaves for the analysis alone.

A candidate's claim and speaker are read for every candidate, though a topic's summary only ever reads its
best POOL (`summarize.TopicPools`), an order that needs neither: their share is what reading them only for
the pooled candidates would save.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import digest.analyze as analyze  # noqa: E402
import digest.summarize as summarize  # noqa: E402
from digest.config import load_taxonomy  # noqa: E402
from benchmarks.generate_corpus import sample_arguments, sample_corpus  # noqa: E402
from digest.load import load_corpus  # noqa: E402

TARGET_SECONDS, TARGET_ARTICLES, CORES = 120, 10_000, 2
PARTS = (("names (gazetteer, NER)", analyze, "find_mentions"), ("dates", analyze, "find_events"),
         ("summary candidates", analyze, "article_candidates"), ("  of which claims", summarize, "read_claims"),
         ("  of which speakers", summarize, "find_speaker"))


def measure(corpus: Path, count: int) -> tuple[float, dict[str, float], int]:
    """(seconds for `count` articles, seconds by part, candidates) on one core."""
    tools = analyze.build_analyzers(load_taxonomy(ROOT / "taxonomy.yml"))
    docs = load_corpus(corpus)[0][:count + 1]
    analyze.analyze_article(docs[0], tools)  # models loaded and warm
    spent = {name: 0.0 for name, *_ in PARTS} | {"topics (classifier)": 0.0}

    def timed(name, function):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
        return run

    for name, module, attribute in PARTS:
        setattr(module, attribute, timed(name, getattr(module, attribute)))
    classify = tools.classifier.classify
    tools.classifier.classify = timed("topics (classifier)", classify)
    started, candidates = time.perf_counter(), 0
    for doc in docs[1:]:
        candidates += len(analyze.analyze_article(doc, tools).candidates)
    return time.perf_counter() - started, spent, candidates


def main() -> int:
    args = sample_arguments(__doc__, 120)
    with tempfile.TemporaryDirectory() as tmp:
        total, spent, candidates = measure(sample_corpus(args.corpus, args.articles + 1, Path(tmp)), args.articles)
    n = args.articles
    per = lambda seconds: seconds / n * 1000
    print(f"one core, {n} articles, {candidates / n:.1f} summary candidates an article")
    print()
    print("| part | ms an article | share |")
    print("|---|---|---|")
    print(f"| whole analysis | {per(total):.1f} | 100% |")
    for name, seconds in spent.items():
        print(f"| {name.replace('  of', '— of')} | {per(seconds):.1f} | {seconds / total:.0%} |")
    rest = total - sum(s for name, s in spent.items() if not name.startswith(" "))
    print(f"| the rest (roles, languages, titles, terms) | {per(rest):.1f} | {rest / total:.0%} |")
    budget = TARGET_SECONDS * CORES / TARGET_ARTICLES * 1000
    print()
    print(f"The cold target ({TARGET_ARTICLES:,} articles in {TARGET_SECONDS} s on {CORES} cores) leaves "
          f"{budget:.0f} ms of one core an article for everything; the analysis alone takes {per(total):.0f} "
          f"({per(total) / budget:.1f}×).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
