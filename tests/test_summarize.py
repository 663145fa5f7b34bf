"""Topic summaries: extractive, ranked, near-duplicates merged, conflicting figures side by side."""
from __future__ import annotations

from digest.summarize import display_text, summarize_topic
from tests.helpers import make_article


def test_near_duplicates_from_two_outlets_are_one_item_with_both_sources(tools):
    a = make_article(tools, "a", "2024-05-01",
                     "В Костанае откроется филиал Уральского федерального университета для студентов-инженеров.")
    b = make_article(tools, "b", "2024-05-02",
                     "Филиал Уральского федерального университета для студентов-инженеров откроется в Костанае осенью.")
    items = summarize_topic((a, b), "education")
    assert len(items) == 1
    assert {c.article for c in items[0].statement.sources} == {"a", "b"}


def test_different_figures_for_one_measure_are_shown_together(tools):
    a = make_article(tools, "a", "2024-05-01",
                     "В российских вузах сейчас учатся около 70 тысяч студентов из Казахстана.")
    b = make_article(tools, "b", "2024-06-01",
                     "По данным министерства, в университетах России обучаются 64 тысячи казахстанских студентов.")
    items = summarize_topic((a, b), "education")
    assert len(items) == 1 and len(items[0].alternatives) == 1
    shown = {items[0].statement.sources[0].article, items[0].alternatives[0].sources[0].article}
    assert shown == {"a", "b"}


def test_unrelated_statements_stay_separate_and_concrete_ones_rank_first(tools):
    article = make_article(
        tools, "a", "2024-05-01",
        "Образование важно.",
        "В 2026 году в Шымкенте откроется школа на 1200 мест, построенная по проекту российской компании.",
        "Министры также договорились о программе обмена учителями между школами Омска и Павлодара.")
    items = summarize_topic((article,), "education")
    texts = [i.statement.text for i in items]
    assert texts[0].startswith("В 2026 году в Шымкенте")
    assert len(texts) == 2  # a two-word platitude says too little to be a summary item
    assert all(i.statement.sources[0].anchor.startswith("p") for i in items)


def test_items_quote_sentences_as_written(tools):
    article = make_article(tools, "a", "2024-05-01",
                           "– В Караганде построят новую ТЭЦ мощностью 600 МВт, – сообщил министр энергетики.")
    items = summarize_topic((article,), "energy")
    assert items[0].statement.text == "В Караганде построят новую ТЭЦ мощностью 600 МВт, – сообщил министр энергетики."
    assert display_text("— Текст") == "Текст"


def test_summary_is_limited_and_stable(tools):
    lines = [f"В городе номер {n} открыта новая школа на {100 + n} мест для детей из {n} сёл района." for n in range(15)]
    article = make_article(tools, "a", "2024-05-01", *lines)
    first = summarize_topic((article,), "education", limit=10)
    again = summarize_topic((article,), "education", limit=10)
    assert len(first) <= 10 and first == again
