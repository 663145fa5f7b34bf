"""Write stage: the only writer. Rewrites only changed files, removes pages it no longer makes."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".digest-manifest"


@dataclass(frozen=True)
class WriteResult:
    """How many files were written, left alone and removed."""

    written: int
    unchanged: int
    removed: int


def write_file(path: Path, text: str) -> bool:
    """Write text atomically (temporary file, then rename) unless the file already holds it."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_outputs(out_dir: Path, files: dict[str, str], prune: bool = True) -> WriteResult:
    """Write {relative path: text} under out_dir; with prune, delete files of the previous build
    (listed in the manifest) that this build no longer produces. Hand-written files are never touched."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = unchanged = removed = 0
    for rel in sorted(files):
        if write_file(out_dir / rel, files[rel]):
            written += 1
        else:
            unchanged += 1
    if prune:
        manifest = out_dir / MANIFEST
        previous = set(manifest.read_text(encoding="utf-8").split("\n")) if manifest.exists() else set()
        for rel in sorted(previous - set(files) - {""}):
            stale = out_dir / rel
            if stale.is_file():
                stale.unlink()
                removed += 1
        write_file(manifest, "\n".join(sorted(files)) + "\n")
    return WriteResult(written, unchanged, removed)
