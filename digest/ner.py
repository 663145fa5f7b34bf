"""Adapter for natasha: persons, organisations and places in Russian text, in dictionary form."""
from __future__ import annotations

from dataclasses import dataclass

from natasha import NewsEmbedding, NewsNERTagger

TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}


@dataclass(frozen=True)
class NamedSpan:
    """A name found in text: its type, where it is, and its dictionary form."""

    type: str  # person | organization | place
    start: int
    end: int
    text: str


class RussianNER:
    """natasha's news NER model (shipped inside the PyPI packages); build once, it loads embeddings.
    Each text is tagged as one sequence, on its own: its names do not depend on the texts tagged with
    it (entities.EntityFinder remembers them by text)."""

    def __init__(self) -> None:
        self._ner = NewsNERTagger(NewsEmbedding())

    def spans_many(self, texts: list[str]) -> list[tuple[NamedSpan, ...]]:
        """Every name in each text, as written (dictionary forms are the morphology's job); the model
        tags them in batches. (natasha's Doc would also split each text into sentences and tokens,
        which the tagger does not need.)"""
        todo = [t for t in dict.fromkeys(texts) if t.strip()]
        found = {text: tuple(NamedSpan(TYPES.get(s.type, "organization"), s.start, s.stop, text[s.start:s.stop])
                             for s in markup.spans)
                 for text, markup in zip(todo, self._ner.map(todo))}
        return [found.get(t, ()) for t in texts]
