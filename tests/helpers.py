"""Small builders for tests: articles from literal text."""
from __future__ import annotations

import functools
import http.server
import threading
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from digest.analyze import analyze_article
from digest.model import SourceDoc, SourceLine


def make_article(tools, article_id: str, day: str, *lines: str, outlet: str | None = None):
    """An analysed article from literal lines."""
    doc = SourceDoc(id=article_id, file=f"{article_id}.txt", date=date.fromisoformat(day),
                    lines=tuple(SourceLine(n, t) for n, t in enumerate(lines, 1)), outlet=outlet)
    return analyze_article(doc, tools)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve_directory(directory: Path):
    """A built site served on 127.0.0.1 (a free port) while the block runs; yields its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_QuietHandler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


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
