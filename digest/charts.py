"""Charts drawn at build time as SVG geometry (group stage, pure): articles per month, by topic."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .model import Article, Topic

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 8, 14, 34
MAX_MONTHS = 36  # the last three years; older months are in the archive


@dataclass(frozen=True)
class Bar:
    """One rectangle: a topic's articles in one month."""

    x: float
    y: float
    width: float
    height: float
    series: int  # index of the topic (colour)
    label: str   # "ноябрь 2025: Энергетика — 3"


@dataclass(frozen=True)
class Tick:
    """An axis label."""

    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Chart:
    """A stacked bar chart with its text alternative."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    baseline: float
    legend: tuple[tuple[int, str], ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # the same numbers as a table: month, counts per series
    summary: str


def _months(first: date, last: date) -> list[date]:
    """The first day of every month from first to last: the last MAX_MONTHS of them (counted as month
    numbers, so that December 9999 needs no month after it)."""
    end = last.year * 12 + last.month - 1
    start = max(first.year * 12 + first.month - 1, end - MAX_MONTHS + 1)
    return [date(n // 12, n % 12 + 1, 1) for n in range(start, end + 1)]


def monthly_chart(articles: tuple[Article, ...], topics: tuple[Topic, ...], month_names: list[str],
                  series_of: dict[str, int], title: str) -> Chart | None:
    """Articles per month, one stacked segment per topic (an article on two topics counts in both)."""
    dated = [a for a in articles if a.topics]
    if not dated:
        return None
    months = _months(min(a.date for a in dated), max(a.date for a in dated))
    counts = {(m.year, m.month, t.slug): 0 for m in months for t in topics}
    for a in dated:
        for slug in a.topics:
            if (a.date.year, a.date.month, slug) in counts:
                counts[(a.date.year, a.date.month, slug)] += 1
    totals = [sum(counts[(m.year, m.month, t.slug)] for t in topics) for m in months]
    peak = max(max(totals), 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(months)
    bar_w = max(min(slot * 0.7, 40), 2)
    bars, x_ticks = [], []
    every = max(1, len(months) // 8)
    for i, m in enumerate(months):
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = TOP + plot_h
        label = f"{month_names[m.month - 1].lower()} {m.year}"
        for t in topics:
            n = counts[(m.year, m.month, t.slug)]
            if n:
                h = plot_h * n / peak
                y -= h
                bars.append(Bar(round(x, 1), round(y, 1), round(bar_w, 1), round(h, 1), series_of[t.slug],
                                f"{label}: {t.name['ru']} — {n}"))
        if i % every == 0:
            x_ticks.append(Tick(round(LEFT + i * slot + slot / 2, 1), HEIGHT - BOTTOM + 22,
                                f"{month_names[m.month - 1][:3].lower()} {str(m.year)[2:]}"))
    y_ticks = tuple(Tick(LEFT - 6, round(TOP + plot_h - plot_h * v / peak + 4, 1), str(v))
                    for v in sorted({0, peak // 2, peak}))
    rows = tuple((f"{month_names[m.month - 1]} {m.year}", tuple(counts[(m.year, m.month, t.slug)] for t in topics))
                 for m in months)
    busiest = max(range(len(months)), key=lambda i: (totals[i], i))
    summary = (f"{title}: {len(dated)} статей с темами за {len(months)} мес.; больше всего — "
               f"{rows[busiest][0].lower()} ({totals[busiest]}).")
    return Chart(WIDTH, HEIGHT, tuple(bars), tuple(x_ticks), y_ticks, TOP + plot_h,
                 tuple((series_of[t.slug], t.name["ru"]) for t in topics), rows, summary)
