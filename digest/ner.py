"""Adapter for natasha: persons, organisations and places in Russian text, in dictionary form."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from natasha import NewsEmbedding, NewsNERTagger
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE
from slovnet.bio import bio_spans

TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
BATCH = 32  # texts tagged together, shortest first (measured on real-length news: 8 → 32 is ~15 % less time)


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
    it (a batch's padding has zero word and shape vectors and is masked after every layer; tests/test_entities.py
    checks it against natasha tagging each text alone), so texts are tagged in batches of similar length — the
    model's time grows with each batch's longest text."""

    def __init__(self) -> None:
        self._ner = NewsNERTagger(NewsEmbedding())

    def spans_many(self, texts: list[str]) -> list[tuple[NamedSpan, ...]]:
        """Every name in each text, as written (dictionary forms are the morphology's job). The texts are
        split into tokens once, here, as natasha's tagger would (razdel's rules: see `tokenize`), and given to its model directly:
        natasha's own `map` would split them again to place the spans, and batch them in the order given."""
        infer = self._ner.infer
        encoder, model, tags_of = infer.encoder, infer.model, infer.decoder.tags_vocab.decode
        todo = [t for t in dict.fromkeys(texts) if t.strip()]
        tokens = {text: tokenize(text) for text in todo}
        todo.sort(key=lambda text: len(tokens[text]))
        found: dict[str, tuple[NamedSpan, ...]] = {}
        for first in range(0, len(todo), BATCH):
            batch = todo[first:first + BATCH]
            given = encoder.input([encoder.item([token.text for token in tokens[text]]) for text in batch])
            emissions = model(given.word_id, given.shape_id, given.pad_mask)
            for text, tags in zip(batch, model.head.crf.decode(emissions, ~given.pad_mask)):
                found[text] = tuple(NamedSpan(TYPES.get(s.type, "organization"), s.start, s.stop, text[s.start:s.stop])
                                    for s in bio_spans(tokens[text], [tags_of(tag) for tag in tags]))
        return [found.get(t, ()) for t in texts]


class Token(NamedTuple):
    """A token of a text, where it is."""

    start: int
    stop: int
    text: str


def tokenize(text: str) -> list[Token]:
    """razdel's tokens of a text (`razdel.tokenize`, which natasha's tagger was trained on), three times faster:
    razdel's atoms (a run of Russian or Latin letters, of digits, one punctuation mark, one other character),
    joined by its rules where nothing separates them. tests/test_entities.py compares the two on random text."""
    atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text)]
    if not atoms:
        return []
    tokens = []
    start, stop, buffer = atoms[0][0], atoms[0][1], atoms[0][3]
    for i in range(1, len(atoms)):
        begins, ends, _, word = atoms[i]
        if begins == stop and _joined(atoms, i, buffer):
            buffer += word
        else:
            tokens.append(Token(start, stop, buffer))
            start, buffer = begins, word
        stop = ends
    tokens.append(Token(start, stop, buffer))
    return tokens


# razdel's rules around a delimiter (dash, underscore, decimal point, fraction bar): the atoms on both sides of
# it are joined — any but punctuation for the first two, digits for the last two
_AROUND = ((DASHES, False), ("_", False), (".,", True), ("/\\", True))
_LETTERS = ("OTHER", "RU", "LAT")


def _joined(atoms, i: int, buffer: str) -> bool:
    """Whether razdel joins atom i to the token before it (`buffer`, which ends with atom i - 1), touching it."""
    left, right = atoms[i - 1], atoms[i]
    before = atoms[i - 2] if i > 1 else None
    after = atoms[i + 1] if i + 1 < len(atoms) else None
    for delimiters, digits in _AROUND:
        if left[3] in delimiters:
            a, b = before, right
        elif right[3] in delimiters:
            a, b = left, after
        else:
            continue
        if a and b and ((a[2] == "INT" and b[2] == "INT") if digits else (a[2] != "PUNCT" and b[2] != "PUNCT")):
            return True
    if left[2] == "PUNCT" and right[2] == "PUNCT" and (  # a smiley, «?!», «...», «--»
            SMILE.match(buffer + right[3]) or (left[3] in ENDINGS and right[3] in ENDINGS) or
            left[3] + right[3] in ("--", "**")):
        return True
    if (left[2] == "OTHER" and right[2] in _LETTERS) or (left[2] in _LETTERS and right[2] == "OTHER"):
        return True  # a letter razdel does not know (Kazakh ә, ғ …) inside a word
    return left[3].lower() == "yahoo" and right[3] == "!"
