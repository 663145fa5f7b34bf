"""Atom feeds: well-formed XML whatever the article text holds."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from digest.feeds import render_feed
from digest.group import ArticleRef

ATOM = "{http://www.w3.org/2005/Atom}"


def test_characters_xml_cannot_hold_are_left_out_of_a_feed():
    # ElementTree wrote U+FFFE and control characters as they were: no feed reader could parse the feed
    ref = ArticleRef("a", "Газ\ufffe и нефть\x01\x96", date(2025, 11, 12), "ТАСС\uffff", "ru", ("energy",),
                     "articles/a.md")
    feed = ET.fromstring(render_feed("feeds/all.xml", "Дайджест", "Газ", "index.md",
                                     [(ref, "Поставки газа\x0b составили <5> тысяч тонн\ufffe.")]).encode("utf-8"))
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Газ и нефть\x96"
    assert entry.find(f"{ATOM}summary").text == "Поставки газа составили <5> тысяч тонн."
    assert entry.find(f"{ATOM}author/{ATOM}name").text == "ТАСС"
