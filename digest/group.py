"""Group stage: page views (plain records) for home, topics, articles and the timeline."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from .charts import Chart, monthly_chart
from .errors import RAISE, Guard
from .excerpts import name_keys, shorten, shown
from .model import Article, Mention, Paragraph, SummaryItem, Taxonomy, TimelineEntry, Topic
from .related import Related

LATEST = 10
MENTION_MAX = 120  # characters of a paragraph shown on an entity's page, around the name
EXCERPT_MAX = 90  # characters of a sentence shown beside its dates on the article page


@dataclass(frozen=True)
class ArticleRef:
    """What a list needs to show about an article."""

    id: str
    title: str
    date: date
    outlet: str | None
    lang: str
    topics: tuple[str, ...]
    page: str


@dataclass(frozen=True)
class Quote:
    """A statement on a page: its text, who said it, and its resolved sources."""

    text: str
    lang: str
    sources: tuple[tuple[ArticleRef, str], ...]  # (article, anchor of the sentence or paragraph)
    speaker: str | None = None


@dataclass(frozen=True)
class Item:
    """A summary item: the quote, the same claim in the other language, other figures for the same
    measure, and how many outlets carry the claim."""

    quote: Quote
    alternatives: tuple[Quote, ...]
    translations: tuple[Quote, ...] = ()
    outlets: int = 1
    partial: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Passage:
    """An article's paragraph on a topic: its sentences on the topic (`topic_passage`)."""

    anchor: str
    text: str
    lang: str


@dataclass(frozen=True)
class TopicArticle:
    """An article filed under a topic, with its passages on it."""

    article: ArticleRef
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class EventSource:
    """Where an article mentions an event: the phrase it uses and its paragraph."""

    article: ArticleRef
    anchor: str
    phrase: str
    sentence: str  # this article's sentence, shortened around the phrase


@dataclass(frozen=True)
class EventView:
    """One event on a timeline: its date, a sentence that describes it, every article reporting it."""

    start: date
    end: date | None
    precision: str
    sentence: str
    lang: str
    sources: tuple[EventSource, ...]
    topics: tuple[str, ...]
    direction: str | None = None  # an open-ended span: until | since | by


@dataclass(frozen=True)
class EventMonth:
    """Events of one month of a year (month 0: events dated only by the year)."""

    year: int
    month: int
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class EventYear:
    """Events of one year, by month."""

    year: int
    months: tuple[EventMonth, ...]


@dataclass(frozen=True)
class Events:
    """Events split at the newest article's date: upcoming ones soonest first, past ones newest first."""

    upcoming: tuple[EventYear, ...]
    past: tuple[EventYear, ...]
    count: int


@dataclass(frozen=True)
class EntityMentionView:
    """Where an article names an entity: the first paragraph naming it, shortened around the name,
    and the other paragraphs of the article that name it."""

    article: ArticleRef
    anchor: str
    text: str
    lang: str
    more: tuple[str, ...] = ()  # anchors of the article's other paragraphs that name it


@dataclass(frozen=True)
class EntityView:
    """A person, organisation or place across the corpus."""

    key: str
    name: str
    type: str
    page: str | None  # entities/<key>.md when it has a page (named in two articles or more)
    article_count: int
    mentions: tuple[EntityMentionView, ...]  # newest first
    aliases: tuple[tuple[str, str], ...] = ()  # its other spellings and their language («Мәскеу», kk)


@dataclass(frozen=True)
class EntityLink:
    """An entity as an article's page names it: its name and its page (if it has one)."""

    name: str
    page: str | None


@dataclass(frozen=True)
class EntityCount:
    """An entity and how many of a topic's articles name it."""

    entity: EntityView
    count: int


@dataclass(frozen=True)
class TopicPage:
    """The page of one topic."""

    page: str
    topic: Topic
    items: tuple[Item, ...]
    articles: tuple[TopicArticle, ...]  # the latest ones; all are on the month pages
    first: date | None
    last: date | None
    events: Events
    entities: tuple[EntityCount, ...]
    chart: Chart | None
    article_count: int
    month_links: tuple[MonthLink, ...]


@dataclass(frozen=True)
class ParagraphView:
    """A paragraph on its article page, with the topic pages that cite it."""

    paragraph: Paragraph
    cited_in: tuple[Topic, ...]

    @property
    def segments(self) -> tuple[tuple[str, str], ...]:
        """The paragraph's text cut at its sentences, each sentence under its anchor."""
        return sentence_segments(self.paragraph)


def sentence_spans(p: Paragraph) -> tuple[tuple[int, int] | None, ...]:
    """(start, end) of each sentence in the paragraph's text, in order; None for one not found as written
    (cannot happen with razdel's cuts)."""
    spans, pos = [], 0
    for s in p.sentences:
        at = p.text.find(s.text, pos) if s.text else -1
        spans.append((at, at + len(s.text)) if at >= 0 else None)
        pos = at + len(s.text) if at >= 0 else pos
    return tuple(spans)


def sentence_segments(p: Paragraph) -> tuple[tuple[str, str], ...]:
    """(anchor, text) for each sentence of the paragraph (`p4-s2`: its second sentence) and ("", text)
    for what lies between them; joined, the texts are the paragraph exactly as written. A sentence not
    found as written is left without an anchor."""
    segments, pos = [], 0
    for n, span in enumerate(sentence_spans(p), 1):
        if span is None:
            continue
        at, end = span
        if at > pos:
            segments.append(("", p.text[pos:at]))
        segments.append((f"{p.anchor}-s{n}", p.text[at:end]))
        pos = end
    if pos < len(p.text):
        segments.append(("", p.text[pos:]))
    return tuple(segments)


GAP = "…"  # where a passage leaves text out


def topic_passage(p: Paragraph, slug: str) -> str:
    """What a paragraph says on a topic: its sentences on it, as written (consecutive ones as one piece of the
    text), with "…" where sentences are left out («…A. … B.»); the whole paragraph when all or none of its
    sentences are on the topic. A paragraph of real news mixes subjects (trade, then an energy project, then
    a forum), and the topic's page quotes only what is on the topic."""
    spans = sentence_spans(p)
    chosen = [n for n, (s, span) in enumerate(zip(p.sentences, spans)) if slug in s.topics and span]
    if not chosen or len(chosen) == len(p.sentences):
        return p.text
    runs: list[list[int]] = []  # [first, last] of each run of consecutive chosen sentences
    for n in chosen:
        if runs and runs[-1][1] == n - 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return join_passages([p.text[spans[first][0]:spans[last][1]] for first, last in runs],
                         opens_gap=chosen[0] > 0, ends_gap=chosen[-1] < len(p.sentences) - 1)


def join_passages(texts: list[str], opens_gap: bool = False, ends_gap: bool = False) -> str:
    """Pieces of text as one, "…" between them (and before or after when text is left out there); a piece's
    own "…" at a seam is not doubled."""
    texts = [t for t in texts if t.strip(GAP + " ")]
    if not texts:
        return ""
    pieces = [t.strip(GAP + " ") for t in texts]
    opens_gap = opens_gap or texts[0].startswith(GAP)
    ends_gap = ends_gap or texts[-1].endswith(GAP)
    return (GAP if opens_gap else "") + f" {GAP} ".join(pieces) + (f" {GAP}" if ends_gap else "")


@dataclass(frozen=True)
class ParagraphDates:
    """The dates one paragraph of an article mentions, with words of the paragraph around the first."""

    anchor: str
    events: tuple[EventView, ...]  # by date
    text: str                      # the sentence of the first date, shortened around it
    lang: str = "ru"               # the paragraph's language


@dataclass(frozen=True)
class ArticlePage:
    """The page of one article."""

    page: str
    article: Article
    ref: ArticleRef
    topics: tuple[Topic, ...]
    paragraphs: tuple[ParagraphView, ...]
    events: tuple[EventView, ...]
    entities: tuple[EntityLink, ...]  # most named across the corpus first (its page holds only what it shows)
    same_story: tuple[ArticleRef, ...]  # near-identical reports of the same event by other outlets
    related: tuple[ArticleRef, ...]
    added: tuple[Topic, ...] = ()    # topics an editor filed the article under
    removed: tuple[Topic, ...] = ()  # topics an editor took it out of

    @property
    def dates(self) -> tuple[ParagraphDates, ...]:
        """The article's dates by paragraph (a paragraph naming three dates is listed once), the
        paragraphs in the order of their first date."""
        found: dict[str, list[tuple[EventView, EventSource]]] = {}
        for event in self.events:
            for source in event.sources:
                if source.article.id == self.article.id:
                    found.setdefault(source.anchor, []).append((event, source))
        langs = {p.anchor: p.lang for p in self.article.paragraphs}
        return tuple(ParagraphDates(anchor, tuple(e for e, _ in pairs), shorten(pairs[0][1].sentence, pairs[0][1].phrase,
                                                                                 EXCERPT_MAX),
                                    langs.get(anchor, self.article.lang))
                     for anchor, pairs in found.items())


@dataclass(frozen=True)
class TopicCount:
    """A topic with its article count, for the home page."""

    topic: Topic
    count: int
    page: str


@dataclass(frozen=True)
class MonthLink:
    """A month in an index: how many entries and where they are."""

    key: str  # YYYY-MM
    year: int
    month: int
    count: int
    page: str


@dataclass(frozen=True)
class ListPage:
    """One page of a long list (a month of the archive, of a topic, of events; an entity's mentions)."""

    page: str
    kind: str  # archive | topic | events | entity
    year: int
    month: int
    part: int
    parts: int
    items: tuple
    prev: str | None
    next: str | None
    parent: str
    topic: Topic | None = None
    entity: EntityView | None = None


@dataclass(frozen=True)
class Site:
    """Every page of the site."""

    texts: dict
    topics: tuple[TopicCount, ...]
    home_latest: tuple[ArticleRef, ...]
    first: date | None
    last: date | None
    article_count: int
    languages: tuple[tuple[str, int], ...]
    topic_pages: tuple[TopicPage, ...]
    article_pages: tuple[ArticlePage, ...]
    months: tuple[MonthLink, ...]      # the archive's months
    events: Events                     # the nearest events, for the events page
    event_months: tuple[MonthLink, ...]
    entity_pages: tuple[EntityView, ...]
    chart: Chart | None
    list_pages: tuple[ListPage, ...]


def article_page(article_id: str) -> str:
    """Source path of an article's page."""
    return f"articles/{article_id}.md"


def topic_page(slug: str) -> str:
    """Source path of a topic's page."""
    return f"topics/{slug}.md"


def ref(article: Article) -> ArticleRef:
    """The list view of an article."""
    return ArticleRef(article.id, article.title, article.date, article.outlet, article.lang,
                      article.topics, article_page(article.id))


def _quote(statement, refs: dict[str, ArticleRef]) -> Quote:
    return Quote(statement.text, statement.lang,
                 tuple((refs[c.article], c.fragment) for c in statement.sources), statement.speaker)


def summary_item(item: SummaryItem, refs: dict[str, ArticleRef]) -> Item:
    """The view of a summary item."""
    return Item(_quote(item.statement, refs), tuple(_quote(s, refs) for s in item.alternatives),
                tuple(_quote(s, refs) for s in item.translations), item.outlets,
                tuple(_quote(s, refs) for s in item.partial))


def cited_paragraphs(summaries: dict[str, tuple[SummaryItem, ...]]) -> dict[str, dict[str, list[str]]]:
    """Which topic summaries cite each paragraph (through any of its sentences): by article id, by anchor."""
    cited: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for slug, items in summaries.items():
        for item in items:
            for st in (item.statement,) + item.alternatives + item.translations + item.partial:
                for c in st.sources:
                    if slug not in cited[c.article][c.anchor]:
                        cited[c.article][c.anchor].append(slug)
    return cited


def event_view(group: list[TimelineEntry], refs: dict[str, ArticleRef],
               langs: dict[tuple[str, str], str]) -> EventView:
    """One event from the entries of every article that reports it."""
    # the site's readers read Russian first: describe the event in Russian when a source does
    lead = next((e for e in group if langs.get((e.article, e.anchor)) == "ru"), group[0])
    group = [lead] + [e for e in group if e is not lead]
    sources = tuple(EventSource(refs[e.article], e.anchor, e.phrase, shown(e.sentence, e.phrase, e.window))
                    for e in group)
    return EventView(
        lead.date, lead.end, lead.precision, sources[0].sentence,  # (the lead's sentence, as its source shows it)
        langs.get((lead.article, lead.anchor), "ru"), sources,
        tuple(sorted({t for e in group for t in e.topics})), lead.direction)


def merge_events(entries: list[TimelineEntry], refs: dict[str, ArticleRef],
                 langs: dict[tuple[str, str], str], scope: frozenset[str] = frozenset(),
                 guard: Guard = RAISE, files: dict[str, tuple[str, dict[str, int]]] | None = None
                 ) -> list[EventView]:
    """Events reported by several articles (same date, shared names other than `scope`) become one,
    listing every source. An event that cannot be placed or shown is left out (the guard reports
    it, naming the article's file and line from `files`: id → (file, {anchor: line}))."""
    files = files or {}

    def where(entry: TimelineEntry) -> tuple[str, int | None]:
        file, lines = files.get(entry.article, (entry.article, {}))
        return file, lines.get(entry.anchor)

    groups: list[list[TimelineEntry]] = []
    # only events of one date can merge, and only with the first group whose first entry shares two names with
    # it (and comes from another article): each date indexes its groups by every pair of those names, in the
    # order they were made, so an event looks up its own pairs and finds the first such group at the head of
    # a list — not among every group sharing one name (in a year of real news, thousands share «Москва»)
    by_date: dict[tuple, dict[tuple[str, str], list[int]]] = defaultdict(lambda: defaultdict(list))
    for entry in sorted(entries, key=lambda e: (e.date, refs[e.article].date, e.article, int(e.anchor[1:]))):
        with guard.piece(f"the event '{entry.phrase[:40]}'", *where(entry)):
            index = by_date[(entry.date, entry.end, entry.precision, entry.direction)]
            keys = sorted(name_keys(entry.sentence, scope) if entry.names is None else  # (read by the analysis)
                          {key for key in entry.names if key not in scope})
            pairs = list(combinations(keys, 2))
            home = min((next((g for g in index.get(pair, ()) if groups[g][0].article != entry.article), len(groups))
                        for pair in pairs), default=len(groups))
            if home < len(groups):
                groups[home].append(entry)
            else:
                groups.append([entry])
                for pair in pairs:
                    index[pair].append(home)
    views = []
    for group in groups:
        with guard.piece(f"the event '{group[0].phrase[:40]}'", *where(group[0])):
            views.append(event_view(group, refs, langs))
    return views


def split_events(views: list[EventView], newest: date | None, limit: int | None = None) -> Events:
    """Events by year and month, upcoming (after the newest article) and past; with `limit`, only
    the nearest ones of each (the month pages have them all)."""
    def by_year(events: list[EventView], reverse: bool) -> tuple[EventYear, ...]:
        years: dict[int, dict[int, list[EventView]]] = defaultdict(lambda: defaultdict(list))
        for e in events:
            years[e.start.year][e.start.month if e.precision in ("day", "month") else 0].append(e)
        return tuple(EventYear(y, tuple(EventMonth(y, m, tuple(sorted(years[y][m], key=lambda e: (e.start, e.end or e.start),
                                                                        reverse=reverse)))
                                        for m in sorted(years[y], reverse=reverse)))
                     for y in sorted(years, reverse=reverse))

    upcoming = sorted((e for e in views if newest is not None and e.start > newest), key=lambda e: e.start)
    past = sorted((e for e in views if newest is None or e.start <= newest), key=lambda e: e.start, reverse=True)
    if limit is not None:
        upcoming, past = upcoming[:limit], past[:limit]
    return Events(by_year(upcoming, reverse=False), by_year(past, reverse=True), len(views))


ENTITY_PAGE_MIN_ARTICLES = 2
ALIASES_SHOWN = 5  # other spellings of a name on its page (searchable there: its mentions are not indexed)
PAGE_SIZE = 200      # entries on one page of a long list: no page grows with the corpus
TOPIC_LATEST = 20    # articles shown on a topic's own page (all of them are on its month pages)
NEAREST_EVENTS = 60  # upcoming and past events on the events page and a topic's page


def paginate(kind: str, base: str, items: list, parent: str, year: int = 0, month: int = 0,
             first_page: str | None = None, **extra) -> list[ListPage]:
    """A long list as pages of PAGE_SIZE: base.md, base-2.md, … (or first_page, base/2.md, … )."""
    chunks = [items[i:i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    if first_page:
        paths = [first_page] + [f"{base}/{n}.md" for n in range(2, len(chunks) + 1)]
    else:
        paths = [f"{base}.md"] + [f"{base}-{n}.md" for n in range(2, len(chunks) + 1)]
    return [ListPage(paths[n], kind, year, month, n + 1, len(chunks), tuple(chunk),
                     paths[n - 1] if n else None, paths[n + 1] if n + 1 < len(chunks) else None, parent, **extra)
            for n, chunk in enumerate(chunks)]


def month_pages(kind: str, base: str, dated: list[tuple[date, object]], parent: str, newest_first: bool = True,
                **extra) -> tuple[tuple[MonthLink, ...], list[ListPage]]:
    """Entries grouped by month, each month on its own page(s); and the index of those months."""
    months: dict[str, list] = defaultdict(list)
    for day, item in dated:
        months[day.isoformat()[:7]].append(item)  # strftime writes year 1 as "1", not "0001"
    links, pages = [], []
    for key in sorted(months, reverse=True):
        year, month = int(key[:4]), int(key[5:])
        items = months[key] if newest_first else months[key][::-1]
        part = paginate(kind, f"{base}/{key}", items, parent, year, month, **extra)
        links.append(MonthLink(key, year, month, len(items), part[0].page))
        pages += part
    return tuple(links), pages
TOPIC_ENTITIES = 10


def entity_page(key: str) -> str:
    """Source path of an entity's page. entities/index.md lists them all: an entity keyed "index" (a
    company named Index) gets entities/index_.md, which no other key can have (slugs never end in '_')."""
    return f"entities/{key}.md" if key != "index" else f"entities/{key}_.md"


def mention_views(article: Article, ref: ArticleRef) -> list[tuple[Mention, EntityMentionView]]:
    """Every name an article mentions, once: its first paragraph shortened around the name, with the
    anchors of the other paragraphs naming it (an entity page lists articles, not every paragraph)."""
    paragraphs = {p.anchor: p for p in article.paragraphs}
    anchors: dict[str, list[Mention]] = defaultdict(list)
    for m in article.mentions:
        anchors[m.key].append(m)
    views = []
    for found in anchors.values():
        m, p = found[0], paragraphs[found[0].anchor]
        more = tuple(dict.fromkeys(o.anchor for o in found[1:] if o.anchor != m.anchor))
        views.append((m, EntityMentionView(ref, m.anchor, shorten(p.text, m.name, MENTION_MAX), p.lang, more)))
    return views


def group_entities(articles: tuple[Article, ...], refs: dict[str, ArticleRef], guard: Guard = RAISE,
                   spellings: dict[str, tuple[tuple[str, str], ...]] | None = None) -> dict[str, EntityView]:
    """Every entity with its mentions; a page for those named in two articles or more (the two
    countries every article names have none: the archive already lists every article). An
    article whose names cannot be listed is left out of the entity pages (the guard reports it).
    Its other spellings: the known name's forms (`spellings`: (form, language)), then the names the articles
    gave it (in the language of their paragraph), most used first."""
    mentions: dict[str, list] = defaultdict(list)
    info: dict[str, tuple[str, str, bool]] = {}
    found_as: dict[str, Counter] = defaultdict(Counter)
    for a in articles:
        with guard.piece("the names it mentions", a.file):
            for m, view in mention_views(a, refs[a.id]):
                info[m.key] = (m.name, m.type, m.scope)
                mentions[m.key].append(view)
                found_as[m.key][m.name, view.lang] += 1
    views = {}
    for key, found in mentions.items():
        name, kind, scope = info[key]
        count = len({m.article.id for m in found})
        page = entity_page(key) if count >= ENTITY_PAGE_MIN_ARTICLES and not scope else None
        ordered = tuple(sorted(found, key=lambda m: (m.article.date, m.article.id, -int(m.anchor[1:])), reverse=True))
        seen = sorted(found_as[key].items(), key=lambda kv: (-kv[1], kv[0]))
        forms: dict[str, str] = {}  # spelling → language, the first met
        for spelling, lang in [*(spellings or {}).get(key, ()), *(s for s, _ in seen)]:
            if spelling.lower() != name.lower():
                forms.setdefault(spelling, lang)
        aliases = tuple(forms.items())[:ALIASES_SHOWN]
        views[key] = EntityView(key, name, kind, page, count, ordered, aliases)
    return views


def topic_entities(topic: Topic, articles: tuple[Article, ...], entities: dict[str, EntityView]
                   ) -> tuple[EntityCount, ...]:
    """The entities with a page that most of a topic's articles name in their passages on it."""
    counts: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        on_topic = {p.anchor for p in a.paragraphs if topic.slug in p.topics}
        for m in a.mentions:
            if m.anchor in on_topic and entities[m.key].page:
                counts[m.key].add(a.id)
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), entities[kv[0]].name))
    return tuple(EntityCount(entities[key], len(ids)) for key, ids in ranked[:TOPIC_ENTITIES])


def group_topic(topic: Topic, articles: tuple[Article, ...], items: tuple[SummaryItem, ...],
                refs: dict[str, ArticleRef], events: list[EventView], newest: date | None,
                entities: dict[str, EntityView], chart: Chart | None) -> tuple[TopicPage, list[ListPage]]:
    """The view of one topic's page."""
    filed = [a for a in articles if topic.slug in a.topics]
    topic_articles = tuple(
        TopicArticle(refs[a.id], tuple(Passage(p.anchor, topic_passage(p, topic.slug), p.lang) for p in a.paragraphs
                                       if p.role == "body" and topic.slug in p.topics))
        for a in sorted(filed, key=lambda a: (a.date, a.id), reverse=True))
    links, pages = month_pages("topic", f"topics/{topic.slug}", [(e.article.date, e) for e in topic_articles],
                               topic_page(topic.slug), topic=topic)
    view = TopicPage(topic_page(topic.slug), topic,
                     tuple(summary_item(i, refs) for i in items),
                     topic_articles[:TOPIC_LATEST],
                     min((a.date for a in filed), default=None), max((a.date for a in filed), default=None),
                     split_events([e for e in events if topic.slug in e.topics], newest, NEAREST_EVENTS),
                     topic_entities(topic, articles, entities), chart, len(topic_articles), links)
    return view, pages


def article_view(a: Article, refs: dict[str, ArticleRef], topics_by_slug: dict[str, Topic],
                 cited: dict[str, list[str]], events: list[EventView], entities: dict[str, EntityView],
                 related: tuple[Related, ...]) -> ArticlePage:
    """The view of one article's page; `cited`: the topics whose summaries cite each of its paragraphs."""
    return ArticlePage(
        article_page(a.id), a, refs[a.id], tuple(topics_by_slug[s] for s in a.topics),
        tuple(ParagraphView(p, tuple(topics_by_slug[s] for s in cited[p.anchor]) if p.anchor in cited else ())
              for p in a.paragraphs),
        tuple(sorted(events, key=lambda e: (e.start, e.end or e.start))),
        tuple(EntityLink(e.name, e.page) for e in sorted(
            (entities[key] for key in dict.fromkeys(m.key for m in a.mentions if not m.scope) if key in entities),
            key=lambda e: (-e.article_count, e.name))),
        tuple(refs[r.article] for r in related if r.same_story),
        tuple(refs[r.article] for r in related if not r.same_story),
        tuple(topics_by_slug[s] for s in a.topics_added), tuple(topics_by_slug[s] for s in a.topics_removed))


def bare_article_view(a: Article, refs: dict[str, ArticleRef]) -> ArticlePage:
    """An article's page with its text only, when its full view cannot be made."""
    return ArticlePage(article_page(a.id), a, refs[a.id], (), tuple(ParagraphView(p, ()) for p in a.paragraphs),
                       (), (), (), ())


def group_site(taxonomy: Taxonomy, articles: tuple[Article, ...],
               summaries: dict[str, tuple[SummaryItem, ...]], timeline: tuple[TimelineEntry, ...],
               texts: dict, related: dict[str, tuple[Related, ...]] | None = None,
               scope: frozenset[str] = frozenset(), guard: Guard = RAISE,
               spellings: dict[str, tuple[tuple[str, str], ...]] | None = None) -> Site:
    """All page views of the site. `scope` are the name keys every article shares (no evidence that
    two reports are one event); `spellings`, the known names' forms by key. A piece that fails is left
    out and the guard reports it; an article whose page view fails keeps a page with its text, so that
    every link to it still works."""
    refs = {a.id: ref(a) for a in articles}
    topics_by_slug = {t.slug: t for t in taxonomy.topics}
    cited = cited_paragraphs(summaries)
    langs = {(a.id, p.anchor): p.lang for a in articles for p in a.paragraphs}
    files = {a.id: (a.file, {p.anchor: p.line for p in a.paragraphs}) for a in articles}
    events = merge_events([e for e in timeline if e.kind == "event"], refs, langs, scope, guard, files)
    latest_date = max((a.date for a in articles), default=None)
    entities = group_entities(articles, refs, guard, spellings)
    related = related or {}
    events_of: dict[str, list[EventView]] = defaultdict(list)
    for e in events:
        for article_id in dict.fromkeys(s.article.id for s in e.sources):
            events_of[article_id].append(e)
    series = {t.slug: n for n, t in enumerate(taxonomy.topics)}
    months = texts["months"]
    article_pages = []
    for a in articles:
        view = None
        with guard.piece("its page", a.file):
            view = article_view(a, refs, topics_by_slug, cited.get(a.id, {}), events_of[a.id], entities,
                                related.get(a.id, ()))
        article_pages.append(view or bare_article_view(a, refs))
    article_pages = tuple(article_pages)
    languages: dict[str, int] = defaultdict(int)
    for a in articles:
        languages[a.lang] += 1
    newest = sorted(articles, key=lambda a: (a.date, a.id), reverse=True)
    topic_views, list_pages = [], []
    for t in taxonomy.topics:
        view, pages = None, []
        with guard.piece(f"the page of the topic '{t.slug}'", "taxonomy.yml"):
            view, pages = group_topic(t, articles, summaries.get(t.slug, ()), refs, events, latest_date, entities,
                                      monthly_chart(tuple(a for a in articles if t.slug in a.topics), (t,), months,
                                                    series, t.name["ru"]))
        topic_views.append(view or TopicPage(topic_page(t.slug), t, (), (), None, None, Events((), (), 0), (), None, 0, ()))
        list_pages += pages
    archive_links, pages = month_pages("archive", "archive", [(r.date, r) for r in
                                                              sorted(refs.values(), key=lambda r: (r.date, r.id),
                                                                     reverse=True)], "archive.md")
    list_pages += pages
    event_links, pages = month_pages("events", "timeline", [(e.start, e) for e in
                                                            sorted(events, key=lambda e: (e.start, e.end or e.start))],
                                     "timeline.md", newest_first=False)
    list_pages += pages
    entity_views = sorted((e for e in entities.values() if e.page), key=lambda e: (-e.article_count, e.name))
    for entity in entity_views:
        list_pages += paginate("entity", f"entities/{entity.key}", list(entity.mentions), entity.page,
                               first_page=entity.page, entity=entity)[1:]
    return Site(
        texts=texts,
        topics=tuple(TopicCount(t, sum(1 for a in articles if t.slug in a.topics), topic_page(t.slug))
                     for t in taxonomy.topics),
        home_latest=tuple(refs[a.id] for a in newest[:LATEST]),
        first=min((a.date for a in articles), default=None),
        last=latest_date,
        article_count=len(articles),
        languages=tuple(sorted(languages.items())),
        topic_pages=tuple(topic_views),
        article_pages=article_pages,
        months=archive_links,
        events=split_events(events, latest_date, NEAREST_EVENTS),
        event_months=event_links,
        entity_pages=tuple(entity_views),
        chart=monthly_chart(articles, taxonomy.topics, months, series, texts["chart_title"]),
        list_pages=tuple(list_pages),
    )
