"""Shared fixtures: the expensive components are built once per test session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from digest.analyze import build_analyzers
from digest.config import load_taxonomy

ROOT = Path(__file__).resolve().parent.parent

# `make test` must pass every time: the property tests draw the same examples on every run and keep no
# database in the repository. HYPOTHESIS_PROFILE=explore draws new examples (more of them) to hunt for bugs.
settings.register_profile("repeatable", derandomize=True, database=None, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
os.environ.pop("SITE_URL", None)  # a developer's publishing address must not change the sites tests build
PROJECT_FILES = ("mkdocs.yml", "taxonomy.yml", "entities.yml", "build_digest.py", "templates", "digest", "docs/about.md",
                 "docs/javascripts/digest-search.js", "docs/javascripts/palette.js", "docs/images",
                 "docs/stylesheets")


SHARED = (".digest-cache", "corpus", "docs")  # the repository's own state: no test may touch it


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(ROOT).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()} if folder.is_dir() else {}


@pytest.fixture(scope="session", autouse=True)
def repository_untouched():
    """Every test builds in temporary folders with its own cache: the repository's analysis cache,
    corpus and docs are the same after the whole session as before it."""
    before = {name: _state(ROOT / name) for name in SHARED}
    yield
    after = {name: _state(ROOT / name) for name in SHARED}
    changed = {name: sorted(set(before[name].items()) ^ set(after[name].items()))[:5]
               for name in SHARED if before[name] != after[name]}
    assert not changed, f"tests changed the repository's own files: {changed}"


@pytest.fixture(scope="session")
def taxonomy():
    return load_taxonomy(ROOT / "taxonomy.yml")


@pytest.fixture(scope="session")
def tools(taxonomy):
    return build_analyzers(taxonomy)


def copy_project(dest: Path, corpus: Path | None = None) -> Path:
    """A copy of the project's sources (no generated pages) with the given corpus."""
    for name in PROJECT_FILES:
        src, dst = ROOT / name, dest / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dst)
    shutil.copytree(corpus or ROOT / "corpus", dest / "corpus")
    return dest


@pytest.fixture
def project(tmp_path):
    """A throwaway copy of the project with the bundled corpus."""
    return copy_project(tmp_path / "project")
