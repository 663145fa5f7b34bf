"""Article text is data: markup, templates and Markdown/MkDocs syntax in an article render as the
literal text the article contains — on article pages, topic summaries, timelines, the search index
and the JSON export — and never add an element, an attribute, a script or an included file."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT, copy_project
from tests.helpers import site_data

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
LITERALS = [
    "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example/\"></iframe>",
    "<a href=\"javascript:alert(2)\">ссылка</a>", "{{ config.site_name }}", "{% include \"base.html\" %}",
    "[ссылка](javascript:alert(1))", "{#evil onclick=\"alert(3)\"}", "!!! note \"Внимание: театр\"",
    "--8<-- \"/etc/passwd\"", "<!-- скрытый комментарий -->", "*Курсив* **жирный** `код` <b>жирный</b>",
    "&lt;script&gt;alert(7)&lt;/script&gt;", "<svg onload=alert(8)>", "| таблица | с музеем |",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project", corpus=HOSTILE)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"], cwd=project,
                            env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return project / "site"


def html_pages(site):
    return {p.relative_to(site).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            for p in site.rglob("*.html")}


def test_no_injected_element_attribute_or_script_is_live(site):
    for name, soup in html_pages(site).items():
        for tag in soup.find_all(True):
            for attr, value in tag.attrs.items():
                assert not attr.lower().startswith("on"), f"{name}: <{tag.name} {attr}>"
                values = value if isinstance(value, list) else [value]
                assert not any(str(v).strip().lower().startswith("javascript:") for v in values), f"{name}: {attr}"
        # in the content area (Material's own header uses forms and inline <svg> icons)
        content = soup.select_one(".md-content")
        if content is not None:
            for element in content.find_all(["iframe", "style", "details", "object", "embed", "form", "svg",
                                             "script", "img", "input"]):
                # only the digest's own charts draw SVG and fold their table into <details>
                assert element.find_parent("figure", class_="digest-chart") is not None, (name, str(element)[:80])
        for script in soup.find_all("script"):
            assert "alert" not in (script.string or ""), f"{name}: injected script"
            src = script.get("src", "")
            assert not src or src.lstrip("./").startswith(("assets/", "pagefind/", "javascripts/")), (name, src)
        for img in soup.find_all("img"):
            assert img.get("src") != "x", name
        assert not soup.find(id="evil") and not soup.find("b", string="жирный") and not soup.find("em"), name
        for link in soup.find_all("link", href=True):
            assert "evil.example" not in link["href"], name


def test_article_pages_show_the_literal_text(site):
    text = " ".join(soup.get_text(" ") for name, soup in html_pages(site).items() if name.startswith("articles/"))
    for literal in LITERALS:
        assert literal in text, literal
    assert "root:x:0:0" not in text  # no file was included


def test_the_title_stays_text_in_tab_header_and_page(site):
    page = html_pages(site)["articles/markdown/index.html"]
    assert page.title.string.startswith("‹/title›‹script›alert(4)‹/script› ＆amp; ｛｛ 7*7 ｝｝ театр")
    assert page.find("h1").get_text() == "</title><script>alert(4)</script> &amp; {{ 7*7 }} театр"
    assert "<b onmouseover=alert(5)>Outlet</b>" in page.select_one(".digest-meta").get_text()


def test_summaries_and_timeline_quote_hostile_text_as_text(site):
    pages = html_pages(site)
    summaries = " ".join(pages[f"topics/{t}/index.html"].select_one("ol.digest-summary").get_text(" ")
                         for t in ("education", "energy", "culture") if pages[f"topics/{t}/index.html"].select_one("ol.digest-summary"))
    assert "<img src=x onerror=alert(1)>" in summaries
    assert "{{ 7*7 }}" in summaries or "[ссылка](javascript:alert(1))" in summaries
    timeline = " ".join(soup.get_text(" ") for name, soup in pages.items() if name.startswith("archive/2"))
    assert "<script>alert('title')</script> Российские университеты" in timeline


def pagefind_fragments(site):
    """The page texts of the Pagefind index (gzip: 'pagefind_dcd' + JSON)."""
    for path in (site / "pagefind" / "fragment").iterdir():
        raw = gzip.decompress(path.read_bytes()).decode("utf-8")
        yield json.loads(raw[raw.index("{"):])


def test_search_index_and_json_export_hold_text_only(site):
    # the index holds page text as data (like the JSON); test_browser.py checks that the search
    # results render it as text
    fragments = list(pagefind_fragments(site))
    assert any("<img src=x onerror=alert(1)> В Омске" in f["content"] for f in fragments)
    data = site_data(site)
    for article in data["articles"]:
        source = (HOSTILE / article["file"]).read_text(encoding="utf-8")
        for p in article["paragraphs"]:
            assert p["text"] in source, p["text"]  # exactly as written, nothing escaped or dropped
    texts = " ".join(p["text"] for a in data["articles"] for p in a["paragraphs"])
    assert "<img src=x onerror=alert(1)> В Омске открылся филиал" in texts


def test_feeds_carry_hostile_text_as_text(site):
    import xml.etree.ElementTree as ET
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(site / "feeds" / "all.xml").getroot()
    titles = [e.find("a:title", ns).text for e in feed.findall("a:entry", ns)]
    assert "</title><script>alert(4)</script> &amp; {{ 7*7 }} театр" in titles
    raw = (site / "feeds" / "all.xml").read_text(encoding="utf-8")
    assert "<script" not in raw and "&lt;script&gt;" in raw
    for entry in feed.findall("a:entry", ns):
        assert not list(entry.find("a:title", ns)) and not list(entry.find("a:summary", ns))  # text, no elements
