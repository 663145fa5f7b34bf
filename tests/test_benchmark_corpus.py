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
