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
GLOB = "**/index.html"          # every page (404.html is not one)


def index_site(site_dir: Path) -> None:
    """Write the Pagefind bundle into site_dir/pagefind; DigestError when Pagefind fails."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", GLOB,
         "--root-selector", ROOT_SELECTOR, "--force-language", LANGUAGE, "--silent"],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise DigestError(f"search index: pagefind failed ({result.stderr.strip()[:300]}) — "
                          "run `make install` to reinstall it")
