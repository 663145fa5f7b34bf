"""Incremental builds (analysis cache, only changed pages written) give exactly the files of a full build."""
from __future__ import annotations

import shutil
from pathlib import Path

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
    monkeypatch.setattr(digest.build, "analyze_articles", lambda *a, **k: (_ for _ in ()).throw(AssertionError("analysed")))
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


def test_only_pages_whose_views_changed_are_rendered_and_the_site_equals_a_full_build(tmp_path):
    """The page memo: after an edit, most pages are not rendered again (their views are the last build's), and
    every file equals a build from scratch — through edits that change an article's names as merged across the
    corpus, remove an article, and a generated page changed by hand."""
    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache" / "analysis.sqlite"
    generate(corpus, 50, seed=11, short=True)
    (corpus / "zz_surname.txt").write_text(" date 2026-03-03 По словам Тулиндиновой, в Астане откроют новую школу.\n"
                                           "Тулиндинова добавила, что школа примет 600 учеников.\n", encoding="utf-8")
    first = build_digest(corpus, docs, cache_path=cache, workers=1, log=lambda line: None)
    assert first.reused == 0  # nothing to reuse yet
    pages = first.written

    def check(step: str) -> int:
        (cache.parent / "build-stamp.pickle").unlink(missing_ok=True)  # (never the "nothing changed" shortcut)
        report = build_digest(corpus, docs, cache_path=cache, workers=1, log=lambda line: None)
        fresh = tmp_path / f"fresh-{step}"
        build_digest(corpus, fresh, cache_path=None, workers=1, log=lambda line: None)
        assert files(docs) == files(fresh), step
        return report.reused

    articles = sorted(corpus.glob("*.txt"))
    articles[5].write_text(articles[5].read_text(encoding="utf-8") + "\nВ Омске открылась новая школа на 600 мест.\n",
                           encoding="utf-8")
    assert check("edit") > pages / 2, "an edit renders only the pages it changes"
    # a person named in full in a new article (another month): an older article's mentions of the surname take the
    # full name, in its page and in its month's data
    (corpus / "zz_full_name.txt").write_text(" date 2026-05-14 Вице-министр просвещения Жанар Тулиндинова посетила "
                                             "Костанай.\n", encoding="utf-8")
    assert check("names") > pages / 2
    assert "Жанар Тулиндинова" in (docs / "articles" / "zz_surname.md").read_text(encoding="utf-8")
    articles[7].unlink()
    assert check("removed") > pages / 2
    page = next(p for p in sorted((docs / "articles").glob("*.md")))
    page.write_text("edited by hand", encoding="utf-8")
    assert check("by hand") > pages / 2
    assert page.read_text(encoding="utf-8") != "edited by hand"


def test_page_keys_do_not_depend_on_the_process(tmp_path):
    """Two builds in two processes with different string hashing: the second reuses the first's pages."""
    import os
    import re
    import subprocess
    import sys
    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache" / "analysis.sqlite"
    generate(corpus, 30, seed=5, short=True)
    command = [sys.executable, "build_digest.py", "--corpus", str(corpus), "--docs", str(docs), "--cache", str(cache),
               "--workers", "1"]
    root = Path(__file__).resolve().parent.parent
    subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "1"}, check=True, capture_output=True, cwd=root)
    edited = sorted(corpus.glob("*.txt"))[3]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nВ Омске открылась новая школа на 600 мест.\n",
                      encoding="utf-8")
    out = subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "2"}, check=True, capture_output=True, text=True,
                         cwd=root)
    found = re.search(r"(\d+) pages written, (\d+) unchanged \((\d+) of them not rendered again\)", out.stdout + out.stderr)
    assert found, out.stdout + out.stderr
    written, unchanged, reused = map(int, found.groups())
    assert reused > (written + unchanged) / 2


def test_a_process_that_keeps_its_articles_reads_only_the_edited_one_and_builds_the_same_site(tmp_path, monkeypatch):
    """`mkdocs serve` keeps the gathered articles between rebuilds (`keep`): after an edit only the edited
    article is looked up in the cache (and analysed), and the site equals a build from scratch — also when
    the topic pools lose candidates they cannot restore and offer every article's again."""
    import digest.build
    from digest.cache import AnalysisCache
    from digest.summarize import TopicPools
    small = lambda: TopicPools(size=2)  # noqa: E731 — small pools: edits reach below what they dropped
    monkeypatch.setattr(digest.build, "TopicPools", small)
    read: list[list[str]] = []
    real_iter = AnalysisCache.iter_many

    def spy(self, keys):
        read.append(list(keys))
        return real_iter(self, keys)
    monkeypatch.setattr(AnalysisCache, "iter_many", spy)
    corpus, docs, cache = tmp_path / "corpus", tmp_path / "docs", tmp_path / "cache" / "analysis.sqlite"
    generate(corpus, 50, seed=3, short=True)
    monkeypatch.setattr(digest.build, "_KEPT", [])
    build_digest(corpus, docs, cache_path=cache, workers=1, log=lambda line: None)  # (an earlier session's build)
    assert not digest.build._KEPT
    # `mkdocs serve` starts: nothing changed, but its first build gathers the articles to keep
    build_digest(corpus, docs, cache_path=cache, workers=1, keep=True, log=lambda line: None)
    assert digest.build._KEPT
    for n, line in enumerate(["В Омске открылась новая школа на 600 мест.",
                              "Росатом и Казатомпром подписали соглашение о поставках урана до 2030 года."]):
        edited = sorted(corpus.glob("*.txt"))[5 + n]
        edited.write_text(edited.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
        read.clear()
        before = set(digest.build._KEPT[0].articles)
        build_digest(corpus, docs, cache_path=cache, workers=1, keep=True, log=lambda line: None)
        assert len(read) == 1 and len(read[0]) == 1 and read[0][0] not in before, "only the edited article is looked up"
        fresh = tmp_path / f"fresh-{n}"
        build_digest(corpus, fresh, cache_path=None, workers=1, log=lambda line: None)
        assert files(docs) == files(fresh), line
    def delete_a_topics_best() -> set[str]:
        """Delete the articles of a topic's best three candidates: of the four it kept, fewer than two are left
        that are better than the best it dropped."""
        pools = digest.build._KEPT[0].pools
        topic = next(iter(pools._dropped))
        pools.best(topic)
        gone = {c.citation.article for _, c in pools._found[topic][:3]}
        for article in digest.build._KEPT[0].articles.values():
            if article.id in gone:
                (corpus / article.file).unlink()
        return gone

    gone = delete_a_topics_best()
    read.clear()
    build_digest(corpus, docs, cache_path=cache, workers=1, keep=True, log=lambda line: None)
    assert read[0] == [] and len(read[1]) == 50 - len(gone), "every article's candidates offered again"
    build_digest(corpus, tmp_path / "fresh-deleted", cache_path=None, workers=1, log=lambda line: None)
    assert files(docs) == files(tmp_path / "fresh-deleted")
    # another build dropped every analysis from the cache, then the pools cannot say again: what the cache lost is
    # analysed again
    import sqlite3
    with sqlite3.connect(cache) as db:
        db.execute("DELETE FROM analysis")
    db.close()
    delete_a_topics_best()
    build_digest(corpus, docs, cache_path=cache, workers=1, keep=True, log=lambda line: None)
    build_digest(corpus, tmp_path / "fresh-lost", cache_path=None, workers=1, log=lambda line: None)
    assert files(docs) == files(tmp_path / "fresh-lost")
    assert digest.build._KEPT, "the last build's articles are kept"
    monkeypatch.setattr(digest.build, "_KEPT", [])
    build_digest(corpus, docs, cache_path=cache, workers=1, log=lambda line: None)
    assert not digest.build._KEPT, "a build without keep keeps nothing"


def test_a_build_leaves_nothing_out_of_the_cycle_collectors_reach(tmp_path):
    """The build keeps what it analysed and grouped out of the cycle collector's walks while it renders
    (gc.freeze); after it — built, or failed with --strict, or failed on a broken template — the collector
    reaches everything again (a long-lived `mkdocs serve` would otherwise never collect what a build left)."""
    import gc
    import pytest
    from digest.errors import DigestError
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generate(corpus, 6, seed=3, short=True)
    (corpus / "undated.txt").write_text("Статья без даты.\n", encoding="utf-8")
    build_digest(corpus, tmp_path / "docs", cache_path=tmp_path / "cache" / "analysis.sqlite", log=lambda _: None)
    assert gc.get_freeze_count() == 0
    with pytest.raises(DigestError):
        build_digest(corpus, tmp_path / "docs2", strict=True, log=lambda _: None)
    assert gc.get_freeze_count() == 0
    templates = tmp_path / "templates"  # (a template is read after the build froze what it analysed)
    shutil.copytree(Path(__file__).resolve().parent.parent / "templates", templates)
    (templates / "home.md.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(DigestError, match="template error"):
        build_digest(corpus, tmp_path / "docs3", templates_dir=templates, log=lambda _: None)
    assert gc.get_freeze_count() == 0


def test_grouping_makes_no_reference_cycles(tools):
    """The build groups with the cycle collector off (its passes over every view made so far grew faster than the
    corpus): that holds only while grouping leaves no cycle for it to find — everything it made and dropped is
    freed by reference counting alone."""
    import gc
    from digest.build import analyze_corpus
    from digest.config import load_texts
    from digest.group import group_site
    analysis = analyze_corpus(Path(__file__).resolve().parent / "devset" / "held", tools=tools)
    texts = load_texts(Path(__file__).resolve().parent.parent / "templates" / "texts.yml")
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        site = group_site(analysis.taxonomy, analysis.articles, analysis.summaries, analysis.timeline, texts,
                          analysis.related, analysis.scope, spellings=analysis.spellings)
        assert len(site.article_pages) == len(analysis.articles) > 50 and site.list_pages
        del site
        assert gc.collect() == 0, "grouping made reference cycles: build_digest must group with the collector on"
    finally:
        if was:
            gc.enable()
