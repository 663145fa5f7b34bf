"""Word keys for matching: Russian lemmas (pymorphy3) and Kazakh stems (own stripper)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .kazakh import KazakhStemmer
from .morph import RussianMorphology
from .segment import is_word, tokenize

HYPHENS = re.compile(r"[-‐‑‒–—]")
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED", "NUMR", None}
WORDS_REMEMBERED = 50_000  # distinct (word, language) tokens kept: about 50 MB (measured: ~1 KB each)
KK_STOP = {"және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "осы", "сол", "ал", "үшін", "деп",
           "деді", "еді", "болып", "бар", "жоқ", "әрі", "тек", "ғана", "емес", "қоса", "бірге", "арасындағы"}


@dataclass(frozen=True)
class Token:
    """A token of a text with its matching keys (lemma or stem, plus those of hyphenated parts)."""

    text: str
    keys: frozenset[str]
    word: bool
    key: str = ""
    pos: str | None = None
    case: str | None = None


class Lexicon:
    """Turns text into keyed tokens; build once (it holds the morphology and the stemmer)."""

    def __init__(self, morph: RussianMorphology, stemmer: KazakhStemmer) -> None:
        self.morph = morph
        self.stemmer = stemmer
        # the stages look at the same sentences and paragraphs again: tokenise each text once
        self.tokens = lru_cache(maxsize=4096)(self._tokens)
        # and the same words recur across a corpus: key each word once (forgotten when it grows too big)
        self._words: dict[tuple[str, str], Token] = {}

    def key(self, word: str, lang: str) -> str:
        """The matching key of one word: its lemma (ru) or stem (kk)."""
        return self.stemmer.stem(word) if lang == "kk" else self.morph.lemma(word)

    def keys(self, word: str, lang: str) -> tuple[str, ...]:
        """Every key a word may match by: each likely lemma (ru), its stem (kk)."""
        return (self.stemmer.stem(word),) if lang == "kk" else self.morph.lemmas(word)

    def _tokens(self, text: str, lang: str) -> tuple[Token, ...]:
        """Keyed tokens of a text."""
        words = self._words
        if len(words) > WORDS_REMEMBERED:
            words.clear()
        found = []
        for t in tokenize(text):
            token = words.get((t, lang))
            if token is None:
                token = words[(t, lang)] = self._token(t, lang)
            found.append(token)
        return tuple(found)

    def _token(self, text: str, lang: str) -> Token:
        if not is_word(text):
            return Token(text, frozenset(), False)
        parts = [p for p in HYPHENS.split(text) if p]
        readings = self.keys(text, lang)
        main = readings[0]
        keys = set(readings)
        if len(parts) > 1:
            keys.update(k for p in parts if is_word(p) for k in self.keys(p, lang))
        if lang == "kk":
            return Token(text, frozenset(keys), True, main)
        parse = self.morph.parse(parts[-1] if parts else text)
        return Token(text, frozenset(keys), True, main, parse.pos, parse.case)

    def phrase_keys(self, phrase: str, lang: str) -> tuple[str, ...]:
        """Keys of a vocabulary phrase, word by word."""
        return tuple(self.key(t, lang) for t in tokenize(phrase) if is_word(t))


def content_keys(tokens, lang: str) -> frozenset[str]:
    """The content words of keyed tokens: no function words (ru parts of speech, kk stop words)."""
    if lang == "kk":
        return frozenset(t.key for t in tokens if t.word and len(t.key) >= 3 and t.key not in KK_STOP)
    return frozenset(t.key for t in tokens if t.word and t.pos not in FUNCTION_POS and len(t.key) > 1)
