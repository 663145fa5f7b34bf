"""Related stories: the same story (near-identical reports), the same subject, across languages."""
from __future__ import annotations

from digest.related import related_articles
from tests.helpers import make_article


def related(tools, *articles):
    return related_articles(articles, {a.id: a.terms for a in articles})


def test_near_identical_reports_are_one_story_and_unrelated_news_is_not_related(tools):
    text = ("Министр энергетики Казахстана Алмасадам Саткалиев и глава Газпрома Алексей Миллер подписали в "
            "Санкт-Петербурге соглашение о поставках 5 млрд кубометров газа в Костанайскую область.")
    a = make_article(tools, "a", "2025-06-01", text, outlet="Первое")
    b = make_article(tools, "b", "2025-06-01", text.replace("подписали", "заключили"), outlet="Второе")
    c = make_article(tools, "c", "2025-06-02", "В Шымкенте открылся фестиваль уличного театра для детей.")
    result = related(tools, a, b, c)
    assert [(r.article, r.same_story) for r in result["a"]] == [("b", True)]
    assert result["c"] == ()


def test_the_same_event_in_kazakh_and_russian_is_related(tools):
    ru = make_article(tools, "ru", "2025-03-01", "Касым-Жомарт Токаев посетит Омск 14–15 марта, где откроет форум.")
    kk = make_article(tools, "kk", "2025-03-01", "Қасым-Жомарт Тоқаев 14-15 наурызда Омбыға барып, форумды ашады.")
    result = related(tools, ru, kk)
    assert [r.article for r in result["ru"]] == ["kk"] and not result["ru"][0].same_story


def _plain_scores(articles, evidence_of):
    """The candidates' scores as the definition reads: for each article, every other article sharing a
    piece of its evidence (not one shared by more than MAX_POSTINGS articles) gets that evidence's
    weight, plus half a point for each topic in common; the best CANDIDATES by score, then id."""
    from collections import defaultdict
    from digest.related import CANDIDATES, MAX_POSTINGS
    holders = defaultdict(list)
    for a in articles:
        for key in evidence_of[a.id]:
            if key[0] != "topic":
                holders[key].append(a.id)
    topics = {a.id: set(a.topics) for a in articles}
    best = {}
    for a in articles:
        scores = defaultdict(float)
        for key, value in evidence_of[a.id].items():
            if len(holders.get(key, ())) <= MAX_POSTINGS:
                for b in holders.get(key, ()):
                    if b != a.id:
                        scores[b] += value
        for b in scores:
            scores[b] += 0.5 * len(topics[a.id] & topics[b])
        best[a.id] = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]
    return best


def test_candidates_scored_over_arrays_are_those_of_a_plain_loop_over_the_evidence(tools, monkeypatch):
    """On the development set (216 + 66 articles, both languages, many shared names and dates) and with
    postings capped low enough that the cap matters, every article's candidates and their scores are
    exactly those of the definition, ties included."""
    from pathlib import Path

    import digest.related as related_module
    from digest.analyze import analyze_article
    from digest.load import load_corpus
    devset = Path(__file__).resolve().parent / "devset"
    articles = tuple(analyze_article(doc, tools) for half in ("tune", "held")
                     for doc in load_corpus(devset / half)[0])
    monkeypatch.setattr(related_module, "MAX_POSTINGS", 12)
    seen = {}
    real_index = related_module.Index

    class Spy(real_index):
        def candidates(self, i, evidence):
            seen[articles[i].id] = evidence
            return super().candidates(i, evidence)

    monkeypatch.setattr(related_module, "Index", Spy)
    index_of = {a.id: i for i, a in enumerate(articles)}
    found = {}
    original = related_module._best_related

    def keep(a, candidates, *rest):
        found[a.id] = [(articles[j].id, score) for j, score in candidates]
        return original(a, candidates, *rest)

    monkeypatch.setattr(related_module, "_best_related", keep)
    related_module.related_articles(articles, {a.id: a.terms for a in articles})
    expected = _plain_scores(articles, seen)
    assert len(found) == len(articles) == len(index_of)
    assert sum(1 for v in expected.values() if len(v) == 20) >= 20, "enough articles have a full list"
    assert found == expected


def test_related_stories_from_the_figures_the_analysis_read_are_those_read_at_relating(tools):
    """The analysis reads each article's figures once (relating every article read every body again at every
    build): the related stories are those of reading them when relating."""
    from dataclasses import replace
    from pathlib import Path
    from digest.build import analyze_corpus
    analysis = analyze_corpus(Path(__file__).resolve().parent / "devset" / "held", tools=tools)
    articles = analysis.articles
    assert all(a.figures is not None for a in articles) and sum(len(a.figures) >= 3 for a in articles) >= 10
    terms = {a.id: a.terms or frozenset(w for p in a.paragraphs for w in p.text.lower().split()) for a in articles}
    read = related_articles(articles, terms)
    again = related_articles(tuple(replace(a, figures=None) for a in articles), terms)
    assert read == again and sum(len(r) for r in read.values()) >= 10
    assert related_articles(tuple(replace(a, figures=()) for a in articles), terms) != read  # (they count)
