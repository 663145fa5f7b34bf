"""The taxonomy's vocabulary lint: no entry listed twice, no entry that nothing can match."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from digest.classify import TopicClassifier, lint_taxonomy
from digest.config import load_taxonomy
from digest.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def _taxonomy_with(tmp_path: Path, lang: str, topic: str, tier: str, words: list[str]):
    """The project's taxonomy with these words appended to one tier of one topic."""
    data = yaml.safe_load((ROOT / "taxonomy.yml").read_text(encoding="utf-8"))
    entry = next(t for t in data["topics"] if t["slug"] == topic)
    entry["vocabulary"][lang][tier] = list(entry["vocabulary"][lang].get(tier) or []) + words
    path = tmp_path / "taxonomy.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_taxonomy(path)


def _lint(taxonomy, tools) -> list[str]:
    return lint_taxonomy(TopicClassifier(taxonomy, tools.lexicon))


def test_the_projects_taxonomy_is_clean(tools):
    assert lint_taxonomy(tools.classifier) == []


def test_an_inflected_spelling_of_an_entry_in_another_tier_is_a_duplicate(tmp_path, tools):
    # 'sector' already has «образование»; «образования» is the same lemma
    found = _lint(_taxonomy_with(tmp_path, "ru", "education", "strong", ["образования"]), tools)
    assert len(found) == 1, found
    assert "'образования'" in found[0] and "'образование'" in found[0] and "same vocabulary" in found[0]


def test_a_kazakh_plural_of_another_topics_entry_is_a_duplicate(tmp_path, tools):
    # culture's «театр» and a plural «театрлар» put under education stem alike
    found = _lint(_taxonomy_with(tmp_path, "kk", "education", "terms", ["театрлар"]), tools)
    duplicates = [f for f in found if "same vocabulary" in f]
    assert len(duplicates) == 1, found
    assert "'театрлар'" in duplicates[0] and "culture kk strong 'театр'" in duplicates[0]


def test_an_entry_with_no_word_is_reported(tmp_path, tools):
    found = _lint(_taxonomy_with(tmp_path, "ru", "energy", "weak", ["—"]), tools)
    assert found == ["energy ru weak '—': has no word, so nothing can ever match it"]


def test_an_entry_whose_other_forms_read_as_another_word_is_reported(tmp_path, tools):
    # «стали», the genitive of «сталь», reads as the verb «стать»: the entry would only ever match
    # the nominative
    found = _lint(_taxonomy_with(tmp_path, "ru", "energy", "terms", ["сталь"]), tools)
    assert len(found) == 1 and "«стали»" in found[0] and "never as this entry" in found[0], found


def test_a_kazakh_word_in_a_case_form_of_another_entry_is_reported(tmp_path, tools):
    # «пунктін» (accusative) beside «пункт»: it would stop the stemmer in «пунктінде»
    found = _lint(_taxonomy_with(tmp_path, "kk", "transport", "strong", ["өткізу пунктін кеңейту"]), tools)
    assert any("'пунктін'" in f and "inflected form" in f and "'пункт'" in f for f in found), found


def test_a_contrast_subject_with_a_topics_word_is_a_duplicate(tmp_path, tools):
    data = yaml.safe_load((ROOT / "taxonomy.yml").read_text(encoding="utf-8"))
    data["contrasts"][0]["vocabulary"]["ru"].append("университет")
    path = tmp_path / "taxonomy.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = _lint(load_taxonomy(path), tools)
    assert len(found) == 1 and "education strong 'университет'" in found[0] and "same vocabulary" in found[0], found


def test_a_topic_with_a_contrasts_slug_replaces_the_contrast(tmp_path):
    data = yaml.safe_load((ROOT / "taxonomy.yml").read_text(encoding="utf-8"))
    promoted = data["contrasts"][0]["slug"]
    assert promoted not in {t["slug"] for t in data["topics"]}
    data["topics"].append({"slug": promoted, "name": {"ru": "Оборона"}, "description": {"ru": "Армия."},
                           "vocabulary": {"ru": {"strong": ["армия"]}}})
    path = tmp_path / "taxonomy.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    taxonomy = load_taxonomy(path)
    assert promoted in {t.slug for t in taxonomy.topics} and promoted not in {c.slug for c in taxonomy.contrasts}


def test_two_contrasts_with_one_slug_are_an_error(tmp_path):
    data = yaml.safe_load((ROOT / "taxonomy.yml").read_text(encoding="utf-8"))
    data["contrasts"][1]["slug"] = data["contrasts"][0]["slug"]
    path = tmp_path / "taxonomy.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="already another contrast's"):
        load_taxonomy(path)


def test_a_claim_on_a_word_no_other_topic_has_is_reported(tmp_path, tools):
    data = yaml.safe_load((ROOT / "taxonomy.yml").read_text(encoding="utf-8"))
    energy = next(t for t in data["topics"] if t["slug"] == "energy")
    energy["claims"]["ru"] = list(energy["claims"]["ru"]) + ["маршрутизатор"]
    path = tmp_path / "taxonomy.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = _lint(load_taxonomy(path), tools)
    assert len(found) == 1 and "claims 'маршрутизатор'" in found[0], found
