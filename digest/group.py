"""Group stage: page views (plain records) for home, topics, articles and the timeline."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from .model import Article, Citation, Paragraph, SummaryItem, Taxonomy, TimelineEntry, Topic

LATEST = 10


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
    """A statement on a page: its text and its resolved sources."""

    text: str
    lang: str
    sources: tuple[tuple[ArticleRef, str], ...]  # (article, anchor)


@dataclass(frozen=True)
class Item:
    """A summary item: the quote, plus other figures for the same measure."""

    quote: Quote
    alternatives: tuple[Quote, ...]


@dataclass(frozen=True)
class Month:
    """Entries of one month, newest first."""

    key: str  # YYYY-MM
    year: int
    month: int
    entries: tuple[ArticleRef, ...]


@dataclass(frozen=True)
class Passage:
    """An article's paragraph on a topic."""

    anchor: str
    text: str
    lang: str


@dataclass(frozen=True)
class TopicArticle:
    """An article filed under a topic, with its passages on it."""

    article: ArticleRef
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class TopicPage:
    """The page of one topic."""

    page: str
    topic: Topic
    items: tuple[Item, ...]
    months: tuple[Month, ...]
    articles: tuple[TopicArticle, ...]
    first: date | None
    last: date | None


@dataclass(frozen=True)
class ParagraphView:
    """A paragraph on its article page, with the topic pages that cite it."""

    paragraph: Paragraph
    cited_in: tuple[Topic, ...]


@dataclass(frozen=True)
class ArticlePage:
    """The page of one article."""

    page: str
    article: Article
    ref: ArticleRef
    topics: tuple[Topic, ...]
    paragraphs: tuple[ParagraphView, ...]


@dataclass(frozen=True)
class TopicCount:
    """A topic with its article count, for the home page."""

    topic: Topic
    count: int
    page: str


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
    months: tuple[Month, ...]


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


def by_month(refs: list[ArticleRef]) -> tuple[Month, ...]:
    """Articles grouped by month of publication, newest month and article first."""
    months: dict[str, list[ArticleRef]] = defaultdict(list)
    for r in refs:
        months[r.date.strftime("%Y-%m")].append(r)
    return tuple(Month(key, int(key[:4]), int(key[5:]),
                       tuple(sorted(entries, key=lambda r: (r.date, r.id), reverse=True)))
                 for key, entries in sorted(months.items(), reverse=True))


def _quote(statement, refs: dict[str, ArticleRef]) -> Quote:
    return Quote(statement.text, statement.lang,
                 tuple((refs[c.article], c.anchor) for c in statement.sources))


def cited_paragraphs(summaries: dict[str, tuple[SummaryItem, ...]]) -> dict[Citation, list[str]]:
    """Which topic summaries cite each paragraph."""
    cited: dict[Citation, list[str]] = defaultdict(list)
    for slug, items in summaries.items():
        for item in items:
            for st in (item.statement,) + item.alternatives:
                for c in st.sources:
                    if slug not in cited[c]:
                        cited[c].append(slug)
    return cited


def group_topic(topic: Topic, articles: tuple[Article, ...], items: tuple[SummaryItem, ...],
                refs: dict[str, ArticleRef]) -> TopicPage:
    """The view of one topic's page."""
    filed = [a for a in articles if topic.slug in a.topics]
    entries = [refs[a.id] for a in filed]
    topic_articles = tuple(
        TopicArticle(refs[a.id], tuple(Passage(p.anchor, p.text, p.lang) for p in a.paragraphs
                                       if p.role == "body" and topic.slug in p.topics))
        for a in sorted(filed, key=lambda a: (a.date, a.id), reverse=True))
    return TopicPage(topic_page(topic.slug), topic,
                     tuple(Item(_quote(i.statement, refs), tuple(_quote(s, refs) for s in i.alternatives))
                           for i in items),
                     by_month(entries), topic_articles,
                     min((a.date for a in filed), default=None), max((a.date for a in filed), default=None))


def group_site(taxonomy: Taxonomy, articles: tuple[Article, ...],
               summaries: dict[str, tuple[SummaryItem, ...]], timeline: tuple[TimelineEntry, ...],
               texts: dict) -> Site:
    """All page views of the site."""
    refs = {a.id: ref(a) for a in articles}
    topics_by_slug = {t.slug: t for t in taxonomy.topics}
    cited = cited_paragraphs(summaries)
    article_pages = tuple(
        ArticlePage(article_page(a.id), a, refs[a.id], tuple(topics_by_slug[s] for s in a.topics),
                    tuple(ParagraphView(p, tuple(topics_by_slug[s] for s in cited.get(Citation(a.id, p.anchor), ())))
                          for p in a.paragraphs))
        for a in articles)
    languages: dict[str, int] = defaultdict(int)
    for a in articles:
        languages[a.lang] += 1
    newest = sorted(articles, key=lambda a: (a.date, a.id), reverse=True)
    return Site(
        texts=texts,
        topics=tuple(TopicCount(t, sum(1 for a in articles if t.slug in a.topics), topic_page(t.slug))
                     for t in taxonomy.topics),
        home_latest=tuple(refs[a.id] for a in newest[:LATEST]),
        first=min((e.date for e in timeline), default=None),
        last=max((e.date for e in timeline), default=None),
        article_count=len(articles),
        languages=tuple(sorted(languages.items())),
        topic_pages=tuple(group_topic(t, articles, summaries.get(t.slug, ()), refs) for t in taxonomy.topics),
        article_pages=article_pages,
        months=by_month(list(refs.values())),
    )
