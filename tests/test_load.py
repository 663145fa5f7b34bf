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


# An article pasted from a web page without line breaks: sentences of a real-length news report,
# written for this test (about 7,000 characters on one line).
ONE_LINE_SENTENCES = [
    "АСТАНА, 14 марта — Казахстан и Россия подписали соглашение о развитии международного транспортного "
    "коридора «Север — Юг», сообщила пресс-служба министерства транспорта.",
    "Документ предусматривает увеличение грузовых перевозок по восточной ветке коридора до 15 млн тонн в год к "
    "2030 году.",
    "По словам вице-министра, стороны договорились синхронизировать расписания контейнерных поездов и "
    "упростить процедуры на пограничных переходах.",
    "В прошлом году через казахстанско-российскую границу прошло более 24 млн тонн грузов, что на 7 процентов "
    "больше, чем годом ранее.",
    "Отдельное внимание уделено модернизации пунктов пропуска: на переходе у Петропавловска появятся "
    "дополнительные полосы для грузовиков.",
    "«Мы рассчитываем сократить время прохождения границы для автомобилей вдвое», — отметил представитель "
    "ведомства на брифинге.",
    "Российская сторона также предложила расширить использование электронных навигационных пломб при "
    "транзите товаров через территорию двух стран.",
    "Эксперты полагают, что соглашение поможет перераспределить часть грузопотока с морских маршрутов на "
    "сухопутные, особенно в направлении Ирана и Индии.",
    "Ранее в Алматы прошло заседание межправительственной комиссии, на котором обсуждались тарифы на "
    "перевозку зерна и удобрений.",
    "Стороны условились вернуться к вопросу о единых тарифах осенью, после подведения итогов первого "
    "полугодия.",
]


def one_line_article(repeat: int = 5) -> str:
    sentences = [s.replace("2030", str(2030 + n)) for n in range(repeat) for s in ONE_LINE_SENTENCES]
    return " ".join(sentences)


def test_a_long_line_becomes_paragraphs_of_whole_sentences_with_a_note(tmp_path):
    text = one_line_article()
    assert len(text) > 6_000 and "\n" not in text
    doc, problems = read_article(write(tmp_path, "paste.txt", f" date 2025-03-14 {text}\n"), tmp_path)
    assert len(doc.lines) >= 6, "a 7,000-character article is more than a paragraph or two"
    assert all(line.line == 1 for line in doc.lines), "every paragraph keeps the line it came from"
    assert all(100 <= len(line.text) <= 1_200 for line in doc.lines), [len(line.text) for line in doc.lines]
    # each paragraph is whole sentences, exactly as written: nothing lost, nothing added
    assert " ".join(line.text for line in doc.lines) == text
    starts = {s[:30] for s in ONE_LINE_SENTENCES}
    assert all(line.text[:30] in starts for line in doc.lines), "a paragraph starts where a sentence starts"
    assert all(line.text.endswith((".", "»", "!", "?")) for line in doc.lines)
    [note] = problems
    assert (note.severity, note.line, note.path) == ("note", 1, "paste.txt") and not note.is_problem
    assert f"{len(text):,} characters long: split into {len(doc.lines)} paragraphs" in note.message


def test_anchors_of_a_split_line_are_those_of_the_same_paragraphs_written_on_their_own_lines(tmp_path):
    text = one_line_article()
    pasted, _ = read_article(write(tmp_path, "pasted.txt", f" date 2025-03-14 {text}\n"), tmp_path)
    again, _ = read_article(write(tmp_path, "again.txt", f" date 2025-03-14 {text}\n"), tmp_path)
    lines = "\n\n".join(line.text for line in pasted.lines)
    edited, notes = read_article(write(tmp_path, "edited.txt", f" date 2025-03-14 {lines}\n"), tmp_path)
    assert [line.text for line in pasted.lines] == [line.text for line in again.lines]  # the same split every time
    assert [line.text for line in edited.lines] == [line.text for line in pasted.lines] and not notes


def test_a_line_without_sentence_ends_or_spaces_is_cut_to_paragraph_size(tmp_path):
    words = "слово " * 5_000
    doc, problems = read_article(write(tmp_path, "w.txt", f" date 2025-03-14 Начало. {words}\n"), tmp_path)
    assert all(len(line.text) <= 3_000 for line in doc.lines) and len(doc.lines) >= 10
    assert " ".join(line.text for line in doc.lines) == f"Начало. {words}".strip()
    doc, _ = read_article(write(tmp_path, "y.txt", " date 2025-03-14 " + "ы" * 100_000 + "\n"), tmp_path)
    assert [len(line.text) for line in doc.lines] == [3_000] * 33 + [1_000]


def test_a_two_megabyte_one_line_article_is_read_and_a_larger_file_refused(tmp_path):
    text = one_line_article(repeat=800)[:1_900_000 // 2]  # Cyrillic: 2 bytes a letter
    assert len(text) == 950_000
    doc, problems = read_article(write(tmp_path, "big.txt", f" date 2025-03-14 {text}\n"), tmp_path)
    assert len(doc.lines) > 1_000 and problems[0].severity == "note"
    with pytest.raises(ArticleError, match="MB; an article may have at most 2 MB"):
        read_article(write(tmp_path, "huge.txt", f" date 2025-03-14 {text} {text}\n"), tmp_path)
