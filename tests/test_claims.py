"""Claim matching: figures in any notation, dates as periods, contradictions; the gold pairs' shape."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from digest.claims import DIFFERENT, SAME, compare, read_claim

PAIRS = Path(__file__).resolve().parent / "claims" / "pairs.yml"


@pytest.mark.parametrize("a, lang_a, b, lang_b", [
    ("Казахстан получит 60 тыс. тонн топлива.", "ru", "Казахстан получит 60 000 тонн топлива.", "ru"),
    ("Қазақстан 60 мың тонна отын алады.", "kk", "Казахстан получит 60 тыс. тонн топлива.", "ru"),
    ("Мощность станции составит 2,4 ГВт.", "ru", "Мощность станции составит 2400 МВт.", "ru"),
    ("Поставки составят 1,5 млрд кубометров.", "ru", "Поставки составят 1500 млн кубометров.", "ru"),
])
def test_a_figure_in_another_notation_is_the_same_figure(tools, a, lang_a, b, lang_b):
    fa, fb = read_claim(a, lang_a, tools).figures, read_claim(b, lang_b, tools).figures
    assert fa and fa == fb


def test_a_year_is_a_date_not_a_figure_and_a_day_is_not_a_figure(tools):
    claim = read_claim("Дни культуры пройдут с 14 по 18 октября 2026 года в Москве.", "ru", tools)
    assert not claim.figures and claim.dates


@pytest.mark.parametrize("a, b, expected", [
    # the same claim in other words
    ("В 2026 году в Алматы откроется филиал МИФИ на 500 студентов.",
     "Филиал МИФИ на 500 студентов откроется в Алматы в 2026 году, сообщили в министерстве.", SAME),
    # another figure of the same unit
    ("В 2026 году в Алматы откроется филиал МИФИ на 500 студентов.",
     "В 2026 году в Алматы откроется филиал МИФИ на 800 студентов.", DIFFERENT),
    # the same event in another year
    ("Дни культуры Казахстана пройдут в Москве в 2026 году.",
     "Дни культуры Казахстана прошли в Москве в 2024 году.", DIFFERENT),
    # the same figure of another unit
    ("Казахстан отправит в Китай 20 тыс. тонн зерна по железной дороге.",
     "Казахстан отправит в Китай 20 тыс. вагонов зерна по железной дороге.", DIFFERENT),
])
def test_compare(tools, a, b, expected):
    got, why = compare(read_claim(a, "ru", tools), read_claim(b, "ru", tools))
    assert got == expected, why


def test_the_gold_pairs_have_the_shape_the_measurement_needs():
    pairs = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))["pairs"]
    assert len(pairs) >= 100 and len({p["id"] for p in pairs}) == len(pairs)
    langs = {(p["a"]["lang"], p["b"]["lang"]) for p in pairs}
    assert {("ru", "ru"), ("kk", "kk")} <= langs and langs & {("ru", "kk"), ("kk", "ru")}
    assert {p["label"] for p in pairs} == {"same", "partly", "different"}
    traps = {}
    for p in pairs:
        traps[p["trap"]] = traps.get(p["trap"], 0) + 1
    assert all(n >= 3 for n in traps.values()) and len(traps) >= 9, traps
