"""Rendering helpers: relative links under directory URLs, Russian plurals."""
from __future__ import annotations

import pytest

from digest.render import plural
from digest.urls import page_url, relative_url


@pytest.mark.parametrize("src, url", [
    ("index.md", ""), ("timeline.md", "timeline/"), ("topics/index.md", "topics/"),
    ("topics/energy.md", "topics/energy/"), ("digest.json", "digest.json"),
])
def test_page_url(src, url):
    assert page_url(src) == url


@pytest.mark.parametrize("src, dst, anchor, link", [
    ("topics/energy.md", "articles/a.md", "p3", "../../articles/a/#p3"),
    ("articles/a.md", "topics/energy.md", None, "../../topics/energy/"),
    ("index.md", "topics/energy.md", None, "topics/energy/"),
    ("index.md", "digest.json", None, "digest.json"),
    ("timeline.md", "index.md", None, "../"),
    ("topics/index.md", "topics/energy.md", None, "energy/"),
    ("articles/a.md", "articles/a.md", "p2", "./#p2"),
])
def test_relative_url(src, dst, anchor, link):
    assert relative_url(src, dst, anchor) == link


@pytest.mark.parametrize("n, form", [(1, "статья"), (2, "статьи"), (4, "статьи"), (5, "статей"), (11, "статей"),
                                     (12, "статей"), (21, "статья"), (22, "статьи"), (111, "статей")])
def test_plural(n, form):
    assert plural(n, ["статья", "статьи", "статей"]) == form


def test_page_titles_hold_only_what_yaml_front_matter_can():
    # a C1 control (U+0096: a dash decoded as cp1252) or U+FFFE in a title made the page's front matter
    # unreadable YAML ("unacceptable character #x0096")
    import json

    import yaml

    from digest.render import page_title
    title = page_title("Kazinform\x96 сообщает\x01 о газе\ufffe\uffff\x9f")
    assert title == "Kazinform сообщает о газе"
    assert yaml.safe_load("title: " + json.dumps(title, ensure_ascii=False)) == {"title": title}
