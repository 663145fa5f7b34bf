"""Small builders for tests: articles from literal text, a built site served over HTTP, a browser."""
from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import threading
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from digest.analyze import analyze_article
from digest.model import SourceDoc, SourceLine


def site_data(folder: Path) -> dict:
    """The analysis a built site (or docs folder) offers, read as a reader would: data/index.json, then
    every month file it lists. Returned whole, in the shape of build_digest.py --json."""
    index = json.loads((folder / "data" / "index.json").read_text(encoding="utf-8"))
    articles, timeline = [], []
    for month in index["months"]:
        part = json.loads(gzip.decompress((folder / "data" / month["file"]).read_bytes()).decode("utf-8"))
        assert part["month"] == month["month"] and len(part["articles"]) == month["articles"], month
        assert all(a["date"].startswith(month["month"]) for a in part["articles"]), month
        articles += part["articles"]
        timeline += part["timeline"]
    return {"format": index["format"], "articles": articles, "topics": index["topics"], "timeline": timeline}


def make_article(tools, article_id: str, day: str, *lines: str, outlet: str | None = None):
    """An analysed article from literal lines."""
    doc = SourceDoc(id=article_id, file=f"{article_id}.txt", date=date.fromisoformat(day),
                    lines=tuple(SourceLine(n, t) for n, t in enumerate(lines, 1)), outlet=outlet)
    return analyze_article(doc, tools)


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site under a base path the way GitHub Pages does: a file or a folder's
    index.html, and for anything else status 404 with the site's 404.html as the body."""

    base = "/"

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        if not urlsplit(path).path.startswith(self.base):
            return os.path.join(self.directory, ".outside-the-site")  # no such file: answered with 404.html
        return super().translate_path("/" + path[len(self.base):])

    def list_directory(self, path):
        self.send_error(404)  # a folder without index.html is no page
        return None

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve_directory(directory: Path, base: str = "/"):
    """A built site served on 127.0.0.1 (a free port) under the path `base` while the block runs,
    missing pages answered with its 404.html (as GitHub Pages does); yields the site's URL."""
    base = "/" + base.strip("/") + "/" if base.strip("/") else "/"
    handler = type("Handler", (_PagesHandler,), {"base": base})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{base}"
    finally:
        server.shutdown()
        server.server_close()


def count_bytes(page, pattern: str = "**/*") -> list[int]:
    """Route the page's requests through a counter: the list grows by each response's body size."""
    sizes: list[int] = []

    def count(route):
        response = route.fetch()
        body = response.body()
        sizes.append(len(body))
        route.fulfill(response=response, body=body)

    page.route(pattern, count)
    return sizes


DEBIAN_CHROMIUM = "/usr/bin/chromium"


def launch_chromium(playwright, **kwargs):
    """Chromium for Playwright: Debian's /usr/bin/chromium where it is installed (here, and wherever
    `make browser` could install it as root), otherwise Playwright's own build (what `make browser`
    installs on GitHub's runners: `python -m playwright install --with-deps chromium`)."""
    if "executable_path" not in kwargs and Path(DEBIAN_CHROMIUM).exists():
        kwargs["executable_path"] = DEBIAN_CHROMIUM
    return playwright.chromium.launch(**kwargs)


# True once Pagefind UI shows the finished results for the query: its message names the query (the
# "searching" message does too, but comes without the results list) and every listed result has
# been loaded (a result stays a placeholder, `.pagefind-ui__loading`, until its fragment arrives).
_RESULTS_SHOWN = """([root, query]) => {
    const ui = document.querySelector(root);
    const message = ui && ui.querySelector('.pagefind-ui__message');
    const list = ui && ui.querySelector('.pagefind-ui__results');
    if (!message || !list || !message.textContent.includes(query)) return false;
    const results = [...list.querySelectorAll(':scope > .pagefind-ui__result')];
    return !list.querySelector('.pagefind-ui__loading')
        && results.every(li => li.querySelector('.pagefind-ui__result-link'));
}"""


def search(page, query: str, root: str = "#digest-search", timeout: float | None = None) -> None:
    """Type a query into the search box and wait until its results are shown (no fixed sleep)."""
    field = page.locator(f"{root} input")
    field.fill("")  # Pagefind UI hides the previous results at once, so none can be taken for these
    field.fill(query)
    page.wait_for_function(_RESULTS_SHOWN, arg=[root, query], timeout=timeout)
