"""The whole analysis as JSON (pure: returns text or bytes) — the same data the pages are made from.

The site offers it in parts, so that no reader downloads the archive to read one month of it:
`data/index.json` (the topics with their summaries, and the list of months) and one gzip-compressed
file per month of publication, `data/YYYY-MM.json.gz` (that month's articles with their paragraphs,
sentences and names, and their timeline entries). `json_chunks` writes the whole as one document,
piece by piece (build_digest.py --json)."""
from __future__ import annotations

import gzip
import json
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Iterator

from .dates import at_precision, period_label
from .group import sentence_spans
from .memo import PageMemo
from .render import event_label
from .model import Article, Paragraph, Statement, SummaryItem, Taxonomy, TimelineEntry

FORMAT_VERSION = 2  # 2: a sentence is its span of the paragraph's text (start, end), not a copy of it


def _statement(st: Statement) -> dict:
    # anchor: the paragraph; sentence: the sentence's own anchor on the article page (`p4-s2`)
    return {"text": st.text, "lang": st.lang, "speaker": st.speaker,
            "sources": [{"article": c.article, "anchor": c.anchor, "sentence": c.fragment} for c in st.sources]}


def _sentences(p: Paragraph, body: bool) -> list[dict]:
    """The paragraph's sentences as spans of its text: `text[start:end]` (in code points, as Python's `str`
    counts them; JavaScript slices `Array.from(text)`) is the sentence; in a body paragraph, `anchor` is its
    anchor on the article page (`p4-s2`)."""
    return [{"anchor": f"{p.anchor}-s{n}" if body else None, "start": span[0], "end": span[1], "topics": list(s.topics)}
            if span else {"anchor": None, "start": None, "end": None, "text": s.text, "topics": list(s.topics)}
            for n, (s, span) in enumerate(zip(p.sentences, sentence_spans(p)), 1)]


def _article(a: Article) -> dict:
    return {
        "id": a.id, "file": a.file, "date": a.date.isoformat(), "lang": a.lang, "title": a.title,
        "url": a.url, "outlet": a.outlet, "topics": list(a.topics), "metadata": dict(a.metadata),
        # what an editor set (front matter / corpus/_metadata.yml): topics added or removed, paragraphs kept out
        "editor": {"topics_added": list(a.topics_added), "topics_removed": list(a.topics_removed),
                   "excluded": list(a.excluded)},
        "entities": [{"key": m.key, "name": m.name, "type": m.type, "anchor": m.anchor} for m in a.mentions],
        "paragraphs": [{"anchor": p.anchor, "line": p.line, "role": p.role, "lang": p.lang,
                        "topics": list(p.topics), "text": p.text, "sentences": _sentences(p, p.role == "body")}
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


def _dump(value) -> str:
    # compact: indenting switches json to its pure-Python encoder (10x slower on a large corpus)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _topics(taxonomy: Taxonomy, articles: tuple[Article, ...],
            summaries: dict[str, tuple[SummaryItem, ...]]) -> list[dict]:
    return [{"slug": t.slug, "name": t.name.get("ru"), "name_kk": t.name.get("kk"),
             "description": t.description.get("ru"),
             "articles": [a.id for a in articles if t.slug in a.topics],
             "summary": [_item(i) for i in summaries.get(t.slug, ())]}
            for t in taxonomy.topics]


def json_chunks(taxonomy: Taxonomy, articles: tuple[Article, ...],
                summaries: dict[str, tuple[SummaryItem, ...]], timeline: tuple[TimelineEntry, ...],
                texts: dict | None = None) -> Iterator[str]:
    """The whole analysis as one JSON document, in pieces (an article at a time)."""
    yield f'{{"format":{FORMAT_VERSION},"articles":['
    for n, a in enumerate(articles):
        yield ("," if n else "") + _dump(_article(a))
    yield '],"topics":' + _dump(_topics(taxonomy, articles, summaries)) + ',"timeline":['
    for n, e in enumerate(timeline):
        yield ("," if n else "") + _dump(_entry(e, texts))
    yield "]}\n"


def export_json(taxonomy: Taxonomy, articles: tuple[Article, ...],
                summaries: dict[str, tuple[SummaryItem, ...]], timeline: tuple[TimelineEntry, ...],
                texts: dict | None = None) -> str:
    """The analysis as a JSON document (stable: same input, same bytes)."""
    return "".join(json_chunks(taxonomy, articles, summaries, timeline, texts))


DATA_DIR = "data"


def month_file(month: str) -> str:
    """The file of one month's articles under data/."""
    return f"{month}.json.gz"


def _same_or_compressed(path: Path | None, data: bytes) -> bytes:
    """The file's bytes when it holds `data` compressed, else `data` compressed."""
    try:
        old = path.read_bytes() if path else None
        if old is not None and gzip.decompress(old) == data:
            return old
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error):
        pass
    return gzip.compress(data, 6, mtime=0)


def iter_parts(taxonomy: Taxonomy, articles: tuple[Article, ...],
               summaries: dict[str, tuple[SummaryItem, ...]], timeline: tuple[TimelineEntry, ...],
               texts: dict | None = None, previous: Path | None = None, memo: PageMemo | None = None
               ) -> Iterator[tuple[str, bytes | None]]:
    """(path, bytes) of data/YYYY-MM.json.gz, a month at a time, then data/index.json (the same bytes for
    the same input: gzip without a timestamp). A month holds the articles published in it and their
    timeline entries. `previous`: the folder of the last build's files: a month whose text is unchanged
    keeps its compressed bytes (decompressing to compare costs a fifth of compressing again). With a `memo`,
    a month whose articles are the last build's is not made again: its bytes are None (its file stands)."""
    months: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        months[a.date.isoformat()[:7]].append(a)
    entries: dict[str, list[TimelineEntry]] = defaultdict(list)
    for e in timeline:
        entries[e.article].append(e)
    listed = []
    for month in sorted(months):
        chosen = months[month]
        listed.append({"month": month, "file": month_file(month), "articles": len(chosen),
                       "timeline": sum(len(entries[a.id]) for a in chosen)})
        rel = f"{DATA_DIR}/{month_file(month)}"
        if memo is not None and memo.unchanged(rel, (FORMAT_VERSION, chosen)):
            yield rel, None
            continue
        body = _dump({"format": FORMAT_VERSION, "month": month, "articles": [_article(a) for a in chosen],
                      "timeline": [_entry(e, texts) for a in chosen for e in entries[a.id]]}) + "\n"
        yield rel, _same_or_compressed(previous / rel if previous else None, body.encode("utf-8"))
    index = {"format": FORMAT_VERSION, "months": listed, "topics": _topics(taxonomy, articles, summaries)}
    yield f"{DATA_DIR}/index.json", (_dump(index) + "\n").encode("utf-8")
