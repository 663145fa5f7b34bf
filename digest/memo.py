"""Page memo: a key for each generated page from what it is made of, kept between builds, so that a build
renders again only the pages whose view changed (an edit changes a few dozen pages of tens of thousands).

A page's key is a hash of the build's inputs other than the corpus (the digest's code, templates, texts,
taxonomy and known names), the page's path and its view. An article in a view stands for its token — its
analysis cache key, which covers its text and analysis, and its names as merged across the corpus — so a
key never reads an article's text again. A page is reused only if its key is the last build's and its file
is as that build left it (size and modification time); a page whose rendering failed, or whose key cannot
be made, is never reused (its problem is reported again).
"""
from __future__ import annotations

import hashlib
import io
import pickle
from pathlib import Path

from .cache import load_pickle, output_state, save_pickle
from .group import ArticleRef
from .model import Article, Topic

FILE = "page-keys.pickle"  # beside the analysis cache


def _reference(*parts):
    """What a view's article, article reference or topic stands for in a page key (pickled by name, never called)."""
    return parts


class _ViewPickler(pickle.Pickler):
    """Pickles a view with its articles, their references and topics as references. Without a memo (`fast`),
    so that equal views give equal bytes however their strings are shared. (A dispatch table, looked up in C for
    those three types only: a `persistent_id` would be called from C for every object of every view.)"""

    def __init__(self, out, references: dict[int, tuple[str, ...]]) -> None:
        super().__init__(out, protocol=5)
        self.fast = True

        def by_reference(obj):  # (one the memo does not know: pickled whole)
            known = references.get(id(obj))
            return (_reference, known) if known is not None else obj.__reduce_ex__(5)

        # (the taxonomy is among the inputs every key covers)
        self.dispatch_table = {Article: by_reference, ArticleRef: by_reference,
                               Topic: lambda topic: (_reference, ("T", topic.slug))}


class PageMemo:
    """The last build's page keys and what this build finds; `unchanged(path, view)` for each page that may
    be reused, `forget(path)` for a page that failed, `save()` once the build's files are in place."""

    def __init__(self, cache_path: Path, out_dir: Path, inputs: str, articles, tokens: dict[str, str]) -> None:
        self.file = cache_path.parent / FILE
        self.out_dir = out_dir
        self.inputs = inputs
        self.articles = articles  # (held: their ids stand for them)
        self.references = {id(a): ("A", tokens[a.id]) for a in articles}
        self.keys: dict[str, str] = {}
        self.tokens = tokens
        self.reused = 0
        old = load_pickle(self.file)
        valid = old.get("inputs") == inputs and old.get("out_dir") == str(out_dir.resolve())
        self.previous: dict[str, tuple[str, int, int]] = old.get("pages", {}) if valid else {}

    def refer(self, refs) -> None:
        """Let these article references (`group.ArticleRef`, made from their article alone) stand for their
        article's token in views."""
        self.references.update((id(r), ("R", self.tokens[r.id])) for r in refs)

    def key(self, path: str, view) -> str:
        """The page's key: the inputs, its path and its view."""
        out = io.BytesIO()
        _ViewPickler(out, self.references).dump(view)
        return hashlib.sha256(f"{self.inputs}\0{path}\0".encode() + out.getvalue()).hexdigest()

    def unchanged(self, path: str, view) -> bool:
        """True when the page at `path` (relative to out_dir) was made from this view by the last build and
        its file is as that build left it: it need not be rendered."""
        try:
            key = self.keys[path] = self.key(path, view)
        except Exception:  # noqa: BLE001 — a view that cannot be keyed is rendered (and never reused)
            self.keys.pop(path, None)
            return False
        old = self.previous.get(path)
        if old is None or old[0] != key:
            return False
        try:
            st = (self.out_dir / path).stat()
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns) != old[1:]:
            return False
        self.reused += 1
        return True

    def forget(self, path: str) -> None:
        """Never reuse this page (its rendering failed: the next build renders it and reports it again)."""
        self.keys.pop(path, None)

    def save(self) -> None:
        """Remember the keys of this build's pages, with their files' state (after they are in place)."""
        state = output_state(self.out_dir, set(self.keys))  # (the same state the build's stamp checks)
        pages = {path: (key, *state[path]) for path, key in self.keys.items() if path in state}
        # (the pages are in place already; without the memo the next build renders every page)
        save_pickle(self.file, {"inputs": self.inputs, "out_dir": str(self.out_dir.resolve()), "pages": pages})


class RankMemo:
    """Each topic's ranked summary items (`summarize.rank_topic`: comparing the claims of its best candidates,
    a few seconds whatever the corpus) by what ranking read: the topic, its pool's sentences with their
    articles' tokens (analysis cache keys: the same token, the same candidate and claim), and the newest
    article's date. Kept beside the cache, so that a build after an edit that left the pools as they were
    (most edits) does not rank them again. A ranking that reported a problem is not kept (it is reported
    again)."""

    FILE = "ranked.pickle"

    def __init__(self, cache_path: Path, tokens: dict[str, str]) -> None:
        self.file = cache_path.parent / self.FILE
        self.tokens = tokens
        self.kept: dict[str, list] = {}
        self.previous: dict[str, list] = load_pickle(self.file)

    def rank(self, topic: str, pool: list, newest, guard, make) -> list:
        """The topic's items ranked from its pool: an earlier build's if it ranked the same, else `make()`.
        A pool with a sentence whose claim could not be read is ranked by words (see summarize.relation): such
        a ranking is neither taken nor kept."""
        if any(c.claim is None for c in pool):
            return make()
        # (their repr, not their pickle: a pickle's bytes depend on which equal strings are one object)
        key = hashlib.sha256(repr((topic, str(newest), [(c.citation.article, c.citation.anchor, c.citation.sentence,
                                                         self.tokens[c.citation.article]) for c in pool])
                                  ).encode()).hexdigest()
        if key in self.previous:
            self.kept[key] = self.previous[key]
            return self.kept[key]
        before = len(guard.problems)
        items = make()
        if len(guard.problems) == before:
            self.kept[key] = items
        return items

    def save(self) -> None:
        """Keep this build's rankings (best effort: without them the next build ranks every topic)."""
        save_pickle(self.file, self.kept)
