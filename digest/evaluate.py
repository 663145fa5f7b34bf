"""Quality figures against development labels (tests/gold/): paragraph topics, key facts, dates.

    python -m digest.evaluate topics|facts|dates|all [--corpus DIR] [--taxonomy FILE] [--gold-dir DIR] [-v]

topics: micro precision/recall of paragraph topics (seed_paragraphs.yml); facts: key facts stated
and cited by a summary item (seed_key_facts.yml); dates: precision/recall of dated events
(seed_timeline.yml). -v lists every disagreement.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from .build import analyze_corpus, DEFAULT_TAXONOMY
from .model import Article, SummaryItem

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class TopicScore:
    """Micro precision and recall of paragraph topics, with the disagreements."""

    tp: int
    fp: int
    fn: int
    role_errors: int
    errors: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _by_file(articles: tuple[Article, ...]) -> dict[str, Article]:
    return {Path(a.file).name: a for a in articles}


def score_topics(articles: tuple[Article, ...], gold: dict) -> TopicScore:
    """Compare predicted paragraph topics with the gold: must (recall), outside must+may (false positive)."""
    tp = fp = fn = role_errors = 0
    errors = []
    by_file = _by_file(articles)
    for name, labels in gold["articles"].items():
        article = by_file[name]
        for label in labels:
            para = next((p for p in article.paragraphs if p.text.startswith(label["starts"])), None)
            if para is None:
                errors.append(f"{name}: no paragraph starts with {label['starts']!r}")
                fn += len(label.get("must", []))
                continue
            must, may = set(label.get("must", [])), set(label.get("may", []))
            got = set(para.topics)
            tp += len(got & must)
            fn += len(must - got)
            fp += len(got - must - may)
            if para.role != label.get("role", "body"):
                role_errors += 1
                errors.append(f"{name} {para.anchor}: role {para.role}, gold {label.get('role', 'body')}")
            if must - got or got - must - may:
                errors.append(f"{name} {para.anchor}: got {sorted(got)}, must {sorted(must)}, "
                              f"may {sorted(may)} — {para.text[:60]}")
    return TopicScore(tp, fp, fn, role_errors, tuple(errors))


def _norm(phrase: str) -> str:
    return " ".join(re.sub(r"[-‐‑‒–—−]", "-", phrase.lower()).split())


def score_dates(articles: tuple[Article, ...], gold: dict) -> tuple[int, int, int, tuple[str, ...]]:
    """(correct, predicted, gold, disagreements): an extracted date is correct when an unmatched gold
    event of the same article has the same phrase (one containing the other) and the same resolution."""
    from .dates import DateMention
    by_file = _by_file(articles)
    correct = predicted = expected = 0
    lines = []
    for name, data in gold["articles"].items():
        article = by_file[name]
        wanted = [(_norm(e["phrase"]), str(e["when"]), e["precision"]) for e in data.get("events", [])]
        expected += len(wanted)
        for event in article.events:
            predicted += 1
            label = DateMention(event.phrase, 0, event.start, event.end, event.precision).label()
            phrase = _norm(event.phrase)
            hit = next((w for w in wanted if (w[0] in phrase or phrase in w[0]) and w[1:] == (label, event.precision)),
                       None)
            if hit:
                wanted.remove(hit)
                correct += 1
            else:
                lines.append(f"  extra  {name} {event.anchor}: {event.phrase!r} → {label} ({event.precision})")
        lines += [f"  missed {name}: {w[0]!r} → {w[1]} ({w[2]})" for w in wanted]
    return correct, predicted, expected, tuple(lines)


def item_statements(item: SummaryItem):
    """Every statement a summary item shows: the main one and its alternative figures."""
    return (item.statement,) + item.alternatives


def score_facts(articles: tuple[Article, ...], summaries: dict[str, tuple[SummaryItem, ...]],
                gold: dict) -> tuple[int, int, tuple[str, ...]]:
    """(covered, total, report lines): a fact is covered by one statement of one summary item that
    matches all its patterns and cites one of the fact's source files."""
    id_of = {Path(a.file).name: a.id for a in articles}
    covered, total, lines = 0, 0, []
    for topic, facts in gold["topics"].items():
        for fact in facts:
            total += 1
            sources = {id_of[s] for s in fact["sources"] if s in id_of}
            hit = None
            for n, item in enumerate(summaries.get(topic, ()), 1):
                for st in item_statements(item):
                    text_ok = all(re.search(p, st.text, re.IGNORECASE) for p in fact["all"])
                    if text_ok and sources & {c.article for c in st.sources}:
                        hit = n
                        break
                if hit:
                    break
            covered += bool(hit)
            lines.append(f"  {'ok ' if hit else 'MISS'} {topic:10} {fact['id']:24}"
                         f"{f' item {hit}' if hit else ''}")
    return covered, total, tuple(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the quality figures."""
    parser = argparse.ArgumentParser(prog="python -m digest.evaluate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("topics", "facts", "dates", "all"))
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY)
    parser.add_argument("--gold-dir", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    analysis = analyze_corpus(args.corpus, args.taxonomy)
    if args.what in ("topics", "all"):
        gold = yaml.safe_load((args.gold_dir / "seed_paragraphs.yml").read_text(encoding="utf-8"))
        s = score_topics(analysis.articles, gold)
        print(f"paragraph topics: precision {s.precision:.3f} recall {s.recall:.3f} "
              f"(tp {s.tp}, fp {s.fp}, fn {s.fn}); paragraph roles wrong: {s.role_errors}")
        if args.verbose and s.errors:
            print("\n".join("  " + e for e in s.errors))
    if args.what in ("facts", "all"):
        gold = yaml.safe_load((args.gold_dir / "seed_key_facts.yml").read_text(encoding="utf-8"))
        covered, total, lines = score_facts(analysis.articles, analysis.summaries, gold)
        print(f"key facts covered and cited: {covered}/{total} = {covered / total:.1%}")
        if args.verbose:
            print("\n".join(lines))
    if args.what in ("dates", "all"):
        gold = yaml.safe_load((args.gold_dir / "seed_timeline.yml").read_text(encoding="utf-8"))
        correct, predicted, expected, lines = score_dates(analysis.articles, gold)
        precision = correct / predicted if predicted else 1.0
        recall = correct / expected if expected else 1.0
        print(f"dated events: precision {precision:.3f} recall {recall:.3f} "
              f"({correct} correct of {predicted} extracted, {expected} in the labels)")
        if args.verbose and lines:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
