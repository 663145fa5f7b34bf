"""Page views: where month pages and entity pages go."""
from __future__ import annotations

from datetime import date

import pytest

from digest.group import group_entities, month_pages, ref
from tests.helpers import make_article


def test_month_pages_of_years_before_1000_are_keyed_by_four_digit_years():
    # strftime("%Y-%m") wrote year 1 as "1-01", which int(key[:4]) could not read (ValueError)
    links, pages = month_pages("archive", "archive", [(date(999, 12, 31), "b"), (date(1, 1, 1), "a")], "archive.md")
    assert [(link.key, link.year, link.month, link.page) for link in links] == [
        ("0999-12", 999, 12, "archive/0999-12.md"), ("0001-01", 1, 1, "archive/0001-01.md")]
    assert [page.items for page in pages] == [("b",), ("a",)]


def test_a_company_named_index_does_not_take_the_place_of_the_list_of_entities(tools):
    # its page was entities/index.md: the page listing every entity, which it overwrote
    a = make_article(tools, "a", "2025-05-01", "Компания Index подписала соглашение о поставках газа в Костанай.")
    b = make_article(tools, "b", "2025-05-02", "Директор компании Index приехал в Астану на переговоры о газе.")
    entities = group_entities((a, b), {x.id: ref(x) for x in (a, b)})
    assert entities["index"].page == "entities/index_.md"
    assert {e.page for e in entities.values() if e.page} == {"entities/index_.md"}


@pytest.mark.parametrize("text, name, expected", [
    ("Прошли Дни культуры Казахстана в Якутске и Казани.", "Казань", "Казани"),  # not «Казахстана»
    ("Во Владивостоке прошел форум, где выступил Путин.", "Владимир Путин", "Путин"),  # the surname first
    ("Делегация прибыла в Москву, где обсудила поставки.", "Москва", "Москву"),
    ("Об этом сообщили в Министерстве энергетики.", "Министерство энергетики", "Министерстве"),
    ("Стороны обсудили поставки газа.", "Омск", None),
])
def test_a_name_is_found_where_the_text_declines_it(text, name, expected):
    from digest.excerpts import find_phrase
    at = find_phrase(text, name)
    assert (at == -1 if expected is None else text[at:].startswith(expected)), (at, text[at:at + 20])


@pytest.mark.parametrize("pieces, expected", [
    (["A.", "B."], "A. … B."),
    (["…A. …", "B."], "…A. … B."),  # a piece's own «…» is not doubled at a seam
    (["A.", "", "B."], "A. … B."),
    (["…"], ""),
    ([], ""),
])
def test_passages_join_with_one_gap_between_them(pieces, expected):
    from digest.group import join_passages
    assert join_passages(pieces) == expected
