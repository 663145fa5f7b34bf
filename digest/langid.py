"""Adapter for lingua: is a text Russian or Kazakh?"""
from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
WORD = re.compile(r"\w+")
# a Cyrillic text of this many words, not one Kazakh-only letter and two of these words is Russian: no model asked
RUSSIAN_WITHOUT_KAZAKH_LETTERS = 10
RUSSIAN_FUNCTION_WORDS = {"и", "в", "во", "на", "что", "по", "с", "со", "не", "для", "из", "от", "к", "за", "до",
                          "как", "это", "также", "о", "об", "при", "а", "но", "его", "их", "был", "была", "были"}
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
        if (len(words) >= RUSSIAN_WITHOUT_KAZAKH_LETTERS and not KAZAKH_LETTERS.search(text)
                and sum(1 for w in words if w.lower() in RUSSIAN_FUNCTION_WORDS) >= 2):
            # Russian prose: Russian function words and not one Kazakh-only letter (Kazakh typed with Russian
            # look-alike letters, «жане» for «және», has no such words and is left to the model)
            return "ru"
        kazakh = sum(1 for w in words if w[:1].islower() and KAZAKH_LETTERS.search(w))  # names aside
        if kazakh >= 2 and kazakh >= KAZAKH_WORD_SHARE * len(words):
            return "kk"
        values = self._detector.compute_language_confidence_values(text)
        best = values[0]
        if best.value < 0.75:
            return default
        return "kk" if best.language == Language.KAZAKH else "ru"
