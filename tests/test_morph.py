"""The pymorphy3 adapter: a reading for any word, whatever its letters."""
from __future__ import annotations

from tests.helpers import make_article


def test_a_word_with_a_letter_unicodedata_cannot_name_is_analysed(tools):
    # one such letter in a Russian paragraph made the whole article "internal error while analysing it"
    article = make_article(tools, "a", "2025-03-01", "Поставки газа \U00017000 выросли 12 ноября.")
    assert article.paragraphs[0].text.startswith("Поставки")
    assert article.events and article.events[0].start.isoformat().endswith("-11-12")


def test_a_word_unicodedata_cannot_name_has_no_reading_but_a_lemma(tools):
    morph = tools.lexicon.morph
    word = "Index\U00017000"
    assert morph.parse(word).lemma == word.lower() and morph.parse(word).pos is None
    assert morph.is_common_word(word) is False and morph.name_nominative(word) == word
