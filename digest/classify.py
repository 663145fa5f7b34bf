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

from .config import kazakh_roots
from .kazakh import CASE, without_possessive
from .lexicon import Lexicon, Token
from .model import Sentence, Taxonomy
from .segment import split_sentences

SPECIFIC_TIERS = ("strong", "terms")
EXCLUDE = "exclude"
CONTRAST = "contrast"  # the tier of a contrast subject's words
MAX_REPEATS = 2  # the same vocabulary entry counts at most this often in one sentence
SIGNAL_REACH = 8  # a word of decision states something about a strong word at most this many words away
WEAK = "weak"
NOT_TIERS = ("institutions", "venues", "claims")  # word lists of a topic that are not scored vocabulary
KK_LOCATIVE = ("да", "де", "та", "те")  # -да/-де/-та/-те, -нда/-нде
KK_LOCATIVE_ADJECTIVE = ("дағы", "дегі", "тағы", "тегі")
KK_POSSESSIVE_LOCATIVE = ("нда", "нде")  # ғимаратында, залында, ғимараттарында
PLACE_PREPOSITIONS = ("в", "во", "на")
NEAR_PREPOSITIONS = ("у", "возле", "около", "близ")
KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
NAME_ADJECTIVES = {"ADJF", "PRTF", "ADJS"}
# the building or room of a Kazakh venue, in the possessive locative: «мектеп ғимараттарында»
KK_BUILDINGS = frozenset({"зал", "ғимарат", "аула", "фойе"})
NAME_CHAIN_WORDS = {"и"}
INNER_MARKS = set("«»\"“”„'–—-")  # a phrase may run across a quote or a dash (коридор «Север – Юг»)


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
        self.venues: dict[str, dict[str, list[tuple[str, ...]]]] = {}  # lang -> topic -> keys of its venue words
        self.contrast_weights: dict[str, float] = {}  # a contrast's own weight of its words
        # lang -> key of another topic's word -> topics whose strong word in a sentence makes it theirs
        self.claims: dict[str, dict[tuple[str, ...], set[str]]] = {}
        for lang in ("ru", "kk"):
            by_first: dict[str, list[Entry]] = defaultdict(list)
            heads: dict[str, set[str]] = defaultdict(set)
            places: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            claimed: dict[tuple[str, ...], set[str]] = defaultdict(set)
            for topic in taxonomy.topics:
                vocab = topic.vocabulary.get(lang, {})
                for tier, phrases in vocab.items():
                    if tier in NOT_TIERS:
                        continue
                    for phrase in phrases:
                        keys = lexicon.phrase_keys(str(phrase), lang)
                        if keys:
                            by_first[keys[0]].append(Entry(keys, topic.slug, tier))
                for head in vocab.get("institutions", ()):
                    heads[lexicon.key(str(head), lang)].add(topic.slug)
                for venue in vocab.get("venues", ()):
                    places[topic.slug].append(lexicon.phrase_keys(str(venue), lang))
                for word in vocab.get("claims", ()):
                    claimed[tuple(lexicon.phrase_keys(str(word), lang))].add(topic.slug)
            for contrast in taxonomy.contrasts:
                for phrase in contrast.vocabulary.get(lang, ()):
                    keys = lexicon.phrase_keys(str(phrase), lang)
                    if keys:
                        by_first[keys[0]].append(Entry(keys, contrast.slug, CONTRAST))
                if contrast.weight is not None:
                    self.contrast_weights[contrast.slug] = contrast.weight
            for entries in by_first.values():
                entries.sort(key=lambda e: -len(e.keys))
            self.index[lang] = dict(by_first)
            self.institutions[lang] = dict(heads)
            self.venues[lang] = dict(places)
            self.claims[lang] = dict(claimed)
        # Russian words of decision by lemma; Kazakh ones as written, the beginning of a word («салын»
        # begins салынады, салынған): a stem would be too short («сал» begins салық, сала, салтанатты)
        self.signals = {lang: frozenset(str(w).lower() if lang == "kk" else lexicon.key(str(w), lang) for w in words)
                        for lang, words in taxonomy.signals}
        self.topic_slugs = frozenset(t.slug for t in taxonomy.topics)
        self.weights.setdefault(CONTRAST, self.weights.get("terms", 1.0))

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
                # a look-alike phrase consumes its words («оқу-жаттығу» is no «оқу»)
                excluded = [m for m in best if m.entry.tier == EXCLUDE]
                found.extend(excluded or best)
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
                    if skip and not tokens[pos].word and tokens[pos].text not in INNER_MARKS:
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

    def _venue(self, tokens: tuple[Token, ...], m: Match, lang: str) -> bool:
        """Whether a match is a venue word of its topic standing as a place: «в школе», «мектепте»,
        «в конференц-зале университета», «университеттің жаңа ғимаратында», «мектеп ғимаратында»,
        «на пункте пропуска»."""
        venues = self.venues[lang].get(m.entry.topic, ())
        last = tokens[m.end - 1].keys
        return any(keys == m.entry.keys or (len(keys) == 1 and keys[0] in last) for keys in venues) and \
            self._place(tokens, m, lang, linked=True)

    @staticmethod
    def _place(tokens: tuple[Token, ...], m: Match, lang: str, linked: bool = False) -> bool:
        """Whether a match names where something happens rather than what is decided or done: in
        Russian в/на with the locative («в школах»), in Kazakh the locative («мектептерде»). With
        `linked`, also a genitive bound to such a place: «в конференц-зале университета»,
        «университеттің жаңа ғимаратында» (not for every word: «в области ядерного топлива»), and a
        Kazakh bare noun before its building in the locative: «мектеп ғимаратында»."""
        last = tokens[m.end - 1]
        if lang == "kk":
            def locative(t: Token) -> bool:
                ending = t.text.lower()[len(t.key):]
                return ending.endswith(KK_LOCATIVE) and not ending.endswith(KK_LOCATIVE_ADJECTIVE)
            def owned_locative(t: Token) -> bool:  # the head of a genitive: possessive + locative (залында)
                return locative(t) and t.text.lower().endswith(KK_POSSESSIVE_LOCATIVE)
            after = [t for t in tokens[m.end:m.end + 4] if t.word][:2]
            ending = last.text.lower()[len(last.key):]
            # «университеттің жаңа ғимаратында» (not «университетінің филиалы күзде ашылады»: «күзде», in
            # autumn, is nobody's); a bare noun before its building: «мектеп ғимараттарында» (not «мектеп
            # бағдарламасында», the school curriculum)
            bare = (not ending and bool(after) and tokens[m.end].word and owned_locative(after[0])
                    and after[0].key in KK_BUILDINGS)
            return locative(last) or (linked and (ending.endswith(KK_GENITIVE) and any(map(owned_locative, after))
                                                  or bare))
        head = tokens[m.start]  # a Russian phrase's head noun comes first: «пункте пропуска»
        lead = [t for t in tokens[max(0, m.start - 8):m.start] if t.word]
        while lead and lead[-1].pos in NAME_ADJECTIVES | {"NUMR"}:  # «в новых российских школах»
            lead.pop()
        preposition = lead[-1].text.lower() if lead else ""
        if head.case in ("loct", "loc2") and preposition in PLACE_PREPOSITIONS:
            return True
        if head.case == "gent" and preposition in NEAR_PREPOSITIONS:
            return True  # «у пункта пропуска», «возле школы»
        if not (linked and last.case == "gent"):
            return False
        # «в актовом зале Западно-Казахстанского университета»: в/на, adjectives, a noun in the
        # locative, then only the genitive's own adjectives
        i = len(lead) - 1
        if i < 0 or lead[i].case not in ("loct", "loc2") or lead[i].pos != "NOUN":
            return False
        while i > 0 and lead[i - 1].pos in NAME_ADJECTIVES | {"NUMR"}:
            i -= 1
        return i > 0 and lead[i - 1].text.lower() in PLACE_PREPOSITIONS

    # -- scoring --------------------------------------------------------------------------
    def score(self, text: str, lang: str, trace: list | None = None
              ) -> tuple[dict[str, float], dict[str, bool]]:
        """Per-topic score of a text and whether each topic has specific (not generic) evidence.
        `trace` (a list) receives one (words, entry, topic, tier, weight, why) per vocabulary match."""
        scores, specific, _, _ = self.evidence(text, lang, trace)
        return {t: v for t, v in scores.items() if t in self.topic_slugs}, specific

    def evidence(self, text: str, lang: str, trace: list | None = None):
        """(scores, specific, backed, decided) of a text: the score of each topic (and contrast subject),
        whether a topic has specific (strong or terms) evidence, the topics with any evidence that is
        not a weak word, and {topic: word of decision} for each topic whose strong word stands within
        SIGNAL_REACH words of a word of decision («открыть школу», «построить АЭС»)."""
        tokens = self.lexicon.tokens(text, lang)
        matches = self.matches(tokens, lang)
        absorbed = self._absorbed(tokens, matches, lang)
        scores: dict[str, float] = defaultdict(float)
        specific: dict[str, bool] = defaultdict(bool)
        repeats: dict[Entry, int] = defaultdict(int)
        spans: set[tuple[int, str]] = set()
        strong: dict[str, list[Match]] = defaultdict(list)  # each topic's counted strong words
        backed: set[str] = set()
        # a topic's strong word claims the words of other topics it lists under `claims`: «экспортный
        # маршрут нефти» is a pipeline's route, not transport
        claims = self.claims[lang]
        # a venue standing as a place, and its name's adjectives («в зале драматического театра»)
        venues = {n for n, m in enumerate(matches) if m.entry.tier in SPECIFIC_TIERS and self._venue(tokens, m, lang)}
        named: set[int] = set()
        for v in venues:
            lo = matches[v].start  # back over the adjectives of the venue's name
            while lo > 0 and (tokens[lo - 1].pos in NAME_ADJECTIVES or not tokens[lo - 1].word) and matches[v].start - lo < 8:
                lo -= 1
            n = v - 1  # matches run left to right: only those just before the venue can be in its name
            while n >= 0 and matches[n].start >= lo:
                if matches[n].entry.topic == matches[v].entry.topic and matches[n].end <= matches[v].start:
                    named.add(n)
                n -= 1
        holders = {m.entry.topic for n, m in enumerate(matches) if m.entry.tier == "strong" and n not in absorbed}
        for n, m in sorted(enumerate(matches), key=lambda nm: (nm[1].start, -self.weights.get(nm[1].entry.tier, 0.0))):
            weight, why = self.contrast_weights.get(m.entry.topic) or self.weights.get(m.entry.tier, 0.0), ""
            if (m.start, m.entry.topic) in spans:  # «культурно-гуманитарный» is one word of evidence
                weight, why = 0.0, "the same words already counted for this topic"
            elif n in absorbed:
                weight, why = 0.0, "inside an institution's name"
            elif n in named:
                weight, why = 0.0, "in the name of a venue"
            elif m.entry.tier == EXCLUDE:
                weight, why = 0.0, "a look-alike phrase, never counted"
            elif m.entry.tier != "strong" and (holder := next(
                    (t for t in sorted(holders & claims.get(m.entry.keys, set())) if t != m.entry.topic), None)):
                weight, why = 0.0, f"a word of {holder} next to its strong words (claimed)"
            else:
                repeats[m.entry] += 1
                if repeats[m.entry] > MAX_REPEATS:
                    weight, why = 0.0, f"counted {MAX_REPEATS} times already"
                elif n in venues:
                    weight, why = self.weights.get(WEAK, 0.5), "the place where something else happens: weak"
            if weight:
                spans.add((m.start, m.entry.topic))
                scores[m.entry.topic] += weight
                specific[m.entry.topic] |= m.entry.tier in SPECIFIC_TIERS
                if m.entry.tier != WEAK and not why:
                    backed.add(m.entry.topic)
                if m.entry.tier == "strong" and not why:
                    strong[m.entry.topic].append(m)
            if trace is not None:
                words = " ".join(t.text for t in tokens[m.start:m.end] if t.word)
                trace.append((words, " ".join(m.entry.keys), m.entry.topic, m.entry.tier, weight, why))
        signals = self.signals.get(lang, frozenset())
        # a word of decision inside another subject's phrase decides nothing here («трудовой договор»)
        taken = {n for m in matches if m.entry.tier in (CONTRAST, EXCLUDE) for n in range(m.start, m.end)}
        words = [n for n, t in enumerate(tokens) if t.word]
        place = {n: i for i, n in enumerate(words)}  # token index -> word index (punctuation not counted)
        if lang == "kk":  # Kazakh verbs are not stemmed: a word of decision is a beginning (салын-ған)
            said = [n for n in words if n not in taken and tokens[n].text.lower().startswith(tuple(signals))]
        else:
            said = [n for n in words if n not in taken and tokens[n].key in signals]
        if said:
            backed = set(scores)  # weak words with a word of decision: «жастар форумын өткізу жоспарланған»
        decided = {}
        for topic, found in strong.items() if said else ():
            # a strong word standing as a place decides nothing: «пункты откроют в школах»
            ends = [e for m in found if not self._place(tokens, m, lang) for e in (m.start, m.end - 1)]
            n = next((n for n in said if any(abs(place[e] - place[n]) <= SIGNAL_REACH for e in ends)), None)
            if n is not None:
                decided[topic] = tokens[n].text
        return dict(scores), dict(specific), backed, decided

    def sentence_topics(self, scores: dict[str, float], specific: dict[str, bool],
                        enumeration_rule: bool = True, why: dict | None = None,
                        backed: set[str] | None = None) -> tuple[str, ...]:
        """Topics of one sentence from its scores; `why` (a dict) receives the reason for each topic
        that scored and was not kept."""
        why = why if why is not None else {}
        if not scores:
            return ()
        named = [t for t, s in scores.items() if s > 0 and t in self.topic_slugs]
        fields = sum(1 for s in scores.values() if s > 0)  # topics and other subjects alike
        if (enumeration_rule and named and fields >= self.rules.enumeration_topics
                and not any(specific.get(t) for t in named)):
            why.update({t: f"a list of {fields} fields named only by general words" for t in named})
            return ()
        top = max(scores.values())
        leader = max(sorted(scores), key=lambda t: scores[t])
        strongest = (f"the sentence's strongest topic ({top:g})" if leader in self.topic_slugs
                     else f"the sentence's words on {leader}, not a topic ({top:g})")
        kept = []
        for t, s in sorted(scores.items()):
            if t not in self.topic_slugs:
                continue
            if s < self.rules.min_score:
                why[t] = f"below the threshold {self.rules.min_score:g}"
            elif backed is not None and t not in backed:
                why[t] = "only weak words, which support other evidence but are none by themselves"
            elif s < self.rules.dominance * top:
                why[t] = f"below {self.rules.dominance:g} × {strongest}"
            else:
                kept.append(t)
        return tuple(kept)

    def classify(self, text: str, lang: str, role: str, trace: list | None = None
                 ) -> tuple[tuple[Sentence, ...], tuple[str, ...]]:
        """Sentences with their topics, and the paragraph's topics. `trace` (a list) receives, for
        each sentence, (sentence, matches, reasons), then ("paragraph", totals, reasons)."""
        if role == "boilerplate":
            return tuple(Sentence(s) for s in split_sentences(text)), ()
        units = [text] if role in ("title", "heading") else split_sentences(text)
        sentences = []
        totals: dict[str, float] = defaultdict(float)
        for s in units:
            matched: list | None = [] if trace is not None else None
            why: dict = {}
            scores, specific, backed, decided = self.evidence(s, lang, matched)
            # short lines (titles, headings) are one unit, and lists are meaningful there
            topics = self.sentence_topics(scores, specific, role not in ("title", "heading"), why, backed)
            for t in topics:
                totals[t] += scores[t]
            decisive = tuple(t for t in topics if t in decided)
            sentences.append(Sentence(s, topics, _rounded({t: v for t, v in scores.items() if t in self.topic_slugs}),
                                      decisive))
            if trace is not None:
                notes = {t: f"states a decision or project ('{decided[t]}' next to a strong word): enough to "
                            "file the article" for t in decisive}
                trace.append((s, matched, why, notes))
        if role in ("title", "heading"):
            return tuple(sentences), sentences[0].topics
        if not totals:
            return tuple(sentences), ()
        top = max(totals.values())
        dropped = {t: f"{s:g} is below {self.rules.paragraph_dominance:g} × the paragraph's strongest topic ({top:g})"
                   for t, s in totals.items() if s < self.rules.paragraph_dominance * top}
        if trace is not None:
            trace.append(("paragraph", dict(totals), dropped))
        return tuple(sentences), tuple(sorted(t for t in totals if t not in dropped))

    def article_topics(self, paragraphs, why: dict | None = None) -> set[str]:
        """The topics an article is filed under: those at least `article_min_sentences` of its body
        sentences give, together, `article_min_score` of evidence (one passing word or one sentence in
        passing is not enough), those one sentence of decision states or one sentence scores
        `article_sentence_score` on (several of the topic's words), and those its title gives and
        its body supports at all. `why` receives the reason for each topic that was not kept."""
        support: dict[str, float] = defaultdict(float)
        sentences: dict[str, int] = defaultdict(int)
        best: dict[str, float] = defaultdict(float)  # each topic's highest-scoring sentence
        decided: set[str] = set()
        for p in paragraphs:
            if p.role != "body":
                continue
            for s in p.sentences:
                scores = dict(s.scores)
                for t in s.topics:
                    if t in p.topics:
                        support[t] += scores.get(t, 0.0)
                        sentences[t] += 1
                        best[t] = max(best[t], scores.get(t, 0.0))
                        if t in s.decisive:
                            decided.add(t)
        titled = {t for p in paragraphs if p.role == "title" for t in p.topics}
        kept = set()
        for t, total in support.items():
            if t in titled or t in decided or best[t] >= self.rules.article_sentence_score or (
                    total >= self.rules.article_min_score and sentences[t] >= self.rules.article_min_sentences):
                kept.add(t)
            elif why is None:
                continue
            elif total < self.rules.article_min_score:
                why[t] = (f"its sentences give {total:g} in the whole article, below the article threshold "
                          f"{self.rules.article_min_score:g} (a word in passing)")
            else:
                why[t] = (f"only {sentences[t]} sentence is on it, scoring {best[t]:g}, and without a word of "
                          f"decision: named in passing (an article needs {self.rules.article_min_sentences} such "
                          f"sentences, or one of {self.rules.article_sentence_score:g})")
        return kept


def _rounded(scores: dict[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((t, round(s, 2)) for t, s in scores.items()))


RU_TEST_CASES = ("gent", "loct", "datv")  # each Russian entry must also match in these cases
KK_BACK_VOWELS, KK_FRONT_VOWELS = "аоұыуя", "әеөүіиэ"


def lint_taxonomy(classifier: TopicClassifier) -> list[str]:
    """What is wrong with the taxonomy's vocabulary, one line each (empty when nothing is):
    an entry listed twice — in two tiers or two topics, or as two spellings of one lemma (Russian)
    or stem (Kazakh) — and an entry that no text can ever match: one with no word in it, or one
    that, written out in a sentence (in Russian also in other cases), is matched as something else."""
    lexicon, found = classifier.lexicon, []
    for lang in ("ru", "kk"):
        seen: dict[tuple[str, ...], tuple[str, str, str]] = {}
        lists = [(t.slug, tier, phrases) for t in classifier.taxonomy.topics
                 for tier, phrases in t.vocabulary.get(lang, {}).items() if tier not in NOT_TIERS]
        lists += [(c.slug, CONTRAST, c.vocabulary.get(lang, ())) for c in classifier.taxonomy.contrasts]
        for slug, tier, phrases in lists:
            for phrase in phrases:
                where = f"{slug} {lang} {tier} '{phrase}'"
                keys = lexicon.phrase_keys(str(phrase), lang)
                if not keys:
                    found.append(f"{where}: has no word, so nothing can ever match it")
                    continue
                if keys in seen:
                    found.append(f"{where}: the same vocabulary as {' '.join(seen[keys][:2])} "
                                 f"'{seen[keys][2]}' (both read as '{' '.join(keys)}'); keep one")
                    continue
                seen[keys] = (slug, tier, str(phrase))
                entry = Entry(keys, slug, tier)
                for text in _written_forms(str(phrase), lang, lexicon):
                    got = [m.entry for m in classifier.matches(lexicon.tokens(text, lang), lang)]
                    if entry not in got:
                        other = ", ".join(f"{e.topic} {e.tier} '{' '.join(e.keys)}'" for e in got) or "nothing"
                        found.append(f"{where}: «{text}» is matched as {other}, never as this entry")
                        break
        for topic in classifier.taxonomy.topics:  # a claim on a word no other topic has claims nothing
            for word in topic.vocabulary.get(lang, {}).get("claims", ()):
                owner = seen.get(lexicon.phrase_keys(str(word), lang))
                if owner is None or owner[0] == topic.slug or owner[1] in (EXCLUDE, "strong"):
                    found.append(f"{topic.slug} {lang} claims '{word}': not a word of another topic's "
                                 "sector, terms or weak tier, so there is nothing to claim")
    found += _inflected_kazakh_roots(classifier.taxonomy)
    return found


def _inflected_kazakh_roots(taxonomy: Taxonomy) -> list[str]:
    """Kazakh vocabulary words written in an inflected form of another entry's word ('пунктін' beside
    'пункті'): every vocabulary word stops the stemmer, so the inflected one would then stop it too
    early in other words ('пунктінде' read as 'пунктін') and the dictionary form would never match."""
    roots = kazakh_roots(taxonomy)
    found = []
    for word in sorted(roots):
        stem = next((word[:-len(c)] for c in (*CASE, "н") if word.endswith(c) and word[:-len(c)] in roots), None)
        if stem:
            found.append(f"kk '{word}': an inflected form of the vocabulary word '{stem}'; write the phrase "
                         f"with '{stem}' (the stemmer reads every form alike)")
    return found


def _written_forms(phrase: str, lang: str, lexicon: Lexicon) -> list[str]:
    """The phrase as written, and declined: in Russian into a few other cases, in Kazakh with a
    plural, possessive and locative ending on its last word (театр → театрларында)."""
    forms = [phrase]
    if lang == "kk":
        vowels = [ch for ch in phrase.lower() if ch in KK_BACK_VOWELS + KK_FRONT_VOWELS]
        if vowels and phrase[-1:].isalpha() and phrase[-1:].islower():
            back, last = vowels[-1] in KK_BACK_VOWELS, phrase.split()[-1].lower()
            if " " in phrase and without_possessive(last) != last:  # өткізу пункті → өткізу пунктінде
                forms.append(phrase + ("нда" if back else "нде"))
            else:
                forms.append(phrase + ("ларында" if back else "лерінде"))
        return forms
    words = phrase.split()
    for case in RU_TEST_CASES:
        out = []
        for word in words:
            parses = lexicon.morph.analyses(word.lower())
            first = parses[0] if parses else None
            if first is None or first.tag.POS not in ("NOUN", "ADJF", "PRTF") or not first.is_known:
                out.append(word)
                continue
            inflected = first.inflect({case})
            out.append(inflected.word if inflected else word)
        forms.append(" ".join(out))
    return forms
