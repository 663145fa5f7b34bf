"""Adapter for pymorphy3: cached Russian lemmas and the few grammatical facts the classifier needs."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3


@dataclass(frozen=True)
class Parse:
    """Lemma and the grammatical features used downstream."""

    lemma: str
    pos: str | None
    case: str | None
    tense: str | None = None  # past | pres | futr
    lemmas: tuple[str, ...] = ()  # every likely reading's lemma, the first reading's first


READING_SHARE = 0.05  # a reading counts when pymorphy3 scores it at least this share of the best one


NAME_TAGS = ("Surn", "Name", "Patr", "Geox")


class RussianMorphology:
    """Lemmatizer for Russian words; build once and pass it in (loading takes a moment)."""

    def __init__(self) -> None:
        self._analyzer = pymorphy3.MorphAnalyzer()
        self.parse = lru_cache(maxsize=200_000)(self._parse)
        self.name_nominative = lru_cache(maxsize=50_000)(self.name_nominative)
        self.is_common_word = lru_cache(maxsize=50_000)(self.is_common_word)
        self.is_common_abbreviation = lru_cache(maxsize=50_000)(self.is_common_abbreviation)

    def analyses(self, word: str) -> list:
        """pymorphy3's readings of a word; none for a word with a character Unicode has no name for
        in this Python (pymorphy3's shape check calls unicodedata.name and fails: Tangut letters)."""
        if not all(unicodedata.name(ch, "") for ch in word):
            return []
        return self._analyzer.parse(word)

    def _parse(self, word: str) -> Parse:
        parses = self.analyses(word.lower())
        if not parses:
            plain = word.lower().replace("ё", "е")
            return Parse(plain, None, None, None, (plain,))
        p = parses[0]
        floor = READING_SHARE * p.score
        lemmas = tuple(dict.fromkeys(q.normal_form.replace("ё", "е") for q in parses if q.score >= floor))
        return Parse(lemmas[0], p.tag.POS, p.tag.case, p.tag.tense, lemmas)

    def lemma(self, word: str) -> str:
        """Dictionary form of a word (ё folded to е): its most likely reading's."""
        return self.parse(word).lemma

    def lemmas(self, word: str) -> tuple[str, ...]:
        """Every likely dictionary form of a word, most likely first: «газе» is a form of «газ» and of
        «газа» (gauze), «угле» of «угол» and «уголь»; matching takes them all."""
        return self.parse(word).lemmas

    def _readings(self, word: str) -> tuple[list, list]:
        """(singular readings as a name or place, all readings) of a word."""
        parses = self.analyses(word)
        named = [q for q in parses if any(t in q.tag for t in NAME_TAGS) and q.tag.number != "plur"]
        return named, parses

    def name_nominative(self, name: str) -> str:
        """A name in the nominative (Касым-Жомартом Токаевым → Касым-Жомарт Токаев, Шокана Уалиханова →
        Шокан Уалиханов, Жанар Тулиндиновой → Жанар Тулиндинова, Омске → Омск), capitals kept. The case
        is read from the last word (the surname declines; Kazakh first names often do not)."""
        words = name.split()
        for word in reversed(words):
            named, parses = self._readings(word.split("-")[-1])
            pool = named or [q for q in parses[:1] if q.tag.case and q.tag.number != "plur"]
            if not pool:
                continue
            if any(q.tag.case == "nomn" for q in pool):
                return name
            case, gender = pool[0].tag.case, pool[0].tag.gender
            return " ".join(self._word_to_nominative(w, case, gender) for w in words)
        return name

    def _word_to_nominative(self, word: str, case: str, gender: str | None) -> str:
        out = []
        for part in word.split("-"):
            named, parses = self._readings(part)
            # a word that reads as a name only takes a name's reading ("Касым" is no form of "касый")
            fitting = [q for q in (named or parses) if q.tag.case == case and q.tag.number != "plur"
                       and (gender is None or q.tag.gender in (gender, None))]
            if not fitting:  # no reading in the name's case: an indeclinable word (Жанар, Айгуль), kept
                out.append(part)
                continue
            inflected = fitting[0].inflect({"nomn", "sing"}) or fitting[0].inflect({"nomn"})
            form = inflected.word if inflected else part
            out.append(form[:1].upper() + form[1:] if part[:1].isupper() else form)
        return "-".join(out)

    def is_common_word(self, word: str) -> bool:
        """True for a dictionary word with no reading as a name or place ("Переговоры" at a sentence's
        start; not "Токаев", which is also a form of "токай")."""
        parses = self.analyses(word)
        return bool(parses) and parses[0].is_known and not any(t in q.tag for q in parses for t in NAME_TAGS + ("Orgn", "Abbr", "Trad"))

    def is_common_abbreviation(self, word: str) -> bool:
        """True for an abbreviation of a common noun, with no reading as a name, organisation or place
        ("ТЭЦ", "ВВП", "СМИ", "МВт"; not "МГУ", "ООН", "СНГ")."""
        parses = self.analyses(word)
        return (bool(parses) and all("Abbr" in q.tag for q in parses)
                and not any(t in q.tag for q in parses for t in NAME_TAGS + ("Orgn", "Trad")))
