"""Topic summaries: the most informative sentences on a topic across the corpus, quoted as written.

Candidates are body sentences classified under the topic, without the page furniture scraped text
glues to them, and not those that only announce what follows. Each is scored for information (topic
evidence, figures, names, decisions) and its claim is read once (`claims.read_claims`). An item quotes
the best sentence of a claim and credits, at sentence precision, every other sentence that states
the same claim (`claims.compare`: a source that supports only part of it is not credited); the same
claim in Russian and Kazakh is one item, quoted in Russian with the Kazakh sentence attached;
statements that give different figures for the same measure are shown side by side. Per topic at
most `summary_per_paragraph` items quote one paragraph and `summary_per_article` one article, a
sentence leads one topic's summary only, and corroborated and recent claims come first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .errors import RAISE, Guard
from .lexicon import content_keys
from .claims import DIFFERENT, PARTLY, SAME, Claim, compare, read_claims
from .model import Article, Candidate, Citation, Rules, Statement, SummaryItem
from .quotes import clean_quote
from .speakers import find_speaker

MAX_ITEMS = 10
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
CORROBORATION = 0.5  # rank added by each further outlet that states the claim
RECENCY, RECENCY_DAYS = 1.0, 730  # rank added to a claim reported now, falling to nothing over two years
SPEAKER_CONTEXT = 6  # sentences before a quote where the person it reports may be named


def display_text(sentence: str) -> str:
    """The sentence as shown: without the leading dash of a quoted speech."""
    return LEADING_MARKS.sub("", sentence).strip()


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


def article_candidates(article: Article, tools, statements: bool = True) -> tuple[Candidate, ...]:
    """Every body sentence of the article that may summarise one of its topics (one per topic), as
    a clean quote, scored; with its claim and the speaker it reports (`read_statements`), unless
    `statements` is false: the build reads those only for the candidates a topic's summary can reach
    (its pool's best), a few in a hundred."""
    classifier = tools.classifier
    lexicon = classifier.lexicon

    def topics_near(window: str, lang: str) -> set[str]:
        scores, _ = classifier.score(window, lang)
        return {t for t, s in scores.items() if s >= classifier.rules.min_score}

    found = []
    for p in article.paragraphs:
        if p.role != "body":
            continue
        for n, s in enumerate(p.sentences, 1):
            topics = [t for t in s.topics if t in p.topics]
            if not topics:
                continue
            text = clean_quote(display_text(s.text), p.lang)
            if not text:
                continue  # page furniture only, or a sentence that announces what follows
            keys = content_keys(lexicon.tokens(text, p.lang), p.lang)
            scored = [(t, informativeness(text, p.lang, dict(s.scores)[t], keys)) for t in topics]
            found += [Candidate(t, text, p.lang, Citation(article.id, p.anchor, n), keys,
                                _quantities(text, p.lang, topics_near), score) for t, score in scored if score >= MIN_SCORE]
    return with_statements(article, tuple(found), tools) if statements else tuple(found)


Reading = tuple[Citation, str, str, tuple[tuple[str, str], ...]]  # a sentence to read: (citation, text, lang, context)


def readings(article: Article, candidates) -> list[Reading]:
    """What reading these candidates' claims and speakers needs, once per sentence, in the article's order:
    each sentence's quote, language and context — the sentences of the title and body up to it, where the
    person it reports may be named."""
    wanted = {c.citation: c for c in candidates}
    before: list[tuple[str, str]] = []  # the sentences read so far
    found = []
    for p in article.paragraphs:
        if p.role not in ("body", "title"):
            continue
        for n, s in enumerate(p.sentences, 1):
            context = (*before[-SPEAKER_CONTEXT:], (s.text, p.lang))
            before.append((s.text, p.lang))
            c = wanted.get(Citation(article.id, p.anchor, n))
            if c is not None:
                found.append((c.citation, c.text, c.lang, context))
    return found


def read_statements(sentences: list[Reading], published: date, tools) -> list[tuple[Claim, str | None]]:
    """The claim of each sentence and the speaker it reports; the sentences of one article (its date
    places relative dates), read at once: the NER model runs over them together."""
    claims = read_claims([(text, lang) for _, text, lang, _ in sentences], tools, published)
    return [(claim, find_speaker(context, lang, tools)) for (_, _, lang, context), claim in zip(sentences, claims)]


def with_statements(article: Article, candidates: tuple[Candidate, ...], tools) -> tuple[Candidate, ...]:
    """The article's candidates with their claims and speakers read."""
    sentences = readings(article, candidates)
    read = dict(zip((s[0] for s in sentences), read_statements(sentences, article.date, tools)))
    return tuple(replace(c, claim=read[c.citation][0], speaker=read[c.citation][1]) for c in candidates)


def near_duplicates(a: Candidate, b: Candidate) -> bool:
    """True when two sentences say the same thing (most words of the shorter one are shared): the
    test for candidates without a claim (tests build such candidates by hand; the build reads one for
    each candidate it compares, unless reading it failed: see build.read_pools)."""
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


def relation(quote: Candidate, source: Candidate) -> str:
    """SAME when the source sentence states the quote's claim (every figure, actor, date and the
    action), PARTLY when it states only part of it, DIFFERENT otherwise; in either language."""
    if quote.claim is None or source.claim is None:
        return SAME if near_duplicates(quote, source) else DIFFERENT
    return compare(quote.claim, source.claim)[0]


@dataclass
class _Cluster:
    members: list       # the lead (the quoted sentence) first, then every sentence stating its claim
    others: list        # the same claim in the other language (each states the lead's claim, and the first
                        # is stated by the lead too)
    partial: list       # sentences that state part of the lead's claim
    alternatives: list  # sentences giving another figure for the same measure


MAX_PARTIAL = 3  # partial sources shown under an item


def _place(cand: Candidate, clusters: list[_Cluster], topic: str) -> None:
    """Into the cluster whose quote it states (in its language, or the other one: both ways), under
    the one it states in part, beside the one giving another figure, or a new one."""
    relations = []
    for cl in clusters:
        lead = cl.members[0]
        found = relation(lead, cand)
        if found == SAME and lead.lang == cand.lang:
            cl.members.append(cand)
            return
        if found == SAME and (cl.others or relation(cand, lead) == SAME):
            cl.others.append(cand)
            return
        relations.append((cl, found))
    partial = next((cl for cl, found in relations if found == PARTLY and cl.members[0].citation.article
                    != cand.citation.article), None)
    if partial:
        partial.partial.append(cand)
        if relation(cand, partial.members[0]) == SAME:
            return  # all it says is in the quote: shown there as a partial source
        # it says more than its part of the quote: it may be an item of its own too
    rival = next((cl for cl in clusters if conflicting_figures(cl.members[0], cand, topic)), None)
    if rival:
        rival.alternatives.append(cand)
        return
    clusters.append(_Cluster([cand], [], [], []))


def pool_order(c: Candidate, published: date) -> tuple:
    """The order of a topic's candidates: best score first, then the older article, then the place in it
    (`published`: the date of the candidate's article)."""
    return (-c.score, published, c.citation.article, c.citation.anchor, c.citation.sentence)


class TopicPools:
    """The best `size` candidates of every topic (by `pool_order`), kept as articles arrive: a topic's
    items and their sources are all found among them (see `rank_topic`), so the other candidates of a
    corpus are never held, however large it is.

    The pools can also lose an article's candidates (`remove`: a long-lived process keeps them between
    builds, and an edited or deleted article's old candidates go): a topic is cut back to twice `size` when it
    reaches three times `size`, and remembers the order of the best candidate it ever dropped (`_dropped`);
    every candidate better than that is still held, so its best `size` are exact while that many are
    better (`exact`)."""

    def __init__(self, size: int = POOL) -> None:
        self.size = size
        self._found: dict[str, list[tuple[tuple, Candidate]]] = {}
        self._dropped: dict[str, tuple] = {}  # by topic: the order of the best candidate ever dropped

    def offer(self, article: Article) -> None:
        """Keep whichever of the article's candidates are among the best so far."""
        for c in article.candidates:
            found = self._found.setdefault(c.topic, [])
            found.append((pool_order(c, article.date), c))
            if len(found) >= 3 * self.size:
                self._trim(c.topic, found, 2 * self.size)

    def _trim(self, topic: str, found: list, keep: int) -> None:
        found.sort(key=lambda pair: pair[0])
        if len(found) > keep:
            dropped = found[keep][0]
            self._dropped[topic] = min(dropped, self._dropped.get(topic, dropped))
            del found[keep:]

    def remove(self, article_ids: set[str]) -> None:
        """Forget these articles' candidates."""
        for found in self._found.values():
            found[:] = [pair for pair in found if pair[1].citation.article not in article_ids]

    def exact(self) -> bool:
        """True when every topic's best `size` are the best of every candidate offered and not removed."""
        for topic, found in self._found.items():
            dropped = self._dropped.get(topic)
            if dropped is not None:
                found.sort(key=lambda pair: pair[0])
                if len(found) < self.size or not found[self.size - 1][0] < dropped:
                    return False
        return True

    def unread(self) -> list[Candidate]:
        """The candidates among every topic's best whose claim and speaker are not read yet (see
        `article_candidates`): the only ones a summary reads."""
        return [c for topic in self._found for c in self.best(topic) if c.claim is None]

    def read(self, statements: dict[Citation, tuple[Claim, str | None]]) -> None:
        """Give the held candidates of these sentences their claim and speaker."""
        for found in self._found.values():
            for n, (order, c) in enumerate(found):
                if c.claim is None and c.citation in statements:
                    claim, speaker = statements[c.citation]
                    found[n] = (order, replace(c, claim=claim, speaker=speaker))

    def best(self, topic: str) -> list[Candidate]:
        """The topic's best candidates, best first."""
        found = self._found.get(topic, [])
        self._trim(topic, found, 2 * self.size)
        return [c for _, c in found[:self.size]]


def rank_topic(pool: list[Candidate], by_id: dict[str, Article], topic: str, guard: Guard = RAISE
               ) -> list[SummaryItem]:
    """Every item the topic's candidates make, best first (before the limits of `select_items`):
    `pool` is its best POOL candidates, best first (`TopicPools.best`), `by_id` every article by id.
    A sentence that cannot be placed is left out (the guard reports it)."""
    newest = max((a.date for a in by_id.values()), default=date.min)
    # the best POOL candidates are enough to find ten items and their sources: this keeps the
    # clustering (each candidate against each item so far) bounded however large the corpus
    clusters: list[_Cluster] = []
    for cand in pool:
        article = by_id[cand.citation.article]
        with guard.piece(f"a summary sentence on '{topic}'", article.file,
                         lambda: article.line_of(cand.citation.anchor)):
            _place(cand, clusters, topic)

    def statement(lead: Candidate, members) -> Statement:
        """The lead's sentence, credited to its own sentence first, then to those stating it by date."""
        rest = sorted((m.citation for m in members[1:]),
                      key=lambda c: (by_id[c.article].date, c.article, int(c.anchor[1:]), c.sentence))
        return Statement(lead.text, lead.lang, tuple(dict.fromkeys([lead.citation, *rest])), lead.speaker)

    def one(c: Candidate) -> Statement:
        return Statement(c.text, c.lang, (c.citation,), c.speaker)

    items = []
    for cl in clusters:
        lead = cl.members[0]
        article = by_id[lead.citation.article]
        with guard.piece(f"a summary item on '{topic}'", article.file, lambda: article.line_of(lead.citation.anchor)):
            main, other, partial = cl.members, cl.others, list(cl.partial)
            if other and lead.lang != "ru" and other[0].lang == "ru":
                # quoted in the site's language: the Russian sentence leads, credited to those stating it
                stating = [m for m in other[1:] if relation(other[0], m) == SAME]
                partial += [m for m in other[1:] if m not in stating]
                main, other = [other[0], *stating], main
            carried = {by_id[m.citation.article].outlet or m.citation.article for m in main + other}
            age = (newest - max(by_id[m.citation.article].date for m in main + other)).days
            alternatives = tuple(one(a) for a in cl.alternatives)
            score = (lead.score  # the best of its cluster (the pool is sorted)
                     + CORROBORATION * (len(carried) - 1) + 0.5 * len(alternatives)
                     + RECENCY * max(0.0, 1 - age / RECENCY_DAYS))
            items.append(SummaryItem(statement(main[0], main), alternatives, round(score, 3),
                                     (statement(other[0], other),) if other else (), len(carried),
                                     tuple(one(p) for p in partial[:MAX_PARTIAL])))
    items.sort(key=lambda i: (-i.score, i.statement.sources[0].article, i.statement.sources[0].fragment))
    return items


def select_items(ranked: dict[str, list[SummaryItem]], rules: Rules, limit: int = MAX_ITEMS
                 ) -> dict[str, tuple[SummaryItem, ...]]:
    """Each topic's summary: its best items, at most `rules.summary_per_paragraph` quoting one
    paragraph and `rules.summary_per_article` one article, and no sentence leading two topics
    (it leads the topic where it ranks highest)."""
    order = list(ranked)
    chosen: dict[str, list[SummaryItem]] = {t: [] for t in order}
    per_paragraph: dict[tuple[str, Citation], int] = {}
    per_article: dict[tuple[str, str], int] = {}
    leading: set[Citation] = set()
    queue = sorted(((item.score, order.index(t), n, t, item) for t in order for n, item in enumerate(ranked[t])),
                   key=lambda x: (-x[0], x[1], x[2]))
    for _, _, _, topic, item in queue:
        quoted = item.statement.sources[0]
        if (len(chosen[topic]) >= limit or quoted in leading
                or per_paragraph.get((topic, quoted.paragraph), 0) >= rules.summary_per_paragraph
                or per_article.get((topic, quoted.article), 0) >= rules.summary_per_article):
            continue
        chosen[topic].append(item)
        leading.add(quoted)
        per_paragraph[(topic, quoted.paragraph)] = per_paragraph.get((topic, quoted.paragraph), 0) + 1
        per_article[(topic, quoted.article)] = per_article.get((topic, quoted.article), 0) + 1
    return {t: tuple(items) for t, items in chosen.items()}


def summarize_topics(articles: tuple[Article, ...], topics: list[str], rules: Rules = Rules(weights=()),
                     limit: int = MAX_ITEMS, guard: Guard = RAISE, pools: TopicPools | None = None,
                     ranked=None) -> dict[str, tuple[SummaryItem, ...]]:
    """The summary of every topic: up to `limit` items each, best first, each crediting every
    sentence that states its claim. The candidates are the articles' own, or `pools` (kept while the
    articles were read, when the articles no longer hold theirs). `ranked` (memo.RankMemo): a topic whose
    pool an earlier build ranked, from the same articles, is not ranked again."""
    if pools is None:
        pools = TopicPools()
        for a in articles:
            pools.offer(a)
    by_id = {a.id: a for a in articles}
    newest = max((a.date for a in articles), default=date.min)

    def rank(topic: str, pool: list[Candidate]) -> list[SummaryItem]:
        if ranked is None:
            return rank_topic(pool, by_id, topic, guard)
        return ranked.rank(topic, pool, newest, guard, lambda: rank_topic(pool, by_id, topic, guard))
    return select_items({t: rank(t, pools.best(t)) for t in topics}, rules, limit)


def summarize_topic(articles: tuple[Article, ...], topic: str, limit: int = MAX_ITEMS, rules: Rules = Rules(weights=()),
                    guard: Guard = RAISE) -> tuple[SummaryItem, ...]:
    """One topic's summary (as `summarize_topics` gives it when no other topic competes)."""
    return summarize_topics(articles, [topic], rules, limit, guard)[topic]
