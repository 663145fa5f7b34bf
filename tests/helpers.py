"""Small builders for tests: articles from literal text."""
from __future__ import annotations

from datetime import date

from digest.analyze import analyze_article
from digest.model import SourceDoc, SourceLine


def make_article(tools, article_id: str, day: str, *lines: str, outlet: str | None = None):
    """An analysed article from literal lines."""
    doc = SourceDoc(id=article_id, file=f"{article_id}.txt", date=date.fromisoformat(day),
                    lines=tuple(SourceLine(n, t) for n, t in enumerate(lines, 1)), outlet=outlet)
    return analyze_article(doc, tools)
