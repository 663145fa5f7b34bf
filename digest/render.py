"""Render stage: Jinja templates → Markdown pages (pure: returns {path: text}, writes nothing).

Article text only ever reaches a page through Jinja's HTML escaping and inside raw HTML blocks,
where Markdown does not apply: it stays data, never markup.
"""
from __future__ import annotations

import html
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterator

from jinja2 import (Environment, FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError, pass_context,
                    select_autoescape)
from markupsafe import Markup

from . import kazakh
from .dates import at_precision
from .errors import RAISE, DigestError, Guard
from .feeds import feed_path, render_feed
from .urls import relative_url
from .excerpts import shorten
from .group import PAGE_SIZE, Site, join_passages, sentence_segments
from .memo import PageMemo


# (and the characters YAML refuses in the front matter: control characters but NEL, U+FFFE, U+FFFF, dropped)
TITLE_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆", "{": "｛", "}": "｝",
                                  **dict.fromkeys([*range(0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0),
                                                   0xFFFE, 0xFFFF])})
TITLE_MAX = 150
SOURCE_TITLE_MAX = 50  # characters of a title naming a source that has no outlet


def page_title(text: str) -> str:
    """A page's title for the theme (browser tab, header, search): MkDocs' theme templates print it
    unescaped, so the few characters that could become markup get look-alikes; the page's own h1
    shows the exact text."""
    title = " ".join(str(text).split()).translate(TITLE_LOOKALIKES)
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1].rstrip() + "…"


def source_name(ref) -> str:
    """A source in a list of sources: its outlet, else the start of its title (a phone shows no tooltip)."""
    return ref.outlet or f"«{shorten(' '.join(ref.title.split()), '', SOURCE_TITLE_MAX)}»"


SEASON_OF_MONTH = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def period_words(start: date, precision: str, texts: dict) -> tuple[str, str]:
    """A single date at its precision as readers say it, in the nominative and in the genitive: «март 2026»,
    «марта 2026»; «I полугодие 2024», «III квартал 2025», «лето 2026», «зима 2025–2026», «2020-е годы»."""
    periods, genitive, months = texts["periods"], texts["months_genitive"], texts["months"]
    if precision == "day":
        day = f"{start.day} {genitive[start.month - 1]} {start.year}"
        return day, day
    if precision == "month":
        return f"{months[start.month - 1].lower()} {start.year}", f"{genitive[start.month - 1]} {start.year}"
    if precision == "year":
        return f"{start.year} {texts['year_word']}", periods["year_genitive"].format(year=start.year)
    if precision == "half":
        i = 0 if start.month <= 6 else 1
        return f"{periods['half'][i]} {start.year}", f"{periods['half_genitive'][i]} {start.year}"
    if precision == "quarter":
        i = (start.month - 1) // 3
        return f"{periods['quarter'][i]} {start.year}", f"{periods['quarter_genitive'][i]} {start.year}"
    if precision == "season":
        season = SEASON_OF_MONTH[start.month]
        years = f"{start.year}–{start.year + 1}" if season == "winter" else str(start.year)
        return f"{periods['season'][season]} {years}", f"{periods['season_genitive'][season]} {years}"
    return periods["decade"].format(year=start.year), periods["decade_genitive"].format(year=start.year)


def event_label(start: date, end: date | None, precision: str, texts: dict, direction: str | None = None) -> str:
    """A date as readers say it: 12 ноября 2025, 11–12 ноября 2025, декабрь 2025, 2019–2021 годы, I полугодие
    2024, лето 2026, 2020-е годы; an open-ended span in words: до 2028 года, с 2015 года, к 2027 году."""
    genitive, months = texts["months_genitive"], texts["months"]
    if direction and not end:
        periods = texts["periods"]
        if direction == "by" and precision == "year":
            return periods["by_year"].format(year=start.year)
        return periods[direction].format(date=period_words(start, precision, texts)[1])
    if precision not in ("day", "month", "year"):
        return period_words(start, precision, texts)[0]
    if precision == "year":
        return f"{start.year}–{end.year} {texts['years_word']}" if end else f"{start.year} {texts['year_word']}"
    if precision == "month":
        label = f"{months[start.month - 1].lower()} {start.year}"
        return f"{label} — {months[end.month - 1].lower()} {end.year}" if end else label
    if end is None:
        return f"{start.day} {genitive[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {genitive[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{start.day} {genitive[start.month - 1]} — {end.day} {genitive[end.month - 1]} {start.year}"
    return f"{start.day} {genitive[start.month - 1]} {start.year} — {end.day} {genitive[end.month - 1]} {end.year}"


def plural(n: int, forms: list[str]) -> str:
    """The Russian plural form for a count: [статья, статьи, статей]."""
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def make_environment(templates_dir: Path, texts: dict) -> Environment:
    """The Jinja environment: autoescaping everywhere, undefined variables are errors."""
    # (a build makes its own environment, so templates never change under it: no look at a template's file
    # for each page and each `include` of a partial in a loop)
    env = Environment(loader=FileSystemLoader(str(templates_dir)), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      auto_reload=False)
    months = texts["months_genitive"]
    month_names = texts["months"]
    env.filters["long_date"] = lambda d: f"{d.day} {months[d.month - 1]} {d.year}"
    env.filters["day_month"] = lambda d: f"{d.day} {months[d.month - 1]}"
    env.filters["month_label"] = lambda m: f"{month_names[m.month - 1]} {m.year}"
    env.filters["month_name"] = lambda n: month_names[n - 1]
    env.filters["iso"] = lambda d: d.isoformat() if isinstance(d, date) else ""
    env.filters["event_date"] = lambda e: event_label(e.start, e.end, e.precision, texts, e.direction)
    env.filters["event_iso"] = lambda e: at_precision(e.start, e.precision)
    env.filters["lang_label"] = lambda code: texts["languages"].get(code, code)
    env.filters["source_name"] = source_name
    # front matter values: a JSON string is valid YAML and cannot open a YAML structure
    env.filters["page_title"] = lambda s: Markup(json.dumps(page_title(s), ensure_ascii=False))
    env.filters["count"] = lambda n, forms: f"{n} {plural(n, forms)}"
    env.filters["lang_attr"] = lang_attr
    return env


@pass_context
def lang_attr(context, lang: str) -> Markup:
    """` lang="kk"` for a text in another language than its page's (`page_lang`), else nothing: a list of
    thousands of items in the page's own language need not say it on each."""
    return Markup(' lang="{}"').format(lang) if lang != context.get("page_lang", "ru") else Markup("")


def fallback_page(title: str, notice: str, paragraphs: tuple = ()) -> str:
    """A page that could not be rendered: its title, a notice and the article's paragraphs as plain
    text under their anchors, so that every link to it and to its paragraphs still leads somewhere."""
    body = "".join(f'<p id="{p.anchor}" lang="{p.lang}">'
                   + ("".join(f'<span id="{anchor}">{html.escape(text)}</span>' if anchor else html.escape(text)
                              for anchor, text in sentence_segments(p)) if p.role == "body" else html.escape(p.text))
                   + "</p>\n" for p in paragraphs)
    return (f"---\ntitle: {json.dumps(page_title(title), ensure_ascii=False)}\n---\n\n"
            f'<h1 id="title">{html.escape(title)}</h1>\n<p class="digest-meta" lang="ru">{html.escape(notice)}</p>\n'
            f'<div class="digest-article">\n{body}</div>\n')


def render_site(site: Site, templates_dir: Path, guard: Guard = RAISE) -> dict[str, str]:
    """Every generated page as {source path: Markdown} (see iter_site)."""
    return dict(iter_site(site, templates_dir, guard))


def iter_site(site: Site, templates_dir: Path, guard: Guard = RAISE, memo: PageMemo | None = None
              ) -> Iterator[tuple[str, str | None]]:
    """Every generated page as (source path, Markdown), one at a time (a build writes each before the
    next is made, so that the site's text is never held whole); a broken template is a DigestError. A
    page that fails on its data is replaced by a plain fallback page (the guard reports it). With a
    `memo`, an article's, entity's or list's page whose view is the last build's is not rendered: its
    text is None (its file stands)."""
    try:
        yield from _render_pages(site, templates_dir, guard, memo)
    except TemplateSyntaxError as exc:
        raise DigestError(f"{templates_dir / (exc.name or '?')}:{exc.lineno}: template error: {exc.message} "
                          "— fix the template; the previous pages are unchanged") from None
    except TemplateError as exc:
        raise DigestError(f"{templates_dir}: template error: {exc} — fix the template or texts.yml; "
                          "the previous pages are unchanged") from None
    except (KeyError, IndexError, TypeError) as exc:
        raise DigestError(f"{templates_dir / 'texts.yml'}: missing or wrong text ({exc}) — "
                          "compare it with the repository's version") from None


def _render_pages(site: Site, templates_dir: Path, guard: Guard, memo: PageMemo | None
                  ) -> Iterator[tuple[str, str | None]]:
    env = make_environment(templates_dir, site.texts)
    templates = {name: env.get_template(name) for name in env.list_templates(extensions=["j2"])}  # syntax first

    def render(template: str, path: str, title: str = "", source: str | None = None, paragraphs: tuple = (),
               **context) -> tuple[str, str]:
        """(path, the page from the template); on a failure of its data, a fallback page and a warning
        naming the article file (`source`) or the template."""
        def url(target: str, anchor: str | None = None) -> str:
            return relative_url(path, target, anchor)
        text = None
        with guard.piece(f"the page {path}", source or f"templates/{template}"):
            try:
                text = templates[template].render(site=site, texts=site.texts, url=url, path=path,
                                                  topic_names=topic_names, badges=False,
                                                  **{"page_lang": "ru", **context})
            except TemplateError as exc:  # the template itself is wrong: every page would fail
                raise DigestError(f"{templates_dir / template}: template error: {exc} — fix the template or "
                                  "texts.yml; the previous pages are unchanged") from None
        if text is None:  # it failed (and the guard reported it): every link to it still leads somewhere
            text = fallback_page(title or path, site.texts["page_failed"], paragraphs)
            if memo is not None:
                memo.forget(path)
        return path, text

    def reused(path: str, view) -> bool:
        return memo is not None and memo.unchanged(path, view)

    if memo is not None:
        memo.refer(page.ref for page in site.article_pages)

    topic_names = {entry.topic.slug: entry.topic.name["ru"] for entry in site.topics}

    yield render("home.md.j2", "index.md", site.texts["site_name"])
    yield render("timeline.md.j2", "timeline.md", events=site.events)
    yield render("archive.md.j2", "archive.md")
    yield render("topics.md.j2", "topics/index.md")
    lead = {p.article.id: next((q.text for q in p.article.paragraphs if q.role == "body"), p.article.title)
            for p in site.article_pages}
    newest_first = sorted(site.article_pages, key=lambda p: (p.ref.date, p.ref.id), reverse=True)
    feeds = {}
    with guard.piece("the feed of all articles", "templates"):
        feeds[feed_path()] = render_feed(feed_path(), site.texts["site_name"], site.texts["feed_subtitle"],
                                         "index.md", [(p.ref, lead[p.ref.id]) for p in newest_first])
    for topic_page in site.topic_pages:
        slug = topic_page.topic.slug
        with guard.piece(f"the feed of '{slug}'", "templates"):
            feeds[feed_path(slug)] = render_feed(
                feed_path(slug), f"{site.texts['site_name']}: {topic_page.topic.name['ru']}",
                topic_page.topic.description["ru"], topic_page.page,
                [(entry.article, join_passages([p.text for p in entry.passages]) or lead[entry.article.id])
                 for entry in topic_page.articles])
    yield from feeds.items()
    yield "javascripts/search-texts.js", env.get_template("search-texts.js.j2").render(texts=site.texts)
    yield "javascripts/kazakh-stemmer.js", env.get_template("kazakh-stemmer.js.j2").render(**kazakh.js_tables())
    for page in site.topic_pages:
        yield render("topic.md.j2", page.page, page.topic.name["ru"], page=page, feed=feed_path(page.topic.slug))
    for page in site.article_pages:
        # (what the page shows of its events: their dates, by paragraph — not every other article reporting them;
        # of its paragraphs, which topics cite each: their text is the article's)
        if reused(page.page, (replace(page, events=(), paragraphs=()),
                              [(v.paragraph.anchor, v.cited_in) for v in page.paragraphs],
                              [(d.anchor, [(e.start, e.end, e.precision, e.direction) for e in d.events], d.text,
                                d.lang) for d in page.dates])):
            yield page.page, None
            continue
        yield render("article.md.j2", page.page, page.article.title, page.article.file, page.article.paragraphs,
                     page=page, page_lang=page.article.lang)
    yield render("entities.md.j2", "entities/index.md")
    for entity in site.entity_pages:
        if reused(entity.page, (replace(entity, mentions=entity.mentions[:PAGE_SIZE]), len(entity.mentions))):
            yield entity.page, None
            continue
        yield render("entity.md.j2", entity.page, entity.name, entity=entity, page_size=PAGE_SIZE)
    for page in site.list_pages:
        # (an entity's list page shows its name: not every mention, which its other pages show)
        if reused(page.page, replace(page, entity=replace(page.entity, mentions=()) if page.entity else None)):
            yield page.page, None
            continue
        yield render("list.md.j2", page.page, page=page)
