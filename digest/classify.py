"""Topic classification of sentences and paragraphs from the taxonomy's vocabulary.

A sentence is about a topic when its vocabulary score reaches `min_score` and is not dwarfed by a
stronger topic in the same sentence; a sentence that only lists several fields by their generic
names is about none of them; words inside an institution's name ("университет нефти и газа")
belong to the institution. A paragraph is the union of its sentences' topics, less those that are
minor in the paragraph as a whole.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .lexicon import Lexicon, Token
from .model import Sentence, Taxonomy
from .segment import split_sentences

SPECIFIC_TIERS = ("strong", "terms")
EXCLUDE = "exclude"
MAX_REPEATS = 2  # the same vocabulary entry counts at most this often in one sentence
NAME_ADJECTIVES = {"ADJF", "PRTF", "ADJS"}
NAME_CHAIN_WORDS = {"и"}


@dataclass(frozen=True)
class Entry:
    """A vocabulary entry compiled to keys."""

    keys: tuple[str, ...]
    topic: str
    tier: str


@dataclass(frozen=True)
class Match:
    """Where an entry matched: token positions."""

    entry: Entry
    start: int
    end: int  # exclusive


class TopicClassifier:
    """Scores text against the taxonomy; build once per taxonomy and pass it in."""

    def __init__(self, taxonomy: Taxonomy, lexicon: Lexicon) -> None:
        self.taxonomy = taxonomy
        self.lexicon = lexicon
        self.rules = taxonomy.rules
        self.weights = dict(taxonomy.rules.weights)
        self.index: dict[str, dict[str, list[Entry]]] = {}
        self.institutions: dict[str, dict[str, set[str]]] = {}
        for lang in ("ru", "kk"):
            by_first: dict[str, list[Entry]] = defaultdict(list)
            heads: dict[str, set[str]] = defaultdict(set)
            for topic in taxonomy.topics:
                vocab = topic.vocabulary.get(lang, {})
                for tier, phrases in vocab.items():
                    if tier == "institutions":
                        continue
                    for phrase in phrases:
                        keys = lexicon.phrase_keys(str(phrase), lang)
                        if keys:
                            by_first[keys[0]].append(Entry(keys, topic.slug, tier))
                for head in vocab.get("institutions", ()):
                    heads[lexicon.key(str(head), lang)].add(topic.slug)
            for entries in by_first.values():
                entries.sort(key=lambda e: -len(e.keys))
            self.index[lang] = dict(by_first)
            self.institutions[lang] = dict(heads)

    # -- matching -------------------------------------------------------------------------
    def matches(self, tokens: tuple[Token, ...], lang: str) -> list[Match]:
        """Longest vocabulary matches, left to right; a phrase may skip one word between its words."""
        index = self.index[lang]
        found: list[Match] = []
        i = 0
        while i < len(tokens):
            best: list[Match] = []
            for key in tokens[i].keys:
                for entry in index.get(key, ()):
                    end = self._match_from(tokens, i, entry.keys)
                    if end is None:
                        continue
                    if not best or len(entry.keys) > len(best[0].entry.keys):
                        best = [Match(entry, i, end)]
                    elif len(entry.keys) == len(best[0].entry.keys) and end == best[0].end:
                        best.append(Match(entry, i, end))
            if best:
                found.extend(best)
                i = best[0].end
            else:
                i += 1
        return found

    @staticmethod
    def _match_from(tokens: tuple[Token, ...], start: int, keys: tuple[str, ...]) -> int | None:
        pos = start + 1
        for key in keys[1:]:
            for skip in (0, 1):
                j = pos + skip
                if j < len(tokens) and key in tokens[j].keys:
                    if skip and not tokens[pos].word:
                        return None
                    pos = j + 1
                    break
            else:
                return None
        return pos

    def _absorbed(self, tokens: tuple[Token, ...], matches: list[Match], lang: str) -> set[int]:
        """Indexes of matches that sit inside an institution name headed by another topic's word."""
        heads = self.institutions[lang]
        absorbed: set[int] = set()
        for m in matches:
            head_topics = {t for k in tokens[m.end - 1].keys for t in heads.get(k, ())}
            if m.entry.topic not in head_topics or m.entry.tier == EXCLUDE:
                continue
            lo, hi = self._name_span(tokens, m.start, m.end, lang)
            for n, other in enumerate(matches):
                if other.entry.topic != m.entry.topic and lo <= other.start and other.end <= hi:
                    absorbed.add(n)
        return absorbed

    @staticmethod
    def _name_span(tokens: tuple[Token, ...], start: int, end: int, lang: str) -> tuple[int, int]:
        lo = start
        if lang == "kk":  # Kazakh names put their modifiers first
            while lo > 0 and start - lo < 4 and tokens[lo - 1].word:
                lo -= 1
            return lo, end
        while lo > 0 and tokens[lo - 1].word and tokens[lo - 1].pos in NAME_ADJECTIVES:
            lo -= 1
        hi = end
        while hi < len(tokens) and hi - end < 6 and tokens[hi].word and (
                tokens[hi].case == "gent" or tokens[hi].text.lower() in NAME_CHAIN_WORDS):
            hi += 1
        while hi > end and tokens[hi - 1].text.lower() in NAME_CHAIN_WORDS:
            hi -= 1
        return lo, hi

    # -- scoring --------------------------------------------------------------------------
    def score(self, text: str, lang: str) -> tuple[dict[str, float], dict[str, bool]]:
        """Per-topic score of a text and whether each topic has specific (not generic) evidence."""
        tokens = self.lexicon.tokens(text, lang)
        matches = self.matches(tokens, lang)
        absorbed = self._absorbed(tokens, matches, lang)
        scores: dict[str, float] = defaultdict(float)
        specific: dict[str, bool] = defaultdict(bool)
        repeats: dict[Entry, int] = defaultdict(int)
        for n, m in enumerate(matches):
            if n in absorbed or m.entry.tier == EXCLUDE:
                continue
            repeats[m.entry] += 1
            if repeats[m.entry] > MAX_REPEATS:
                continue
            scores[m.entry.topic] += self.weights.get(m.entry.tier, 0.0)
            specific[m.entry.topic] |= m.entry.tier in SPECIFIC_TIERS
        return dict(scores), dict(specific)

    def sentence_topics(self, scores: dict[str, float], specific: dict[str, bool],
                        enumeration_rule: bool = True) -> tuple[str, ...]:
        """Topics of one sentence from its scores."""
        if not scores:
            return ()
        named = [t for t, s in scores.items() if s > 0]
        if (enumeration_rule and len(named) >= self.rules.enumeration_topics
                and not any(specific.get(t) for t in named)):
            return ()
        top = max(scores.values())
        return tuple(sorted(t for t, s in scores.items()
                            if s >= self.rules.min_score and s >= self.rules.dominance * top))

    def classify(self, text: str, lang: str, role: str) -> tuple[tuple[Sentence, ...], tuple[str, ...]]:
        """Sentences with their topics, and the paragraph's topics."""
        if role == "boilerplate":
            return tuple(Sentence(s) for s in split_sentences(text)), ()
        if role in ("title", "heading"):  # short lines: one unit, lists are meaningful there
            scores, specific = self.score(text, lang)
            topics = self.sentence_topics(scores, specific, enumeration_rule=False)
            return (Sentence(text, topics, _rounded(scores)),), topics
        sentences = []
        totals: dict[str, float] = defaultdict(float)
        for s in split_sentences(text):
            scores, specific = self.score(s, lang)
            topics = self.sentence_topics(scores, specific)
            for t in topics:
                totals[t] += scores[t]
            sentences.append(Sentence(s, topics, _rounded(scores)))
        if not totals:
            return tuple(sentences), ()
        top = max(totals.values())
        kept = tuple(sorted(t for t, s in totals.items() if s >= self.rules.paragraph_dominance * top))
        return tuple(sentences), kept


def _rounded(scores: dict[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((t, round(s, 2)) for t, s in scores.items()))
