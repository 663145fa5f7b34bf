"""The one build function behind both entry points (build_digest.py and the MkDocs hook).

load → analyze → group → render → write: all articles are analysed before any page is rendered,
so that every page agrees with every other.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .analyze import Analyzers, analyze_article, build_analyzers
from .config import load_taxonomy, load_texts
from .entities import merge_names
from .errors import Problem, StrictError
from .export import export_json
from .group import group_site
from .load import load_corpus
from .model import Article, SummaryItem, Taxonomy, TimelineEntry
from .render import render_site
from .related import Related, related_articles
from .summarize import summarize_topic
from .write import write_outputs

ROOT = Path(__file__).resolve().parent.parent
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


def analyze_corpus(corpus_dir: Path, taxonomy_path: Path = DEFAULT_TAXONOMY,
                   tools: Analyzers | None = None) -> Analysis:
    """Load and analyse the whole corpus; summaries for every topic."""
    taxonomy = load_taxonomy(taxonomy_path)
    tools = tools or build_analyzers(taxonomy)
    docs, problems = load_corpus(corpus_dir)
    analysed = []
    for doc in docs:
        try:
            analysed.append(analyze_article(doc, tools))
        except Exception as exc:  # noqa: BLE001 — one article must never stop the build
            problems += (Problem(doc.file, f"could not be analysed ({type(exc).__name__}: {str(exc)[:80]})",
                                 "please report this with the file; the other articles are built"),)
    known = frozenset(e.key for e in tools.entities.known.entities)
    articles = merge_names(tuple(sorted(analysed, key=lambda a: (a.date, a.id))), known)
    summaries = {t.slug: summarize_topic(articles, t.slug) for t in taxonomy.topics}
    return Analysis(taxonomy, articles, summaries, build_timeline(articles), problems,
                    related_articles(articles, {a.id: a.terms for a in articles}))


def build_digest(corpus_dir: Path = DEFAULT_CORPUS, docs_dir: Path = DEFAULT_DOCS,
                 taxonomy_path: Path = DEFAULT_TAXONOMY, templates_dir: Path = DEFAULT_TEMPLATES,
                 json_path: Path | None = None, strict: bool = False,
                 log: Callable[[str], None] = print) -> BuildReport:
    """Build the generated Markdown (and digest.json) into docs_dir; only changed files are written."""
    analysis = analyze_corpus(corpus_dir, taxonomy_path)
    for problem in analysis.problems:
        log(str(problem))
    skipped = len({p.path for p in analysis.problems if p.skips_file})
    warnings = sum(1 for p in analysis.problems if p.severity == "warning")
    if strict and analysis.problems:
        log(f"digest: {len(analysis.articles)} articles built, {skipped} files skipped, {warnings} warnings; "
            "no page written (--strict)")
        raise StrictError(f"{len(analysis.problems)} problem(s) in the corpus and --strict was given; "
                          "fix them, or build without --strict")
    texts = load_texts(templates_dir / "texts.yml")
    site = group_site(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline, texts,
                      analysis.related)
    pages = render_site(site, templates_dir)
    data = export_json(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline)
    pages[JSON_NAME] = data
    result = write_outputs(docs_dir, pages)
    if json_path is not None:
        write_outputs(json_path.parent, {json_path.name: data}, prune=False)
    report = BuildReport(len(analysis.articles), skipped, warnings,
                         result.written, result.unchanged, result.removed, analysis.problems)
    log(report.summary())
    return report
