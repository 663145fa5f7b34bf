"""The quality bars of the development labels (the figures `make quality` prints)."""
from __future__ import annotations

from pathlib import Path

import yaml

from digest.build import analyze_corpus
import pytest

from digest.evaluate import article_gold, devset_report, load_devset, score_dates, score_devset, score_facts, score_topics

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
    assert correct == predicted == expected, lines  # issue 12: the seed bars hold, precision and recall 1.0


DEVSET = ROOT / "tests" / "devset"
TOPICS = ("education", "energy", "transport", "culture")


def _devset_labels() -> dict[str, dict]:
    return {half: load_devset(DEVSET, half) for half in ("tune", "held")}


def test_the_development_set_has_the_shape_the_measurements_need():
    labels = _devset_labels()
    articles = {name: a for half in labels.values() for name, a in half["articles"].items()}
    assert len(articles) == sum(len(h["articles"]) for h in labels.values())  # no article in both halves
    assert len(articles) >= 120
    assert sum(a["lang"] == "kk" for a in articles.values()) >= 30
    assert len({a["kind"] for a in articles.values()}) >= 12
    few = sum(len(article_gold(a)[0]) <= 1 for a in articles.values())
    assert few >= 0.4 * len(articles)
    for half, data in labels.items():
        files = {p.name for p in (DEVSET / half).glob("*.txt")}
        assert files == set(data["articles"]), f"{half}: files and labels differ"
        for name, a in data["articles"].items():
            body = sum(p.get("role", "body") == "body" for p in a["paragraphs"])
            assert 3 <= body <= 12 or body == 1 and a.get("one_line"), name  # or an article pasted as one line
            assert all(set(p.get("must", ())) | set(p.get("may", ())) <= set(TOPICS) for p in a["paragraphs"]), name


@pytest.mark.parametrize("half, precision, recall, lookalike_precision, every_topic", [
    # the tuning half: what the vocabulary and rules were tuned on (it grew with harder look-alikes,
    # written to find the rules' mistakes: 0.89 / 0.98, look-alikes 0.84 when these bars were set)
    ("tune", 0.86, 0.95, 0.80, 0.0),
    # the held-apart half: measured only; the target, P and R >= 0.92 for every topic, and a
    # guard against losing what was reached (0.95 / 0.97, look-alikes 0.88; see make quality)
    ("held", 0.92, 0.95, 0.85, 0.92),
])
def test_article_topics_on_the_development_set(tools, half, precision, recall, lookalike_precision, every_topic):
    analysis = analyze_corpus(DEVSET / half, tools=tools)
    score = score_devset(analysis.articles, load_devset(DEVSET, half), list(TOPICS))
    assert score.articles == len(load_devset(DEVSET, half)["articles"])
    assert not [e for e in score.errors if "no paragraph starts" in e or "not built" in e]
    total = score.total
    assert total.precision >= precision and total.recall >= recall, devset_report(score, score, list(TOPICS))
    assert score.lookalike.precision >= lookalike_precision and score.lookalike.recall >= 0.9
    low = {t: (round(m.precision, 2), round(m.recall, 2)) for t, m in score.by_topic.items()
           if min(m.precision, m.recall) < every_topic}
    assert not low, devset_report(score, score, list(TOPICS))


def test_credits_on_stories_that_several_outlets_report(tools):
    """Under a quote, a further source is credited only when its report states the quoted fact wholly
    (tests/claims/stories.yml: not one that states part of it or gives another figure); some are."""
    from digest.evaluate import score_stories
    analysis = analyze_corpus(ROOT / "tests" / "claims" / "stories", tools=tools)
    labels = yaml.safe_load((ROOT / "tests" / "claims" / "stories.yml").read_text(encoding="utf-8"))
    right, credited, found, stating, lines = score_stories(analysis.articles, analysis.summaries, labels)
    assert right == credited, [line for line in lines if "wrong credit" in line]
    assert credited >= 5 and stating >= 15, lines  # measured: 5 of 18 when this bar was set


@pytest.mark.parametrize("which, precision, recall", [
    # tests/claims/tune/: what the matcher's rules were tuned on (1.00 / 0.84 when this guard was set)
    ("tune", 0.97, 0.80),
    # tests/claims/held/: written blind, measured only; the target is P >= 0.97 and R >= 0.80, not
    # reached (0.90 / 0.57 when this guard was set): the bar only keeps what was reached from being lost
    ("held", 0.85, 0.50),
])
def test_same_claim_on_the_gold_sentence_pairs(tools, which, precision, recall):
    from digest.evaluate import load_pairs, same_claim, score_claims
    path = ROOT / "tests" / "claims" / which
    counts, errors = score_claims(load_pairs(path), tools)
    same = same_claim(counts)
    assert same.precision >= precision and same.recall >= recall, errors if which == "tune" else "held apart"


def test_date_expressions_on_the_tables_of_forms():
    """The tables of forms (tests/dates/): every tuning case right but the known misreadings; the held-apart
    table, written blind, measured 0.94 / 0.93 when this guard was set (the bar keeps it from being lost)."""
    from digest.evaluate import date_table
    from digest.morph import RussianMorphology
    morph = RussianMorphology()

    def tense(word: str) -> str | None:
        return morph.parse(word).tense

    tables = ROOT / "tests" / "dates"
    right, extra, missed, lines, _ = date_table(sorted(tables.glob("tune*.yml")), tense)
    assert extra <= 2 and missed <= 2, lines  # the two cases marked `known`
    right, extra, missed, lines, _ = date_table(sorted(tables.glob("held*.yml")), tense)
    assert right / (right + extra) >= 0.90 and right / (right + missed) >= 0.88, "held apart"
