"""A reader's path in a real browser: Chromium driven by Playwright, on the built site served from
this machine, at a desktop and a phone viewport. Screenshots go to test-output/browser/.

The browser is Debian's /usr/bin/chromium where it is installed, otherwise Playwright's own build
(GitHub's runners): `tests.helpers.launch_chromium`. With DIGEST_REQUIRE_BROWSER=1 (`make test`) a
missing browser fails these tests; without it they are skipped."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from tests.conftest import ROOT, copy_project
from tests.helpers import count_bytes, launch_chromium, search, serve_directory

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
# the sites are served at the root (mkdocs.yml reads SITE_URL; only the sub-path test sets it)
ENV = {**{k: v for k, v in os.environ.items() if k != "SITE_URL"}, "NO_MKDOCS_2_WARNING": "1"}
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SHOTS = ROOT / "test-output" / "browser"
SEARCHES = [  # query → a page the results must include (it contains another form of the words)
    ("университеты", "articles/000_3f2c9003e492ee2f/"),   # университетов
    ("поставками", "articles/003_500f055d735d3c2c/"),     # поставки
    ("атомная электростанция", "articles/001_33917ad8c460c5ce/"),  # атомной электростанции
    ("Росатомом", "articles/001_33917ad8c460c5ce/"),      # "Росатом" exactly
    ("ынтымақтастық", "articles/002_ffdf401c86768c7b/"),  # a Kazakh word
    ("театрларда", "articles/002_ffdf401c86768c7b/"),     # театрлар: a Kazakh case form
]


def open_browser(playwright, **kwargs):
    """launch_chromium, or a clear failure (DIGEST_REQUIRE_BROWSER=1, as `make test` sets) or skip."""
    try:
        return launch_chromium(playwright, args=ARGS, **kwargs)
    except PlaywrightError as exc:
        reason = (f"no Chromium could be launched ({str(exc).strip().splitlines()[0]}): run `make browser` "
                  "(Debian's chromium as root, Playwright's on GitHub's runners) or `sudo apt-get install chromium`")
    if os.environ.get("DIGEST_REQUIRE_BROWSER") == "1":
        pytest.fail(f"DIGEST_REQUIRE_BROWSER=1 and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("browser") / "project")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"], cwd=project,
                            env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with serve_directory(project / "site") as url:
        yield url


@pytest.fixture(scope="module")
def playwright():
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright):
    chromium = open_browser(playwright)
    yield chromium
    chromium.close()


def test_a_missing_browser_fails_when_one_is_required_and_is_skipped_otherwise(playwright, monkeypatch, tmp_path):
    missing = tmp_path / "no-such-chromium"
    monkeypatch.setenv("DIGEST_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="DIGEST_REQUIRE_BROWSER=1 and no Chromium could be launched"):
        open_browser(playwright, executable_path=str(missing))
    monkeypatch.delenv("DIGEST_REQUIRE_BROWSER")
    with pytest.raises(pytest.skip.Exception, match="make browser"):
        open_browser(playwright, executable_path=str(missing))


@pytest.fixture(params=sorted(VIEWPORTS))
def page(request, browser, site_url):
    context = browser.new_context(viewport=VIEWPORTS[request.param])
    page = context.new_page()
    page.viewport_name = request.param
    page.outside = []
    page.on("request", lambda r: None if r.url.startswith((site_url, "data:", "blob:")) else page.outside.append(r.url))
    page.on("pageerror", lambda e: page.outside.append(f"page error: {e}"))
    yield page
    context.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{page.viewport_name}.png"))


def test_reader_goes_from_home_to_a_topic_to_the_cited_paragraph_and_the_original(page, site_url):
    page.goto(site_url)
    shot(page, "home")
    page.locator("a.digest-card", has_text="Энергетика").click()  # the card in the page (on a phone the nav is a drawer)
    page.wait_for_url("**/topics/energy/")
    shot(page, "topic")
    source = page.locator("ol.digest-summary li .digest-sources a").first
    anchor = source.get_attribute("href").split("#")[1]
    source.click()
    page.wait_for_url(f"**#{anchor}")
    assert_highlighted_in_view(page, page.locator(f"#{anchor}"))
    shot(page, "cited-sentence")
    # an article with a known original: the link leads there (answered locally: no network here)
    page.route("https://tass.ru/**", lambda route: route.fulfill(body="<html><body>original</body></html>",
                                                                  content_type="text/html"))
    page.goto(site_url + "articles/003_500f055d735d3c2c/")
    page.get_by_role("link", name="Оригинал ↗").click()
    page.wait_for_url("https://tass.ru/politika/25607377")
    assert page.outside == ["https://tass.ru/politika/25607377"], "no other request left the site"


def test_the_dark_scheme_a_reader_chose_is_kept_on_the_next_page(page, site_url):
    """The palette script (a file, not inline in every page) applies the saved choice before the page shows."""
    page.goto(site_url + "articles/003_500f055d735d3c2c/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.locator("label[for='__palette_1']").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.goto(site_url + "topics/energy/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert sum(int(c) for c in re.findall(r"\d+", background)[:3]) < 200, background  # dark, as chosen
    assert not page.outside, page.outside


def test_an_article_reads_at_a_comfortable_measure(page, site_url):
    """With no contents column beside it, an article's text is still held to a reading measure (about 80
    characters a line on a desktop), and fills the screen of a phone."""
    page.goto(site_url + "articles/003_500f055d735d3c2c/")
    width, em, screen = page.evaluate("""() => { const p = document.querySelector('.digest-article > p[id]');
        return [p.getBoundingClientRect().width, parseFloat(getComputedStyle(p.parentElement).fontSize), innerWidth]; }""")
    assert width <= 44 * em, (width, em)
    assert width >= min(30 * em, 0.8 * screen), (width, em, screen)


def assert_highlighted_in_view(page, target):
    box, viewport = target.bounding_box(), page.viewport_size
    assert box and 0 <= box["y"] < viewport["height"], "the cited sentence is scrolled into view"
    style = target.evaluate("e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).backgroundColor]")
    assert style[0] != "none" and style[1] not in ("rgba(0, 0, 0, 0)", "transparent"), "and highlighted"


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_summary_source_opens_the_sentence_that_states_the_quote(page, site_url, lang):
    """Every source of a quote links to a sentence (`#p4-s2`); following one opens the article with
    that sentence, which contains the quote as written, highlighted inside its paragraph."""
    for slug in ("culture", "education", "energy", "transport"):
        page.goto(site_url + f"topics/{slug}/")
        quotes = page.locator(f"blockquote.digest-quote[lang={lang}]")
        if quotes.count():
            break
    else:
        pytest.fail(f"no summary quotes a sentence in {lang}")
    quote = quotes.first
    text = words(quote.locator("p").first.inner_text())
    link = quote.locator("xpath=following-sibling::p[contains(@class, 'digest-sources')][1]/a").first
    fragment = link.get_attribute("href").split("#")[1]
    assert re.fullmatch(r"p\d+-s\d+", fragment), fragment
    link.click()
    page.wait_for_url(f"**#{fragment}")
    target = page.locator(f"#{fragment}")
    assert text in words(target.inner_text()), "the cited sentence states the quote"
    assert target.evaluate("e => e.closest('[lang]').lang") == lang
    assert target.evaluate("e => e.closest('p').id") == fragment.split("-")[0], "inside its paragraph"
    assert_highlighted_in_view(page, target)
    shot(page, f"cited-sentence-{lang}")
    assert not page.outside, page.outside


def test_search_finds_other_word_forms_and_kazakh(page, site_url):
    sizes = count_bytes(page, site_url + "**")  # the bytes each request brings, as the browser receives them
    page.goto(site_url)
    before = len(sizes)  # the first query pays Pagefind's set-up
    page.locator(".digest-search-toggle").click()
    page.locator("#digest-search input").wait_for()
    measured = []
    for query, expected in SEARCHES:
        search(page, query)  # until the results for this query are shown, each loaded
        links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
        expected = (expected,) if isinstance(expected, str) else expected
        assert any(link.split("#")[0].endswith(expected) for link in links), (query, links)
        measured.append(f"{query}\t{len(links)} results\t{sum(sizes[before:])} bytes")
        before = len(sizes)
    shot(page, "search")
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"search-{page.viewport_name}.txt").write_text("\n".join(measured) + "\n", encoding="utf-8")
    assert not page.outside, page.outside


def test_search_results_show_article_text_as_text(browser, tmp_path):
    project = copy_project(tmp_path / "hostile", corpus=ROOT / "tests" / "fixtures" / "hostile")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", "site"], cwd=project, capture_output=True,
                   env=ENV, check=True)
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with serve_directory(project / "site") as url:
        page.goto(url)
        page.locator(".digest-search-toggle").click()
        for query in ("onerror", "script", "Outlet", "alert"):
            search(page, query)  # until this query's results are rendered, each loaded
            assert page.locator("#digest-search .pagefind-ui__result-link").count(), query
            injected = page.locator("#digest-search img, #digest-search script, #digest-search iframe, "
                                    "#digest-search svg[onload], #digest-search b, #digest-search [onerror]")
            assert injected.count() == 0
        assert "onerror" in page.inner_text("#digest-search") or "alert" in page.inner_text("#digest-search")
        assert not dialogs
    page.close()


@pytest.mark.parametrize("path", ["", "topics/energy/", "articles/001_33917ad8c460c5ce/",
                                  "articles/002_ffdf401c86768c7b/", "timeline/", "archive/",
                                  "entities/", "entities/kasym-zhomart-tokaev/"])
def test_no_serious_accessibility_violation(page, site_url, path):
    page.goto(site_url + path)
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in results.response["violations"]
               if v["impact"] in ("serious", "critical")]
    assert not serious, results.generate_report()
    assert not page.outside, page.outside


def test_search_box_speaks_the_page_language(page, site_url):
    for path, placeholder in (("", "Поиск"), ("articles/002_ffdf401c86768c7b/", "Іздеу")):
        page.goto(site_url + path)
        page.locator(".digest-search-toggle").click()
        assert page.locator("#digest-search input").get_attribute("placeholder") == placeholder
    assert page.evaluate("document.documentElement.lang") == "kk"


def test_the_404_page_works_under_a_sub_path(browser, tmp_path):
    """GitHub Pages serves a project site under /<repository>/ and answers a missing URL with the
    site's 404.html: built with SITE_URL, that page's styles, scripts and search load from the
    sub-path, and search results link into it."""
    project = copy_project(tmp_path / "project")
    with serve_directory(project / "site", base="/kz-ru-digest/") as url:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"], cwd=project,
                                env={**ENV, "SITE_URL": url}, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        page = browser.new_page()
        answers = []
        page.on("response", lambda r: answers.append((r.status, r.url)))
        page.on("requestfailed", lambda r: answers.append(("failed", r.url)))
        missing = url + "topics/energy/no-such-page/deeper/"
        assert page.goto(missing).status == 404
        assert page.evaluate("[...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)")
        page.locator(".digest-search-toggle").click()
        search(page, "университеты")
        links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
        assert links and all(link.startswith(url) for link in links), links
        assert page.goto(links[0]).status == 200
        page.close()
    # Material's script looks for language versions in a sitemap.xml beside every <link rel="alternate">
    # (here the Atom feeds: feeds/sitemap.xml) on every page, not only this one; nothing else may fail
    failed = [(status, u) for status, u in answers
              if status not in (200, 304) and u != missing and not u.endswith("/feeds/sitemap.xml")]
    assert not failed and (404, missing) in answers, failed
    assert all(u.startswith(url) for _, u in answers), answers


def test_search_merges_the_bundles_of_a_large_site(browser, tmp_path):
    """A large site is indexed in bundles of a bounded number of pages (Pagefind holds every page it
    indexes in memory); the search box merges them: with bundles of three pages, every query still finds
    its page, whichever bundle holds it, and links into the site's sub-path."""
    project = copy_project(tmp_path / "project")
    with serve_directory(project / "site", base="/kz-ru-digest/") as url:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"], cwd=project,
                                env={**ENV, "SITE_URL": url, "DIGEST_SEARCH_BUNDLE_PAGES": "3"},
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        parts = json.loads((project / "site" / "pagefind" / "parts.json").read_text(encoding="utf-8"))
        assert len(parts) >= 5 and all((project / "site" / "pagefind" / p / "pagefind-entry.json").exists()
                                       for p in parts)
        page = browser.new_page()
        page.goto(url)
        page.locator(".digest-search-toggle").click()
        for query, expected in SEARCHES:
            search(page, query)
            links = page.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.href)")
            assert any(link.split("#")[0] == url + expected for link in links), (query, links)
        assert page.goto(links[0]).status == 200
        page.close()
