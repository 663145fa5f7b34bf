"""The Kazakh suffix stripper: case, possessive and plural endings, consonant alternation."""
from __future__ import annotations

import pytest

from digest.kazakh import KazakhStemmer

PLAIN = KazakhStemmer()
GUIDED = KazakhStemmer(frozenset({"білім", "кинематографист", "орны", "ғылым", "аллея"}))


@pytest.mark.parametrize("word, stem", [
    ("театрларда", "театр"), ("театрлар", "театр"), ("театрға", "театр"), ("театрдың", "театр"),
    ("музейлерде", "музей"), ("музейге", "музей"), ("кітапханалардан", "кітапхана"),
    ("қарашада", "қараша"), ("қарашаның", "қараша"), ("қарашадан", "қараша"), ("қарашаға", "қараша"),
    ("мектебінің", "мектеп"), ("мектептерде", "мектеп"), ("мектепке", "мектеп"),
    ("университетінің", "университет"), ("университеттер", "университет"),
    ("студенттерге", "студент"), ("студенттерімізге", "студент"),
    ("мұнайдың", "мұнай"), ("газды", "газ"), ("көмірмен", "көмір"),
    ("Мәскеуде", "мәскеу"), ("Астанадағы", "астана"), ("Алматыда", "алматы"),
    ("халықтарымызды", "халық"), ("елдеріміздің", "ел"), ("қалалардың", "қала"),
    ("порттарына", "порт"), ("дәліздері", "дәліз"),
])
def test_plain_stems(word, stem):
    assert PLAIN.stem(word) == stem


@pytest.mark.parametrize("word, stem", [
    ("білім", "білім"), ("білімнің", "білім"), ("білімі", "білім"),     # -ім is part of the root
    ("ғылымның", "ғылым"), ("кинематографистер", "кинематографист"),
    ("орнының", "орны"), ("аллеясының", "аллея"),
])
def test_known_roots_stop_the_stripping(word, stem):
    assert GUIDED.stem(word) == stem


@pytest.mark.parametrize("word", ["ас", "су", "газ", "ел", "әл"])
def test_short_words_are_left_alone(word):
    assert PLAIN.stem(word) == word


def test_same_stem_for_every_form_of_a_word():
    forms = ["кітап", "кітаптар", "кітаптың", "кітапқа", "кітапта", "кітаптан", "кітабы", "кітаптарымыз"]
    assert {PLAIN.stem(f) for f in forms} == {"кітап"}


def test_a_root_that_drops_its_vowel_before_a_possessive():
    # the vocabulary knows «оқу орны» (орын → орны); the text's plural «орындарының» keeps the vowel
    guided = KazakhStemmer(frozenset({"орн"}))
    assert guided.stem("орындарының") == guided.stem("орнында") == "орн"
    assert guided.stem("орын") == "орын"  # the bare word: «орын алды», took place
    assert KazakhStemmer(frozenset({"театр"})).stem("театрлары") == "театр"  # no vowel to drop
