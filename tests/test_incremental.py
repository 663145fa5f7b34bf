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
