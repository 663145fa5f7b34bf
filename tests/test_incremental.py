"""Incremental builds (analysis cache, only changed pages written) give exactly the files of a full build."""
from __future__ import annotations

import shutil

from benchmarks.generate_corpus import generate
from digest.build import MIN_PARALLEL, build_digest
from digest.write import MANIFEST


def files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.name != MANIFEST}


def test_incremental_and_full_builds_write_the_same_files(tmp_path):
    corpus = tmp_path / "corpus"
    generate(corpus, MIN_PARALLEL + 20, seed=7, short=True)
    cache = tmp_path / "cache.sqlite"
    docs = tmp_path / "docs"
    first = build_digest(corpus, docs, cache_path=cache, workers=2, log=lambda line: None)  # worker processes
    assert first.written > 0
    # an editor fixes one article and adds another
    edited = sorted(corpus.glob("*.txt"))[3]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nВ Омске открылась новая школа на 600 мест.\n",
                      encoding="utf-8")
    (corpus / "zz_new.txt").write_text(" date 2026-03-02 Газпром увеличит поставки газа в Костанай.\n",
                                       encoding="utf-8")
    incremental = build_digest(corpus, docs, cache_path=cache, workers=2, log=lambda line: None)
    assert 0 < incremental.written < first.written / 2, "only the pages that change are written"
    fresh = tmp_path / "fresh"
    build_digest(corpus, fresh, cache_path=None, workers=1, log=lambda line: None)  # nothing cached, one process
    assert files(docs) == files(fresh)


def test_an_unchanged_corpus_writes_nothing_and_analyses_nothing(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree("corpus", corpus)
    cache = tmp_path / "cache.sqlite"
    build_digest(corpus, tmp_path / "docs", cache_path=cache, log=lambda line: None)
    import digest.build
    monkeypatch.setattr(digest.build, "analyze_article", lambda *a: (_ for _ in ()).throw(AssertionError("analysed")))
    again = build_digest(corpus, tmp_path / "docs", cache_path=cache, log=lambda line: None)
    assert again.written == 0


def test_the_cache_version_follows_the_analysis_code_only():
    """The analysed articles are kept when only pages change, and dropped when analysis code changes:
    the version hashes every module the analysis imports, however indirectly, and none other."""
    from digest.cache import analysis_modules
    names = {p.stem for p in analysis_modules()}
    # modules the analysis runs, some reached only through others (analyze → summarize → claims → dates)
    assert {"analyze", "classify", "dates", "claims", "speakers", "entities", "ner", "morph", "model"} <= names
    # modules that only make pages or run the build
    assert not names & {"group", "render", "export", "write", "feeds", "charts", "build", "mkdocs_hook", "related"}


def test_a_rebuild_with_nothing_changed_reads_nothing_and_repeats_the_problems(tmp_path, monkeypatch):
    """Same corpus, taxonomy, templates, code and output files: the last report stands (its problems
    listed again, --strict failing again) and no article is even read; any change builds again."""
    import pytest
    import digest.build
    from digest.errors import StrictError
    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache" / "analysis.sqlite"
    shutil.copytree("corpus", corpus)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe not an article")
    first_lines: list[str] = []
    first = build_digest(corpus, docs, cache_path=cache, log=first_lines.append)
    assert first.written > 0 and any("broken.txt" in line for line in first_lines)
    monkeypatch.setattr(digest.build, "load_corpus", lambda *a: (_ for _ in ()).throw(AssertionError("read")))
    lines: list[str] = []
    again = build_digest(corpus, docs, cache_path=cache, log=lines.append)
    assert again.written == 0 and again.unchanged == first.written + first.unchanged
    assert again.problems == first.problems and any("broken.txt" in line for line in lines)
    with pytest.raises(StrictError):
        build_digest(corpus, docs, cache_path=cache, strict=True, log=lambda line: None)
    monkeypatch.undo()
    # a page changed by hand is rebuilt (and put back)
    page = docs / "index.md"
    original = page.read_bytes()
    page.write_bytes(b"edited by hand")
    assert build_digest(corpus, docs, cache_path=cache, log=lambda line: None).written == 1
    assert page.read_bytes() == original
    # an edited article is built
    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nВ Омске открылась новая школа на 600 мест.\n",
                      encoding="utf-8")
    assert build_digest(corpus, docs, cache_path=cache, log=lambda line: None).written > 0
