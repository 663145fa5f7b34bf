"""`mkdocs serve` builds the digest itself and shows edits to the corpus, templates and taxonomy."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
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


def wait_for(url: str, text: str, server) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve exited"
        body = fetch(url)
        if body and text in body:
            return body
        time.sleep(0.5)
    pytest.fail(f"{url} did not show {text!r} within {TIMEOUT} s")


@pytest.fixture
def server(project):
    port = free_port()
    log = open(project / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                            cwd=project, env=ENV, stdout=log, stderr=subprocess.STDOUT)
    yield proc, f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


def test_serve_builds_the_digest_and_shows_edits(project, server):
    proc, base = server
    wait_for(base + "topics/energy/", "Росатом", proc)
    (project / "corpus" / "zz_new.txt").write_text(
        " date 2026-01-15 В Актобе построят новую ветровую электростанцию мощностью 150 МВт при участии "
        "российских инвесторов.\n", encoding="utf-8")
    wait_for(base + "articles/zz_new/", "ветровую электростанцию", proc)
    wait_for(base + "topics/energy/", "zz_new", proc)
    texts = project / "templates" / "texts.yml"
    texts.write_text(texts.read_text(encoding="utf-8").replace("Последние статьи", "Свежие статьи"), encoding="utf-8")
    wait_for(base, "Свежие статьи", proc)
    taxonomy = project / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8").replace(
        "name: {ru: Энергетика, kk: Энергетика}", "name: {ru: Энергетика и ресурсы, kk: Энергетика}"), encoding="utf-8")
    wait_for(base + "topics/energy/", "Энергетика и ресурсы", proc)
