"""Adapter for razdel: sentences and word tokens as plain strings and spans."""
from __future__ import annotations

import re

import razdel

WORD = re.compile(r"[\w]", re.UNICODE)


def split_sentences(text: str) -> tuple[str, ...]:
    """The sentences of a paragraph, as written."""
    return tuple(s.text for s in razdel.sentenize(text))


def tokenize(text: str) -> tuple[str, ...]:
    """Word and punctuation tokens of a text (razdel keeps 'ядерно-топливного' as one token)."""
    return tuple(t.text for t in razdel.tokenize(text))


def is_word(token: str) -> bool:
    """True when the token contains a letter or digit."""
    return bool(WORD.search(token))
