"""Analysis cache: analysed articles by content hash, so an unchanged article is never re-analysed.

The key covers the article as read (text, date, metadata, id) and the analysis itself: the taxonomy,
the known names and the digest's code. Change any of them and the article is analysed again.
Stored in one SQLite file (standard library); entries not used by a build are dropped after it.
"""
from __future__ import annotations

import ast
import hashlib
import os
import pickle
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from .model import Article, Citation, SourceDoc

PACKAGE = Path(__file__).resolve().parent


def analysis_modules(start: str = "analyze") -> list[Path]:
    """The digest's modules the analysis of an article runs: `start` and every module of the package it
    imports, directly or not (read from their import statements). Pages, exports and the build around
    them are not among them: changing how pages look keeps the analysed articles."""
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen or not (PACKAGE / f"{name}.py").exists():
            continue
        seen.add(name)
        tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                todo += [node.module] if node.module else [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("digest."):
                todo.append(node.module.split(".")[1])
    return sorted(PACKAGE / f"{name}.py" for name in seen)


def analysis_version(*inputs: Path) -> str:
    """A hash of everything the analysis depends on besides the article: config files and the code that
    analyses (see analysis_modules)."""
    digest = hashlib.sha256()
    for path in analysis_modules() + [PACKAGE / "cache.py"] + [p for p in inputs if p.exists()]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class AnalysisCache:
    """Articles by key in a SQLite file; `None` path: a cache that remembers nothing."""

    def __init__(self, path: Path | None, version: str) -> None:
        self.path = path
        self.version = version
        self._db = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path)
            self._db.execute("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, article BLOB)")
            # the claim and speaker of a summary candidate, read only when it reached a topic's best (see
            # summarize.article_candidates): by its article's key and its sentence
            self._db.execute("CREATE TABLE IF NOT EXISTS statements (key TEXT, anchor TEXT, sentence INTEGER, "
                             "statement BLOB, PRIMARY KEY (key, anchor, sentence))")

    def key(self, doc: SourceDoc) -> str:
        """The cache key of an article as read."""
        return hashlib.sha256(self.version.encode() + pickle.dumps(doc, protocol=5)).hexdigest()

    def iter_many(self, keys: list[str]) -> Iterator[tuple[str, Article]]:
        """The cached articles among these keys, one at a time (key, article)."""
        if self._db is None or not keys:
            return
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            rows = self._db.execute(f"SELECT key, article FROM analysis WHERE key IN ({','.join('?' * len(chunk))})",
                                    chunk)
            for key, blob in rows:
                yield key, pickle.loads(blob)

    def put_many(self, items: Iterable[tuple[str, Article | bytes]]) -> None:
        """Remember these (key, article) pairs (an article as it is, or already pickled)."""
        if self._db is None:
            return
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO analysis VALUES (?, ?)",
                                 ((k, a if isinstance(a, bytes) else pickle.dumps(a, protocol=5)) for k, a in items))

    def statements(self, wanted: list[tuple[str, Citation]]) -> dict[Citation, tuple]:
        """The claims and speakers read for these sentences ((article key, citation) pairs) that are cached."""
        found: dict[Citation, tuple] = {}
        if self._db is None or not wanted:
            return found
        by_key: dict[str, dict[tuple[str, int], Citation]] = {}
        for key, citation in wanted:
            by_key.setdefault(key, {})[citation.anchor, citation.sentence] = citation
        keys = list(by_key)
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            rows = self._db.execute("SELECT key, anchor, sentence, statement FROM statements WHERE key IN "
                                    f"({','.join('?' * len(chunk))})", chunk)
            for key, anchor, sentence, blob in rows:
                citation = by_key[key].get((anchor, sentence))
                if citation is not None:
                    try:
                        found[citation] = pickle.loads(blob)
                    except Exception:  # noqa: BLE001 — a record that cannot be read is read again
                        continue
        return found

    def put_statements(self, items: Iterable[tuple[str, Citation, tuple]]) -> None:
        """Remember these (article key, citation, (claim, speaker)) readings."""
        if self._db is None:
            return
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO statements VALUES (?, ?, ?, ?)",
                                 ((k, c.anchor, c.sentence, pickle.dumps(v, protocol=5)) for k, c, v in items))

    def keep_only(self, keys: set[str]) -> None:
        """Drop every entry this build did not use (old versions of edited or removed articles)."""
        if self._db is None:
            return
        with self._db:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM used")
            self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)", [(k,) for k in keys])
            self._db.execute("DELETE FROM analysis WHERE key NOT IN (SELECT key FROM used)")
            self._db.execute("DELETE FROM statements WHERE key NOT IN (SELECT key FROM used)")

    def close(self) -> None:
        """Close the file."""
        if self._db is not None:
            self._db.close()


STAMP = "build-stamp.pickle"  # beside the analysis cache


def input_fingerprint(*inputs: Path) -> str:
    """A hash of every input of a build: the digest's code, and every file under each of `inputs`
    (files or folders: the corpus, taxonomy, known names, templates), by path and content."""
    digest = hashlib.sha256()
    files = sorted(PACKAGE.glob("*.py"))
    for base in inputs:
        files += sorted(p for p in base.rglob("*") if p.is_file()) if base.is_dir() else [base] if base.exists() else []
    for path in files:
        digest.update(str(path).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def output_state(out_dir: Path, files: set[str]) -> dict[str, tuple[int, int]]:
    """Size and modification time of each of these files under out_dir (missing ones left out)."""
    state = {}
    for rel in files:
        try:
            st = (out_dir / rel).stat()
        except OSError:
            continue
        state[rel] = (st.st_size, st.st_mtime_ns)
    return state


def load_pickle(path: Path) -> dict:
    """A record the digest keeps beside its cache (build stamp, page keys, rankings), or {} if there is none
    or it cannot be read (written by older code, cut short)."""
    try:
        value = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 — what cannot be read is made again
        return {}
    return value if isinstance(value, dict) else {}


def save_pickle(path: Path, value: dict) -> None:
    """Keep a record beside the cache, written whole or not at all; if it cannot be written, no stale one stays
    (best effort: without it the next build does its work again)."""
    temp = None
    try:
        fd, temp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(pickle.dumps(value, protocol=5))
        os.replace(temp, path)
    except OSError:
        path.unlink(missing_ok=True)
    finally:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)


def read_stamp(cache_path: Path | None, fingerprint: str, out_dir: Path):
    """What the last build with these very inputs reported, if every file it wrote into out_dir is still
    as it left it (else None: build)."""
    if cache_path is None:
        return None
    stamp = load_pickle(cache_path.parent / STAMP)  # ({}: none, or of older code)
    if (not stamp or stamp.get("fingerprint") != fingerprint or stamp.get("out_dir") != str(out_dir.resolve())
            or "outputs" not in stamp or "report" not in stamp):
        return None
    if output_state(out_dir, set(stamp["outputs"])) != stamp["outputs"]:
        return None
    return stamp["report"]


def write_stamp(cache_path: Path | None, fingerprint: str, out_dir: Path, files: set[str], report) -> None:
    """Remember a finished build: its inputs' fingerprint, its report and the state of its files."""
    if cache_path is None:
        return
    stamp = {"fingerprint": fingerprint, "out_dir": str(out_dir.resolve()), "report": report,
             "outputs": output_state(out_dir, files)}
    save_pickle(cache_path.parent / STAMP, stamp)
