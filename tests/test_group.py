"""Page views: where month pages and entity pages go."""
from __future__ import annotations

from datetime import date

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
