"""One bad piece costs one piece: an exception injected into each stage in turn, for one article,
leaves out only what that article contributes to that stage, with a warning naming the file (and
line where known); every other page is built; --strict turns it into a failure with nothing written."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import digest.analyze
import digest.build
import digest.group
import digest.load
import digest.related
import digest.render
import digest.summarize
from digest.build import build_digest
from digest.errors import StrictError
from tests.conftest import ROOT

TARGET = "zz_target.txt"
TARGET_ID = "zz_target"
TARGET_TEXT = [
    " date 2025-11-20 Казахстан и Россия договорились о строительстве атомной электростанции",
    "",
    "Госкорпорация «Росатом» построит в Казахстане первую атомную электростанцию мощностью 2,4 тысячи "
    "мегаватт, сообщил министр энергетики Ерлан Аккенженов на брифинге 12 ноября 2025 года.",
    "",
    "Глава «Росатома» Алексей Лихачёв заявил, что поставки российского газа в Казахстан в 2025 году "
    "составят 10 миллиардов кубометров, а строительство станции начнется в 2026 году.",
    "",
    "Стороны также обсудили подготовку инженеров-атомщиков в российских вузах для будущей станции.",
]


class Injected(RuntimeError):
    """The fault this test injects."""


def fail_for(module, name: str, is_target, calls: list):
    """Replace module.name by a wrapper that raises for the target article and calls through otherwise."""
    real = getattr(module, name)

    def wrapper(*args, **kwargs):
        if is_target(*args, **kwargs):
            calls.append(name)
            raise Injected(f"injected into {name}")
        return real(*args, **kwargs)
    return wrapper


# stage → (module, function, predicate on its arguments: "is this the target article's piece?",
#          the severity of the message, whether the message has a line, whether the article keeps a page)
STAGES = {
    "load": (digest.load, "read_article", lambda path, *a, **k: path.name == TARGET, "error", False, False),
    # (articles are analysed eight at a time, their names together: one failing, in either half, fails alone)
    "analyse": (digest.analyze, "finish_article", lambda doc, *a, **k: doc.file == TARGET, "error", False, False),
    "analyse (paragraphs)": (digest.analyze, "read_paragraphs", lambda doc, *a, **k: doc.file == TARGET, "error",
                             False, False),
    "summaries": (digest.summarize, "_place", lambda cand, *a, **k: cand.citation.article == TARGET_ID,
                  "warning", True, True),
    "events": (digest.build, "timeline_entry", lambda article, *a, **k: article.id == TARGET_ID, "warning", True, True),
    "merged events": (digest.group, "event_view",
                      lambda group, *a, **k: any(e.article == TARGET_ID for e in group), "warning", True, True),
    "entities": (digest.group, "mention_views", lambda article, *a, **k: article.id == TARGET_ID,
                 "warning", False, True),
    "related": (digest.related, "_best_related", lambda article, *a, **k: article.id == TARGET_ID,
                "warning", False, True),
    "render one page": (digest.render, "relative_url",
                        lambda path, *a, **k: path == f"articles/{TARGET_ID}.md", "warning", False, True),
}


@pytest.fixture
def corpus(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / TARGET).write_text("\n".join(TARGET_TEXT) + "\n", encoding="utf-8")
    return corpus


def seed_pages() -> list[str]:
    return [f"articles/{p.stem}.md" for p in sorted((ROOT / "corpus").glob("*.txt"))]


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_failure_in_one_stage_for_one_article_drops_only_that_piece(stage, corpus, tmp_path, monkeypatch):
    module, name, is_target, severity, has_line, keeps_page = STAGES[stage]
    calls: list[str] = []
    monkeypatch.setattr(module, name, fail_for(module, name, is_target, calls))
    docs, lines = tmp_path / "docs", []
    report = build_digest(corpus, docs, log=lines.append, workers=1)
    assert calls, f"the fault was never triggered in {stage}: the test would prove nothing"
    mine = [p for p in report.problems if p.path == TARGET]
    assert len(mine) >= 1 and all("internal error" in p.message and "Injected" in p.message for p in mine), mine
    assert {p.severity for p in mine} == {severity}
    if has_line:  # the line of the paragraph the piece came from
        assert all(p.line and TARGET_TEXT[p.line - 1].strip() for p in mine), mine
        assert f"{TARGET}:{mine[0].line}: {severity}: internal error" in "\n".join(lines)
    assert any(line.startswith(f"{TARGET}") and "please report this" in line for line in lines)
    assert lines[-1].startswith("digest: 6 articles built" if keeps_page else "digest: 5 articles built")
    # every other page is there: the seeds' articles, the topics, the home page, the timeline
    for page in seed_pages() + ["index.md", "timeline.md", "archive.md", "topics/energy.md", "entities/index.md"]:
        assert (docs / page).is_file(), page
    target_page = docs / "articles" / f"{TARGET_ID}.md"
    assert target_page.is_file() == keeps_page
    if keeps_page:  # the article's text and anchors are there, so every link to it still leads somewhere
        text = target_page.read_text(encoding="utf-8")
        assert 'id="p2"' in text and "2,4 тысячи" in text


@pytest.mark.parametrize("stage", ["summaries", "render one page"])
def test_strict_turns_an_isolated_failure_into_a_failed_build_with_nothing_written(stage, corpus, tmp_path,
                                                                                   monkeypatch):
    module, name, is_target, *_ = STAGES[stage]
    monkeypatch.setattr(module, name, fail_for(module, name, is_target, []))
    lines: list[str] = []
    with pytest.raises(StrictError):
        build_digest(corpus, tmp_path / "docs", strict=True, log=lines.append, workers=1)
    assert not (tmp_path / "docs").exists()
    assert any(line.startswith(TARGET) and "internal error" in line for line in lines)


def test_a_broken_template_still_stops_the_build(corpus, tmp_path):
    """Isolation is for one article's data: a template that cannot work for any page is an error."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "article.md.j2").write_text("{{ page.no_such_field.x }}\n", encoding="utf-8")
    from digest.errors import DigestError
    with pytest.raises(DigestError, match="article.md.j2"):
        build_digest(corpus, tmp_path / "docs", templates_dir=templates, log=lambda line: None, workers=1)
    assert not (tmp_path / "docs").exists()


def test_a_zero_figure_beside_another_figure_in_thousands_builds_without_a_problem(tmp_path):
    """The report that started this: 0 thousand beside a figure in thousands divided by zero."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        " date 2025-03-01 Поставки газа составили 0 тысяч кубометров.\n\n"
        "В январе поставки российского газа в Казахстан по газопроводу составили 0 тысяч кубометров из-за "
        "ремонта компрессорной станции, сообщили в национальной газовой компании.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(
        " date 2025-03-05 Казахстан получил российский газ\n\n"
        "В феврале поставки российского газа в Казахстан по газопроводу составили 450 тысяч кубометров в сутки "
        "после завершения ремонта компрессорной станции, сообщили в газовой компании.\n", encoding="utf-8")
    report = build_digest(corpus, tmp_path / "docs", log=lambda line: None, workers=1)
    assert report.articles == 2 and not report.problems, [str(p) for p in report.problems]
    energy = (tmp_path / "docs" / "topics" / "energy.md").read_text(encoding="utf-8")
    assert "450 тысяч кубометров" in energy and "0 тысяч кубометров" in energy


def test_a_topic_page_that_fails_is_built_empty_and_named(corpus, tmp_path, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(digest.group, "group_topic", fail_for(digest.group, "group_topic",
                                                              lambda topic, *a, **k: topic.slug == "energy", calls))
    docs = tmp_path / "docs"
    report = build_digest(corpus, docs, log=lambda line: None, workers=1)
    assert calls
    [problem] = report.problems
    assert problem.path == "taxonomy.yml" and "the topic 'energy'" in problem.message
    assert (docs / "topics" / "energy.md").is_file() and (docs / "topics" / "education.md").is_file()
    assert all((docs / page).is_file() for page in seed_pages())
