"""Adapter for lingua: is a text Russian or Kazakh?"""
from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


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
        # Kazakh-only letters are decisive once there are a few of them
        if len(KAZAKH_LETTERS.findall(text)) >= 2:
            return "kk"
        values = self._detector.compute_language_confidence_values(text)
        best = values[0]
        if best.value < 0.75:
            return default
        return "kk" if best.language == Language.KAZAKH else "ru"
