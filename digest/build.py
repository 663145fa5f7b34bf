"""The one build function behind both entry points (build_digest.py and the MkDocs hook).

load → analyze → group → render → write: all articles are analysed before any page is rendered,
so that every page agrees with every other.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .analyze import Analyzers, analyze_article, build_analyzers
from .cache import AnalysisCache, analysis_version
from .config import load_taxonomy, load_texts
from .entities import load_known_names, merge_names
from .errors import Problem, StrictError
from .export import export_json
from .group import group_site
from .load import load_corpus
from .model import Article, SummaryItem, Taxonomy, TimelineEntry
from .progress import Progress
from .render import render_site
from .related import Related, related_articles
from .summarize import summarize_topic
from .write import write_outputs

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ENTITIES = ROOT / "entities.yml"
DEFAULT_CACHE = ROOT / ".digest-cache" / "analysis.sqlite"
DEFAULT_CORPUS = ROOT / "corpus"
DEFAULT_DOCS = ROOT / "docs"
DEFAULT_TAXONOMY = ROOT / "taxonomy.yml"
DEFAULT_TEMPLATES = ROOT / "templates"
JSON_NAME = "digest.json"


@dataclass(frozen=True)
class Analysis:
    """Everything the pages are made from."""

    taxonomy: Taxonomy
    articles: tuple[Article, ...]
    summaries: dict[str, tuple[SummaryItem, ...]]
    timeline: tuple[TimelineEntry, ...]
    problems: tuple[Problem, ...]
    related: dict[str, tuple[Related, ...]]


@dataclass(frozen=True)
class BuildReport:
    """What a build did."""

    articles: int
    skipped: int
    warnings: int
    written: int
    unchanged: int
    removed: int
    problems: tuple[Problem, ...]
    timings: tuple[tuple[str, float], ...] = ()  # seconds per stage: load, analyze, group, render, write

    def summary(self) -> str:
        """One closing line for the log."""
        return (f"digest: {self.articles} articles built, {self.skipped} files skipped, {self.warnings} warnings; "
                f"{self.written} pages written, {self.unchanged} unchanged, {self.removed} removed")


def build_timeline(articles: tuple[Article, ...]) -> tuple[TimelineEntry, ...]:
    """One 'published' entry per article and one 'event' entry per date its text mentions, by date."""
    entries = []
    for a in articles:
        anchor = next((p.anchor for p in a.paragraphs if p.role in ("title", "body")), a.paragraphs[0].anchor)
        entries.append(TimelineEntry(a.date, "published", a.id, anchor, a.title, topics=a.topics))
        entries += [TimelineEntry(e.start, "event", a.id, e.anchor, e.phrase, e.precision, e.end, e.sentence, e.topics)
                    for e in a.events]
    return tuple(sorted(entries, key=lambda e: (e.date, e.kind != "published", e.article, int(e.anchor[1:]))))


_WORKER_TOOLS: Analyzers | None = None  # one set of models per worker process, built by its initializer
MIN_PARALLEL = 40  # fewer articles than this are analysed in-process: starting workers costs more


def _init_worker(taxonomy_path: Path) -> None:
    global _WORKER_TOOLS
    _WORKER_TOOLS = build_analyzers(load_taxonomy(taxonomy_path))


def _analyze_in_worker(doc):
    return _analyze_safely(doc, _WORKER_TOOLS)


def _analyze_safely(doc, tools: Analyzers):
    try:
        return analyze_article(doc, tools)
    except Exception as exc:  # noqa: BLE001 — one article must never stop the build
        return Problem(doc.file, f"could not be analysed ({type(exc).__name__}: {str(exc)[:80]})",
                       "please report this with the file; the other articles are built")


def analyze_documents(docs: list, taxonomy: Taxonomy, taxonomy_path: Path, tools: Analyzers | None,
                      workers: int, progress: Progress) -> list:
    """Article (or Problem) for every document: in worker processes when there are many."""
    progress.start("analyse", len(docs))
    results = []
    if tools is None and workers > 1 and len(docs) >= MIN_PARALLEL:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_init_worker, initargs=(taxonomy_path,)) as pool:
            for result in pool.imap(_analyze_in_worker, docs, chunksize=8):
                results.append(result)
                progress.update(len(results))
        return results
    tools = tools or build_analyzers(taxonomy)
    for doc in docs:
        results.append(_analyze_safely(doc, tools))
        progress.update(len(results))
    return results


def analyze_corpus(corpus_dir: Path, taxonomy_path: Path = DEFAULT_TAXONOMY,
                   tools: Analyzers | None = None, cache_path: Path | None = None,
                   workers: int = 1, progress: Progress | None = None,
                   timings: dict[str, float] | None = None) -> Analysis:
    """Load and analyse the whole corpus (unchanged articles come from the cache); summaries for
    every topic. `timings` receives the seconds spent loading and analysing."""
    progress = progress or Progress(quiet=True)
    timings = timings if timings is not None else {}
    started = time.perf_counter()
    taxonomy = load_taxonomy(taxonomy_path)
    known_names = load_known_names(DEFAULT_ENTITIES)
    docs, problems = load_corpus(corpus_dir)
    timings["load"] = time.perf_counter() - started
    cache = AnalysisCache(cache_path, analysis_version(taxonomy_path, DEFAULT_ENTITIES))
    try:
        keys = [cache.key(doc) for doc in docs]
        cached = cache.get_many(keys)
        todo = [doc for doc, key in zip(docs, keys) if key not in cached]
        fresh = dict(zip((k for k in keys if k not in cached),
                         analyze_documents(todo, taxonomy, taxonomy_path, tools, workers, progress)))
        problems += tuple(r for r in fresh.values() if isinstance(r, Problem))
        cache.put_many({k: a for k, a in fresh.items() if isinstance(a, Article)})
        cache.keep_only(set(keys))
    finally:
        cache.close()
    analysed = [cached.get(k) or fresh.get(k) for k in keys]
    analysed = [a for a in analysed if isinstance(a, Article)]
    known = frozenset(e.key for e in known_names.entities)
    articles = merge_names(tuple(sorted(analysed, key=lambda a: (a.date, a.id))), known)
    summaries = {t.slug: summarize_topic(articles, t.slug) for t in taxonomy.topics}
    analysis = Analysis(taxonomy, articles, summaries, build_timeline(articles), problems,
                        related_articles(articles, {a.id: a.terms for a in articles}))
    timings["analyze"] = time.perf_counter() - started - timings["load"]
    return analysis


def build_digest(corpus_dir: Path = DEFAULT_CORPUS, docs_dir: Path = DEFAULT_DOCS,
                 taxonomy_path: Path = DEFAULT_TAXONOMY, templates_dir: Path = DEFAULT_TEMPLATES,
                 json_path: Path | None = None, strict: bool = False,
                 log: Callable[[str], None] = print, cache_path: Path | None = DEFAULT_CACHE,
                 workers: int | None = None, progress: Progress | None = None) -> BuildReport:
    """Build the generated Markdown (and digest.json) into docs_dir; only changed files are written.
    Unchanged articles come from the analysis cache; new ones are analysed on every core."""
    workers = workers or min(os.cpu_count() or 1, 8)
    timings: dict[str, float] = {}
    analysis = analyze_corpus(corpus_dir, taxonomy_path, cache_path=cache_path, workers=workers,
                              progress=progress, timings=timings)
    for problem in analysis.problems:
        log(str(problem))
    skipped = len({p.path for p in analysis.problems if p.skips_file})
    warnings = sum(1 for p in analysis.problems if p.severity == "warning")
    if strict and analysis.problems:
        log(f"digest: {len(analysis.articles)} articles built, {skipped} files skipped, {warnings} warnings; "
            "no page written (--strict)")
        raise StrictError(f"{len(analysis.problems)} problem(s) in the corpus and --strict was given; "
                          "fix them, or build without --strict")
    started = time.perf_counter()
    texts = load_texts(templates_dir / "texts.yml")
    site = group_site(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline, texts,
                      analysis.related)
    timings["group"] = time.perf_counter() - started
    started = time.perf_counter()
    pages = render_site(site, templates_dir)
    data = export_json(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline)
    pages[JSON_NAME] = data
    timings["render"] = time.perf_counter() - started
    started = time.perf_counter()
    result = write_outputs(docs_dir, pages)
    if json_path is not None:
        write_outputs(json_path.parent, {json_path.name: data}, prune=False)
    timings["write"] = time.perf_counter() - started
    report = BuildReport(len(analysis.articles), skipped, warnings,
                         result.written, result.unchanged, result.removed, analysis.problems,
                         tuple((k, round(v, 3)) for k, v in timings.items()))
    log(report.summary())
    return report
