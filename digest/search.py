"""Adapter for Pagefind: index the built site for search (Russian stemming, one index for all pages)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import DigestError

# One index for the whole site: Kazakh pages declare lang="kk", but a reader searching from a
# Russian page must find them too, and Pagefind has no Kazakh stemmer to gain from a separate index.
LANGUAGE = "ru"
ROOT_SELECTOR = ".md-content"  # the page's content, not the navigation around it
# The pages a reader looks for: home, about, topics, articles, entities (their first page). Not the lists
# that repeat them month by month (archive, timeline, a topic's months, an entity's further pages): they
# would double the index and fill results with copies of the same passage.
GLOB = ("{index.html,about/index.html,topics/index.html,topics/*/index.html,articles/*/index.html,"
        "entities/index.html,entities/*/index.html}")


def index_site(site_dir: Path) -> None:
    """Write the Pagefind bundle into site_dir/pagefind; DigestError when Pagefind fails."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", GLOB,
         "--root-selector", ROOT_SELECTOR, "--force-language", LANGUAGE, "--silent"],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise DigestError(f"search index: pagefind failed ({result.stderr.strip()[:300]}) — "
                          "run `make install` to reinstall it")
