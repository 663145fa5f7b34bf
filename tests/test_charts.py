"""The articles-per-month chart: geometry, empty months, and the text alternative."""
from __future__ import annotations

from datetime import date

from digest.charts import monthly_chart
from digest.model import Article, Topic

MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь",
          "Декабрь"]
TOPICS = (Topic("energy", {"ru": "Энергетика"}, {}, {}), Topic("culture", {"ru": "Культура"}, {}, {}))


def article(n, day, topics):
    return Article(str(n), f"{n}.txt", day, "ru", "t", None, None, (), topics)


def test_months_without_articles_are_shown_and_stacks_add_up():
    articles = (article(1, date(2025, 1, 5), ("energy",)), article(2, date(2025, 1, 9), ("energy", "culture")),
                article(3, date(2025, 3, 1), ("culture",)), article(4, date(2025, 2, 1), ()))
    chart = monthly_chart(articles, TOPICS, MONTHS, {"energy": 0, "culture": 1}, "Статьи")
    assert [row[0] for row in chart.rows] == ["Январь 2025", "Февраль 2025", "Март 2025"]
    assert [row[1] for row in chart.rows] == [(2, 1), (0, 0), (0, 1)]
    january = [b for b in chart.bars if b.label.startswith("январь")]
    assert len(january) == 2 and abs(sum(b.height for b in january) - (chart.baseline - 14)) < 0.5
    assert all(0 <= b.y and b.y + b.height <= chart.baseline + 0.1 for b in chart.bars)
    assert "январь 2025 (3)" in chart.summary


def test_no_topics_no_chart():
    assert monthly_chart((article(1, date(2025, 1, 5), ()),), TOPICS, MONTHS, {"energy": 0, "culture": 1}, "x") is None


def test_the_last_month_of_the_calendar_and_a_span_of_millennia():
    # December 9999 has no month after it (the month loop raised ValueError), and 0001 to 9999 is the last 36 months
    articles = (article(1, date(1, 1, 1), ("energy",)), article(2, date(9999, 12, 31), ("culture",)))
    chart = monthly_chart(articles, TOPICS, MONTHS, {"energy": 0, "culture": 1}, "Статьи")
    assert len(chart.rows) == 36
    assert (chart.rows[0][0], chart.rows[-1]) == ("Январь 9997", ("Декабрь 9999", (0, 1)))
