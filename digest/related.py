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


def related_articles(articles: tuple[Article, ...], terms: dict[str, frozenset[str]]
                     ) -> dict[str, tuple[Related, ...]]:
    """The related articles of every article, best first; `terms` are each article's content words."""
    n = len(articles)
    names = {a.id: {m.key for m in a.mentions if not m.scope} for a in articles}
    dates = {a.id: {(e.start, e.end, e.precision) for e in a.events if e.precision != "year"} for a in articles}
    figures = {a.id: _figures(a) for a in articles}
    frequency: dict[str, int] = defaultdict(int)
    for keys in names.values():
        for key in keys:
            frequency[key] += 1
    weight = {k: math.log(1 + n / f) for k, f in frequency.items() if n < 4 or f / n <= COMMON_SHARE}
    index: dict[object, list[str]] = defaultdict(list)
    for a in articles:
        for key in names[a.id] & weight.keys():
            index[("name", key)].append(a.id)
        for d in dates[a.id]:
            index[("date", d)].append(a.id)
        for f in figures[a.id]:
            index[("figure", f)].append(a.id)
    by_id = {a.id: a for a in articles}
    result = {}
    for a in articles:
        candidates = {b for key in _keys(a.id, names, weight, dates, figures) for b in index[key]} - {a.id}
        scored = []
        for b in candidates:
            other = by_id[b]
            overlap = 0.0
            if a.lang == other.lang and terms[a.id] and terms[b]:
                overlap = len(terms[a.id] & terms[b]) / len(terms[a.id] | terms[b])
            score = (sum(weight[k] for k in names[a.id] & names[b] & weight.keys())
                     + 1.5 * len(dates[a.id] & dates[b]) + 0.5 * len(figures[a.id] & figures[b])
                     + 0.5 * len(set(a.topics) & set(other.topics)) + 6 * overlap)
            if score >= MIN_SCORE:
                scored.append(Related(b, round(score, 3), overlap >= NEAR_IDENTICAL))
        scored.sort(key=lambda r: (-r.same_story, -r.score, r.article))
        result[a.id] = tuple(scored[:MAX_RELATED])
    return result


def _keys(article_id, names, weight, dates, figures):
    yield from (("name", k) for k in names[article_id] & weight.keys())
    yield from (("date", d) for d in dates[article_id])
    yield from (("figure", f) for f in figures[article_id])
