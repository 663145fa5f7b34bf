"""Atom feeds (render stage, pure): the newest articles of the digest and of each topic.

Links are relative to the feed's own address (RFC 4287 resolves them against the document), so the
same files work wherever the site is hosted. All text goes through ElementTree, which escapes it:
a feed reader sees article text as text.
"""
from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timezone

from .group import ArticleRef
from .urls import relative_url

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
SUMMARY_CHARS = 400
ID_PREFIX = "urn:kz-ru-digest:"
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # what XML 1.0 cannot hold


def feed_path(slug: str | None = None) -> str:
    """Where a feed lives in the site: feeds/all.xml or feeds/<topic>.xml."""
    return f"feeds/{slug or 'all'}.xml"


def _stamp(d: date) -> str:
    return datetime.combine(d, time(0, 0), tzinfo=timezone.utc).isoformat().replace("+00:00", "Z")


def _text(text: str) -> str:
    """Text as an XML document can hold it: ElementTree escapes markup but writes control characters,
    U+FFFE and U+FFFF as they are, and no XML parser reads them; they are dropped."""
    return NOT_XML.sub("", text)


def _href(from_file: str, page: str) -> str:
    """A link from a feed file to a page (relative to the feed's folder)."""
    return relative_url(posixpath.dirname(from_file) + "/index.md", page)


def render_feed(path: str, title: str, subtitle: str, home_page: str,
                entries: list[tuple[ArticleRef, str]]) -> str:
    """An Atom document: entries are (article, summary text), newest first."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = ID_PREFIX + path
    ET.SubElement(feed, f"{{{ATOM}}}title").text = _text(title)
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = _text(subtitle)
    newest = max((ref.date for ref, _ in entries), default=date(1991, 12, 16))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(newest)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=posixpath.basename(path))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=_href(path, home_page))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = _text(title)
    for ref, summary in entries[:FEED_SIZE]:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = ID_PREFIX + "article:" + ref.id
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _text(ref.title)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(ref.date)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = _stamp(ref.date)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=_href(path, ref.page))
        text = summary if len(summary) <= SUMMARY_CHARS else summary[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
        ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = _text(text)
        if ref.outlet:
            source = ET.SubElement(entry, f"{{{ATOM}}}author")
            ET.SubElement(source, f"{{{ATOM}}}name").text = _text(ref.outlet)
        for slug in ref.topics:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=slug)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
