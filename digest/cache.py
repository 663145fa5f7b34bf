"""Analysis cache: analysed articles by content hash, so an unchanged article is never re-analysed.

The key covers the article as read (text, date, metadata, id) and the analysis itself: the taxonomy,
the known names and the digest's code. Change any of them and the article is analysed again.
Stored in one SQLite file (standard library); entries not used by a build are dropped after it.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from pathlib import Path

from .model import Article, SourceDoc

PACKAGE = Path(__file__).resolve().parent


def analysis_version(*inputs: Path) -> str:
    """A hash of everything the analysis depends on besides the article: config files and code."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")) + [p for p in inputs if p.exists()]:
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

    def key(self, doc: SourceDoc) -> str:
        """The cache key of an article as read."""
        return hashlib.sha256(self.version.encode() + pickle.dumps(doc, protocol=5)).hexdigest()

    def get_many(self, keys: list[str]) -> dict[str, Article]:
        """The cached articles among these keys."""
        if self._db is None or not keys:
            return {}
        found = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            rows = self._db.execute(f"SELECT key, article FROM analysis WHERE key IN ({','.join('?' * len(chunk))})",
                                    chunk)
            found.update((key, pickle.loads(blob)) for key, blob in rows)
        return found

    def put_many(self, items: dict[str, Article]) -> None:
        """Remember these articles."""
        if self._db is None or not items:
            return
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO analysis VALUES (?, ?)",
                                 [(k, pickle.dumps(a, protocol=5)) for k, a in items.items()])

    def keep_only(self, keys: set[str]) -> None:
        """Drop every entry this build did not use (old versions of edited or removed articles)."""
        if self._db is None:
            return
        with self._db:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM used")
            self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)", [(k,) for k in keys])
            self._db.execute("DELETE FROM analysis WHERE key NOT IN (SELECT key FROM used)")

    def close(self) -> None:
        """Close the file."""
        if self._db is not None:
            self._db.close()
