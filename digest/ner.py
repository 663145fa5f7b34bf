"""Adapter for natasha: persons, organisations and places in Russian text, in dictionary form."""
from __future__ import annotations

from dataclasses import dataclass

from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

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
    Call it on a whole article at once: the model tags sentences in batches."""

    def __init__(self) -> None:
        self._segmenter = Segmenter()
        self._ner = NewsNERTagger(NewsEmbedding())

    def spans(self, text: str) -> tuple[NamedSpan, ...]:
        """Every name in the text, as written (dictionary forms are the morphology's job)."""
        doc = Doc(text)
        doc.segment(self._segmenter)
        doc.tag_ner(self._ner)
        return tuple(NamedSpan(TYPES.get(span.type, "organization"), span.start, span.stop, span.text)
                     for span in doc.spans)
