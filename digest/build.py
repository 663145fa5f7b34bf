"""The one build function behind both entry points (build_digest.py and the MkDocs hook).

load → analyze → group → render → write: all articles are analysed before any page is rendered,
so that every page agrees with every other.
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator

from .analyze import Analyzers, analyze_articles, build_analyzers, check_editor_choices
from .cache import AnalysisCache, analysis_version, input_fingerprint, read_stamp, write_stamp
from .config import load_taxonomy, load_texts
from .entities import load_known_names, merge_names, scope_keys
from .errors import RAISE, Guard, Problem, StrictError
from .export import iter_parts, json_chunks
from .excerpts import fold_name
from .group import group_site
from .load import load_corpus
from .memo import PageMemo, RankMemo
from .model import Article, Event, SummaryItem, Taxonomy, TimelineEntry
from .progress import Progress
from .render import iter_site
from .related import Related, related_articles
from .summarize import TopicPools, read_statements, readings, summarize_topics
from .write import StagedWrite, write_stream

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ENTITIES = ROOT / "entities.yml"
CACHE = Path(".digest-cache") / "analysis.sqlite"  # beside the docs folder the build writes into
DEFAULT_CORPUS = ROOT / "corpus"
DEFAULT_DOCS = ROOT / "docs"
DEFAULT_TAXONOMY = ROOT / "taxonomy.yml"
DEFAULT_TEMPLATES = ROOT / "templates"


@dataclass(frozen=True)
class Analysis:
    """Everything the pages are made from."""

    taxonomy: Taxonomy
    articles: tuple[Article, ...]
    summaries: dict[str, tuple[SummaryItem, ...]]
    timeline: tuple[TimelineEntry, ...]
    problems: tuple[Problem, ...]
    related: dict[str, tuple[Related, ...]]
    scope: frozenset[str] = frozenset()  # name keys every article shares (the two countries)
    spellings: dict[str, tuple[tuple[str, str], ...]] | None = None  # known names' (form, lang) by key
    tokens: dict[str, str] | None = None  # by article id: what its pages are made of (see memo.PageMemo)


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
    notes: int = 0
    reused: int = 0  # pages not rendered: their view was the last build's (see memo.PageMemo)

    @property
    def failing(self) -> bool:
        """True when a problem (an error or a warning, not a note) was found: --strict fails then."""
        return any(p.is_problem for p in self.problems)

    def summary(self) -> str:
        """One closing line for the log."""
        notes = f", {self.notes} notes" if self.notes else ""
        reused = f" ({self.reused} of them not rendered again)" if self.reused else ""
        return (f"digest: {self.articles} articles built, {self.skipped} files skipped, {self.warnings} warnings"
                f"{notes}; {self.written} pages written, {self.unchanged} unchanged{reused}, {self.removed} removed")


def build_timeline(articles: tuple[Article, ...], guard: Guard = RAISE) -> tuple[TimelineEntry, ...]:
    """One 'published' entry per article and one 'event' entry per date its text mentions, by date.
    A date that cannot be placed is left out (the guard reports it)."""
    entries = []
    for a in articles:
        anchor = next((p.anchor for p in a.paragraphs if p.role in ("title", "body")), a.paragraphs[0].anchor)
        entries.append(TimelineEntry(a.date, "published", a.id, anchor, a.title, topics=a.topics))
        for e in a.events:
            with guard.piece(f"the event '{e.phrase[:40]}'", a.file, lambda: a.line_of(e.anchor)):
                entries.append(timeline_entry(a, e))
    return tuple(sorted(entries, key=lambda e: (e.date, e.kind != "published", e.article, int(e.anchor[1:]))))


def timeline_entry(article: Article, event: Event) -> TimelineEntry:
    """The timeline entry of a date an article mentions."""
    return TimelineEntry(event.start, "event", article.id, event.anchor, event.phrase, event.precision, event.end,
                         event.sentence, event.topics, event.direction, event.window, event.names)


_WORKER_TOOLS: Analyzers | None = None  # one set of models per worker process, built by its initializer
MIN_PARALLEL = 40  # fewer articles than this are analysed in-process: starting workers costs more


def _init_worker(taxonomy_path: Path) -> None:
    global _WORKER_TOOLS
    gc.enable()  # (forked from a build that paused it: the models' own cycles are collected here)
    _WORKER_TOOLS = build_analyzers(load_taxonomy(taxonomy_path))


CHUNK = 8  # articles analysed together: their names are looked for together (analyze.analyze_articles)


def _analyze_in_worker(docs):
    # each article pickled here, once: the build keeps these very bytes in its cache (it would pickle it again)
    return [_pickled(doc, r) if isinstance(r, Article) else r for doc, r in zip(docs, _analyze_safely(docs, _WORKER_TOOLS))]


def _pickled(doc, article: Article) -> bytes | Problem:
    try:
        return pickle.dumps(article, protocol=5)
    except Exception as exc:  # noqa: BLE001 — one article must never stop the build
        return _problem(doc, exc)


def _analyze_safely(docs, tools: Analyzers) -> list:
    """Article (or Problem) for each document: one article must never stop the build."""
    try:  # (read for the pooled candidates only: read_pools)
        analysed = analyze_articles(docs, tools, statements=False)
    except Exception as exc:  # noqa: BLE001
        analysed = [exc] * len(docs)
    return [_problem(doc, result) if isinstance(result, Exception) else result for doc, result in zip(docs, analysed)]


def _problem(doc, exc: Exception) -> Problem:
    return Problem(doc.file, f"internal error while analysing it ({type(exc).__name__}: {str(exc)[:120]})",
                   "the file is skipped and the others are built; please report this with the file")


_RESIDENT: dict[str, Analyzers] = {}  # the models built in this process, by the analysis' version


def resident_analyzers(taxonomy: Taxonomy, version: str) -> Analyzers:
    """The analysers for this analysis version, built once per process: a long-lived process (`mkdocs
    serve`, rebuilding after each edit) loads the models once, not at every rebuild."""
    if version not in _RESIDENT:
        _RESIDENT.clear()
        _RESIDENT[version] = build_analyzers(taxonomy)
    return _RESIDENT[version]


def _read_in_worker(task):
    return _read_safely(task, _WORKER_TOOLS)


def _read_safely(task, tools: Analyzers):
    published, sentences = task
    try:
        return read_statements(sentences, published, tools)
    except Exception as exc:  # noqa: BLE001 — one article must never stop the build
        return f"{type(exc).__name__}: {str(exc)[:120]}"


class Analysts:
    """Where articles are analysed and their summary sentences read: worker processes (each loads the
    models once) when there are many, else this process — with the analysers given, or its own for
    `version` (see resident_analyzers). Workers started for the analysis also read the sentences after it."""

    def __init__(self, taxonomy: Taxonomy, taxonomy_path: Path, tools: Analyzers | None, workers: int,
                 version: str | None = None) -> None:
        self.taxonomy, self.taxonomy_path, self.tools, self.workers, self.version = (
            taxonomy, taxonomy_path, tools, workers, version)
        self._pool = None

    def close(self) -> None:
        """Stop the workers, if any were started."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def _parallel(self, n: int) -> bool:
        if self._pool is None and self.tools is None and self.workers > 1 and n >= MIN_PARALLEL:
            # what this process holds is frozen while the workers are forked: their cycle collector never walks it,
            # so it is never copied into them page by page (each worker's own collections would touch every object
            # it inherited: the documents, the cached articles read so far)
            frozen = gc.get_freeze_count()
            gc.freeze()
            try:
                self._pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_init_worker,
                                                                      initargs=(self.taxonomy_path,))
            finally:
                if not frozen:
                    gc.unfreeze()
        return self._pool is not None

    def _own(self) -> Analyzers:
        return self.tools or (resident_analyzers(self.taxonomy, self.version) if self.version
                              else build_analyzers(self.taxonomy))

    def analyze(self, docs: list, progress: Progress) -> Iterator[tuple]:
        """(Article or Problem, the article pickled or None) for every document, in their order, one at a time."""
        progress.start("analyse", len(docs))
        chunks = [docs[first:first + CHUNK] for first in range(0, len(docs), CHUNK)]
        done = 0
        if self._parallel(len(docs)):
            for results in self._pool.imap(_analyze_in_worker, chunks):
                done += len(results)
                progress.update(done)
                yield from ((pickle.loads(r), r) if isinstance(r, bytes) else (r, None) for r in results)
            return
        tools = self._own() if docs else None
        for chunk in chunks:
            with _collector(True):  # (the models' own cycles are collected, whatever the build paused)
                results = _analyze_safely(chunk, tools)
            done += len(results)
            progress.update(done)
            yield from ((r, None) for r in results)

    def read(self, tasks: list[tuple]) -> list:
        """For each (article date, sentences to read) of one article: its sentences' (claim, speaker), or the
        error that stopped reading them (see summarize.read_statements). In the workers if the analysis
        started them (a few sentences an article: not worth starting them for), else in this process."""
        if self._pool is not None and tasks:
            try:
                return self._pool.map(_read_in_worker, tasks, chunksize=4)
            except Exception:  # noqa: BLE001 — a result that could not come back: read here (and report here)
                pass
        tools = self._own() if tasks else None
        with _collector(True):
            return [_read_safely(task, tools) for task in tasks]


def read_pools(pools: TopicPools, articles: dict[str, Article], keys: dict[str, str], cache: AnalysisCache,
               analysts: Analysts, guard: Guard) -> None:
    """Give each topic's best candidates the claim and speaker its summary compares: read by the analysis for
    these only (a few in a hundred candidates), and remembered in the cache by article and sentence."""
    unread = pools.unread()
    if not unread:
        return
    pools.read(cache.statements([(keys[c.citation.article], c.citation) for c in unread]))
    by_article: dict[str, list] = {}
    for c in pools.unread():
        by_article.setdefault(c.citation.article, []).append(c)

    def failed(article_id: str, error: str) -> None:
        guard.problems.append(Problem(articles[article_id].file, f"internal error while reading the claims of its "
                                      f"summary sentences ({error})", "they are compared by their words only; "
                                      "please report this with the file", severity="warning"))

    order, sentences = [], []
    for article_id in sorted(by_article):
        try:
            sentences.append(readings(articles[article_id], by_article[article_id]))
            order.append(article_id)
        except Exception as exc:  # noqa: BLE001 — one article must never stop the build
            failed(article_id, f"{type(exc).__name__}: {str(exc)[:120]}")
    read, fresh = {}, []
    for article_id, wanted, result in zip(order, sentences,
                                          analysts.read([(articles[a].date, s) for a, s in zip(order, sentences)])):
        if isinstance(result, str):
            failed(article_id, result)
            continue
        for (citation, *_), statement in zip(wanted, result):
            read[citation] = statement
            fresh.append((keys[article_id], citation, statement))
    pools.read(read)
    cache.put_statements(fresh)


class Gathered:
    """What the cross-article stages need of the analysed articles, taken from each as it is read
    (from the cache or a worker): the article without its summary candidates and content words, each
    topic's best candidates (`TopicPools`), and the content words as a tuple (a set of them costs six
    times its words). An analysed article is never held whole beyond its own turn."""

    SAVE_EVERY = 64  # freshly analysed articles written to the cache at a time

    def __init__(self, cache: AnalysisCache) -> None:
        self.cache = cache
        self.pools = TopicPools()
        self.terms: dict[str, tuple[str, ...]] = {}
        self.articles: list[Article] = []
        self.keys: dict[str, str] = {}  # each article's cache key, by id
        self._unsaved: list[tuple[str, Article | bytes]] = []

    def add(self, article: Article, key: str, fresh: bool = False, pickled: bytes | None = None) -> None:
        """Take an analysed article and its cache key; `fresh`: remember it in the cache (as `pickled`, if given)."""
        self.keys[article.id] = key
        if fresh:
            self._unsaved.append((key, pickled or article))
            if len(self._unsaved) >= self.SAVE_EVERY:
                self.save()
        self.pools.offer(article)
        self.terms[article.id] = tuple(article.terms)
        self.articles.append(replace(article, candidates=(), terms=frozenset()))

    def take(self, article: Article, terms: tuple[str, ...], key: str) -> None:
        """Take an article a previous build gathered (without its candidates: the pools have them)."""
        self.keys[article.id] = key
        self.terms[article.id] = terms
        self.articles.append(article)

    def save(self) -> None:
        """Write the fresh articles not yet in the cache."""
        self.cache.put_many(self._unsaved)
        self._unsaved = []


@dataclass(frozen=True)
class Kept:
    """What a long-lived process (`mkdocs serve`) keeps of one build for the next: every article as gathered
    (without its candidates) and its content words, by cache key, and the topic pools over them — so that a
    rebuild after an edit reads only the edited article, not every article again from the cache."""

    version: str  # the analysis version, the cache file's path and its inode
    articles: dict[str, Article]
    terms: dict[str, tuple[str, ...]]
    pools: TopicPools


_KEPT: list[Kept] = []  # (at most one: the last build's, in a process that keeps it)


def analyze_corpus(corpus_dir: Path, taxonomy_path: Path = DEFAULT_TAXONOMY,
                   tools: Analyzers | None = None, cache_path: Path | None = None,
                   workers: int = 1, progress: Progress | None = None,
                   timings: dict[str, float] | None = None, guard: Guard | None = None,
                   keep: bool = False) -> Analysis:
    """Load and analyse the whole corpus (unchanged articles come from the cache); summaries for
    every topic. `timings` receives the seconds spent loading and analysing. Whatever fails for one
    article, summary sentence or event leaves out only that piece, reported by `guard` (a new one
    by default) and listed in the Analysis' problems. `keep`: keep the gathered articles in this process
    for the next build with `keep` (see Kept), and start from the last one's."""
    guard = guard or Guard()
    progress = progress or Progress(quiet=True)
    timings = timings if timings is not None else {}
    started = time.perf_counter()
    taxonomy = load_taxonomy(taxonomy_path)
    known_names = load_known_names(DEFAULT_ENTITIES)
    docs, problems = load_corpus(corpus_dir)
    checked = [check_editor_choices(doc, taxonomy) for doc in docs]
    docs = tuple(doc for doc, _ in checked)
    problems += tuple(p for _, found in checked for p in found)
    timings["load"] = time.perf_counter() - started
    cache_existed = cache_path is not None and cache_path.exists()
    cache = AnalysisCache(cache_path, analysis_version(taxonomy_path, DEFAULT_ENTITIES))
    gathered = Gathered(cache)
    # (the last build's articles, if it used this cache file as it still is, with this analysis version)
    identity = f"{cache.version}:{cache_path.resolve()}:{cache_path.stat().st_ino}" if cache_path else ""
    kept = _KEPT.pop() if keep and _KEPT and _KEPT[0].version == identity and cache_existed else None
    if keep:
        _KEPT.clear()
    analysts = Analysts(taxonomy, taxonomy_path, tools, workers, cache.version)
    try:
        keys = [cache.key(doc) for doc in docs]
        cached = set()
        if kept is not None:  # the last build's articles, but the ones gone or edited since
            wanted = set(keys)
            kept.pools.remove({a.id for key, a in kept.articles.items() if key not in wanted})
            gathered.pools = kept.pools
            for key in keys:
                if key in kept.articles:
                    cached.add(key)
                    gathered.take(kept.articles[key], kept.terms[key], key)
        with _collector(False):  # (records without cycles: each full collection would walk all read so far)
            for key, article in cache.iter_many([key for key in keys if key not in cached]):
                cached.add(key)
                gathered.add(article, key)
        todo = [(doc, key) for doc, key in zip(docs, keys) if key not in cached]
        # (the analyses first: they run out with the documents; the workers stay for read_pools, and stop with it)
        for (result, pickled), (_, key) in zip(analysts.analyze([doc for doc, _ in todo], progress), todo):
            if isinstance(result, Problem):
                problems += (result,)
            else:
                gathered.add(result, key, fresh=True, pickled=pickled)
        gathered.save()
        if kept is not None and not gathered.pools.exact():
            # the pools lost candidates they cannot restore: every article's candidates are offered again (from the
            # cache; an article another build dropped from it since is analysed again)
            gathered.pools, read = TopicPools(), set()
            with _collector(False):
                for key, article in cache.iter_many(keys):
                    read.add(key)
                    gathered.pools.offer(article)
            held = set(gathered.keys.values())
            lost = [(doc, key) for doc, key in zip(docs, keys) if key in held and key not in read]
            for (result, pickled), (_, key) in zip(analysts.analyze([doc for doc, _ in lost], progress), lost):
                if not isinstance(result, Problem):
                    gathered.pools.offer(result)
                    cache.put_many([(key, pickled or result)])
        read_pools(gathered.pools, {a.id: a for a in gathered.articles}, gathered.keys, cache, analysts, guard)
        cache.keep_only(set(keys))
    finally:
        analysts.close()
        cache.close()
    known = frozenset(e.key for e in known_names.entities)
    unmerged = tuple(sorted(gathered.articles, key=lambda a: (a.date, a.id)))
    if keep and cache_path is not None:
        _KEPT.append(Kept(identity, {gathered.keys[a.id]: a for a in unmerged},
                          {gathered.keys[a.id]: gathered.terms[a.id] for a in unmerged}, gathered.pools))
    articles = merge_names(unmerged, known, guard)
    del gathered.articles
    # an article's token: its cache key, and its names where merging them across the corpus changed them
    tokens = {a.id: gathered.keys[a.id] if a is before else
              hashlib.sha256((gathered.keys[a.id] + repr(a.mentions)).encode()).hexdigest()
              for a, before in zip(articles, unmerged)}
    del unmerged
    ranked = RankMemo(cache_path, gathered.keys) if cache_path is not None else None
    summaries = summarize_topics(articles, [t.slug for t in taxonomy.topics], taxonomy.rules, guard=guard,
                                 pools=gathered.pools, ranked=ranked)
    if ranked is not None:
        ranked.save()
    timeline = build_timeline(articles, guard)
    related = related_articles(articles, gathered.terms, guard)
    spellings = {e.key: tuple(dict.fromkeys((f, lang) for lang, forms in e.forms.items() for f in forms))
                 for e in known_names.entities}
    analysis = Analysis(taxonomy, articles, summaries, timeline, problems + tuple(guard.problems), related,
                        scope_keys(known_names, fold_name), spellings, tokens)
    timings["analyze"] = time.perf_counter() - started - timings["load"]
    return analysis


def build_digest(corpus_dir: Path = DEFAULT_CORPUS, docs_dir: Path = DEFAULT_DOCS,
                 taxonomy_path: Path = DEFAULT_TAXONOMY, templates_dir: Path = DEFAULT_TEMPLATES,
                 json_path: Path | None = None, strict: bool = False,
                 log: Callable[[str], None] = print, cache_path: Path | None = None,
                 workers: int | None = None, progress: Progress | None = None, keep: bool = False) -> BuildReport:
    """Build the generated Markdown (and the data files, data/) into docs_dir; only changed files are written.
    Unchanged articles come from the analysis cache at `cache_path` (none: analyse everything and
    remember nothing); new ones are analysed on every core; `keep`: the analysed articles are also kept in
    this process for the next build (`mkdocs serve`: see Kept). Whatever fails for one article, summary
    item, event or page leaves out only that piece with a warning naming the file; with `strict`,
    any problem fails the build before a page is written."""
    workers = workers or min(os.cpu_count() or 1, 8)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    # nothing changed since the last build (corpus, taxonomy, names, templates, code, and the files it
    # wrote): its report stands, and nothing is read, analysed or written
    fingerprint = (input_fingerprint(corpus_dir, taxonomy_path, DEFAULT_ENTITIES, templates_dir)
                   if cache_path is not None and json_path is None else None)
    previous = read_stamp(cache_path, fingerprint, docs_dir) if fingerprint else None
    if previous is not None and not (keep and not _KEPT):  # (a process that keeps articles has some to keep)
        return _unchanged_build(previous, strict, log, time.perf_counter() - started)
    guard = Guard()
    try:
        with _collector(not keep):  # (paused in a process that keeps its articles: see _collector)
            analysis = analyze_corpus(corpus_dir, taxonomy_path, cache_path=cache_path, workers=workers,
                                      progress=progress, timings=timings, guard=guard, keep=keep)
            found = len(guard.problems)
            started = time.perf_counter()
            texts = load_texts(templates_dir / "texts.yml")
            # the analysis, then the pages' views, live until the build ends: the cycle collector need not walk them
            # again at each collection while grouping and rendering (at 10,000 articles: 4 s after an edit)
            gc.freeze()
            # grouping makes no reference cycles (tests/test_incremental.py checks it): the collector stays off, or each
            # of its full passes walks every view made so far — passes that grow in number and in length with the
            # corpus (measured: 9.6 → 7.3 s at 10,000 articles, 32.7 → 24.1 s at 30,000)
            with _collector(False):
                site = group_site(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline, texts,
                                  analysis.related, analysis.scope, guard, analysis.spellings)
        timings["group"] = time.perf_counter() - started
        started = time.perf_counter()
        gc.freeze()
        stage = StagedWrite(docs_dir)  # each page is written as it is made: the site's text is never held whole
        # (pages whose views are the last build's are not rendered again: see memo.PageMemo)
        memo = (PageMemo(cache_path, docs_dir, input_fingerprint(taxonomy_path, DEFAULT_ENTITIES, templates_dir),
                         analysis.articles, analysis.tokens) if cache_path is not None else None)
        try:
            for path, text in iter_site(site, templates_dir, guard, memo):
                stage.add(path, text)  # (None: a page the memo reuses)
            for path, data in iter_parts(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline,
                                         texts, previous=docs_dir, memo=memo):
                stage.add(path, data)  # (None: a page the memo reuses)
            timings["render"] = time.perf_counter() - started
            problems = analysis.problems + tuple(guard.problems[found:])
            for problem in problems:
                log(str(problem))
            skipped = len({p.path for p in problems if p.skips_file})
            warnings = sum(1 for p in problems if p.severity == "warning")
            notes = sum(1 for p in problems if p.severity == "note")
            failing = [p for p in problems if p.is_problem]
            if strict and failing:
                log(f"digest: {len(analysis.articles)} articles built, {skipped} files skipped, {warnings} warnings; "
                    "no page written (--strict)")
                raise StrictError(f"{len(failing)} problem(s) in the corpus and --strict was given; "
                                  "fix them, or build without --strict")
            started = time.perf_counter()
            result = stage.commit()
            if memo is not None:
                memo.save()
        finally:
            stage.discard()
        written = set(stage.current)
        if json_path is not None:
            write_stream(json_path, json_chunks(analysis.taxonomy, analysis.articles, analysis.summaries,
                                                analysis.timeline, texts))
        timings["write"] = time.perf_counter() - started
        report = BuildReport(len(analysis.articles), skipped, warnings,
                             result.written, result.unchanged, result.removed, problems,
                             tuple((k, round(v, 3)) for k, v in timings.items()), notes, memo.reused if memo else 0)
        if fingerprint:
            write_stamp(cache_path, fingerprint, docs_dir, written, report)
        log(report.summary())
        return report
    finally:
        gc.unfreeze()  # (what the build froze after the analysis and after the grouping)


@contextmanager
def _collector(on: bool):
    """Python's cycle collector on or off for a block, then as it was. In `mkdocs serve` (a build that keeps
    its articles) it is off while the articles are read and grouped: they are millions of small records
    without cycles, and each full collection walks every object the process holds, its pages too — a third
    of a rebuild at 10,000 articles (measured: 79 s → 57 s). It is on while an article is analysed (the
    models make cycles) and while pages are rendered (so do templates); and in a build from the command line
    (with it off there, the cold build's peak at 10,000 articles grew from ~1,390 to 1,528 MB in one run) — but
    while the cache is read, in every build: its records make no cycles, and reading them with it on took
    twice as long."""
    was = gc.isenabled()
    (gc.enable if on else gc.disable)()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


def _unchanged_build(previous: BuildReport, strict: bool, log: Callable[[str], None], seconds: float) -> BuildReport:
    """The report of a build whose inputs and outputs are those of the previous one: its problems are
    listed again (and fail --strict again), no page is written."""
    for problem in previous.problems:
        log(str(problem))
    if strict and previous.failing:
        log(f"digest: {previous.articles} articles built, {previous.skipped} files skipped, {previous.warnings} "
            "warnings; no page written (--strict)")
        raise StrictError(f"{sum(1 for p in previous.problems if p.is_problem)} problem(s) in the corpus and "
                          "--strict was given; fix them, or build without --strict")
    report = replace(previous, written=0, unchanged=previous.written + previous.unchanged, removed=0,
                     timings=(("load", round(seconds, 3)),), reused=0)
    log(report.summary() + " (nothing changed)")
    return report
