"""MkDocs hook: runs the digest build before every `mkdocs build` and `mkdocs serve` rebuild.

mkdocs.yml lists this file under `hooks:` and the inputs under `watch:`, so an edit to the corpus,
the templates or the taxonomy rebuilds the pages. The build rewrites only files whose content
changed, so the docs/ change it causes triggers at most one more (empty) rebuild, never a loop.
"""
from __future__ import annotations

import atexit
import html
import logging
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from markdown.extensions.toc import slugify, unique  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.structure.toc import get_toc  # noqa: E402

from digest.build import CACHE, build_digest  # noqa: E402
from digest.config import load_taxonomy  # noqa: E402
from digest.errors import DigestError  # noqa: E402
from digest.group import topic_page  # noqa: E402
from digest.progress import Progress  # noqa: E402
from digest.search import index_site  # noqa: E402
from digest.write import MANIFEST  # noqa: E402

log = logging.getLogger("mkdocs.hooks.digest")
TOPICS_INDEX = "topics/index.md"


class _LogStream:
    """Progress lines into MkDocs' log (plain lines every few seconds: a log is no terminal)."""

    def write(self, text: str) -> None:
        if text.strip():
            log.info(text.strip())

    def flush(self) -> None:
        pass


# Problems with articles are listed as warnings on a logger of their own, outside MkDocs' "mkdocs" tree:
# `mkdocs build --strict` (make site, the Pages workflow) counts only MkDocs' own warnings (a broken link), so
# one bad file among ten thousand does not stop publishing; `make check` (build_digest.py --strict) is the
# strict gate for articles.
problems = logging.getLogger("digest.problems")
if not problems.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("WARNING -  %(message)s"))
    problems.addHandler(_handler)
    problems.propagate = False


def _report(line: str) -> None:
    (problems.warning if ": error:" in line or ": warning:" in line else log.info)(line)


def _expand_topics(nav: list, pages: list[str]) -> bool:
    """Append every topic page to the nav section that holds topics/index.md."""
    for entry in nav:
        children = next(iter(entry.values())) if isinstance(entry, dict) else None
        if isinstance(children, list):
            if TOPICS_INDEX in [next(iter(c.values())) if isinstance(c, dict) else c for c in children]:
                children.extend(pages)
                return True
            if _expand_topics(children, pages):
                return True
    return False


def on_config(config):
    """Build the digest into docs_dir, then list the topic pages in the navigation."""
    root = Path(config.config_file_path).parent
    try:
        report = build_digest(corpus_dir=root / "corpus", docs_dir=Path(config.docs_dir),
                              taxonomy_path=root / "taxonomy.yml", templates_dir=root / "templates", log=_report,
                              cache_path=Path(config.docs_dir).parent / CACHE,
                              progress=Progress(stream=_LogStream()),
                              keep=_serving)  # (serving: the analysed articles are kept for the next rebuild)
        if len(report.timings) > 1:  # (where a rebuild's time goes, for an editor with a large archive)
            log.info("digest: stages (s): " + ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in report.timings))
        taxonomy = load_taxonomy(root / "taxonomy.yml")
    except DigestError as exc:
        raise Abort(f"digest: {exc}") from None
    except Exception as exc:  # noqa: BLE001 — a clean message, never a traceback
        raise Abort(f"digest: internal error: {type(exc).__name__}: {exc} — the previous pages are "
                    "unchanged; please report this") from None
    if config.nav:
        _expand_topics(config.nav, [topic_page(t.slug) for t in taxonomy.topics])
    global _generated
    try:
        _generated = frozenset((Path(config.docs_dir) / MANIFEST).read_text(encoding="utf-8").split())
    except OSError:
        _generated = frozenset()
    return config


_generated: frozenset[str] = frozenset()  # the docs files the digest wrote (its manifest)
_HEADING = re.compile(r"^## (.+)$", re.M)
_ID = re.compile(r'\sid="([^"]+)"')
_TITLE = re.compile(r'<h1\b[^>]*?\sid="([^"]+)"[^>]*>(.*?)</h1>', re.S)


def on_page_markdown(markdown: str, page, config, files) -> str:
    """A page the digest generated is HTML already, but for its `## ` section headings (the page's table
    of contents): it is made into the page without Python-Markdown, whose HTML parser reads every raw
    HTML block of it — two thirds of MkDocs' build time on a large corpus, for pages it returns as they
    are. Its links are the digest's own (relative, tested); hand-written pages go through MkDocs as ever."""
    if page.file.src_uri in _generated:
        page.render = lambda config, files: _render_generated(page)
    return markdown


def _render_generated(page) -> None:
    """What `Page.render` sets, for a generated page: its HTML with each `## ` heading given the id and
    table-of-contents entry the `toc` extension would give it, and the ids it holds."""
    used: set[str] = set()
    tokens = []

    def heading(match: re.Match) -> str:
        name = match.group(1).strip()
        anchor = unique(slugify(html.unescape(name), "-"), used)
        tokens.append({"level": 2, "id": anchor, "name": name, "html": name, "data-toc-label": "", "children": []})
        return f'<h2 id="{anchor}">{name}</h2>'

    page.content = _HEADING.sub(heading, page.markdown)
    title = _TITLE.search(page.content)
    if title:  # the page's title heads its contents, as a Markdown page's `# ` does: Material shows the sections
        # under it, and its skip link («Перейти к содержанию») leads to the title, not past the article to its
        # first section
        name = re.sub(r"<[^>]*>", "", title.group(2)).strip()
        tokens = [{"level": 1, "id": title.group(1), "name": name, "html": name, "data-toc-label": "",
                   "children": tokens}]
    page.toc = get_toc(tokens)
    page.present_anchor_ids = set(_ID.findall(page.content))
    page.links_to_anchors = {}


_serving = False
_KEEP = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)", re.S | re.I)
_INDENT = re.compile(r"\n\s+")


def on_env(env, config, files):
    """JSON in pages (the theme's `__config` block) written as UTF-8, not as `\\uXXXX` escapes, which
    triple the size of every Cyrillic letter on every page; `<`, `>`, `&` and `'` are still escaped."""
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


def on_page_content(html: str, page, config, files) -> str:
    """Drop the page's Markdown once it is HTML: MkDocs converts every page before it writes any, and
    holding both for tens of thousands of pages doubles its memory. (Every generated page has its
    title in its front matter; an empty, not a missing, source keeps MkDocs' title logic as it is.)"""
    page.markdown = ""
    return html


# the title of a link of the navigation or of a page's contents, in a span that would clip it with an ellipsis
# (which Material gives no `nowrap`: a long title wraps either way); the header's title keeps its span
_NAV_TITLE = re.compile(r'(<(?:a|label) [^>]*class="md-nav__link[^"]*"[^>]*>\n)<span class="md-ellipsis">\n([^<\n]*)\n</span>')


def on_post_page(output: str, page, config) -> str:
    """The page without the theme's indentation and blank lines (a tenth of every page): a line break
    and the spaces after it become one line break, which HTML reads as the same one space; and the titles
    of the navigation's and contents' links without the span that would clip them (~0.4 KB a page). Preformatted text,
    scripts and styles are kept as they are."""
    parts = _KEEP.split(output)
    # split keeps both groups: [text, whole kept element, tag name, text, …]
    return "".join(_NAV_TITLE.sub(r"\1\2", _INDENT.sub("\n", part)) if n % 3 == 0 else (part if n % 3 == 1 else "")
                   for n, part in enumerate(parts))



def on_startup(command, dirty):
    """Remember whether this is `mkdocs serve` (search is then indexed without holding up reloads)."""
    global _serving
    _serving = command == "serve"


def on_post_build(config):
    """Index the built site for search (Pagefind): in `mkdocs build` before it ends; in `mkdocs serve`
    in the background, so that an edit reaches the browser without waiting for the index."""
    site_dir = Path(config.site_dir)
    if _serving:
        _INDEXER.request(site_dir)
        return
    try:
        index_site(site_dir)
    except DigestError as exc:
        raise Abort(f"digest: {exc}") from None


class _Indexer:
    """Search indexing while serving: in another process, at a lower priority than the rebuilds (its copying
    of every page and Pagefind's indexing took both cores and the interpreter from them), one run at a time:
    rebuilds during a run ask for one more run after it, never for one each."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wanted: Path | None = None
        self._running = False
        self._process: subprocess.Popen | None = None
        atexit.register(self.stop)

    def request(self, site_dir: Path) -> None:
        with self._lock:
            self._wanted = site_dir
            if self._running:
                return
            self._running = True
        try:
            threading.Thread(target=self._run, daemon=True).start()
        except RuntimeError as exc:
            with self._lock:
                self._running = False
            log.warning(f"digest: search index not updated ({exc})")

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    site_dir, self._wanted = self._wanted, None
                    if site_dir is None:
                        return
                self._index(site_dir)
        finally:
            with self._lock:
                self._running = False

    def _index(self, site_dir: Path) -> None:
        nice = ["nice", "-n", "10"] if shutil.which("nice") else []
        try:
            self._process = subprocess.Popen([*nice, sys.executable, "-m", "digest.search", str(site_dir)], cwd=ROOT,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            _, error = self._process.communicate()
        except OSError as exc:
            log.warning(f"digest: search index not updated ({exc})")
            return
        if self._process.returncode == 0:
            log.info("digest: search index updated (in the background)")
        else:
            log.warning(error.strip().splitlines()[-1] if error.strip() else
                        f"digest: search index not updated (exit status {self._process.returncode})")

    def stop(self) -> None:
        """Stop an indexing run when the server exits (its site folder is about to go)."""
        process = self._process
        if process is not None and process.poll() is None:
            process.terminate()


_INDEXER = _Indexer()
