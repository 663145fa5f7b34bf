"""Load stage: the two article formats, metadata, ignored files and clear errors."""
from __future__ import annotations

from datetime import date

import pytest

from digest.errors import ArticleError
from digest.load import is_article_file, load_corpus, read_article, slugify


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_seed_format_keeps_first_paragraph_on_header_line(tmp_path):
    path = write(tmp_path, "a.txt", " date 2024-03-05 Первый абзац статьи.\n\nВторой абзац.\n")
    doc, _ = read_article(path, tmp_path)
    assert doc.date == date(2024, 3, 5)
    assert [line.text for line in doc.lines] == ["Первый абзац статьи.", "Второй абзац."]
    assert [line.line for line in doc.lines] == [1, 3]


def test_front_matter_fields_and_extra_metadata(tmp_path):
    text = ("---\ndate: 2023-12-01\ntitle: Заголовок\nurl: https://example.org/a\nsource: Пример\n"
            "lang: kk\nauthor: Кто-то\n---\nМәтін бірінші.\n")
    doc, warnings = read_article(write(tmp_path, "b.md", text), tmp_path)
    assert (doc.date, doc.title, doc.url, doc.outlet, doc.lang) == (
        date(2023, 12, 1), "Заголовок", "https://example.org/a", "Пример", "kk")
    assert doc.metadata == (("author", "Кто-то"),)
    assert doc.lines[0].line == 9 and doc.markdown


def test_bom_and_crlf_are_fine(tmp_path):
    doc, warnings = read_article(write(tmp_path, "c.txt", "\ufeff date 2022-01-02 Текст.\r\nЕщё.\r\n"), tmp_path)
    assert warnings == ()
    assert [line.text for line in doc.lines] == ["Текст.", "Ещё."]


@pytest.mark.parametrize("text, message, line", [
    ("", "the file is empty", None),
    ("  \n\t\n", "the file is empty", None),
    ("Просто текст без даты.", "no publication date", 1),
    (" date 2025-13-45 Текст.", "does not exist", 1),
    (" date 2025-02-30 Текст.", "does not exist", 1),
    (" date yesterday Текст.", "not in the form YYYY-MM-DD", 1),
    (" date 2025-01-01   \n\n", "has a date but no text", 1),
    ("---\ntitle: x\n---\nТекст.", "has no 'date'", 2),
    ("---\ndate: [unclosed\n---\nТекст.", "not valid YAML", None),
    ("---\n- a\n- b\n---\nТекст.", "must be a mapping", 2),
    ("---\ndate: 2025-01-01\nТекст.", "never closed", 1),
])
def test_errors_name_the_problem_and_line(tmp_path, text, message, line):
    with pytest.raises(ArticleError) as err:
        read_article(write(tmp_path, "bad.txt", text), tmp_path)
    assert message in str(err.value) and err.value.problem.path == "bad.txt"
    if line:
        assert err.value.problem.line == line
    assert err.value.problem.hint


def test_unrecognisable_bytes_are_refused(tmp_path):
    with pytest.raises(ArticleError, match="could not be recognised"):
        read_article(write(tmp_path, "w.txt", bytes([0xC0, 0xFF, 0x98, 0x81, 0xDE, 0xAD, 0x90]) * 3), tmp_path)


@pytest.mark.parametrize("name, expected", [
    ("a.txt", True), ("b.md", True), ("C.TXT", True), (".hidden.txt", False), ("a.txt~", False),
    ("x.swp", False), ("_metadata.yml", False), ("image.png", False),
])
def test_article_files(tmp_path, name, expected):
    assert is_article_file(tmp_path / name) is expected


@pytest.mark.parametrize("stem, slug", [
    ("000_3f2c", "000_3f2c"), ("Статья про газ", "statya-pro-gaz"), ("Мәскеу (1)", "maskeu-1"), ("___", "article"),
])
def test_slugify(stem, slug):
    assert slugify(stem) == slug


def test_corpus_skips_bad_files_keeps_good_ones_and_applies_metadata(tmp_path):
    write(tmp_path, "good.txt", " date 2025-01-01 Хороший текст.")
    write(tmp_path, "Good.md", "---\ndate: 2025-01-02\n---\nДругой текст.")
    write(tmp_path, "bad.txt", "нет даты")
    write(tmp_path, "_metadata.yml", "good.txt: {url: 'https://example.org/g', source: Outlet}\nmissing.txt: {}\n")
    docs, problems = load_corpus(tmp_path)
    assert [d.file for d in docs] == ["Good.md", "good.txt"]
    assert docs[0].id != docs[1].id  # 'good' twice: ids stay unique
    assert docs[1].url == "https://example.org/g" and docs[1].outlet == "Outlet"
    assert {p.path for p in problems} == {"bad.txt", "_metadata.yml"}
    assert docs[1].id == "good-2" and docs[0].id == "good"
