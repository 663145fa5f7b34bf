"""Configuration files: the topic taxonomy and the site texts (YAML an editor can change)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .errors import ConfigError
from .kazakh import without_possessive
from .model import Contrast, Rules, Taxonomy, Topic

SLUG = re.compile(r"\A[a-z0-9][a-z0-9-]*\Z")
TIERS = ("sector", "strong", "terms", "weak", "exclude")
LANGS = ("ru", "kk")


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found — restore it from the repository") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where}: invalid YAML — fix the syntax near this line") from None


def load_taxonomy(path: Path) -> Taxonomy:
    """The taxonomy from YAML, checked: every topic needs a slug, names, description, vocabulary."""
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list) or not data["topics"]:
        raise ConfigError(f"{path}: needs a non-empty 'topics:' list — see the comment at the top")
    rules_data = data.get("rules") or {}
    weights = data.get("weights") or {"strong": 2.0, "terms": 1.0, "sector": 1.0, "weak": 0.5, "contrast": 1.0}
    try:
        rules = Rules(weights=tuple(sorted((str(k), float(v)) for k, v in weights.items())),
                      **{k: type(getattr(Rules, k))(v) for k, v in rules_data.items()})
    except (TypeError, ValueError, AttributeError):
        raise ConfigError(f"{path}: 'rules' and 'weights' must hold numbers with known names") from None
    topics, seen = [], set()
    for n, raw in enumerate(data["topics"], 1):
        topics.append(_topic(raw, f"{path}: topic #{n}"))
        if topics[-1].slug in seen:
            raise ConfigError(f"{path}: topic slug {topics[-1].slug!r} is used twice — slugs must be unique")
        seen.add(topics[-1].slug)
    signals = data.get("signals") or {}
    if not isinstance(signals, dict) or not all(isinstance(v, list) for v in signals.values()):
        raise ConfigError(f"{path}: 'signals' must map ru and kk to lists of words")
    contrasts, named = [], set()
    for n, raw in enumerate(data.get("contrasts") or (), 1):
        contrast = _contrast(raw, f"{path}: contrast #{n}", named)
        if contrast.slug not in seen:  # a topic with a contrast's slug replaces it (a subject made a topic)
            contrasts.append(contrast)
    contrasts = tuple(contrasts)
    return Taxonomy(tuple(topics), rules, tuple((str(k), tuple(str(w) for w in v)) for k, v in signals.items()),
                    contrasts)


def _contrast(raw: object, where: str, taken: set[str]) -> Contrast:
    vocabulary = raw.get("vocabulary") if isinstance(raw, dict) else None
    slug = str(raw.get("slug", "")) if isinstance(raw, dict) else ""
    if not SLUG.match(slug) or not isinstance(vocabulary, dict) or not all(
            isinstance(vocabulary.get(lang) or [], list) for lang in LANGS):
        raise ConfigError(f"{where}: needs a slug (lowercase latin letters, digits, hyphens) and "
                          "'vocabulary' with word lists under ru: and/or kk:")
    if slug in taken:
        raise ConfigError(f"{where}: slug {slug!r} is already another contrast's — slugs must be unique")
    taken.add(slug)
    weight = raw.get("weight")
    if weight is not None and (isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight <= 0):
        raise ConfigError(f"{where} ({slug}): 'weight' must be a positive number")
    return Contrast(slug, {lang: tuple(str(w) for w in (vocabulary.get(lang) or ())) for lang in LANGS},
                    None if weight is None else float(weight))


def _topic(raw: object, where: str) -> Topic:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a mapping with slug, name, description, vocabulary")
    slug = str(raw.get("slug", ""))
    if not SLUG.match(slug):
        raise ConfigError(f"{where}: slug {slug!r} must be lowercase latin letters, digits and hyphens")
    where = f"{where} ({slug})"
    name, description = raw.get("name"), raw.get("description")
    for key, value in (("name", name), ("description", description)):
        if not isinstance(value, dict) or not value.get("ru"):
            raise ConfigError(f"{where}: '{key}' needs at least a Russian text: {{ru: ..., kk: ...}}")
    vocabulary = raw.get("vocabulary")
    if not isinstance(vocabulary, dict) or not any(vocabulary.get(lang) for lang in LANGS):
        raise ConfigError(f"{where}: 'vocabulary' needs word lists under ru: and/or kk:")
    institutions = raw.get("institutions") or {}
    venues = raw.get("venues") or {}
    claims = raw.get("claims") or {}
    vocab: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang in LANGS:
        tiers = vocabulary.get(lang) or {}
        if not isinstance(tiers, dict):
            raise ConfigError(f"{where}: vocabulary.{lang} must map tiers ({', '.join(TIERS)}) to lists")
        unknown = set(tiers) - set(TIERS)
        if unknown:
            raise ConfigError(f"{where}: vocabulary.{lang} has unknown tier(s) {sorted(unknown)}; "
                              f"use {', '.join(TIERS)}")
        vocab[lang] = {tier: tuple(str(w) for w in (tiers.get(tier) or ())) for tier in TIERS}
        vocab[lang]["institutions"] = tuple(str(w) for w in (institutions.get(lang) or ()))
        vocab[lang]["venues"] = tuple(str(w) for w in (venues.get(lang) or ()))
        vocab[lang]["claims"] = tuple(str(w) for w in (claims.get(lang) or ()))
    return Topic(slug=slug, name={k: str(v) for k, v in name.items()},
                 description={k: str(v) for k, v in description.items()}, vocabulary=vocab)


def kazakh_roots(taxonomy: Taxonomy) -> frozenset[str]:
    """Every Kazakh vocabulary word: the stemmer stops when it reaches one of these."""
    words = set()
    lists = [*(p for t in taxonomy.topics for p in t.vocabulary.get("kk", {}).values()),
             *(c.vocabulary.get("kk", ()) for c in taxonomy.contrasts)]
    for phrases in lists:
        for phrase in phrases:
            found = [w.lower() for w in re.findall(r"[\w-]+", phrase)]
            # a later word of a phrase in the 3rd-person possessive («өткізу пункті», «көлік құралы») is
            # known by its bare root, so that every form (пунктінде, пункттері, құралдары) reads alike
            words.update(found[:1] + [without_possessive(w) for w in found[1:]])
    return frozenset(words)



def load_texts(path: Path) -> dict:
    """Site texts (labels, intro) keyed by name."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must be a mapping of text names to texts")
    for key in ("months", "months_genitive"):
        names = data.get(key)
        if not (isinstance(names, list) and len(names) == 12 and all(isinstance(n, str) and n for n in names)):
            raise ConfigError(f"{path}: '{key}' must list the 12 month names — compare it with the repository's version")
    return data
