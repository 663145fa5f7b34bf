"""Titles, headings, boilerplate lines and outlets from article text."""
from __future__ import annotations

import pytest

from digest.model import SourceLine
from digest.structure import assign_roles, find_outlet, is_boilerplate, short_title


def roles(*lines, markdown=False):
    return [r for r, _ in assign_roles(tuple(SourceLine(n, t) for n, t in enumerate(lines, 1)), markdown)]


@pytest.mark.parametrize("text, expected", [
    ("Новости", True),
    ("Интервью", True),
    ("Фото: пресс-служба Акорды", True),
    ("фото с сайта primeminister.kz", True),
    ("Министр энергетики на брифинге © Иван Петров / РИА Новости", True),
    ("Автор: Айгуль Сапарова", True),
    ("Редакция сайта Известий", True),
    ("Читайте также: новые рейсы в Казань", True),
    ("Сурет: ҚР Үкіметінің баспасөз қызметі", True),
    ("Фото показали журналистам на выставке в Алматы, где открылась экспозиция.", False),
    ("Министр энергетики заявил о росте добычи газа на 5%.", False),
])
def test_boilerplate(text, expected):
    assert is_boilerplate(text, first=False) is expected


def test_headline_then_body_then_headings():
    got = roles("Рубрика", "Россия и Казахстан запустят новый грузовой маршрут",
                "Подписан меморандум о запуске маршрута, сообщили в министерстве.",
                "Что дальше", "Стороны обсудят тарифы в следующем месяце.", "Мнение экспертов")
    assert got == ["boilerplate", "title", "body", "heading", "body", "heading"]


def test_lead_that_is_a_sentence_is_body_not_title():
    assert roles("В Астане открылся новый музей современного искусства.", "Второй абзац.") == ["body", "body"]


def test_long_final_line_without_period_is_body():
    line = ("Эксперты считают, что сотрудничество двух стран в ближайшие годы будет только расширяться "
            "во всех отраслях экономики и гуманитарной сферы")
    assert roles("Заголовок статьи про сотрудничество", "Первый абзац текста.", line)[-1] == "body"


def test_a_title_from_metadata_keeps_the_first_line_in_the_body():
    assert roles("Первая строка без точки", "Текст.") == ["title", "body"]
    got = [r for r, _ in assign_roles((SourceLine(1, "Первая строка без точки"), SourceLine(2, "Текст.")),
                                      False, has_title=True)]
    assert got == ["body", "body"]


def test_markdown_headings():
    assert roles("# Заголовок", "Текст.", "## Раздел", "Ещё текст.", markdown=True) == [
        "title", "body", "heading", "body"]


@pytest.mark.parametrize("lines, outlet", [
    (["Текст новости о переговорах, передает Tengrinews.kz."], "Tengrinews.kz"),
    (["АСТАНА. KAZINFORM — Делегации обсудили планы."], "KAZINFORM"),
    (["МОСКВА, 3 марта. /ТАСС/. Стороны договорились."], "ТАСС"),
    (["Редакция сайта Интерфакс", "Текст."], "Интерфакс"),
    (["Бүгін Астанада келіссөздер өтті, деп хабарлайды Kazinform."], "Kazinform"),
    (["Просто текст без указания источника."], None),
])
def test_outlet(lines, outlet):
    lines = tuple(SourceLine(n, t) for n, t in enumerate(lines, 1))
    assert find_outlet(assign_roles(lines, False)) == outlet


@pytest.mark.parametrize("lead, title", [
    ("Стороны подписали соглашение о поставках зерна, сообщает Kapital.kz. Далее текст.",
     "Стороны подписали соглашение о поставках зерна"),
    ("АСТАНА. KAZINFORM — Министры встретились в столице.", "Министры встретились в столице"),
    ("Правительства двух стран утвердили дорожную карту сотрудничества в сфере цифровизации, "
     "включающую совместные проекты в области искусственного интеллекта и связи.",
     "Правительства двух стран утвердили дорожную карту сотрудничества в сфере цифровизации"),
])
def test_short_title(lead, title):
    assert short_title(lead) == title


@pytest.mark.parametrize("lead, title", [
    ("...", "..."), (".", "."), ("АСТАНА. KAZINFORM — .", "АСТАНА. KAZINFORM — ."),
    (", передает ТАСС.", ", передает ТАСС."),
    ("中国" * 400, "中国" * 55 + "…"),
])
def test_a_lead_with_nothing_to_shorten_is_the_title_as_written(lead, title):
    # these gave an empty title (an invisible link in every list) or the whole 800-character lead
    assert short_title(lead) == title


def test_a_markdown_heading_with_no_text_is_a_line_like_any_other():
    # "# #" was a title paragraph with no text, and the article's title was empty
    lines = (SourceLine(1, "# #"), SourceLine(2, "Поставки газа выросли."))
    assert assign_roles(lines, markdown=True) == (("title", "# #"), ("body", "Поставки газа выросли."))
