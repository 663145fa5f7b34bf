"""Bytes a reader downloads per search query, on the seed site and on a generated site.

    python benchmarks/search_bytes.py [--articles 3000]

Builds each site with the real pipeline (digest, MkDocs, Pagefind), serves it on 127.0.0.1 and
runs the queries in Chromium (Debian's /usr/bin/chromium where installed, otherwise Playwright's
own: `tests.helpers.launch_chromium`), each until its results are shown; the first query includes
Pagefind's set-up (its WebAssembly and index entry), as a reader's first search does. Prints a table.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_corpus import generate  # noqa: E402
from tests.conftest import copy_project  # noqa: E402
from tests.helpers import count_bytes, launch_chromium, search, serve_directory  # noqa: E402

QUERIES = ["университеты", "поставками", "атомная электростанция", "Росатомом", "ынтымақтастық", "театрларда", "газ"]


def measure(site: Path) -> list[tuple[str, int, int]]:
    """(query, results, bytes transferred) for every query."""
    from playwright.sync_api import sync_playwright
    rows = []
    with serve_directory(site) as url, sync_playwright() as p:
        browser = launch_chromium(p, args=["--no-sandbox", "--disable-background-networking"])
        page = browser.new_page()
        sizes = count_bytes(page)  # every byte the server sends, as the reader's browser receives it
        page.goto(url)
        before = len(sizes)
        page.locator(".digest-search-toggle").click()
        for query in QUERIES:
            search(page, query, timeout=60_000)  # until the results are shown, each loaded: its bytes are in
            rows.append((query, page.locator(".pagefind-ui__result").count(), sum(sizes[before:])))
            before = len(sizes)
        browser.close()
    return rows


def build(project: Path) -> tuple[int, int]:
    """Build the site; (pages, bytes of the Pagefind bundle)."""
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site"], cwd=project, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True)
    site = project / "site"
    bundle = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())
    return sum(1 for _ in site.rglob("index.html")), bundle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        seeds = copy_project(Path(tmp) / "seeds")
        corpus = Path(tmp) / "generated-corpus"
        generate(corpus, args.articles, short=True)  # the rows in README.md
        large = copy_project(Path(tmp) / "large", corpus=corpus)
        for name, project in (("seed corpus", seeds), (f"{args.articles} generated", large)):
            pages, bundle = build(project)
            for query, results, size in measure(project / "site"):
                table.append((name, pages, bundle, query, results, size))
    print(f"{'site':<16} {'pages':>6} {'index KB':>9}  {'query':<24} {'results':>7} {'bytes':>8}")
    for name, pages, bundle, query, results, size in table:
        print(f"{name:<16} {pages:>6} {bundle / 1024:>9.0f}  {query:<24} {results:>7} {size:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
