"""End to end: `mkdocs build --strict` on a copy of the project, then the HTML is parsed and checked."""
from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import copy_project
from tests.helpers import serve_directory, site_data

MKDOCS = [sys.executable, "-m", "mkdocs"]
# the default build: no SITE_URL (mkdocs.yml reads it), so the site is served at the host's root
ENV = {**{k: v for k, v in os.environ.items() if k != "SITE_URL"}, "NO_MKDOCS_2_WARNING": "1"}


def build(project: Path, site_url: str | None = None) -> subprocess.CompletedProcess:
    env = ENV if site_url is None else {**ENV, "SITE_URL": site_url}
    return subprocess.run([*MKDOCS, "build", "--strict", "-d", "site"], cwd=project, env=env,
                          capture_output=True, text=True)


def pages(site: Path) -> dict[Path, BeautifulSoup]:
    return {p: BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser") for p in site.rglob("*.html")}


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The file a relative link points to, and its fragment."""
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    if target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("site") / "project")
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    return site, pages(site), site_data(site)


def test_every_article_has_a_page_with_every_paragraph_anchored(built):
    site, html, data = built
    for article in data["articles"]:
        page = html[site / "articles" / article["id"] / "index.html"]
        for p in article["paragraphs"]:
            element = page.find(id=p["anchor"])
            assert element is not None and element.get_text(" ", strip=True).startswith(p["text"][:40])


def test_every_topic_page_links_every_article_filed_under_it(built):
    site, html, data = built
    assert {t["slug"] for t in data["topics"]} >= {"education", "energy", "transport", "culture"}
    for topic in data["topics"]:
        page_path = site / "topics" / topic["slug"] / "index.html"
        linked = {resolve(site, page_path, a["href"])[0] for a in html[page_path].find_all("a", href=True)
                  if not urlsplit(a["href"]).scheme}
        for article_id in topic["articles"]:
            assert site / "articles" / article_id / "index.html" in linked
        assert topic["articles"], f"no article filed under {topic['slug']}"


def test_every_internal_link_and_anchor_resolves(built):
    site, html, _ = built
    checked = 0
    for page_path, soup in html.items():
        # 404.html is served at any missing URL, so its links are absolute from site_url's path: "/" in
        # this build (served under a sub-path: test_the_404_page_under_a_sub_path_links_only_to_pages_that_exist)
        from_root = page_path == site / "404.html"
        for a in soup.find_all("a", href=True):
            href = a["href"]
            if urlsplit(href).scheme or href.startswith("//"):
                continue
            if from_root:
                assert href.startswith("/"), f"404.html: {href} is not absolute"
                target, fragment = resolve(site, site / "index.html", href[1:])
            else:
                target, fragment = resolve(site, page_path, href)
            assert target.exists(), f"{page_path.relative_to(site)}: broken link {href}"
            if fragment and target.suffix == ".html":
                assert html[target].find(id=fragment) is not None, \
                    f"{page_path.relative_to(site)}: no anchor #{fragment} in {target.relative_to(site)}"
            checked += 1
    assert checked > 100


def test_summary_items_link_to_the_sentence_that_states_them(built):
    site, html, data = built
    for topic in data["topics"]:
        page_path = site / "topics" / topic["slug"] / "index.html"
        items = html[page_path].select("ol.digest-summary > li")
        assert len(items) == len(topic["summary"]) and 1 <= len(items) <= 10
        for li, item in zip(items, topic["summary"]):
            quote = li.select_one("blockquote")
            assert quote.select_one("p").get_text(" ", strip=True) == item["text"]
            speaker = quote.select_one(".digest-speaker")
            assert (speaker.get_text(strip=True) if speaker else None) == (f"— {item['speaker']}" if item["speaker"]
                                                                            else None)
            links = li.select("p.digest-sources")[0].find_all("a")
            assert len(links) == len(item["sources"])
            for n, link in enumerate(links):
                target, fragment = resolve(site, page_path, link["href"])
                sentence = html[target].find(id=fragment)
                assert re.fullmatch(r"p\d+-s\d+", fragment) and sentence.name == "span", fragment
                paragraph = sentence.find_parent("p")
                assert fragment.startswith(paragraph["id"] + "-")
                if n == 0:  # the quoted sentence, as written (without the page furniture glued to it)
                    assert item["text"] in sentence.get_text()
                # every source's paragraph says it is cited on this topic
                assert topic["name"] in [a.get_text() for a in paragraph.select(".digest-cited a")]
                # named by its outlet, else by the start of its title (the whole title in the tooltip)
                article = next(a for a in data["articles"] if a["id"] == target.parent.name)
                name = link.get_text().rsplit(", ", 1)[0]
                assert link["title"] == article["title"]
                assert name == article["outlet"] if article["outlet"] else (
                    name.startswith("«") and article["title"].startswith(name.strip("«»").rstrip("…")))
            assert li.select_one(".digest-outlets").get_text().split()[-2] == str(item["outlets"])


def test_article_pages_link_back_to_their_topics(built):
    site, html, data = built
    for article in data["articles"]:
        page_path = site / "articles" / article["id"] / "index.html"
        badges = {resolve(site, page_path, a["href"])[0] for a in html[page_path].select(".digest-topics a")}
        assert badges == {site / "topics" / t / "index.html" for t in article["topics"]}


def test_kazakh_text_is_marked_kk_and_russian_ru(built):
    site, html, data = built
    for article in data["articles"]:
        page = html[site / "articles" / article["id"] / "index.html"]
        for p in article["paragraphs"]:  # the language a browser gives it: its own lang, else its nearest ancestor's
            element = page.find(id=p["anchor"])
            assert next(e["lang"] for e in (element, *element.parents) if e.get("lang")) == p["lang"]
    assert any(p["lang"] == "kk" for a in data["articles"] for p in a["paragraphs"])
    assert html[site / "index.html"].html["lang"] == "ru"


def test_no_request_leaves_the_site(built):
    site, html, _ = built
    for page_path, soup in html.items():
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for element in soup.find_all(tag, **{attr: True}):
                assert not re.match(r"^(https?:)?//", element[attr]), f"{page_path}: {tag} {element[attr]}"
    for css in site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8", errors="ignore")


def test_articles_stay_out_of_the_navigation(built):
    site, html, _ = built
    nav_links = [a["href"] for a in html[site / "index.html"].select("nav.md-nav--primary a[href]")]
    assert nav_links and not any("articles/" in href for href in nav_links)
    assert any("topics/energy/" in href for href in nav_links)


def test_the_analysis_is_offered_for_download(built):
    site, html, _ = built
    links = [a["href"] for a in html[site / "index.html"].find_all("a", href=True) if a["href"].endswith("index.json")]
    assert links and resolve(site, site / "index.html", links[0])[0] == (site / "data" / "index.json").resolve()
    data = site_data(site)  # every month file the index lists, each holding its month's articles
    assert data["articles"] and not (site / "digest.json").exists()
    assert max(p.stat().st_size for p in (site / "data").iterdir()) < 1_000_000


def test_a_fifth_topic_in_the_taxonomy_gets_its_page(tmp_path):
    project = copy_project(tmp_path / "project")
    taxonomy = project / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + """
  - slug: agriculture
    name: {ru: Сельское хозяйство, kk: Ауыл шаруашылығы}
    description: {ru: Зерно, животноводство, агротехнологии., kk: Астық және мал шаруашылығы.}
    vocabulary:
      ru:
        sector: [сельское хозяйство, агропромышленный комплекс, аграрный]
        strong: [зерно, пшеница, земледелие, агротехнологический, животноводство, урожай]
      kk:
        strong: [астық, бидай, егін]
""", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    page = project / "site" / "topics" / "agriculture" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert soup.select("ol.digest-summary > li"), "the new topic has a summary"
    home = BeautifulSoup((project / "site" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert any("topics/agriculture/" in a["href"] for a in home.select("nav.md-nav--primary a[href]"))
    assert "Сельское хозяйство" in home.get_text()


def test_events_timeline_is_semantic_and_cites_paragraphs(built):
    site, html, data = built
    page = html[site / "timeline" / "index.html"]
    items = page.select("ul.digest-event-list > li")
    events = [e for e in data["timeline"] if e["kind"] == "event"]
    assert items and len(items) <= len(events)
    for li in items:
        time = li.find("time")
        assert time and re.fullmatch(r"\d{4}(-\d\d){0,2}", time["datetime"])
        assert li.select(":scope > small a")  # its sources
    upcoming = page.select("section.digest-events")[0]
    assert upcoming.find("h2").get_text() == "Предстоящие"
    newest = max(a["date"] for a in data["articles"])
    for time in upcoming.find_all("time"):
        assert time["datetime"] > newest[: len(time["datetime"])]
    merged = [li for li in items if len(li.select(":scope > small a")) > 1]
    assert merged, "an event reported by two articles is one entry"
    # a source is named by its outlet, else by the start of its title (no tooltip: phones have none)
    articles = {a["id"]: a for a in data["articles"]}
    named_by_title = 0
    for link in page.select("ul.digest-event-list > li > small a"):
        article = articles[link["href"].split("/")[-2]]
        name = link.get_text().rsplit(", ", 1)[0]
        if article["outlet"]:
            assert name == article["outlet"]
        else:
            named_by_title += 1
            assert name.startswith("«") and name.endswith("»") and len(name) <= 53, name
            assert " ".join(article["title"].split()).startswith(name.strip("«»").rstrip("…")), (name, article["title"])
    assert named_by_title


def test_topic_and_article_pages_list_their_dates(built):
    site, html, data = built
    for topic in data["topics"]:
        page = html[site / "topics" / topic["slug"] / "index.html"]
        for li in page.select("ul.digest-event-list > li"):
            badges = {a.get_text() for a in li.select("a.digest-badge")}
            assert topic["name"] in badges
    for article in data["articles"]:
        mentions = [e for e in data["timeline"] if e["kind"] == "event" and e["article"] == article["id"]]
        page = html[site / "articles" / article["id"] / "index.html"]
        listed = page.select("ul.digest-dates li")
        # one entry per paragraph naming dates, every date the article mentions among them
        assert len(page.select("ul.digest-dates li time")) == len(mentions)
        assert len(listed) == len({e["anchor"] for e in mentions})
        for li in listed:
            anchor = li.find("a")["href"].lstrip("#")
            assert page.find(id=anchor) is not None and li.find("time")


def test_json_has_published_and_event_entries(built):
    _, _, data = built
    kinds = {e["kind"] for e in data["timeline"]}
    assert kinds == {"published", "event"}
    published = [e for e in data["timeline"] if e["kind"] == "published"]
    assert len(published) == len(data["articles"])
    for e in data["timeline"]:
        if e["kind"] == "event":
            assert e["sentence"] and e["phrase"] in e["sentence"] and e["precision"] in ("day", "month", "year")


def test_entity_pages_list_every_mention_across_languages(built):
    site, html, data = built
    tokayev = [a["id"] for a in data["articles"] if any(e["key"] == "kasym-zhomart-tokaev" for e in a["entities"])]
    assert any(a["lang"] == "kk" for a in data["articles"] if a["id"] in tokayev) and len(tokayev) >= 2
    page_path = site / "entities" / "kasym-zhomart-tokaev" / "index.html"
    linked = {resolve(site, page_path, a["href"])[0].parent.name for a in html[page_path].select(".digest-mentions a")}
    assert set(tokayev) <= linked
    index = html[site / "entities" / "index.html"]
    assert index.find("a", string="Касым-Жомарт Токаев")
    for topic in data["topics"]:
        names = html[site / "topics" / topic["slug"] / "index.html"].select(".digest-entity-list a")
        for a in names:
            assert resolve(site, site / "topics" / topic["slug"] / "index.html", a["href"])[0].exists()


def test_feeds_are_valid_atom_and_linked_from_pages(built):
    import xml.etree.ElementTree as ET
    site, html, data = built
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for slug in ["all"] + [t["slug"] for t in data["topics"]]:
        feed = ET.parse(site / "feeds" / f"{slug}.xml").getroot()
        assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
        home = next(link.get("href") for link in feed.findall("a:link", ns) if link.get("rel") == "alternate")
        assert ((site / "feeds" / home).resolve() / "index.html").exists(), home
        for entry in feed.findall("a:entry", ns):
            assert entry.find("a:title", ns).text and entry.find("a:updated", ns).text
            assert entry.find("a:summary", ns).text
            href = entry.find("a:link", ns).get("href")
            target = (site / "feeds" / href).resolve() / "index.html"
            assert target.exists(), href
    head = html[site / "topics" / "energy" / "index.html"].head
    feeds = [link["href"] for link in head.find_all("link", rel="alternate", type="application/atom+xml")]
    assert any(h.endswith("feeds/all.xml") for h in feeds) and any(h.endswith("feeds/energy.xml") for h in feeds)


def test_charts_have_a_text_alternative(built):
    site, html, _ = built
    for page in (site / "index.html", site / "topics" / "energy" / "index.html"):
        svg = html[page].select_one("figure.digest-chart svg")
        assert svg["role"] == "img" and svg.find("title").get_text() and svg.find("desc").get_text()
        assert html[page].select("figure.digest-chart table tbody tr")


def test_long_lists_are_paginated_and_reachable(tmp_path):
    """With a page size of 2, every list is split into linked pages, and every article, event and
    mention is still on a page."""
    import digest.group
    from digest.build import build_digest
    from tests.conftest import ROOT
    original = digest.group.PAGE_SIZE
    digest.group.PAGE_SIZE = 2
    try:
        docs = tmp_path / "docs"
        build_digest(ROOT / "corpus", docs, cache_path=None, log=lambda line: None)
    finally:
        digest.group.PAGE_SIZE = original
    data = site_data(docs)
    archive = [p for p in (docs / "archive").rglob("*.md")]
    listed = set()
    for page in archive:
        text = page.read_text(encoding="utf-8")
        listed |= {a["id"] for a in data["articles"] if f"articles/{a['id']}/" in text}
        assert text.count('<li class="digest-entry">') <= 2
    assert listed == {a["id"] for a in data["articles"]}
    parts = [p for p in archive if re.fullmatch(r"\d{4}-\d\d-\d+\.md", p.name)]
    assert parts and all('rel="prev"' in p.read_text(encoding="utf-8") for p in parts)
    tokayev = list((docs / "entities" / "kasym-zhomart-tokaev").glob("*.md"))
    assert tokayev, "an entity with more mentions than a page holds continues on numbered pages"


def fetch(url: str) -> tuple[int, bytes]:
    """Status and body of a GET, a 404 included."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def links_on_the_404_page(site_url: str) -> tuple[str, list[tuple[str, int]]]:
    """Fetch a missing URL deep under site_url (the server answers with 404.html, as GitHub Pages does)
    and every URL its links, stylesheets, scripts, icons and search bundle point to, resolved as a
    browser does: (the page's text, [(url, status)]) for every URL on this server."""
    missing = site_url + "topics/energy/no-such-page/deeper/"
    status, body = fetch(missing)
    assert status == 404
    soup = BeautifulSoup(body.decode("utf-8"), "html.parser")
    refs = [element[attr] for attr in ("href", "src") for element in soup.find_all(attrs={attr: True})]
    for bundle in soup.find_all(attrs={"data-bundle": True}):  # the folder search loads its index from
        refs += [bundle["data-bundle"] + "pagefind.js", bundle["data-bundle"] + "pagefind-entry.json"]
    urls = {urljoin(missing, ref).split("#")[0] for ref in refs}
    here = [url for url in sorted(urls) if urlsplit(url).netloc == urlsplit(site_url).netloc]
    return soup.get_text(" ", strip=True), [(url, fetch(url)[0]) for url in here]


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory):
    """The site built for a GitHub Pages project site (SITE_URL with a path) and served under that path."""
    project = copy_project(tmp_path_factory.mktemp("sub-path") / "project")
    with serve_directory(project / "site", base="/kz-ru-digest/") as url:
        result = build(project, site_url=url)
        assert result.returncode == 0, result.stderr
        yield url


def test_the_404_page_under_a_sub_path_links_only_to_pages_that_exist(sub_path_site):
    url = sub_path_site
    text, checked = links_on_the_404_page(url)
    assert "404" in text
    broken = [(u, status) for u, status in checked if status != 200]
    assert not broken, f"404.html under {url}: {broken}"
    paths = [urlsplit(u).path for u, _ in checked]
    assert all(p.startswith("/kz-ru-digest/") for p in paths), paths
    for needed in ("/kz-ru-digest/assets/stylesheets/", "/kz-ru-digest/assets/javascripts/",
                   "/kz-ru-digest/pagefind/pagefind-ui.js", "/kz-ru-digest/pagefind/pagefind-ui.css",
                   "/kz-ru-digest/pagefind/pagefind.js", "/kz-ru-digest/javascripts/digest-search.js",
                   "/kz-ru-digest/topics/energy/", "/kz-ru-digest/feeds/all.xml"):
        assert any(p.startswith(needed) for p in paths), f"404.html does not link {needed}"
    assert len(checked) >= 20


def test_without_site_url_the_404_page_under_a_sub_path_has_broken_links(built):
    """The default build (no SITE_URL) served under a sub-path: its 404 page links from the host's
    root, which leads nowhere there. This is what the workflow's SITE_URL prevents, and it shows
    the check above can fail."""
    site, _, _ = built
    with serve_directory(site, base="/kz-ru-digest/") as url:
        _, checked = links_on_the_404_page(url)
    broken = [u for u, status in checked if status != 200]
    assert any(urlsplit(u).path.startswith("/assets/stylesheets/") for u in broken), checked
    assert any(urlsplit(u).path == "/pagefind/pagefind-ui.js" for u in broken), checked


def test_the_404_page_of_the_default_build_works_at_the_root(built):
    site, _, _ = built
    with serve_directory(site) as url:
        text, checked = links_on_the_404_page(url)
        assert fetch(url)[0] == 200
    assert "404" in text
    broken = [(u, status) for u, status in checked if status != 200]
    assert not broken, f"404.html at the root: {broken}"
    assert any(urlsplit(u).path == "/pagefind/pagefind-ui.js" for u, _ in checked)
    assert len(checked) >= 20


def test_the_theme_config_on_every_page_is_small_utf8_json(built):
    site, html, data = built
    for path in (site / "index.html", next((site / "articles").glob("*/index.html"))):
        raw = path.read_text(encoding="utf-8")
        block = html[path].find("script", id="__config")
        config = json.loads(block.string)
        assert config["base"] and "\\u04" not in block.string and "\\u04" not in raw
        # only what the theme's script uses here: no built-in search, no clipboard buttons to translate
        features = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
        assert config["features"] == re.findall(r"- (\S+)", features.split("  features:\n")[1].split("\n  palette:")[0])
        assert config["translations"] == {} and "search" not in config


@pytest.mark.parametrize("corpus", ["corpus", "tests/fixtures/hostile"])
def test_generated_pages_made_without_python_markdown_are_what_it_would_make(tmp_path, monkeypatch, corpus):
    """The hook makes the digest's pages into HTML itself (they are HTML but for their section headings).
    Page by page, on the seeds and on the hostile corpus (markup, Markdown and template syntax in the
    text): the same HTML as MkDocs' Markdown conversion up to blank lines, the same table of contents
    and the same anchor ids."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from mkdocs.structure.pages import Page
    project = copy_project(tmp_path / "project", corpus=Path(__file__).resolve().parent.parent / corpus)
    monkeypatch.chdir(project)
    config = load_config(str(project / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    hook = next(plugin for name, plugin in config.plugins.items() if "mkdocs_hook" in name)
    files = get_files(config)
    lines = lambda text: [line for line in text.splitlines() if line.strip()]
    toc = lambda page: [(a.id, a.title, a.level, [(c.id, c.title) for c in a.children]) for a in page.toc]
    generated = with_toc = 0
    for file in files.documentation_pages():
        theirs, ours = Page(None, file, config), Page(None, file, config)
        theirs.read_source(config)
        theirs.render(config, files)
        ours.read_source(config)
        hook.on_page_markdown(ours.markdown, page=ours, config=config, files=files)
        ours.render(config, files)
        if "render" in vars(ours):  # the hook's own rendering, not Page.render
            generated += 1
            with_toc += any(root.children for root in ours.toc)
        assert lines(ours.content) == lines(theirs.content), file.src_uri
        if "render" in vars(ours):  # the page's <h1> heads its contents (MkDocs leaves an HTML heading out)
            (root,) = ours.toc
            assert (root.level, f'id="{root.id}"') == (1, _h1_id(theirs.content)), file.src_uri
            assert [(a.id, a.title, a.level, a.children) for a in root.children] == \
                   [(a.id, a.title, a.level, a.children) for a in theirs.toc], file.src_uri
        else:
            assert toc(ours) == toc(theirs), file.src_uri
        assert ours.present_anchor_ids == theirs.present_anchor_ids, file.src_uri
    assert generated >= 20 and with_toc >= 5, (generated, with_toc)


def _h1_id(content: str) -> str:
    return re.search(r'<h1\b[^>]*?\s(id="[^"]+")', content).group(1)


def test_the_skip_link_leads_to_the_page_title_and_the_contents_list_the_sections(built):
    """«Перейти к содержанию» leads to the page's title (on an article page, not past the article to its first
    section below it), and the table of contents still lists the sections only."""
    site, html, data = built
    pages = [site / "index.html", site / "topics" / "energy" / "index.html", site / "timeline" / "index.html",
             *(site / "articles" / a["id"] / "index.html" for a in data["articles"])]
    for path in pages:
        page = html[path]
        h1 = page.select_one("article h1[id]")
        assert page.select_one("a.md-skip")["href"] == f"#{h1['id']}", path
        sections = [h2["id"] for h2 in page.select("article.md-content__inner > h2[id]")]
        listed = [a["href"][1:] for a in page.select(".md-sidebar--secondary nav.md-nav--secondary a.md-nav__link")]
        assert listed == sections or (not listed and "articles" in path.parts), path


def test_the_search_index_holds_article_text_without_paragraph_and_sentence_anchors(built):
    """Pagefind keeps every element with an id, with its text, beside a page's text; an article's paragraphs
    and sentences have ids, so the index is made without them: each paragraph is in its article's text, not
    again as an anchor, and the fragment still knows the page's headings (the sections Pagefind leads into)."""
    site, html, data = built
    fragments = {}
    for path in (site / "pagefind").rglob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes()).decode("utf-8")
        fragment = json.loads(raw[raw.index("{"):])
        fragments[fragment["url"]] = fragment
    for article in data["articles"]:
        fragment = fragments[f"/articles/{article['id']}/"]
        body = [p["text"] for p in article["paragraphs"] if p["role"] == "body"]
        content = " ".join(fragment["content"].split())
        assert all(" ".join(text.split())[:60] in content for text in body), article["id"]
        elements = {a["element"] for a in fragment["anchors"]}
        assert "h1" in elements and not elements & {"p", "span"}, fragment["anchors"]
