"""Check a group of development-set articles and their labels before they join a half:

    .venv/bin/python tests/devset/check.py FOLDER LABELS.yml

The header line, a label for every line in order (`starts` is the line's beginning), known kinds,
languages, roles and topics, 3–12 body paragraphs (or one, for an article pasted as one line:
`one_line: true`).
"""
import re
import sys
from pathlib import Path

import yaml

TOPICS = {"education", "energy", "transport", "culture"}
ROLES = {"body", "title", "heading", "boilerplate"}
KINDS = {"education", "energy", "transport", "culture", "mixed", "trade", "agriculture", "finance",
         "security", "diplomacy", "migration", "health", "sport", "ecology", "space", "it", "forum",
         "language", "interview"}
folder, label_file = Path(sys.argv[1]), Path(sys.argv[2])
labels = yaml.safe_load(label_file.read_text(encoding="utf-8"))["articles"]
problems, n, kk, sizes = [], 0, 0, []
for f in sorted(folder.glob("*.txt")):
    n += 1
    lines = f.read_text(encoding="utf-8").splitlines()
    m = re.match(r"^ date (20(19|2[0-6])-\d\d-\d\d) (.+)$", lines[0]) if lines else None
    if not m:
        problems.append(f"{f.name}: first line must be ' date YYYY-MM-DD headline'")
        continue
    paras = [m.group(3)] + [l.strip() for l in lines[1:] if l.strip()]
    sizes.append(sum(len(p) for p in paras))
    lab = labels.get(f.name)
    if lab is None:
        problems.append(f"{f.name}: no labels"); continue
    if lab.get("kind") not in KINDS: problems.append(f"{f.name}: kind {lab.get('kind')!r}")
    if lab.get("lang") not in ("ru", "kk"): problems.append(f"{f.name}: lang {lab.get('lang')!r}")
    kk += lab.get("lang") == "kk"
    if not f.name.startswith(f"{lab.get('kind')}-{lab.get('lang')}-"):
        problems.append(f"{f.name}: name does not match kind/lang")
    ps = lab.get("paragraphs") or []
    if len(ps) != len(paras):
        problems.append(f"{f.name}: {len(paras)} paragraphs (headline included), {len(ps)} labels")
    for i, (text, p) in enumerate(zip(paras, ps), 1):
        if not text.startswith(str(p.get("starts", ""))) or len(str(p.get("starts", ""))) < 8:
            problems.append(f"{f.name} #{i}: starts {p.get('starts')!r} is not this line's beginning (min 8 chars)")
        if p.get("role", "body") not in ROLES: problems.append(f"{f.name} #{i}: role {p.get('role')!r}")
        must, may = set(p.get("must") or []), set(p.get("may") or [])
        if (must | may) - TOPICS: problems.append(f"{f.name} #{i}: unknown topic {(must | may) - TOPICS}")
        if must & may: problems.append(f"{f.name} #{i}: {must & may} both must and may")
    if ps and ps[0].get("role") != "title": problems.append(f"{f.name}: first label must be role: title")
    body = len([p for p in ps if p.get("role", "body") == "body"])
    if not (3 <= body <= 12 or body == 1 and lab.get("one_line")):
        problems.append(f"{f.name}: {body} body paragraphs (want 3-12, or 1 with one_line: true)")
for name in set(labels) - {f.name for f in folder.glob('*.txt')}:
    problems.append(f"{name}: labelled but no file")
print("\n".join(problems))
print(f"{n} articles, {kk} Kazakh, characters min {min(sizes, default=0)} median {sorted(sizes)[len(sizes)//2] if sizes else 0} max {max(sizes, default=0)}")
print("OK" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
