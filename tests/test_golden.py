"""The seeds' generated Markdown equals the committed golden files (regenerate: make golden)."""
from __future__ import annotations

from tests.golden import GOLDEN, generate


def test_seed_pages_match_golden(tmp_path):
    files = generate(tmp_path / "docs")
    golden = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
              for p in sorted(GOLDEN.rglob("*")) if p.is_file()}
    assert sorted(files) == sorted(golden), "generated files differ from tests/golden (make golden)"
    for rel in files:
        assert files[rel] == golden[rel], f"{rel} differs from its golden copy; if intended, run make golden"


def test_build_is_byte_identical_twice(tmp_path):
    assert generate(tmp_path / "a") == generate(tmp_path / "b")
