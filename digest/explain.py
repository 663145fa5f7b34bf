"""Why an article got its topics: each paragraph's sentences, the words and rules that decided.

    python build_digest.py --explain corpus/FILE.txt

The explanation runs the build's own analysis of the file (with the editor's choices from its front
matter or corpus/_metadata.yml) and asks the classifier to trace the same decisions it made.
"""
from __future__ import annotations

from pathlib import Path

from .analyze import Analyzers, analyze_article, build_analyzers, check_editor_choices
from .config import load_taxonomy
from .load import load_metadata, read_article
from .model import Paragraph

LANG_NAMES = {"ru": "Russian", "kk": "Kazakh"}
SHOWN = 110  # characters of a sentence shown


def _short(text: str) -> str:
    return text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"


def _topics(topics) -> str:
    return ", ".join(topics) if topics else "none"


def explain_file(path: Path, corpus_dir: Path, taxonomy_path: Path, tools: Analyzers | None = None) -> str:
    """The explanation of one article file, as text."""
    taxonomy = load_taxonomy(taxonomy_path)
    tools = tools or build_analyzers(taxonomy)
    path, corpus_dir = path.resolve(), corpus_dir.resolve()
    metadata, problems = load_metadata(corpus_dir)
    rel = path.relative_to(corpus_dir).as_posix()
    doc, warnings = read_article(path, corpus_dir, metadata.get(rel) or metadata.get(path.name))
    doc, editor_problems = check_editor_choices(doc, taxonomy)
    article = analyze_article(doc, tools)
    rules = taxonomy.rules
    out = [f"{doc.file} — {LANG_NAMES.get(article.lang, article.lang)}, {len(article.paragraphs)} paragraphs; "
           f"filed under: {_topics(article.topics)}",
           f"rules: a sentence needs a score of {rules.min_score:g} and {rules.dominance:g} × its strongest topic; "
           f"a paragraph keeps a topic with {rules.paragraph_dominance:g} × its strongest; an article needs "
           f"{rules.article_min_score:g} from {rules.article_min_sentences} sentences (or its title, one sentence of "
           f"decision, or one sentence of {rules.article_sentence_score:g}); weights "
           + ", ".join(f"{tier} {w:g}" for tier, w in rules.weights)]
    # the classifier's decisions again, traced: one pass per paragraph, then the article's filing
    traces = [[] for _ in article.paragraphs]
    raw = [Paragraph(p.index, p.anchor, p.line, p.text, p.role, p.lang,
                     *tools.classifier.classify(p.text, p.lang, p.role, trace))
           for p, trace in zip(article.paragraphs, traces)]
    unfiled: dict[str, str] = {}
    filed = tools.classifier.article_topics(raw, unfiled)
    for topic, reason in sorted(unfiled.items()):
        out.append(f"not filed under {topic}: {reason}")
    choices = ([f"adds {t}" for t in article.topics_added] + [f"removes {t}" for t in article.topics_removed]
               + ([f"keeps {', '.join(article.excluded)} out of every topic"] if article.excluded else []))
    if choices:
        out.append("editor: " + "; ".join(choices))
    out += [f"  {p}" for p in (*problems, *warnings, *editor_problems)]
    for p, found, trace in zip(article.paragraphs, (r.topics for r in raw), traces):
        out.append("")
        out.append(f"{p.anchor} (line {p.line}, {p.role}, {p.lang}) → {_topics(p.topics)}")
        if p.role == "boilerplate":
            out.append("  boilerplate (a byline, credit or label): about no topic")
            continue
        if p.anchor in article.excluded:
            out.append("  kept out of every topic by the editor")
        for entry in trace:
            if entry[0] == "paragraph":
                _, totals, dropped = entry
                if len([s for s in trace if s[0] != "paragraph"]) > 1:
                    out.append("  paragraph: " + ", ".join(f"{t} {v:g}" for t, v in sorted(totals.items())))
                for topic, reason in sorted(dropped.items()):
                    out.append(f"    {topic} dropped: {reason}")
                continue
            sentence, matched, why, notes = entry
            out.append(f"  «{_short(sentence)}»")
            for words, key, topic, tier, weight, reason in matched:
                how = f"+{weight:g}" if weight else f"0 ({reason})"
                out.append(f"    {words} → {topic} {tier} '{key}' {how}")
            for topic, reason in sorted(why.items()):
                out.append(f"    {topic} not kept: {reason}")
            for topic, note in sorted(notes.items()):
                out.append(f"    {topic}: {note}")
        for topic in sorted(t for t in found if t not in filed):
            out.append(f"    {topic} dropped: the article is not filed under it (see above)")
        found = [t for t in found if t in filed]
        if set(found) != set(p.topics) and p.anchor not in article.excluded:
            added = sorted(set(p.topics) - set(found))
            removed = sorted(set(found) - set(p.topics))
            out.append("  editor: " + "; ".join([f"+{t}" for t in added] + [f"-{t}" for t in removed]))
    return "\n".join(out) + "\n"
