"""Adapter for pymorphy3: cached Russian lemmas and the few grammatical facts the classifier needs."""
from __future__ import annotations

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


class RussianMorphology:
    """Lemmatizer for Russian words; build once and pass it in (loading takes a moment)."""

    def __init__(self) -> None:
        self._analyzer = pymorphy3.MorphAnalyzer()
        self.parse = lru_cache(maxsize=200_000)(self._parse)

    def _parse(self, word: str) -> Parse:
        p = self._analyzer.parse(word.lower())[0]
        return Parse(p.normal_form.replace("ё", "е"), p.tag.POS, p.tag.case, p.tag.tense)

    def lemma(self, word: str) -> str:
        """Dictionary form of a word (ё folded to е)."""
        return self.parse(word).lemma
