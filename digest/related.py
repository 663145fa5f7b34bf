"""Related stories: for each article, the articles that report the same story or the same subject.

Evidence, from strongest: the same text (near-identical reports, same language), shared dated events,
shared rare names (people, organisations, places — across languages, since names are merged), shared
figures, shared topics. Candidates come from an inverted index, so the work grows with the number
of articles that share something, not with the square of the corpus.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Collection

import numpy as np

from .errors import RAISE, Guard
from .excerpts import figures
from .model import Article

MAX_RELATED = 5
MIN_SCORE = 1.5
NEAR_IDENTICAL = 0.5  # share of distinct content words in common (same language)
COMMON_SHARE = 0.5    # a name in more than this share of the articles is no evidence


@dataclass(frozen=True)
class Related:
    """Another article and why it is related."""

    article: str
    score: float
    same_story: bool  # a near-identical report of the same event


MAX_POSTINGS = 200   # a key shared by more articles than this is too common to point at a story
CANDIDATES = 20      # candidates whose text is compared, per article


def related_articles(articles: tuple[Article, ...], terms: dict[str, Collection[str]], guard: Guard = RAISE
                     ) -> dict[str, tuple[Related, ...]]:
    """The related articles of every article, best first; `terms` are each article's content words
    (each word once: a set, or a tuple, which holds them in a sixth of the memory).
    An article whose evidence or candidates fail gets no related stories (the guard reports it)."""
    n = len(articles)
    names = {a.id: {m.key for m in a.mentions if not m.scope} for a in articles}
    frequency: dict[str, int] = defaultdict(int)
    for keys in names.values():
        for key in keys:
            frequency[key] += 1
    weight = {k: math.log(1 + n / f) for k, f in frequency.items() if n < 4 or f / n <= COMMON_SHARE}
    evidence: dict[str, dict[tuple, float]] = {}
    for a in articles:
        evidence[a.id] = {}
        with guard.piece("its related stories", a.file):
            keys = {("name", k): weight[k] for k in names[a.id] if k in weight}
            keys.update({("date", (e.start, e.end, e.precision)): 1.5 for e in a.events if e.precision != "year"})
            keys.update({("figure", f): 0.5 for f in (figures(a.paragraphs) if a.figures is None else a.figures)})
            keys.update({("topic", t): 0.5 for t in a.topics})
            evidence[a.id] = keys
    index = Index(articles, evidence)
    result = {}
    for i, a in enumerate(articles):
        result[a.id] = ()
        with guard.piece("its related stories", a.file):
            result[a.id] = _best_related(a, index.candidates(i, evidence[a.id]), articles, terms)
    return result


class Index:
    """The articles sharing each piece of evidence (a name, a date, a figure), and each article's
    topics, as arrays: an article's candidates are scored in one pass over the postings of its
    evidence, summed in the order of its evidence as a loop over them would."""

    def __init__(self, articles: tuple[Article, ...], evidence: dict[str, dict[tuple, float]]) -> None:
        found: dict[tuple, list[int]] = defaultdict(list)
        for i, a in enumerate(articles):
            for key in evidence[a.id]:
                if key[0] != "topic":  # a topic alone never makes a story related: it only adds weight
                    found[key].append(i)
        self.postings = {key: np.array(ids, dtype=np.int64) for key, ids in found.items() if len(ids) <= MAX_POSTINGS}
        slugs = sorted({t for a in articles for t in a.topics})
        self.topics = np.zeros((len(articles), len(slugs)), dtype=np.int32)
        column = {t: n for n, t in enumerate(slugs)}
        for i, a in enumerate(articles):
            for t in a.topics:
                self.topics[i, column[t]] = 1
        # ties are broken by article id
        self.id_rank = np.empty(len(articles), dtype=np.int64)
        self.id_rank[sorted(range(len(articles)), key=lambda i: articles[i].id)] = np.arange(len(articles))

    def candidates(self, i: int, evidence: dict[tuple, float]) -> list[tuple[int, float]]:
        """The best CANDIDATES other articles for article i, (index, score) best first: the weights of the
        evidence they share (a key shared by more than MAX_POSTINGS articles is too common to count),
        plus half a point for each topic in common."""
        hits = [(self.postings[key], value) for key, value in evidence.items() if key in self.postings]
        if not hits:
            return []
        ids = np.concatenate([ids for ids, _ in hits])
        weights = np.concatenate([np.full(len(ids), value) for ids, value in hits])
        # summed over the articles met, not over the whole corpus (each in the order of the evidence)
        met, slot = np.unique(ids, return_inverse=True)
        sums = np.bincount(slot, weights=weights, minlength=len(met))
        keep = met != i
        others = met[keep]
        scores = sums[keep] + 0.5 * (self.topics[others] @ self.topics[i])
        best = np.lexsort((self.id_rank[others], -scores))[:CANDIDATES]
        return [(int(others[k]), float(scores[k])) for k in best]


def _best_related(a: Article, candidates: list[tuple[int, float]], articles: tuple[Article, ...],
                  terms: dict[str, Collection[str]]) -> tuple[Related, ...]:
    """The best related articles of one article, from its best-scored candidates: their score plus the
    overlap of their content words (same language only)."""
    scored = []
    own = set(terms[a.id])
    for j, score in candidates:
        b = articles[j]
        overlap = 0.0
        if a.lang == b.lang and own and terms[b.id]:
            shared = len(own.intersection(terms[b.id]))
            overlap = shared / (len(own) + len(terms[b.id]) - shared)
        total = score + 6 * overlap
        if total >= MIN_SCORE:
            scored.append(Related(b.id, round(total, 3), overlap >= NEAR_IDENTICAL))
    scored.sort(key=lambda r: (-r.same_story, -r.score, r.article))
    return tuple(scored[:MAX_RELATED])
