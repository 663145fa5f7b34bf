"""Related stories: the same story (near-identical reports), the same subject, across languages."""
from __future__ import annotations

from digest.related import related_articles
from tests.helpers import make_article


def related(tools, *articles):
    return related_articles(articles, {a.id: a.terms for a in articles})


def test_near_identical_reports_are_one_story_and_unrelated_news_is_not_related(tools):
    text = ("Министр энергетики Казахстана Алмасадам Саткалиев и глава Газпрома Алексей Миллер подписали в "
            "Санкт-Петербурге соглашение о поставках 5 млрд кубометров газа в Костанайскую область.")
    a = make_article(tools, "a", "2025-06-01", text, outlet="Первое")
    b = make_article(tools, "b", "2025-06-01", text.replace("подписали", "заключили"), outlet="Второе")
    c = make_article(tools, "c", "2025-06-02", "В Шымкенте открылся фестиваль уличного театра для детей.")
    result = related(tools, a, b, c)
    assert [(r.article, r.same_story) for r in result["a"]] == [("b", True)]
    assert result["c"] == ()


def test_the_same_event_in_kazakh_and_russian_is_related(tools):
    ru = make_article(tools, "ru", "2025-03-01", "Касым-Жомарт Токаев посетит Омск 14–15 марта, где откроет форум.")
    kk = make_article(tools, "kk", "2025-03-01", "Қасым-Жомарт Тоқаев 14-15 наурызда Омбыға барып, форумды ашады.")
    result = related(tools, ru, kk)
    assert [r.article for r in result["ru"]] == ["kk"] and not result["ru"][0].same_story
