"""Write stage: the only writer. Rewrites only changed files, removes pages it no longer makes.

Every changed file is first written into a staging folder inside the output folder, as it is made;
only when all of them are written are they moved into place (a rename each), so a build that fails
while rendering or writing leaves the previous pages exactly as they were.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import DigestError

MANIFEST = ".digest-manifest"
STAGING_PREFIX = ".digest-staging-"  # a dot-folder: MkDocs ignores it


@dataclass(frozen=True)
class WriteResult:
    """How many files were written, left alone and removed."""

    written: int
    unchanged: int
    removed: int


def _unchanged(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


class StagedWrite:
    """Files written one at a time into a staging folder inside out_dir, moved into place together by
    `commit` (a rename each), or dropped by `discard`: whatever fails before the commit leaves the
    previous files exactly as they were. Only files whose bytes changed are staged."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.current: set[str] = set()
        self.folded: dict[str, str] = {}
        self.changed: list[str] = []
        self.created = not out_dir.exists()  # a failed build leaves no folder it made
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            self.staging: Path | None = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        except OSError as exc:
            raise DigestError(f"cannot write into {out_dir}: {exc.strerror}") from None

    def add(self, rel: str, content: str | bytes | None) -> None:
        """Stage one file (text or bytes) unless it already holds these bytes; None: keep it as it is (`keep`)."""
        self.keep(rel)
        if content is None:
            return
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        if _unchanged(self.out_dir / rel, data):
            return
        try:
            (self.staging / rel).parent.mkdir(parents=True, exist_ok=True)
            (self.staging / rel).write_bytes(data)
        except OSError as exc:
            raise DigestError(f"cannot write {self.out_dir}: {exc.strerror} — the previous pages are unchanged") from None
        self.changed.append(rel)

    def keep(self, rel: str) -> None:
        """Count a file as this build's without writing it (it holds what the build would write)."""
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            raise DigestError(f"refusing to write outside {self.out_dir}: {rel}")
        if rel.lower() in self.folded:
            raise DigestError(f"two pages would be written to the same file: {self.folded[rel.lower()]} and {rel}")
        self.folded[rel.lower()] = rel
        self.current.add(rel)

    def commit(self, prune: bool = True) -> WriteResult:
        """Move the staged files into place; with prune, delete the files of the previous build (listed
        in the manifest) that this one did not make. Hand-written files are never touched."""
        try:
            for rel in self.changed:
                (self.out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(self.staging / rel, self.out_dir / rel)
        except OSError as exc:
            raise DigestError(f"cannot write {self.out_dir}: {exc.strerror} — the previous pages are unchanged") from None
        finally:
            self.created = False
            self.discard()
        removed = _prune(self.out_dir, self.current) if prune else 0
        return WriteResult(len(self.changed), len(self.current) - len(self.changed), removed)

    def discard(self) -> None:
        """Drop whatever is staged (nothing after a commit)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
        if self.created:
            try:
                self.out_dir.rmdir()  # only if empty
            except OSError:
                pass
            self.created = False


def write_outputs(out_dir: Path, files: dict[str, str | bytes], prune: bool = True) -> WriteResult:
    """Write {relative path: text or bytes} under out_dir; with prune, delete files of the previous build
    (listed in the manifest) that this build no longer produces. Hand-written files are never touched."""
    stage = StagedWrite(out_dir)
    try:
        for rel in sorted(files):
            stage.add(rel, files[rel])
        return stage.commit(prune)
    finally:
        stage.discard()


def write_stream(path: Path, chunks) -> None:
    """Write a file piece by piece (a large export need not be held whole), into a temporary file
    beside it that replaces it only once complete."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=STAGING_PREFIX, dir=path.parent)
    except OSError as exc:
        raise DigestError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for chunk in chunks:
                out.write(chunk)
        os.replace(temp, path)
    except OSError as exc:
        raise DigestError(f"cannot write {path}: {exc.strerror} — the previous file is unchanged") from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def _prune(out_dir: Path, current: set[str]) -> int:
    manifest = out_dir / MANIFEST
    previous = set(manifest.read_text(encoding="utf-8").split("\n")) if manifest.exists() else set()
    removed = 0
    for rel in sorted(previous - current - {""}):
        stale = out_dir / rel
        if stale.is_file() and ".." not in Path(rel).parts:
            stale.unlink()
            removed += 1
    write_outputs(out_dir, {MANIFEST: "\n".join(sorted(current)) + "\n"}, prune=False)
    return removed
