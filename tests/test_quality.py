"""The quality bars of the development labels (the figures `make quality` prints)."""
from __future__ import annotations

from pathlib import Path

import yaml

from digest.build import analyze_corpus
from digest.evaluate import score_dates, score_facts, score_topics

ROOT = Path(__file__).resolve().parent.parent


def test_paragraph_topics_and_key_facts_on_the_seeds(tools):
    analysis = analyze_corpus(ROOT / "corpus", tools=tools)
    gold = yaml.safe_load((ROOT / "tests/gold/seed_paragraphs.yml").read_text(encoding="utf-8"))
    topics = score_topics(analysis.articles, gold)
    assert topics.precision >= 0.95 and topics.recall >= 0.95, topics.errors
    assert topics.role_errors == 0, topics.errors
    facts = yaml.safe_load((ROOT / "tests/gold/seed_key_facts.yml").read_text(encoding="utf-8"))
    covered, total, lines = score_facts(analysis.articles, analysis.summaries, facts)
    assert covered / total >= 0.9, lines


def test_dated_events_on_the_seeds(tools):
    analysis = analyze_corpus(ROOT / "corpus", tools=tools)
    gold = yaml.safe_load((ROOT / "tests/gold/seed_timeline.yml").read_text(encoding="utf-8"))
    correct, predicted, expected, lines = score_dates(analysis.articles, gold)
    assert correct / predicted >= 0.95 and correct / expected >= 0.90, lines
