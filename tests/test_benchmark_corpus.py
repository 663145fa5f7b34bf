"""The benchmark corpus has the shape of real news (issue 13): what a benchmark of 700-byte articles hid."""
from __future__ import annotations

import re
import statistics

from benchmarks.generate_corpus import generate


def test_generated_articles_have_the_length_and_shape_of_real_news(tmp_path):
    generate(tmp_path, 400, seed=5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("*.txt"))]
    bodies = [t.split("\n", 1)[1] if "\n" in t else t for t in texts]
    lengths = sorted(len(b) for b in bodies)
    # real Russian and Kazakh news: median ~5,400 characters, 90th percentile ~10,400
    assert 4300 <= statistics.median(lengths) <= 6500
    assert 8000 <= lengths[int(0.9 * len(lengths))] <= 13000
    one_line = sum(1 for b in bodies if len([x for x in b.split("\n") if x.strip()]) == 1) / len(bodies)
    assert 0.01 <= one_line <= 0.12  # about one in twenty arrives as one line
    kazakh = sum(1 for b in bodies if re.search(r"[әғқңөұүһі]", b)) / len(bodies)
    assert 0.1 <= kazakh <= 0.4
    for body in bodies:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s) > 40]
        assert len(set(sentences)) >= 0.85 * len(sentences)  # not a few sentences repeated


def test_the_short_corpus_is_still_the_earlier_one(tmp_path):
    generate(tmp_path, 50, seed=1, short=True)
    lengths = [len(p.read_text(encoding="utf-8")) for p in tmp_path.glob("*.txt")]
    assert statistics.mean(lengths) < 1500


def test_the_scaling_table_says_which_stage_grows_faster_than_the_corpus():
    """Issue 13's part 3 prints each stage at two corpus sizes and its growth per article: a stage that grows
    with the square of the corpus must read as such, and the 2 GB bound is judged at 100,000 articles."""
    from benchmarks.run import scaling

    def row(articles: int, grows: float) -> dict:
        timings = {"load": 1.0 * grows, "analyze": 30.0 * grows, "group": 3.0 * grows ** 2, "render": 6.0 * grows,
                   "write": 0.5 * grows}
        return {"kind": "real", "articles_in": articles, "floor": 1.0, "words": articles * 800,
                "cold": {"articles": articles, "seconds": sum(timings.values()), "peak_mb": 150.0 * grows,
                         "timings": timings},
                "warm": {"seconds": 0.8, "peak_mb": 90.0}, "incremental": {"seconds": 9.0 * grows, "peak_mb": 140.0 * grows}}

    lines = scaling([row(100_000, 10), row(10_000, 1)])
    per_article = {line.split(" | ")[0].lstrip("| "): float(line.rstrip(" |").split(" | ")[-1])
                   for line in lines if line.startswith("| ") and not line.startswith("| figure")}
    assert per_article["cold: analyze"] == 1.0 and per_article["cold: group"] == 10.0
    assert per_article["rebuild, nothing changed"] == 0.1
    assert lines[-1] == "Peak memory at 100000 articles: 1500 MB against the 2,000 MB bound: met"
    assert scaling([row(10_000, 1), row(100_000, 20)])[-1].endswith("3000 MB against the 2,000 MB bound: NOT met (1.5×)")
    assert scaling([row(10_000, 1)]) == []
