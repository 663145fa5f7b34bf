"""Related stories: for each article, the articles that report the same story or the same subject.

Evidence, from strongest: the same text (near-identical reports, same language), shared dated events,
shared rare names (people, organisations, places — across languages, since names are merged), shared
figures, shared topics. Candidates come from an inverted index, so the work grows with the number
of articles that share something, not with the square of the corpus.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Collection

from .errors import RAISE, Guard
from .model import Article

FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?:\s*(?:тыс\w*|млн\w*|млрд\w*|трлн\w*|мың\w*|%))?", re.I)
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


def _figures(article: Article) -> set[str]:
    found = set()
    for p in article.paragraphs:
        if p.role == "body":
            for m in FIGURE.finditer(p.text):
                value = " ".join(m.group(0).split()).lower()
                if len(re.sub(r"\D", "", value)) >= 2 and not re.fullmatch(r"(19|20)\d\d", value):
                    found.add(value[:8])
    return found


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
            keys.update({("figure", f): 0.5 for f in _figures(a)})
            keys.update({("topic", t): 0.5 for t in a.topics})
            evidence[a.id] = keys
    postings: dict[tuple, list[str]] = defaultdict(list)
    for a in articles:
        for key in evidence[a.id]:
            if key[0] != "topic":  # a topic alone never makes a story related: it only adds weight
                postings[key].append(a.id)
    by_id = {a.id: a for a in articles}
    result = {}
    for a in articles:
        result[a.id] = ()
        with guard.piece("its related stories", a.file):
            result[a.id] = _best_related(a, evidence[a.id], postings, by_id, terms)
    return result


def _best_related(a: Article, evidence: dict[tuple, float], postings: dict[tuple, list[str]],
                  by_id: dict[str, Article], terms: dict[str, Collection[str]]) -> tuple[Related, ...]:
    """The best related articles of one article, from the postings of its evidence."""
    scores: dict[str, float] = defaultdict(float)
    for key, value in evidence.items():
        ids = postings.get(key, ())
        if len(ids) <= MAX_POSTINGS:
            for b in ids:
                if b != a.id:
                    scores[b] += value
    for b in scores:
        scores[b] += 0.5 * len(set(a.topics) & set(by_id[b].topics))
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]
    scored = []
    own = set(terms[a.id])
    for b, score in best:
        overlap = 0.0
        if a.lang == by_id[b].lang and own and terms[b]:
            shared = len(own.intersection(terms[b]))
            overlap = shared / (len(own) + len(terms[b]) - shared)
        total = score + 6 * overlap
        if total >= MIN_SCORE:
            scored.append(Related(b, round(total, 3), overlap >= NEAR_IDENTICAL))
    scored.sort(key=lambda r: (-r.same_story, -r.score, r.article))
    return tuple(scored[:MAX_RELATED])
