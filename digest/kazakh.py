"""Kazakh suffix stripper: removes case, possessive and plural endings, guided by known roots.

No offline Kazakh lemmatizer exists on PyPI, so this is a small rule-based stemmer. A Kazakh noun is
root + plural + possessive + case (театр-лар-ы-нда); endings are removed from the outside in.
Known roots (the taxonomy's vocabulary) stop the stripping early, so that 'білім' stays 'білім'
rather than losing '-ім' as if it were a possessive ending.
"""
from __future__ import annotations

from functools import lru_cache

VOWELS = set("аәеиоөуұүыіэюяё")

# outermost layer first; within a layer the longest ending wins
CASE = (
    "ындағы", "індегі", "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
    "ынан", "інен", "ынан", "нан", "нен", "дан", "ден", "тан", "тен",
    "ының", "інің", "ның", "нің", "дың", "дің", "тың", "тің",
    "ында", "інде", "нда", "нде", "да", "де", "та", "те",
    "ына", "іне", "на", "не", "ға", "ге", "қа", "ке",
    "менен", "бенен", "пенен", "мен", "бен", "пен",
    "ын", "ін", "ны", "ні", "ды", "ді", "ты", "ті",
    "ша", "ше", "ғы", "гі", "қы", "кі",
)
POSSESSIVE = (
    "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз",
    "ым", "ім", "ың", "ің", "сы", "сі", "ы", "і", "м", "ң",
)
PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
LAYERS = tuple(tuple(sorted(set(layer), key=lambda s: (-len(s), s))) for layer in (CASE, POSSESSIVE, PLURAL))
THIRD_PERSON = ("ы", "і", "сы", "сі")
N_CASE_START = ("н", "ы", "і")
VOICED_TO_VOICELESS = {"б": "п", "г": "к", "ғ": "қ"}


def _valid_stem(stem: str, suffix: str) -> bool:
    if len(stem) < 2 or not VOWELS.intersection(stem):
        return False
    if suffix[0] in "ыі" and stem[-1] in VOWELS:
        return False  # the linking vowel ы/і follows consonants only
    return len(stem) >= 3 or len(suffix) >= 3


def _devoice(stem: str) -> str:
    """мектеб- → мектеп: a root's final voiceless consonant is voiced before a vowel ending."""
    return stem[:-1] + VOICED_TO_VOICELESS[stem[-1]] if stem[-1] in VOICED_TO_VOICELESS else stem


def _decompositions(word: str) -> list[str]:
    """Every stem left by removing at most one ending of each layer, outermost layer first.

    A 3rd-person possessive (-ы/-і/-сы/-сі) takes only н-forms of the cases after it
    (мектебі-нде, not мектебі-де), so 'Алматы-да' never loses its final -ы.
    """
    case_layer, possessive_layer, plural_layer = LAYERS
    after_case = [(word, "")] + [(word[: -len(c)], c) for c in case_layer
                                 if word.endswith(c) and _valid_stem(word[: -len(c)], c)]
    stems = [s for s, _ in after_case]
    after_possessive = list(stems)
    for s, case in after_case:
        for p in possessive_layer:
            if not s.endswith(p) or not _valid_stem(s[: -len(p)], p):
                continue
            if p in THIRD_PERSON and case and not case.startswith(N_CASE_START):
                continue
            after_possessive.append(s[: -len(p)])
    stems = after_possessive + [s[: -len(pl)] for s in after_possessive for pl in plural_layer
                                if s.endswith(pl) and _valid_stem(s[: -len(pl)], pl)]
    return stems


def without_possessive(word: str) -> str:
    """A word without its 3rd-person possessive ending (пункті → пункт, орталығы → орталық): how a
    later word of a vocabulary phrase («өткізу пункті») is known to the stemmer, so that every form of
    it (пунктінде, пункттері) reads alike."""
    for ending in THIRD_PERSON:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and (ending.startswith("с") or stem[-1] not in VOWELS):
            return _devoice(stem)
    return word


class KazakhStemmer:
    """Strips inflectional endings from Kazakh words; build once with the known roots."""

    def __init__(self, roots: frozenset[str] = frozenset()) -> None:
        self.roots = frozenset(r.lower().replace("ё", "е") for r in roots)
        self.stem = lru_cache(maxsize=200_000)(self._stem)

    def _known(self, stem: str, inflected: bool = True) -> str | None:
        if stem in self.roots:
            return stem
        if _devoice(stem) in self.roots:
            return _devoice(stem)
        # a known long root followed by a short irregular remainder (кинематографист-ер)
        for cut in range(len(stem) - 1, max(len(stem) - 3, 4), -1):
            if stem[:cut] in self.roots:
                return stem[:cut]
        # a root whose last vowel drops before a possessive (орын → орны, мұрын → мұрны): an inflected
        # form of the text (орындары) reads as the root the vocabulary knows from «оқу орны»; the bare
        # word does not («орын алды», took place)
        if inflected and len(stem) >= 4 and stem[-2] in "ыі" and stem[-3] not in VOWELS and stem[-1] not in VOWELS:
            elided = stem[:-2] + stem[-1]
            if elided in self.roots:
                return elided
        return None

    def _stem(self, word: str) -> str:
        w = word.lower().replace("ё", "е")
        stems = _decompositions(w)
        known = [k for k in (self._known(st, st != w) for st in stems) if k]
        if known:
            return max(known, key=len)
        return _devoice(min(stems, key=len))


def js_tables() -> dict:
    """The stemmer's endings and rules as data for its JavaScript twin (search queries)."""
    return {"layers": [list(layer) for layer in LAYERS], "vowels": "".join(sorted(VOWELS)),
            "third_person": list(THIRD_PERSON), "n_case_start": list(N_CASE_START), "voiced": VOICED_TO_VOICELESS}
