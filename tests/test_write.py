"""The writer: only changed files are rewritten, stale generated files removed, others untouched."""
from __future__ import annotations

from digest.write import write_outputs


def test_rewrites_only_changes_and_prunes_its_own_stale_files(tmp_path):
    (tmp_path / "about.md").write_text("hand-written")
    first = write_outputs(tmp_path, {"a.md": "A", "sub/b.md": "B"})
    assert (first.written, first.unchanged, first.removed) == (2, 0, 0)
    before = (tmp_path / "a.md").stat().st_mtime_ns
    second = write_outputs(tmp_path, {"a.md": "A", "sub/c.md": "C"})
    assert (second.written, second.unchanged, second.removed) == (1, 1, 1)
    assert (tmp_path / "a.md").stat().st_mtime_ns == before
    assert not (tmp_path / "sub/b.md").exists()
    assert (tmp_path / "about.md").read_text() == "hand-written"
    assert not list(tmp_path.rglob("*.tmp"))
