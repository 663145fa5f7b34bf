"""Bad input: every problem gets a clear one-line message, the rest still builds, nothing is lost,
the corpus is never modified and a failed build leaves the previous pages and site as they were."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from digest.build import build_digest
from digest.errors import DigestError
from digest.load import MAX_BYTES, PARAGRAPH_CHARS, load_corpus
from tests.conftest import ROOT, copy_project

BROKEN = ROOT / "tests" / "fixtures" / "broken"
TODAY = date(2026, 1, 1)
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

# file → (severity, what the message says, line or None); files not listed build without a message
EXPECTED = {
    "empty.txt": ("error", "the file is empty", None),
    "whitespace.txt": ("error", "the file is empty", None),
    "date_only.txt": ("error", "has a date but no text", 1),
    "no_date.txt": ("error", "no publication date", 1),
    "month_13.txt": ("error", "date '2025-13-45' does not exist", 1),
    "feb_30.txt": ("error", "date '2025-02-30' does not exist", 1),
    "yesterday.txt": ("error", "date 'yesterday' is not in the form YYYY-MM-DD", 1),
    "future.txt": ("warning", "is in the future", 1),
    "before_1991.txt": ("warning", "is before 1991", 1),
    "picture.txt": ("error", "binary file", None),
    "nul_byte.txt": ("error", "NUL byte", 2),
    "windows_1251.txt": ("warning", "decoded as cp1251", None),
    "koi8_r.txt": ("warning", "decoded as koi8-r", None),
    "utf16_bom.txt": ("warning", "decoded as UTF-16", None),
    "unknown_encoding.txt": ("error", "encoding could not be recognised", None),
    "fm_invalid_yaml.md": ("error", "not valid YAML", 3),
    "fm_list.md": ("error", "must be a mapping", 2),
    "fm_no_date.md": ("error", "has no 'date'", 2),
    "fm_impossible_date.md": ("error", "impossible date", 2),
    "fm_unclosed.md": ("error", "never closed", 1),
    "fm_wrong_types.md": ("warning", "'title' must be text", 2),
    "fm_unknown_key.md": ("warning", "unknown front matter key(s): autor", 2),
    "fm_bad_lang.md": ("warning", "lang 'en' is not one of ru, kk", 2),
    "fm_javascript_url.md": ("warning", "is not an http(s) address", 2),
    "fm_yaml_bomb.md": ("error", "anchors or aliases", 3),
    "twice_b.txt": ("warning", "is the same article as twice_a.txt", None),
    "notes.pdf": ("warning", "is not an article file (.pdf)", None),
}
BUILT = {"good_ru.txt", "good_kk.md", "good_bom_crlf.txt", "Статья с пробелами (копия).txt", "UPPER.TXT",
         "future.txt", "before_1991.txt", "windows_1251.txt", "koi8_r.txt", "utf16_bom.txt",
         "fm_wrong_types.md", "fm_unknown_key.md", "fm_bad_lang.md", "fm_javascript_url.md", "twice_a.txt"}


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Content hash and modification time of every file under a folder."""
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def loaded():
    return load_corpus(BROKEN, today=TODAY)


def test_the_fixture_has_at_least_thirty_broken_or_hostile_files():
    assert len(list(BROKEN.iterdir())) - 3 >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_problem_gets_its_message(loaded, name):
    _, problems = loaded
    severity, text, line = EXPECTED[name]
    mine = [p for p in problems if p.path == name]
    assert mine, f"no message for {name}"
    problem = next((p for p in mine if text in p.message), None)
    assert problem is not None, [str(p) for p in mine]
    assert problem.severity == severity and problem.line == line and problem.hint
    rendered = str(problem)
    assert "\n" not in rendered and rendered.startswith(f"{name}{f':{line}' if line else ''}: {severity}: ")


def test_good_files_and_files_with_warnings_are_built_others_not(loaded):
    docs, problems = loaded
    assert {d.file for d in docs} == BUILT
    assert not any(p.path in BUILT and p.skips_file for p in problems)
    assert not any(p.path.startswith(".") or p.path.endswith("~") for p in problems)  # ignored quietly
    by_file = {d.file: d for d in docs}
    assert by_file["windows_1251.txt"].lines[0].text.startswith("Российские нефтяники")
    assert by_file["koi8_r.txt"].lines[0].text.startswith("Российские и казахстанские")
    assert by_file["utf16_bom.txt"].lines[0].text.startswith("Фестиваль казахского кино")
    assert by_file["fm_javascript_url.md"].url is None
    assert by_file["fm_wrong_types.md"].title is None and by_file["fm_wrong_types.md"].outlet is None


def test_unusual_file_names_get_safe_stable_unique_pages(loaded):
    docs, _ = loaded
    ids = [d.id for d in docs]
    assert len(set(ids)) == len(ids)
    assert all(i.isascii() and i == i.lower() and " " not in i and "(" not in i for i in ids)
    assert load_corpus(BROKEN, today=TODAY)[0] == docs  # same input, same ids


def test_big_files_long_lines_and_links_out_of_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "huge.txt").write_text(" date 2025-01-01 " + ("Текст о газе. " * 10 + "\n") * (MAX_BYTES // 200),
                                     encoding="utf-8")
    (corpus / "long_line.txt").write_text(" date 2025-01-01 Первая строка.\n" + "ы" * (PARAGRAPH_CHARS * 100) + "\n",
                                          encoding="utf-8")
    (tmp_path / "outside.txt").write_text(" date 2025-01-01 Чужой файл.\n", encoding="utf-8")
    (corpus / "link.txt").symlink_to(tmp_path / "outside.txt")
    (corpus / "good.txt").write_text(" date 2025-01-01 Хороший текст о школе.\n", encoding="utf-8")
    docs, problems = load_corpus(corpus, today=TODAY)
    assert [d.file for d in docs] == ["good.txt", "long_line.txt"]  # a long line is split, not refused
    assert len(docs[1].lines) == 1 + 100
    messages = {p.path: (str(p), p.line) for p in problems}
    assert "MB; an article may have at most 2 MB" in messages["huge.txt"][0]
    assert messages["long_line.txt"] == (
        "long_line.txt:2: note: the line is 300,000 characters long: split into 100 paragraphs at sentence ends "
        "— put an empty line between paragraphs to choose where they break", 2)
    assert "symbolic link to something outside corpus/" in messages["link.txt"][0]


def test_the_build_never_modifies_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(BROKEN, corpus)
    before = snapshot(corpus)
    build_digest(corpus, tmp_path / "docs", log=lambda line: None)
    build_digest(corpus, tmp_path / "docs", log=lambda line: None)
    assert snapshot(corpus) == before


def test_site_has_exactly_one_page_per_valid_article_and_only_the_digest_is_strict_on_articles(tmp_path):
    project = copy_project(tmp_path / "project", corpus=BROKEN)
    lenient = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", "site"], cwd=project, env=ENV,
                             capture_output=True, text=True)
    assert lenient.returncode == 0, lenient.stderr
    assert "Traceback" not in lenient.stderr and "empty.txt: error: the file is empty" in lenient.stderr
    pages = [p for p in (project / "site" / "articles").iterdir() if (p / "index.html").exists()]
    docs, _ = load_corpus(project / "corpus")
    assert len(pages) == len(docs) == len(BUILT)
    # problems with articles are listed but do not stop publishing (`make site` builds with --strict)
    strict = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site2"], cwd=project,
                            env=ENV, capture_output=True, text=True)
    assert strict.returncode == 0 and "Traceback" not in strict.stderr, strict.stderr
    assert "WARNING -  " in strict.stderr and "empty.txt: error: the file is empty" in strict.stderr
    # MkDocs' own warnings still do: a broken link in a page of the docs
    (project / "docs" / "broken.md").write_text("[nowhere](missing-page.md)\n", encoding="utf-8")
    broken = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site3"], cwd=project,
                            env=ENV, capture_output=True, text=True)
    assert broken.returncode != 0 and "missing-page.md" in broken.stderr
    # `make check` stays the strict gate for articles
    cli = subprocess.run([sys.executable, "build_digest.py", "--strict"], cwd=project, capture_output=True, text=True)
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert "15 articles built, 17 files skipped" in cli.stderr


def test_a_failed_build_leaves_the_previous_pages_and_site_as_they_were(tmp_path):
    project = copy_project(tmp_path / "project")
    assert subprocess.run([sys.executable, "-m", "digest.publish", "--site", str(project / "site"),
                           "--config", str(project / "mkdocs.yml")], cwd=project, env=ENV,
                          capture_output=True).returncode == 0
    docs_before, site_before = snapshot(project / "docs"), snapshot(project / "site")
    # an edit that changes pages, plus a broken template: the build must fail before writing anything
    (project / "corpus" / "new.txt").write_text(" date 2025-12-01 Новый текст о газе.\n", encoding="utf-8")
    template = project / "templates" / "topic.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n{% if %}\n", encoding="utf-8")
    cli = subprocess.run([sys.executable, "build_digest.py"], cwd=project, capture_output=True, text=True)
    assert cli.returncode == 1 and "topic.md.j2" in cli.stderr and "template error" in cli.stderr
    assert "Traceback" not in cli.stderr
    site = subprocess.run([sys.executable, "-m", "digest.publish", "--site", str(project / "site"),
                           "--config", str(project / "mkdocs.yml")], cwd=project, env=ENV,
                          capture_output=True, text=True)
    assert site.returncode == 1 and "Traceback" not in site.stderr
    assert snapshot(project / "docs") == docs_before
    assert snapshot(project / "site") == site_before


def test_a_write_failure_midway_leaves_the_previous_pages(tmp_path, monkeypatch):
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    shutil.copytree(ROOT / "corpus", corpus)
    build_digest(corpus, docs, log=lambda line: None)
    before = snapshot(docs)
    (corpus / "new.txt").write_text(" date 2025-12-01 Газпром увеличит поставки газа.\n", encoding="utf-8")
    calls = {"n": 0}
    real = Path.write_bytes

    def failing(self, data):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing)
    with pytest.raises(DigestError, match="No space left on device"):
        build_digest(corpus, docs, log=lambda line: None)
    assert snapshot(docs) == before
    assert not [p for p in docs.iterdir() if p.name.startswith(".digest-staging")]
