"""Adapter for natasha: persons, organisations and places in Russian text, in dictionary form."""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from natasha import NewsEmbedding, NewsNERTagger

TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
MEMO_SIZE = 4096  # texts remembered: an article's sentences are asked for again (speakers, claims)


@dataclass(frozen=True)
class NamedSpan:
    """A name found in text: its type, where it is, and its dictionary form."""

    type: str  # person | organization | place
    start: int
    end: int
    text: str


class RussianNER:
    """natasha's news NER model (shipped inside the PyPI packages); build once, it loads embeddings.
    Each text is tagged as one sequence, on its own: its names do not depend on the texts tagged
    with it, so a text asked for again is answered from memory."""

    def __init__(self) -> None:
        self._ner = NewsNERTagger(NewsEmbedding())
        self._memo: OrderedDict[str, tuple[NamedSpan, ...]] = OrderedDict()

    def spans(self, text: str) -> tuple[NamedSpan, ...]:
        """Every name in the text, as written (dictionary forms are the morphology's job)."""
        return self.spans_many([text])[0]

    def spans_many(self, texts: list[str]) -> list[tuple[NamedSpan, ...]]:
        """Every name in each text; the model tags the new texts in batches. (natasha's Doc would
        also split the text into sentences and tokens, which the tagger does not need.)"""
        todo = [t for t in dict.fromkeys(texts) if t.strip() and t not in self._memo]
        for text, markup in zip(todo, self._ner.map(todo)):
            self._memo[text] = tuple(NamedSpan(TYPES.get(s.type, "organization"), s.start, s.stop,
                                               text[s.start:s.stop]) for s in markup.spans)
        found = [self._memo.get(t, ()) for t in texts]
        for text in texts:
            if text in self._memo:
                self._memo.move_to_end(text)
        while len(self._memo) > MEMO_SIZE:
            self._memo.popitem(last=False)
        return found
