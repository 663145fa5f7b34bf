"""Adapter for Pagefind: index the built site for search (Russian stemming, one index for all pages).

Pagefind's indexer holds every page it indexes in memory (about half a megabyte a page: 1 GB for 2,000
article pages, measured), so a large site is indexed in bundles of at most PAGES_PER_BUNDLE pages, one
after the other: the first in `pagefind/` (with the search UI), the others in `pagefind/parts/N/`, listed in
`pagefind/parts.json`; the browser merges them into one search (Pagefind's mergeIndex, in
docs/javascripts/digest-search.js)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import DigestError

# One index for the whole site: Kazakh pages declare lang="kk", but a reader searching from a
# Russian page must find them too, and Pagefind has no Kazakh stemmer to gain from a separate index.
LANGUAGE = "ru"
ROOT_SELECTOR = ".md-content"  # the page's content, not the navigation around it
# Parts of a page that repeat what the index holds from another page: an article's dates (its own sentences
# again), its related stories and the names it mentions (other pages' titles), an entity's mentions (passages
# of articles). The entity page is still found by its name and its other spellings (in its header); the
# passage, on its article's page. (The list of all names, entities/, stays indexed.)
EXCLUDE_SELECTORS = (".digest-dates", ".digest-same-story", ".digest-related", ".digest-named", ".digest-mentions")
# The pages a reader looks for: home, about, topics, articles, entities (their first page). Not the lists
# that repeat them month by month (archive, timeline, a topic's months, an entity's further pages): they
# would double the index and fill results with copies of the same passage.
PATTERNS = ("index.html", "about/index.html", "topics/index.html", "topics/*/index.html", "articles/*/index.html",
            "entities/index.html", "entities/*/index.html")
BUNDLE_PAGES = "DIGEST_SEARCH_BUNDLE_PAGES"  # environment: pages per bundle (tests make it small)
PAGES_PER_BUNDLE = 2000
PARTS = "parts.json"


def reader_pages(site_dir: Path) -> list[str]:
    """The pages the index holds, as paths under site_dir, in a stable order."""
    return sorted({p.relative_to(site_dir).as_posix() for pattern in PATTERNS for p in site_dir.glob(pattern)
                   if p.is_file()})


def index_site(site_dir: Path) -> None:
    """Write the Pagefind bundles into site_dir/pagefind; DigestError when Pagefind fails. Each bundle is
    made from copies of its pages without the ids of an article's paragraphs and sentences (`searchable`)."""
    size = int(os.environ.get(BUNDLE_PAGES) or PAGES_PER_BUNDLE)
    pages = reader_pages(site_dir)
    bundle = site_dir / "pagefind"
    shutil.rmtree(bundle / "parts", ignore_errors=True)
    parts = []
    with tempfile.TemporaryDirectory(prefix="digest-search-") as tmp:
        # each bundle is a folder holding copies of its pages only: Pagefind indexes all of it
        for n, start in enumerate(range(0, max(len(pages), 1), size), 1):
            chunk, copy = pages[start:start + size], Path(tmp) / str(n)
            copy.mkdir()
            for rel in chunk:
                (copy / rel).parent.mkdir(parents=True, exist_ok=True)
                (copy / rel).write_text(searchable((site_dir / rel).read_text(encoding="utf-8")), encoding="utf-8")
            output = bundle if n == 1 else bundle / "parts" / str(n)
            _pagefind(copy, output)
            shutil.rmtree(copy)
            if n > 1:
                parts.append(f"parts/{n}/")
    (bundle / PARTS).write_text(json.dumps(parts) + "\n", encoding="utf-8")


# Pagefind keeps, beside a page's text, every element that has an id with its text ("anchors", for results
# that lead into a page; its sections are made of headings only). An article's paragraphs and sentences
# carry ids for the links to them, so their text was kept three times: a third of the whole index.
BODY_IDS = re.compile(r'(<(?:p|span)) id="p\d+(?:-s\d+)?"')


def searchable(page: str) -> str:
    """The page as Pagefind is given it: without the ids of an article's paragraphs and sentences (the same
    words are indexed, the same results found; headings keep theirs)."""
    return BODY_IDS.sub(r"\1", page)


PAGEFIND = (sys.executable, "-m", "pagefind")
# Pagefind (its Rust runtime) has been seen to hang, once in a few hundred runs on a busy 2-core machine: all its
# threads waiting, forever, with nothing written. A run that takes far longer than its pages need is stopped and
# run again, once; a healthy run takes about a second for a few pages and under a minute for a bundle of 2,000.
# (the second run is given three times as long: a machine busy enough to slow a healthy run that much is not hung)
TIMEOUT_BASE, TIMEOUT_PER_PAGE, RETRY_FACTOR = 30.0, 0.15, 3.0  # seconds, seconds, times
ATTEMPTS = 2


def _pagefind(site_dir: Path, output: Path) -> None:
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    for attempt in range(1, ATTEMPTS + 1):
        timeout = (TIMEOUT_BASE + TIMEOUT_PER_PAGE * pages) * RETRY_FACTOR ** (attempt - 1)
        if attempt > 1:
            shutil.rmtree(output, ignore_errors=True)  # (nothing a stopped run left half-written)
        try:
            result = subprocess.run(
                [*PAGEFIND, "--site", str(site_dir), "--output-path", str(output),
                 "--root-selector", ROOT_SELECTOR, "--force-language", LANGUAGE, "--silent",
                 *(arg for selector in EXCLUDE_SELECTORS for arg in ("--exclude-selectors", selector))],
                capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:  # (stopped: subprocess.run kills it)
            if attempt < ATTEMPTS:
                continue
            raise DigestError(f"search index: pagefind did not finish ({ATTEMPTS} tries, the last {timeout:.0f} s; {pages} "
                              "pages) — build again; if it keeps hanging, report it with the machine's details") from None
        if result.returncode != 0:
            raise DigestError(f"search index: pagefind failed ({result.stderr.strip()[:300]}) — "
                              "run `make install` to reinstall it")
        return


if __name__ == "__main__":  # `python -m digest.search SITE_DIR`: what `mkdocs serve` runs in the background
    try:
        index_site(Path(sys.argv[1]))
    except DigestError as exc:
        sys.exit(str(exc))
