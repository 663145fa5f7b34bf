"""Topic summaries: the most informative sentences on a topic across the corpus, quoted as written.

Candidates are body sentences classified under the topic. Each is scored for information (topic
evidence, figures, names, decisions); near-duplicates from different articles merge into one item
that cites every source; statements that give different figures for the same measure are shown
side by side in one item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .classify import TopicClassifier
from .errors import RAISE, Guard
from .model import Article, Candidate, Citation, Statement, SummaryItem

MAX_ITEMS = 10
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "PRED", "NUMR", None}
KK_STOP = {"және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "осы", "сол", "ал", "үшін", "деп",
           "деді", "еді", "болып", "бар", "жоқ", "әрі", "тек", "ғана", "емес", "қоса", "бірге", "арасындағы"}
SIGNALS = {
    "ru": {"договориться", "подписать", "открыть", "открыться", "построить", "строиться", "запустить",
           "создать", "создание", "открытие", "строительство", "запуск", "планироваться", "предложить",
           "согласовать", "утвердить", "соглашение", "меморандум", "договор", "увеличить", "расширить",
           "расширение", "достигнуть", "составить", "превысить", "провести", "пройти", "присвоить"},
    "kk": {"ашыл", "аш", "сал", "сала", "қол", "келісім", "құр", "құрыл", "іске", "жоспарла", "өткіз", "шешім"},
}
QUANTITY = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(тыс\w*|млн\w*|млрд\w*|трлн\w*|мың\w*|миллион\w*|миллиард\w*|%|процент\w*|пайыз\w*)",
    re.IGNORECASE)
NUMBER = re.compile(r"\d")
LEADING_MARKS = re.compile(r"^[\s–—\-−]+")
MIN_WORDS, MAX_WORDS = 8, 55
MIN_SCORE = 1.5  # below this a sentence says too little to summarise a topic
MIN_SHARED, MIN_OVERLAP = 4, 0.5
POOL = 400


def display_text(sentence: str) -> str:
    """The sentence as shown: without the leading dash of a quoted speech."""
    return LEADING_MARKS.sub("", sentence).strip()


def content_keys(tokens, lang: str) -> frozenset[str]:
    if lang == "kk":
        return frozenset(t.key for t in tokens if t.word and len(t.key) >= 3 and t.key not in KK_STOP)
    return frozenset(t.key for t in tokens if t.word and t.pos not in FUNCTION_POS and len(t.key) > 1)


def _quantities(text: str, lang: str, topic_scorer) -> tuple[tuple[float, str, frozenset[str]], ...]:
    found = []
    for m in QUANTITY.finditer(text):
        value = float(m.group(1).replace(",", "."))
        unit = m.group(2).lower()[:3]
        window = text[max(0, m.start() - 80): m.end() + 80]
        found.append((value, unit, frozenset(topic_scorer(window, lang))))
    return tuple(found)


def content_terms(article: Article, lexicon) -> frozenset[str]:
    """The content words of an article's body (lemmas or stems), to compare articles."""
    keys: set[str] = set()
    for p in article.paragraphs:
        if p.role == "body":
            keys |= content_keys(lexicon.tokens(p.text, p.lang), p.lang)
    return frozenset(keys)


def informativeness(text: str, lang: str, topic_score: float, keys: frozenset[str]) -> float:
    """How much a sentence tells: topic evidence, figures, names, decisions; short or long ones lose."""
    words = text.split()
    numbers = sum(1 for w in words if NUMBER.search(w))
    names = sum(1 for w in words[1:] if w[:1].isupper() or w[:1] in "«\"")
    signals = len(keys & SIGNALS.get(lang, set()))
    score = min(topic_score, 3.0) + 0.5 * min(numbers, 3) + 0.3 * min(names, 5) + 0.5 * min(signals, 2)
    if len(words) < MIN_WORDS:
        score -= 1.5
    if len(words) > MAX_WORDS:
        score -= 1.0
    if text.rstrip().endswith("?"):
        score -= 1.0
    return round(score, 3)


def article_candidates(article: Article, classifier: TopicClassifier) -> tuple[Candidate, ...]:
    """Every body sentence of the article that may summarise one of its topics (one per topic)."""
    lexicon = classifier.lexicon

    def topics_near(window: str, lang: str) -> set[str]:
        scores, _ = classifier.score(window, lang)
        return {t for t, s in scores.items() if s >= classifier.rules.min_score}

    found = []
    for p in article.paragraphs:
        if p.role != "body":
            continue
        for s in p.sentences:
            topics = [t for t in s.topics if t in p.topics]
            if not topics:
                continue
            text = display_text(s.text)
            keys = content_keys(lexicon.tokens(text, p.lang), p.lang)
            quantities = None
            for topic in topics:
                score = informativeness(text, p.lang, dict(s.scores)[topic], keys)
                if score < MIN_SCORE:
                    continue
                quantities = quantities if quantities is not None else _quantities(text, p.lang, topics_near)
                found.append(Candidate(topic, text, p.lang, Citation(article.id, p.anchor), keys, quantities, score))
    return tuple(found)


def near_duplicates(a: Candidate, b: Candidate) -> bool:
    """True when two sentences say the same thing (most words of the shorter one are shared)."""
    shared = len(a.keys & b.keys)
    return a.lang == b.lang and shared >= MIN_SHARED and shared / min(len(a.keys), len(b.keys)) >= MIN_OVERLAP


def conflicting_figures(a: Candidate, b: Candidate, topic: str) -> bool:
    """True when two sentences from different articles give different figures of one unit for the topic."""
    if a.citation.article == b.citation.article:
        return False
    for va, ua, ta in a.quantities:
        for vb, ub, tb in b.quantities:
            # the same measure within a factor of two (a figure of 0 is no rival to any other)
            if ua == ub and va != vb and 0 < va <= 2 * vb and 0 < vb <= 2 * va and topic in ta and topic in tb:
                return True
    return False


@dataclass
class _Cluster:
    members: list
    alternatives: list


def _place(cand: Candidate, clusters: list[_Cluster], topic: str) -> None:
    """Into the cluster saying the same thing, beside the one giving another figure, or a new one."""
    home = next((cl for cl in clusters if near_duplicates(cl.members[0], cand)), None)
    if home:
        home.members.append(cand)
        return
    rival = next((cl for cl in clusters if conflicting_figures(cl.members[0], cand, topic)), None)
    if rival:
        rival.alternatives.append(cand)
        return
    clusters.append(_Cluster([cand], []))


def summarize_topic(articles: tuple[Article, ...], topic: str, limit: int = MAX_ITEMS,
                    guard: Guard = RAISE) -> tuple[SummaryItem, ...]:
    """The topic's summary: up to `limit` items, best first, each citing every source. A sentence
    that cannot be placed is left out (the guard reports it)."""
    dates = {a.id: a.date for a in articles}
    by_id = {a.id: a for a in articles}
    # the best POOL candidates are enough to find ten items and their duplicates: this keeps the
    # clustering (each candidate against each item so far) bounded however large the corpus
    pool = sorted((c for a in articles for c in a.candidates if c.topic == topic),
                  key=lambda c: (-c.score, dates[c.citation.article], c.citation.article, c.citation.anchor))[:POOL]
    clusters: list[_Cluster] = []
    for cand in pool:
        article = by_id[cand.citation.article]
        with guard.piece(f"a summary sentence on '{topic}'", article.file,
                         lambda: article.line_of(cand.citation.anchor)):
            _place(cand, clusters, topic)

    def sources(members) -> tuple[Citation, ...]:
        """The quoted sentence's own paragraph first, then the others by date."""
        rest = sorted((m.citation for m in members[1:]),
                      key=lambda c: (dates[c.article], c.article, int(c.anchor[1:])))
        return tuple(dict.fromkeys([members[0].citation, *rest]))

    items = []
    for cl in clusters:
        lead = cl.members[0]
        article = by_id[lead.citation.article]
        with guard.piece(f"a summary item on '{topic}'", article.file, lambda: article.line_of(lead.citation.anchor)):
            corroboration = len({m.citation.article for m in cl.members}) - 1
            alternatives = tuple(Statement(a.text, a.lang, (a.citation,)) for a in cl.alternatives)
            items.append(SummaryItem(Statement(lead.text, lead.lang, sources(cl.members)), alternatives,
                                     round(lead.score + 0.5 * corroboration + 0.5 * len(alternatives), 3)))
    items.sort(key=lambda i: -i.score)
    return tuple(items[:limit])

