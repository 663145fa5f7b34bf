"""Adapter for lingua: is a text Russian or Kazakh?"""
from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
WORD = re.compile(r"\w+")
RUSSIAN_WITHOUT_KAZAKH_LETTERS = 10  # words of Cyrillic text with no Kazakh-only letter: Russian, no model asked
KAZAKH_WORD_SHARE = 0.15  # Kazakh prose has Kazakh-only letters in a third of its words or more


class LanguageDetector:
    """Russian/Kazakh detector; build once and pass it in."""

    def __init__(self) -> None:
        self._detector = (LanguageDetectorBuilder
                          .from_languages(Language.RUSSIAN, Language.KAZAKH).build())
        self.detect = lru_cache(maxsize=8192)(self._detect)

    def _detect(self, text: str, default: str = "ru") -> str:
        """'kk' or 'ru'; `default` for text with too few letters to tell."""
        letters = len(CYRILLIC.findall(text)) + len(KAZAKH_LETTERS.findall(text))
        if letters < 3:
            return default
        # Kazakh-only letters are decisive once a few common words have them — not only a name or two
        # inside Russian text («Қазақстан темір жолы» перевёз …)
        words = WORD.findall(text)
        if len(words) >= RUSSIAN_WITHOUT_KAZAKH_LETTERS and not KAZAKH_LETTERS.search(text):
            return "ru"  # Kazakh prose this long always has Kazakh-only letters somewhere
        kazakh = sum(1 for w in words if w[:1].islower() and KAZAKH_LETTERS.search(w))  # names aside
        if kazakh >= 2 and kazakh >= KAZAKH_WORD_SHARE * len(words):
            return "kk"
        values = self._detector.compute_language_confidence_values(text)
        best = values[0]
        if best.value < 0.75:
            return default
        return "kk" if best.language == Language.KAZAKH else "ru"
