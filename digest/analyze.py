"""Analyze stage: structure, language, topics, dates and names of every paragraph of every article."""
from __future__ import annotations

import re
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
from .errors import Problem
from .excerpts import event_window, figures, name_keys
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
    roots = kazakh_roots(taxonomy)
    vocabulary = KazakhStemmer(roots)
    # the words of known names stop the stemmer too — except a name's inflected form of a vocabulary
    # word («Орал федералдық университеті»: университеті is университет, and must match it)
    kk_names = {w.lower() for e in known.entities for f in e.forms.get("kk", ()) for w in f.split()}
    kk_names = {w for w in kk_names if w in roots or vocabulary.stem(w) not in roots}
    lexicon = Lexicon(RussianMorphology(), KazakhStemmer(roots | kk_names))
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


DATELINE_BEFORE = re.compile(r"^[\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]*$")  # nothing before it but a city in capitals, digits
DATELINE_AFTER = re.compile(r"^\s*(?:г\.|года|ж\.)?[,.]?\s*(?:\d{1,2}[:.]\d{2}\b|[/–—-]|\.\s|$|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}|\()")


def dateline(paragraph, sentence, mention, published, paragraphs) -> bool:
    """A dateline: the publication day at the head of the article's first body paragraphs, with nothing
    before it but a city in capitals and a time, an agency or a dash after it."""
    if mention.end or mention.precision != "day" or mention.start != published or paragraph.role != "body":
        return False
    body = [p for p in paragraphs if p.role == "body"][:2]
    at = paragraph.text.find(sentence.text)
    if paragraph not in body or at < 0:
        return False
    before = paragraph.text[:at + mention.offset]  # («АСТАНА.» may be a sentence of its own)
    return bool(len(before) <= 60 and DATELINE_BEFORE.match(before) and
                DATELINE_AFTER.match(sentence.text[mention.offset + len(mention.phrase):]))


def find_events(paragraphs: tuple[Paragraph, ...], published, tools: Analyzers) -> tuple[Event, ...]:
    """Dates mentioned in the title and body, each with its sentence and that sentence's topics."""
    def tense(word: str) -> str | None:
        return tools.lexicon.morph.parse(word).tense

    events = []
    for p in paragraphs:
        if p.role not in ("title", "body"):
            continue
        for s in p.sentences:
            names = None
            for m in find_dates(s.text, p.lang, published, tense):
                if dateline(p, s, m, published, paragraphs):
                    continue  # «АСТАНА, 12 ноября. /Казинформ/», «28.03.2023 14:05»: when it was published
                names = names if names is not None else tuple(sorted(name_keys(s.text)))
                events.append(Event(m.phrase, s.text, p.anchor, m.start, m.end, m.precision, s.topics or p.topics,
                                    m.direction, event_window(s.text, m.phrase), names))
    return tuple(events)


def named_texts(paragraphs) -> list[tuple[Paragraph, str]]:
    """The texts names are looked for in, with their paragraph: each sentence of the title, headings and body."""
    return [(p, text) for p in paragraphs if p.role != "boilerplate"
            for text in ([s.text for s in p.sentences if s.text.strip()] or [p.text])]


def find_mentions(paragraphs: tuple[Paragraph, ...], tools: Analyzers) -> tuple[Mention, ...]:
    """People, organisations and places named in the title, headings and body (once per paragraph).
    Names are found sentence by sentence: the summaries ask for the same sentences' names again."""
    named = named_texts(paragraphs)
    mentions, seen = [], set()
    for (p, _), found in zip(named, tools.entities.find_all([(text, p.lang) for p, text in named])):
        for key, name, kind, scope in found:
            if (p.anchor, key) not in seen:
                seen.add((p.anchor, key))
                mentions.append(Mention(key, name, kind, p.anchor, scope))
    return tuple(mentions)


def check_editor_choices(doc: SourceDoc, taxonomy: Taxonomy) -> tuple[SourceDoc, list[Problem]]:
    """The article with only the editor's choices that can be applied, and a warning for each other:
    a topic the taxonomy does not have, a topic both added and removed, a paragraph it does not have."""
    slugs = [t.slug for t in taxonomy.topics]
    problems, topics, excluded = [], [], []
    hint = "check 'topics:' in its front matter or in corpus/_metadata.yml"
    for entry in doc.topics_set:
        slug = entry.lstrip("-")
        if slug not in slugs:
            problems.append(Problem(doc.file, f"the editor's topic '{slug}' is not a topic of the taxonomy "
                                    f"(topics: {', '.join(slugs)})", f"{hint}; this entry is ignored",
                                    doc.editor_line, "warning"))
        elif slug in doc.topics_set and "-" + slug in doc.topics_set:
            if entry == slug:  # reported once
                problems.append(Problem(doc.file, f"the editor's topics both add and remove '{slug}'",
                                        f"{hint}; both entries are ignored", doc.editor_line, "warning"))
        else:
            topics.append(entry)
    for anchor in doc.exclude:
        if int(anchor[1:]) > len(doc.lines):
            problems.append(Problem(doc.file, f"'exclude' names {anchor}, but the article has {len(doc.lines)} "
                                    "paragraphs", "count paragraphs as the article page numbers them (¶ links: "
                                    "#p1, #p2 …); this entry is ignored", doc.editor_line, "warning"))
        else:
            excluded.append(anchor)
    if (tuple(topics), tuple(excluded)) == (doc.topics_set, doc.exclude):
        return doc, problems
    return replace(doc, topics_set=tuple(topics), exclude=tuple(excluded)), problems


def without_topics(p: Paragraph, dropped: set[str]) -> Paragraph:
    """The paragraph with these topics taken from it and from each of its sentences."""
    if not dropped & ({*p.topics} | {t for s in p.sentences for t in s.topics}):
        return p
    return replace(p, topics=tuple(t for t in p.topics if t not in dropped),
                   sentences=tuple(replace(s, topics=tuple(t for t in s.topics if t not in dropped))
                                   for s in p.sentences))


def apply_editor(p: Paragraph, doc: SourceDoc, every_topic: set[str]) -> Paragraph:
    """The paragraph after the editor's choices: an excluded paragraph is about no topic; a removed
    topic is taken from every sentence; an added topic goes to every body sentence (and its paragraph)
    with any evidence for it, however little (there may be none: the article is filed all the same)."""
    if p.anchor in doc.exclude:
        return without_topics(p, every_topic)
    p = without_topics(p, set(doc.topics_removed))
    if p.role != "body":
        return p
    sentences = tuple(replace(s, topics=tuple(sorted({*s.topics, *(t for t in doc.topics_added
                                                                     if dict(s.scores).get(t, 0) > 0)})))
                      for s in p.sentences)
    return replace(p, topics=tuple(sorted({*p.topics, *(t for s in sentences for t in s.topics)})),
                   sentences=sentences)


def read_paragraphs(doc: SourceDoc, tools: Analyzers) -> tuple[tuple, str, list[Paragraph]]:
    """An article's roles, language and paragraphs with their sentences and topics (the first half of
    analyze_article)."""
    roles = assign_roles(doc.lines, doc.markdown, has_title=doc.title is not None)
    lang = article_language(doc, roles, tools.detector)
    paragraphs = []
    for n, (line, (role, text)) in enumerate(zip(doc.lines, roles), 1):
        p_lang = tools.detector.detect(text, default=lang)
        sentences, topics = tools.classifier.classify(text, p_lang, role)
        paragraphs.append(Paragraph(n, f"p{n}", line.line, text, role, p_lang, sentences, topics))
    return roles, lang, paragraphs


def analyze_article(doc: SourceDoc, tools: Analyzers, statements: bool = True) -> Article:
    """An Article from a SourceDoc: roles, languages, sentences and topics of every paragraph, its dated
    events, names, content words and summary candidates (`statements`: with their claims and speakers read;
    see summarize.article_candidates)."""
    return finish_article(doc, tools, *read_paragraphs(doc, tools), statements=statements)


def analyze_articles(docs, tools: Analyzers, statements: bool = True) -> list[Article | Exception]:
    """analyze_article for each document (or the exception that stopped it: the others are analysed all the
    same). The names of all of them are looked for together: the NER model tags their sentences in batches of
    similar length (a text's names do not depend on its batch), fuller than one article's."""
    read: list = []
    for doc in docs:
        try:
            read.append(read_paragraphs(doc, tools))
        except Exception as exc:  # noqa: BLE001 — reported by the caller, for this document only
            read.append(exc)
    try:
        tools.entities.find_all([(text, p.lang) for r in read if not isinstance(r, Exception)
                                 for p, text in named_texts(r[2])])
    except Exception:  # noqa: BLE001 — each article looks for its own names again, and fails alone
        pass
    analysed: list[Article | Exception] = []
    for doc, r in zip(docs, read):
        try:
            analysed.append(r if isinstance(r, Exception) else finish_article(doc, tools, *r, statements=statements))
        except Exception as exc:  # noqa: BLE001
            analysed.append(exc)
    return analysed


def finish_article(doc: SourceDoc, tools: Analyzers, roles: tuple, lang: str, paragraphs: list[Paragraph],
                   statements: bool = True) -> Article:
    """The Article from its paragraphs as read_paragraphs gives them: the editor's choices, title, dated events,
    names, content words and summary candidates."""
    # a topic the article is not filed under (a passing mention) reaches neither its page nor its summary
    every_topic = {t.slug for t in tools.classifier.taxonomy.topics}
    unfiled = every_topic - tools.classifier.article_topics(paragraphs)
    paragraphs = [without_topics(p, unfiled) for p in paragraphs]
    if doc.topics_set or doc.exclude:
        paragraphs = [apply_editor(p, doc, every_topic) for p in paragraphs]
    title = doc.title or next((p.text for p in paragraphs if p.role == "title"), None)
    if title is None:
        lead = next((p.text for p in paragraphs if p.role == "body"), paragraphs[0].text)
        title = short_title(lead)
    topics = sorted({t for p in paragraphs if p.role == "body" for t in p.topics} | set(doc.topics_added))
    order = {t.slug: i for i, t in enumerate(tools.classifier.taxonomy.topics)}
    article = Article(
        id=doc.id, file=doc.file, date=doc.date, lang=lang, title=title, url=doc.url,
        outlet=doc.outlet or find_outlet(roles), paragraphs=tuple(paragraphs),
        topics=tuple(sorted(topics, key=order.get)), metadata=doc.metadata,
        events=find_events(tuple(p for p in paragraphs if p.anchor not in doc.exclude), doc.date, tools),
        mentions=find_mentions(tuple(paragraphs), tools),
        topics_added=doc.topics_added, topics_removed=doc.topics_removed, excluded=doc.exclude,
    )
    return replace(article, candidates=article_candidates(article, tools, statements), figures=figures(article.paragraphs),
                   terms=content_terms(article, tools.lexicon))
