"""Analyze stage: structure, language, topics, dates and names of every paragraph of every article."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .classify import TopicClassifier
from .config import kazakh_roots
from .dates import find_dates
from .entities import EntityFinder, KnownNames, load_known_names
from .kazakh import KazakhStemmer
from .langid import LanguageDetector
from .lexicon import Lexicon
from .model import Article, Event, Mention, Paragraph, SourceDoc, Taxonomy
from .morph import RussianMorphology
from .ner import RussianNER
from .structure import assign_roles, find_outlet, short_title
from .summarize import article_candidates, content_terms


@dataclass(frozen=True)
class Analyzers:
    """The expensive components, built once per build and passed to every stage that needs them."""

    lexicon: Lexicon
    classifier: TopicClassifier
    detector: LanguageDetector
    entities: EntityFinder


def build_analyzers(taxonomy: Taxonomy, known: KnownNames | None = None) -> Analyzers:
    """Build the morphology, stemmer, language detector, classifier and entity finder."""
    known = known if known is not None else load_known_names(Path(__file__).resolve().parent.parent / "entities.yml")
    kk_names = {w.lower() for e in known.entities for f in e.forms.get("kk", ()) for w in f.split()}
    lexicon = Lexicon(RussianMorphology(), KazakhStemmer(kazakh_roots(taxonomy) | kk_names))
    return Analyzers(lexicon, TopicClassifier(taxonomy, lexicon), LanguageDetector(),
                     EntityFinder(known, RussianNER, lexicon))


def article_language(doc: SourceDoc, roles: tuple[tuple[str, str], ...], detector: LanguageDetector) -> str:
    """The article's language: its metadata, else the language of most of its text."""
    if doc.lang:
        return doc.lang
    weight: Counter[str] = Counter()
    for role, text in roles:
        if role != "boilerplate":
            weight[detector.detect(text)] += len(text)
    return weight.most_common(1)[0][0] if weight else "ru"


def find_events(paragraphs: tuple[Paragraph, ...], published, tools: Analyzers) -> tuple[Event, ...]:
    """Dates mentioned in the title and body, each with its sentence and that sentence's topics."""
    def tense(word: str) -> str | None:
        return tools.lexicon.morph.parse(word).tense

    events = []
    for p in paragraphs:
        if p.role not in ("title", "body"):
            continue
        for s in p.sentences:
            for m in find_dates(s.text, p.lang, published, tense):
                events.append(Event(m.phrase, s.text, p.anchor, m.start, m.end, m.precision, s.topics or p.topics))
    return tuple(events)


def find_mentions(paragraphs: tuple[Paragraph, ...], tools: Analyzers) -> tuple[Mention, ...]:
    """People, organisations and places named in the title, headings and body (once per paragraph)."""
    named = [p for p in paragraphs if p.role != "boilerplate"]
    mentions = []
    for p, found in zip(named, tools.entities.find_all([(p.text, p.lang) for p in named])):
        seen = set()
        for key, name, kind, scope in found:
            if key not in seen:
                seen.add(key)
                mentions.append(Mention(key, name, kind, p.anchor, scope))
    return tuple(mentions)


def analyze_article(doc: SourceDoc, tools: Analyzers) -> Article:
    """An Article from a SourceDoc: roles, languages, sentences and topics of every paragraph."""
    roles = assign_roles(doc.lines, doc.markdown, has_title=doc.title is not None)
    lang = article_language(doc, roles, tools.detector)
    paragraphs = []
    for n, (line, (role, text)) in enumerate(zip(doc.lines, roles), 1):
        p_lang = tools.detector.detect(text, default=lang)
        sentences, topics = tools.classifier.classify(text, p_lang, role)
        paragraphs.append(Paragraph(n, f"p{n}", line.line, text, role, p_lang, sentences, topics))
    title = doc.title or next((p.text for p in paragraphs if p.role == "title"), None)
    if title is None:
        lead = next((p.text for p in paragraphs if p.role == "body"), paragraphs[0].text)
        title = short_title(lead)
    topics = sorted({t for p in paragraphs if p.role == "body" for t in p.topics})
    order = {t.slug: i for i, t in enumerate(tools.classifier.taxonomy.topics)}
    article = Article(
        id=doc.id, file=doc.file, date=doc.date, lang=lang, title=title, url=doc.url,
        outlet=doc.outlet or find_outlet(roles), paragraphs=tuple(paragraphs),
        topics=tuple(sorted(topics, key=order.get)), metadata=doc.metadata,
        events=find_events(tuple(paragraphs), doc.date, tools),
        mentions=find_mentions(tuple(paragraphs), tools),
    )
    return replace(article, candidates=article_candidates(article, tools.classifier),
                   terms=content_terms(article, tools.lexicon))
