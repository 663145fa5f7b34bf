"""The whole analysis as JSON (pure: returns text) — the same data the pages are made from."""
from __future__ import annotations

import json

from .dates import at_precision, period_label
from .group import sentence_segments
from .render import event_label
from .model import Article, Statement, SummaryItem, Taxonomy, TimelineEntry

FORMAT_VERSION = 1


def _statement(st: Statement) -> dict:
    # anchor: the paragraph; sentence: the sentence's own anchor on the article page (`p4-s2`)
    return {"text": st.text, "lang": st.lang, "speaker": st.speaker,
            "sources": [{"article": c.article, "anchor": c.anchor, "sentence": c.fragment} for c in st.sources]}


def _article(a: Article) -> dict:
    anchors = {anchor for p in a.paragraphs if p.role == "body" for anchor, _ in sentence_segments(p) if anchor}
    return {
        "id": a.id, "file": a.file, "date": a.date.isoformat(), "lang": a.lang, "title": a.title,
        "url": a.url, "outlet": a.outlet, "topics": list(a.topics), "metadata": dict(a.metadata),
        # what an editor set (front matter / corpus/_metadata.yml): topics added or removed, paragraphs kept out
        "editor": {"topics_added": list(a.topics_added), "topics_removed": list(a.topics_removed),
                   "excluded": list(a.excluded)},
        "entities": [{"key": m.key, "name": m.name, "type": m.type, "anchor": m.anchor} for m in a.mentions],
        "paragraphs": [{"anchor": p.anchor, "line": p.line, "role": p.role, "lang": p.lang,
                        "topics": list(p.topics), "text": p.text,
                        # a body paragraph's sentences have their anchor on the article page (`p4-s2`)
                        "sentences": [{"anchor": f"{p.anchor}-s{n}" if f"{p.anchor}-s{n}" in anchors else None,
                                       "text": s.text, "topics": list(s.topics)}
                                      for n, s in enumerate(p.sentences, 1)]}
                       for p in a.paragraphs],
    }


def _item(item: SummaryItem) -> dict:
    return {**_statement(item.statement), "outlets": item.outlets,
            "translations": [_statement(s) for s in item.translations],
            "partial": [_statement(s) for s in item.partial],
            "alternatives": [_statement(s) for s in item.alternatives]}


def _entry(e: TimelineEntry, texts: dict | None = None) -> dict:
    # date/end: ISO at the precision (a half, quarter or season as the month it starts, a decade as its first
    # year); period: the same unambiguously (2024-H1, 2025-Q3, 2026-summer, 2020s); label: as the site says it
    entry = {"date": at_precision(e.date, e.precision), "end": at_precision(e.end, e.precision) if e.end else None,
             "precision": e.precision, "period": period_label(e.date, e.precision), "direction": e.direction,
             "kind": e.kind, "phrase": e.phrase, "article": e.article, "anchor": e.anchor, "topics": list(e.topics)}
    if texts:
        entry["label"] = event_label(e.date, e.end, e.precision, texts, e.direction)
    if e.kind == "event":
        entry["sentence"] = e.sentence
    return entry


def export_json(taxonomy: Taxonomy, articles: tuple[Article, ...],
                summaries: dict[str, tuple[SummaryItem, ...]], timeline: tuple[TimelineEntry, ...],
                texts: dict | None = None) -> str:
    """The analysis as a JSON document (stable: same input, same bytes)."""
    data = {
        "format": FORMAT_VERSION,
        "articles": [_article(a) for a in articles],
        "topics": [{"slug": t.slug, "name": t.name.get("ru"), "name_kk": t.name.get("kk"),
                    "description": t.description.get("ru"),
                    "articles": [a.id for a in articles if t.slug in a.topics],
                    "summary": [_item(i) for i in summaries.get(t.slug, ())]}
                   for t in taxonomy.topics],
        "timeline": [_entry(e, texts) for e in timeline],
    }
    # compact: indenting switches json to its pure-Python encoder (10x slower on a large corpus)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
