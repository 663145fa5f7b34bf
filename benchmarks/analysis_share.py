"""Where one article's analysis spends its time, by part: prints a table.

    python benchmarks/analysis_share.py [--articles 120] [--corpus DIR]

Analyses real-length articles (benchmarks/generate_corpus.py, or --corpus) on one core, after one article
that loads and warms the models, as the build does (`analyze.analyze_articles(..., statements=False)`, build.CHUNK
articles at a time), with a timer around each part: names (`EntityFinder.find_all`: the gazetteer and natasha's NER,
for each chunk's articles together), dates (`find_events`, with
each event's name keys and where the timeline cuts its sentence),
topics (the classifier, every paragraph), and the summary candidates (`article_candidates`). The parts overlap
nowhere; what is left is roles, languages, titles, the article's terms and figures. Prints milliseconds an article and
each part's share, and what the cold target of issue 13 (10,000 articles in 120 s on two cores) leaves for the
analysis alone.

Then, apart, what reading every candidate's claim (`claims.read_claims`) and speaker (`speakers.find_speaker`)
would add, as the build did before it read them only for each topic's best POOL candidates
(`build.read_pools`: at most POOL × topics sentences for the whole corpus, ~1,600 at 10,000 articles).
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
from digest.build import CHUNK  # noqa: E402
from digest.config import load_taxonomy  # noqa: E402
from benchmarks.generate_corpus import sample_arguments, sample_corpus  # noqa: E402
from digest.load import load_corpus  # noqa: E402
from digest.summarize import POOL  # noqa: E402

TARGET_SECONDS, TARGET_ARTICLES, CORES = 120, 10_000, 2
PARTS = (("dates", analyze, "find_events"),
         ("summary candidates", analyze, "article_candidates"))
READING = (("claims", summarize, "read_claims"), ("speakers", summarize, "find_speaker"))


def measure(corpus: Path, count: int) -> tuple[float, dict[str, float], int, float, dict[str, float]]:
    """(seconds for `count` articles as the build analyses them, seconds by part, candidates, seconds to read
    every candidate's claim and speaker, those seconds by part) on one core."""
    tools = analyze.build_analyzers(load_taxonomy(ROOT / "taxonomy.yml"))
    docs = load_corpus(corpus)[0][:count + 1]
    for doc in docs[:10]:  # models loaded and warm, claims read once
        if analyze.analyze_article(doc, tools).candidates:
            break
    spent = {name: 0.0 for name, *_ in PARTS} | {"topics (classifier)": 0.0}
    reading = {name: 0.0 for name, *_ in READING}

    def timed(into, name, function):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                into[name] += time.perf_counter() - started
        return run

    for name, module, attribute in PARTS:
        setattr(module, attribute, timed(spent, name, getattr(module, attribute)))
    for name, module, attribute in READING:
        setattr(module, attribute, timed(reading, name, getattr(module, attribute)))
    spent["names (gazetteer, NER)"] = 0.0
    find_all = tools.entities.find_all
    names = timed(spent, "names (gazetteer, NER)", find_all)
    tools.classifier.classify = timed(spent, "topics (classifier)", tools.classifier.classify)
    analysis, statements, candidates = 0.0, 0.0, 0
    for first in range(1, len(docs), CHUNK):
        tools.entities.find_all = names  # (the analysis' names only: not those the claims read below)
        started = time.perf_counter()
        articles = [a for a in analyze.analyze_articles(docs[first:first + CHUNK], tools, statements=False)
                    if not isinstance(a, Exception)]
        analysis += time.perf_counter() - started
        tools.entities.find_all = find_all
        for article in articles:
            candidates += len(article.candidates)
            started = time.perf_counter()
            summarize.with_statements(article, article.candidates, tools)
            statements += time.perf_counter() - started
    return analysis, spent, candidates, statements, reading


def main() -> int:
    args = sample_arguments(__doc__, 120)
    with tempfile.TemporaryDirectory() as tmp:
        total, spent, candidates, statements, reading = measure(
            sample_corpus(args.corpus, args.articles + 1, Path(tmp)), args.articles)
    n = args.articles
    per = lambda seconds: seconds / n * 1000
    print(f"one core, {n} articles, {candidates / n:.1f} summary candidates an article")
    print()
    print("| part | ms an article | share |")
    print("|---|---|---|")
    print(f"| whole analysis (as the build runs it) | {per(total):.1f} | 100% |")
    for name, seconds in spent.items():
        print(f"| {name} | {per(seconds):.1f} | {seconds / total:.0%} |")
    rest = total - sum(spent.values())
    print(f"| the rest (roles, languages, titles, terms, figures) | {per(rest):.1f} | {rest / total:.0%} |")
    print()
    print(f"Reading every candidate's claim and speaker (the build reads them for each topic's best {POOL} "
          f"only): {per(statements):.1f} ms an article more ({statements / total:.0%} of the analysis above; "
          + ", ".join(f"{name} {per(s):.1f}" for name, s in reading.items()) + ").")
    budget = TARGET_SECONDS * CORES / TARGET_ARTICLES * 1000
    print()
    print(f"The cold target ({TARGET_ARTICLES:,} articles in {TARGET_SECONDS} s on {CORES} cores) leaves "
          f"{budget:.0f} ms of one core an article for everything; the analysis alone takes {per(total):.0f} "
          f"({per(total) / budget:.1f}×).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
