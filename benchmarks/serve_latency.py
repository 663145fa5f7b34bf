"""How long `mkdocs serve` (as `make serve` runs it) takes to show an edited article.

    python benchmarks/serve_latency.py [--articles 10000] [--kind real|short]

Generates a corpus, builds it once (as an editor's earlier session would have: the analysis cache
is warm), starts `mkdocs serve --dirty`, edits one article and times until the article's page
serves the new sentence. Prints the seconds.
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_corpus import generate  # noqa: E402
from tests.conftest import copy_project  # noqa: E402


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--kind", choices=("real", "short"), default="real",
                        help="real-length articles (default) or the old short ones")
    args = parser.parse_args()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        corpus = project / "corpus"
        for f in corpus.iterdir():
            f.unlink()
        generate(corpus, args.articles, short=args.kind == "short")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, env=env, check=True,
                       capture_output=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dirty", "-a",
                                   f"127.0.0.1:{port}"], cwd=project, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
        stages: list[str] = []  # the server's "digest: stages" lines, as they come
        threading.Thread(target=lambda: [stages.append(line.strip()) for line in server.stdout
                                         if "digest: stages" in line], daemon=True).start()
        try:
            edited = sorted(corpus.glob("*.txt"))[args.articles // 2]
            page = f"http://127.0.0.1:{port}/articles/{edited.stem}/"
            started = time.monotonic()
            while "date" not in fetch(page) and time.monotonic() - started < 600:
                time.sleep(1)
            print(f"serve ready after {time.monotonic() - started:.0f} s")
            marker = "Редакция проверила эту статью повторно"
            edited.write_text(edited.read_text(encoding="utf-8") + f"\n{marker}.\n", encoding="utf-8")
            started = time.monotonic()
            while marker not in fetch(page) and time.monotonic() - started < 600:
                time.sleep(0.5)
            print(f"{args.articles} {args.kind}-length articles: the edit is served after "
                  f"{time.monotonic() - started:.1f} s")
            if stages:  # the rebuild that served it
                print("its rebuild, " + stages[-1].split("digest: ", 1)[1])
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
