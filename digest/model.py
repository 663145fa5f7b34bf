"""Plain, frozen records passed between the stages."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # claims.py reads sentences with the analysers; the record only holds its result
    from .claims import Claim


_EMPTY: frozenset = frozenset()
SHORT = 64  # strings up to this length are words, keys and names: shared across articles once read


def compact(value):
    """The value with its short strings interned (one object per distinct word across the corpus, not
    one per article that uses it) and empty frozensets shared; tuples and frozensets looked into."""
    kind = type(value)
    if kind is str:
        return sys.intern(value) if len(value) <= SHORT else value
    if kind is frozenset:
        return frozenset(map(compact, value)) if value else _EMPTY
    if kind is tuple:  # (a tuple of records holds records already compacted when they were read)
        return value if not value or isinstance(value[0], Compact) else tuple(map(compact, value))
    return value


_FIELDS: dict[type, tuple[str, ...]] = {}


def _rebuild(cls, values):
    names = _FIELDS.get(cls) or _FIELDS.setdefault(cls, tuple(f.name for f in fields(cls)))
    record = object.__new__(cls)  # (a frozen record's fields set as its __init__ would, without its checks)
    record.__dict__.update(zip(names, map(compact, values)))
    return record


class Compact:
    """A record pickled as its field values and unpickled with them compacted (see `compact`): the
    analysis of ten thousand articles, read from the cache or from the worker processes, otherwise
    holds a copy of every word, key and topic name per article (half of its memory)."""

    def __reduce__(self):
        cls = type(self)
        names = _FIELDS.get(cls) or _FIELDS.setdefault(cls, tuple(f.name for f in fields(cls)))
        values = self.__dict__  # (fields() and getattr per record were most of the time of pickling one)
        return _rebuild, (cls, tuple(values[name] for name in names))


@dataclass(frozen=True)
class SourceLine:
    """One non-empty line of an article file, with its 1-based line number."""

    line: int
    text: str


@dataclass(frozen=True)
class SourceDoc:
    """An article file as read from the corpus, before any analysis."""

    id: str
    file: str
    date: date
    lines: tuple[SourceLine, ...]
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    markdown: bool = False  # Markdown file: "# x" lines are headings
    topics_set: tuple[str, ...] = ()  # the editor's choice: "energy" adds a topic, "-culture" removes one
    exclude: tuple[str, ...] = ()     # the editor's choice: paragraphs ("p3") kept out of every topic
    editor_line: int | None = None    # where the choice is written (front matter), for messages

    @property
    def topics_added(self) -> tuple[str, ...]:
        """The topics the editor files the article under."""
        return tuple(t for t in self.topics_set if not t.startswith("-"))

    @property
    def topics_removed(self) -> tuple[str, ...]:
        """The topics the editor takes the article out of."""
        return tuple(t[1:] for t in self.topics_set if t.startswith("-"))


@dataclass(frozen=True)
class Sentence(Compact):
    """A sentence of a paragraph and the topics it is about."""

    text: str
    topics: tuple[str, ...] = ()
    scores: tuple[tuple[str, float], ...] = ()
    decisive: tuple[str, ...] = ()  # topics it states a decision or project on (enough to file the article)


@dataclass(frozen=True)
class Paragraph(Compact):
    """One paragraph (one non-empty source line) of an article."""

    index: int
    anchor: str
    line: int
    text: str
    role: str  # body | title | heading | boilerplate
    lang: str  # ru | kk
    sentences: tuple[Sentence, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event(Compact):
    """A date mentioned in an article's text: the phrase, its sentence and what it resolves to."""

    phrase: str
    sentence: str
    anchor: str
    start: date
    end: date | None
    precision: str  # day | month | year | half | quarter | season | decade
    topics: tuple[str, ...] = ()
    direction: str | None = None  # an open-ended span: until | since | by
    window: tuple[int, int] | None = None  # where the timeline cuts the sentence (None: shown whole; excerpts.shown)
    names: tuple[str, ...] | None = None  # the sentence's name keys (excerpts.name_keys; None: not read yet)


@dataclass(frozen=True)
class Citation(Compact):
    """A pointer to one paragraph of one article, and to one of its sentences (1-based; 0: the paragraph)."""

    article: str
    anchor: str
    sentence: int = 0

    @property
    def fragment(self) -> str:
        """The page anchor a link opens: the sentence's (`p4-s2`) or the paragraph's (`p4`)."""
        return f"{self.anchor}-s{self.sentence}" if self.sentence else self.anchor

    @property
    def paragraph(self) -> "Citation":
        """The pointer to the whole paragraph."""
        return Citation(self.article, self.anchor) if self.sentence else self


@dataclass(frozen=True)
class Candidate(Compact):
    """A sentence that may enter a topic's summary, with what ranking and merging need."""

    topic: str
    text: str
    lang: str
    citation: Citation
    keys: frozenset[str]
    quantities: tuple[tuple[float, str, frozenset[str]], ...]  # (value, unit, topics near it)
    score: float
    claim: Claim | None = None    # what the sentence claims, to find which other sentences state it
    speaker: str | None = None    # who the sentence reports as saying it


@dataclass(frozen=True)
class Mention(Compact):
    """A person, organisation or place named in a paragraph."""

    key: str
    name: str
    type: str  # person | organization | place
    anchor: str
    scope: bool = False  # one of the two countries every article is about


@dataclass(frozen=True)
class Article(Compact):
    """An analysed article: structure, language and topics of every paragraph."""

    id: str
    file: str
    date: date
    lang: str
    title: str
    url: str | None
    outlet: str | None
    paragraphs: tuple[Paragraph, ...]
    topics: tuple[str, ...]
    metadata: tuple[tuple[str, str], ...] = ()
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()
    candidates: tuple[Candidate, ...] = ()  # its sentences that may enter a topic summary
    terms: frozenset[str] = frozenset()     # its body's content words (lemmas, stems), to compare articles
    topics_added: tuple[str, ...] = ()      # topics an editor filed it under (front matter / _metadata.yml)
    topics_removed: tuple[str, ...] = ()    # topics an editor took it out of
    excluded: tuple[str, ...] = ()          # paragraphs an editor kept out of every topic and summary
    figures: tuple[str, ...] | None = None  # the figures its body gives (excerpts.figures; None: not read yet)

    def paragraph(self, anchor: str) -> Paragraph:
        """The paragraph with this anchor."""
        for p in self.paragraphs:
            if p.anchor == anchor:
                return p
        raise KeyError(anchor)

    def line_of(self, anchor: str) -> int | None:
        """The file line of the paragraph with this anchor (None when there is none), for messages."""
        return next((p.line for p in self.paragraphs if p.anchor == anchor), None)


@dataclass(frozen=True)
class Topic:
    """A topic of the taxonomy."""

    slug: str
    name: dict = field(hash=False, compare=False)  # {"ru": ..., "kk": ...}
    description: dict = field(hash=False, compare=False)
    vocabulary: dict = field(hash=False, compare=False)  # lang -> raw lists by tier


@dataclass(frozen=True)
class Contrast:
    """A subject that is not a topic (defence, sport, health …): news about it names a topic's word in
    passing, and its own words weigh against that word in a sentence; it never files an article."""

    slug: str
    vocabulary: dict = field(hash=False, compare=False)  # lang -> tuple of words and phrases
    weight: float | None = None  # of each of its words; None: the taxonomy's `contrast` weight


@dataclass(frozen=True)
class Rules:
    """Thresholds of the topic classifier."""

    weights: tuple[tuple[str, float], ...]
    min_score: float = 1.0
    dominance: float = 0.5
    paragraph_dominance: float = 0.3
    enumeration_topics: int = 3
    article_min_score: float = 3.0
    article_min_sentences: int = 2
    article_sentence_score: float = 8.0
    summary_per_paragraph: int = 2
    summary_per_article: int = 4


@dataclass(frozen=True)
class Taxonomy:
    """All topics plus the classifier's rules."""

    topics: tuple[Topic, ...]
    rules: Rules
    # words of decision and project (ru lemmas, kk stems): a sentence with one of them and a strong
    # word of a topic says something specific about it (an agreement, a plan, a construction)
    signals: tuple[tuple[str, tuple[str, ...]], ...] = ()
    contrasts: tuple[Contrast, ...] = ()

    def topic(self, slug: str) -> Topic:
        """The topic with this slug."""
        for t in self.topics:
            if t.slug == slug:
                return t
        raise KeyError(slug)


@dataclass(frozen=True)
class Statement:
    """A quoted sentence with every sentence that states the same claim."""

    text: str
    lang: str
    sources: tuple[Citation, ...]
    speaker: str | None = None


@dataclass(frozen=True)
class SummaryItem:
    """One item of a topic summary: a statement, plus other figures for the same thing."""

    statement: Statement
    alternatives: tuple[Statement, ...] = ()
    score: float = 0.0
    translations: tuple[Statement, ...] = ()  # the same claim in the other language, with its sources
    outlets: int = 1                          # how many outlets carry the claim (articles without one count alone)
    partial: tuple[Statement, ...] = ()       # sentences of other articles that state part of the claim


@dataclass(frozen=True)
class TimelineEntry:
    """A dated entry: an article's publication, or an event its text mentions."""

    date: date
    kind: str  # published | event
    article: str
    anchor: str
    phrase: str
    precision: str = "day"
    end: date | None = None
    sentence: str = ""
    topics: tuple[str, ...] = ()
    direction: str | None = None  # an open-ended span: until | since | by
    window: tuple[int, int] | None = None  # as its Event's
    names: tuple[str, ...] | None = None
