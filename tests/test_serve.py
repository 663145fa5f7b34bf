"""`mkdocs serve` builds the digest itself and shows edits to the corpus, templates and taxonomy."""
from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
TIMEOUT = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


REBUILT = ("Serving on", "Reloading browsers")  # mkdocs serve logs these when a build has finished


class ServeLog:
    """The server's log lines as they come (a reader thread): the test waits for a finished build,
    never for a fixed time."""

    def __init__(self, proc, path) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.file = open(path, "w", encoding="utf-8")
        threading.Thread(target=self._read, args=(proc.stdout,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self.file.write(line)
            self.file.flush()
            self.lines.put(line)
        self.lines.put("")  # the server exited

    def next_build(self, timeout: float) -> None:
        """Block until the server logs a finished build (or exits, or the time is up)."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                return
            if not line or any(marker in line for marker in REBUILT):
                return


def wait_for(url: str, text: str, server) -> str:
    """The page once it shows `text`: fetched again after every build the server finishes."""
    proc, _, log = server
    deadline = time.monotonic() + TIMEOUT
    while (remaining := deadline - time.monotonic()) > 0:
        assert proc.poll() is None, "mkdocs serve exited"
        body = fetch(url)
        if body and text in body:
            return body
        log.next_build(remaining)
    pytest.fail(f"{url} did not show {text!r} within {TIMEOUT} s")


@pytest.fixture
def server(project):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                            cwd=project, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            encoding="utf-8")
    log = ServeLog(proc, project / "serve.log")
    yield proc, f"http://127.0.0.1:{port}/", log
    proc.terminate()
    proc.wait(timeout=20)
    log.file.close()


def test_serve_builds_the_digest_and_shows_edits(project, server):
    _, base, _ = server
    wait_for(base + "topics/energy/", "Росатом", server)
    (project / "corpus" / "zz_new.txt").write_text(
        " date 2026-01-15 В Актобе построят новую ветровую электростанцию мощностью 150 МВт при участии "
        "российских инвесторов.\n", encoding="utf-8")
    wait_for(base + "articles/zz_new/", "ветровую электростанцию", server)
    wait_for(base + "topics/energy/", "zz_new", server)
    texts = project / "templates" / "texts.yml"
    texts.write_text(texts.read_text(encoding="utf-8").replace("Последние статьи", "Свежие статьи"), encoding="utf-8")
    wait_for(base, "Свежие статьи", server)
    taxonomy = project / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8").replace(
        "name: {ru: Энергетика, kk: Энергетика}", "name: {ru: Энергетика и ресурсы, kk: Энергетика}"), encoding="utf-8")
    wait_for(base + "topics/energy/", "Энергетика и ресурсы", server)


INDEXED = "search index updated (in the background)"


def test_every_rebuild_indexes_search_in_the_background(project, server):
    """An edit is served without waiting for the search index, at every rebuild, not only the first (only the
    first build's hook hears that this is `serve`: MkDocs keeps that hook module for the rebuilds)."""
    _, base, _ = server
    wait_for(base + "topics/energy/", "Росатом", server)
    (project / "corpus" / "zz_new.txt").write_text(
        " date 2026-01-15 В Актобе построят новую ветровую электростанцию мощностью 150 МВт.\n", encoding="utf-8")
    wait_for(base + "articles/zz_new/", "ветровую электростанцию", server)
    log = project / "serve.log"
    deadline = time.monotonic() + TIMEOUT
    while log.read_text(encoding="utf-8").count(INDEXED) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)  # (polls for the state: the rebuild's index, however long it takes)
    text = log.read_text(encoding="utf-8")
    assert text.count(INDEXED) >= 2, text[-3000:]
