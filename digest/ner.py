"""Adapter for natasha: persons, organisations and places in Russian text, in dictionary form."""
from __future__ import annotations

from dataclasses import dataclass

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}


@dataclass(frozen=True)
class NamedSpan:
    """A name found in text: its type, where it is, and its dictionary form."""

    type: str  # person | organization | place
    start: int
    end: int
    text: str
    normal: str


class RussianNER:
    """natasha's news NER model (shipped inside the PyPI packages); build once, it loads embeddings."""

    def __init__(self) -> None:
        self._segmenter = Segmenter()
        self._vocab = MorphVocab()
        embedding = NewsEmbedding()
        self._ner = NewsNERTagger(embedding)
        self._morph = NewsMorphTagger(embedding)

    def spans(self, text: str) -> tuple[NamedSpan, ...]:
        """Every name in the text."""
        doc = Doc(text)
        doc.segment(self._segmenter)
        doc.tag_ner(self._ner)
        if not doc.spans:
            return ()
        doc.tag_morph(self._morph)
        found = []
        for span in doc.spans:
            span.normalize(self._vocab)
            found.append(NamedSpan(TYPES.get(span.type, "organization"), span.start, span.stop, span.text,
                                   span.normal or span.text))
        return tuple(found)
