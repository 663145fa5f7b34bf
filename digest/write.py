"""Write stage: the only writer. Rewrites only changed files, removes pages it no longer makes.

Every changed file is first written into a staging folder inside the output folder; only when all
of them are written are they moved into place (a rename each), so a build that fails while writing
leaves the previous pages exactly as they were.
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


def write_outputs(out_dir: Path, files: dict[str, str], prune: bool = True) -> WriteResult:
    """Write {relative path: text} under out_dir; with prune, delete files of the previous build
    (listed in the manifest) that this build no longer produces. Hand-written files are never touched."""
    folded = {}
    for rel in files:
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            raise DigestError(f"refusing to write outside {out_dir}: {rel}")
        if rel.lower() in folded:
            raise DigestError(f"two pages would be written to the same file: {folded[rel.lower()]} and {rel}")
        folded[rel.lower()] = rel
    encoded = {rel: files[rel].encode("utf-8") for rel in sorted(files)}
    changed = {rel: data for rel, data in encoded.items() if not _unchanged(out_dir / rel, data)}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    except OSError as exc:
        raise DigestError(f"cannot write into {out_dir}: {exc.strerror}") from None
    try:
        for rel, data in changed.items():
            (staging / rel).parent.mkdir(parents=True, exist_ok=True)
            (staging / rel).write_bytes(data)
        for rel in changed:
            (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, out_dir / rel)
    except OSError as exc:
        raise DigestError(f"cannot write {out_dir}: {exc.strerror} — the previous pages are unchanged") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    removed = _prune(out_dir, set(files)) if prune else 0
    return WriteResult(len(changed), len(files) - len(changed), removed)


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
