"""Speed and memory of the whole path, on generated corpora: prints a table.

    python benchmarks/run.py [--sizes 1000,10000] [--digest-only 100000] [--no-site] [--kinds real,short]
    python benchmarks/run.py --sizes "" --digest-only 10000,100000 --kinds real   # issue 13's scaling table

For each size and kind of corpus — `real`: real-length articles (mean ~5,600 characters, the length
distribution of real news), `short`: the earlier ~700-byte articles, kept as a second row — a corpus from
benchmarks/generate_corpus.py; a floor (read every file and split it into words); the digest stage cold (no cache) with its stages — load, analyse, group, render,
write — and warm (everything cached); an incremental build after editing one article (pages
written counted); then `mkdocs build` and the Pagefind index (unless --digest-only or --no-site).
Peak memory is each child process's maximum resident set. Stage times are also given as multiples
of the floor. "whole site" is `mkdocs build` on a fresh project with no cache (what `make site`
does on a fresh clone: digest, MkDocs, Pagefind); "mkdocs" is a second `mkdocs build` of it (the digest
then a no-op) minus Pagefind, timed again alone.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
sys.path.insert(0, str(ROOT))

from digest.search import index_site  # noqa: E402

CHILD = r"""
import json, os, resource, sys, threading, time
sys.path.insert(0, {root!r})
from pathlib import Path
from digest.build import build_digest

def pss_mb(pid):
    try:
        for line in open(f"/proc/{{pid}}/smaps_rollup"):
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

tree = [0.0]
def sample():  # the build and its worker processes together, each page shared by forking counted once (PSS)
    while True:
        kids = [int(k) for t in os.listdir("/proc/self/task") for k in open(f"/proc/self/task/{{t}}/children").read().split()]
        tree[0] = max(tree[0], pss_mb(os.getpid()) + sum(map(pss_mb, kids)))
        time.sleep(0.5)
threading.Thread(target=sample, daemon=True).start()
started = time.perf_counter()
report = build_digest(Path({corpus!r}), Path({docs!r}), cache_path={cache!r} and Path({cache!r}),
                      log=lambda line: None)
print(json.dumps({{"seconds": time.perf_counter() - started, "timings": dict(report.timings),
                   "articles": report.articles, "written": report.written, "unchanged": report.unchanged,
                   "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                   "tree_peak_mb": tree[0]}}))
"""

FLOOR = r"""
import re, sys, time
from pathlib import Path
started = time.perf_counter()
words = 0
for path in sorted(Path({corpus!r}).glob("*.txt")):
    words += len(re.findall(r"\w+", path.read_text(encoding="utf-8")))
print(time.perf_counter() - started, words)
"""


def digest(corpus: Path, docs: Path, cache: Path | None) -> dict:
    """One digest build in a child process (so that its peak memory is its own)."""
    out = subprocess.run([PY, "-c", CHILD.format(root=str(ROOT), corpus=str(corpus), docs=str(docs),
                                                 cache=str(cache) if cache else "")],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def floor(corpus: Path) -> tuple[float, int]:
    """Seconds to read every file and split it into words, and the words."""
    out = subprocess.run([PY, "-c", FLOOR.format(corpus=str(corpus))], capture_output=True, text=True, check=True)
    seconds, words = out.stdout.split()
    return float(seconds), int(words)


def site(project: Path) -> dict:
    """mkdocs build (the hook rebuilds the digest from its cache) and Pagefind, timed apart."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", PY, "-m", "mkdocs", "build", "-q", "-d", "site"],
                            cwd=project, env=env, capture_output=True, text=True, check=True)
    total = time.perf_counter() - started
    peak = int(result.stderr.strip().splitlines()[-1]) / 1024
    site_dir = project / "site"
    started = time.perf_counter()  # the hook ran Pagefind already: time it again alone, to split the figure
    index_site(site_dir)
    pagefind = time.perf_counter() - started
    # MkDocs alone: the same build again, the digest now a no-op (nothing changed) — not the whole site minus
    # a cold digest timed in another run, which varies by more than MkDocs takes
    started = time.perf_counter()
    subprocess.run([PY, "-m", "mkdocs", "build", "-q", "-d", "site"], cwd=project, env=env, capture_output=True,
                   text=True, check=True)
    mkdocs = time.perf_counter() - started - pagefind
    pages = list(site_dir.rglob("index.html"))
    files = [p for p in site_dir.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    html = [p.stat().st_size for p in pages]
    part = lambda folder: sum(p.stat().st_size for p in (site_dir / folder).rglob("*") if p.is_file()) / 1e6
    return {"site_seconds": total, "pagefind_seconds": pagefind, "mkdocs_seconds": mkdocs,
            "site_peak_mb": peak, "pages": len(pages), "site_mb": size / 1e6, "bytes_per_page": sum(html) / len(pages),
            "largest_page_kb": max(html) / 1024, "pagefind_mb": part("pagefind"), "data_mb": part("data"),
            "largest_data_kb": max(p.stat().st_size for p in (site_dir / "data").iterdir()) / 1024,
            "parts_mb": {d.name: round(part(d.name), 1) for d in site_dir.iterdir() if d.is_dir()}}


def run(size: int, work: Path, with_site: bool, kind: str = "real") -> dict:
    from benchmarks.generate_corpus import generate
    from tests.conftest import copy_project
    name = f"{kind}-{size}"
    project = copy_project(work / f"project-{name}", corpus=None) if with_site else work / f"project-{name}"
    project.mkdir(parents=True, exist_ok=True)
    corpus = project / "corpus"
    if with_site:
        import shutil
        shutil.rmtree(corpus)
    generate(corpus, size, short=kind == "short")
    seconds, words = floor(corpus)
    row = {"articles_in": size, "kind": kind, "floor": seconds, "words": words}
    if with_site:  # `make site` on a fresh clone: no cache, the hook analyses everything
        row.update(site(project))
    docs = work / f"docs-{name}"
    cache = work / f"cache-{name}" / "analysis.sqlite"  # (the build's stamp lies beside it)
    progress(name, "floor", {"seconds": seconds, "words": words})
    row["cold"] = progress(name, "cold", digest(corpus, docs, cache))
    row["warm"] = progress(name, "warm", digest(corpus, docs, cache))
    one = sorted(corpus.glob("*.txt"))[size // 2]
    one.write_text(one.read_text(encoding="utf-8") + "\nВ Омске открылась новая школа на 600 мест.\n",
                   encoding="utf-8")
    row["incremental"] = progress(name, "after one edit", digest(corpus, docs, cache))
    return row


def progress(name: str, what: str, figures: dict) -> dict:
    """Each build's figures on stderr as it ends (a 100,000-article run takes hours; its table comes at the end)."""
    print(f"{time.strftime('%H:%M:%S')} {name} {what}: {json.dumps(figures)}", file=sys.stderr, flush=True)
    return figures


def table(rows: list[dict]) -> str:
    lines = []
    header = ("| corpus | articles | floor s | cold digest s | load | analyse | group | render | write | articles/s | "
              "peak MB | warm s | after 1 edit s | pages written | mkdocs s | pagefind s | whole site s | "
              "site peak MB | pages | site MB | KB/page | largest page KB |")
    lines += [header, "|" + "---|" * (header.count("|") - 1)]
    for r in rows:
        c, f = r["cold"], r["floor"]
        t = c["timings"]
        stage = lambda k: f"{t.get(k, 0):.1f} ({t.get(k, 0) / f:.0f}×)"
        site = (f"{r['mkdocs_seconds']:.0f} | {r['pagefind_seconds']:.0f} | "
                f"{r['site_seconds']:.0f} | {r['site_peak_mb']:.0f} | {r['pages']} | {r['site_mb']:.0f} | "
                f"{r['bytes_per_page'] / 1024:.1f} | {r['largest_page_kb']:.0f}") if "pages" in r else "— | " * 7 + "—"
        lines.append(f"| {r['kind']} | {c['articles']} | {f:.2f} | {c['seconds']:.1f} ({c['seconds'] / f:.0f}×) | {stage('load')} | "
                     f"{stage('analyze')} | {stage('group')} | {stage('render')} | {stage('write')} | "
                     f"{c['articles'] / c['seconds']:.0f} | {c['peak_mb']:.0f} | {r['warm']['seconds']:.1f} | "
                     f"{r['incremental']['seconds']:.1f} | {r['incremental']['written']} | {site} |")
    lines += ["", "peak MB is the build process's own (its maximum resident size). The analysis runs in worker processes "
              "beside it (two here, each with its own models). Cold, the largest worker's peak, and the build with its "
              "workers together (sampled every 0.5 s, pages shared by forking counted once): " + "; ".join(
                  f"{r['kind']} {r['cold']['articles']}: {r['cold'].get('workers_peak_mb', 0):.0f} MB, together "
                  f"{r['cold'].get('tree_peak_mb', 0):.0f} MB" for r in rows) + "."]
    lines += ["", "Per 1,000 words of the corpus (milliseconds, cold digest, both cores):", "",
              "| corpus | articles | words | floor | load | analyse | group | render | write | whole digest | articles/s |",
              "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        c, k = r["cold"], r["words"] / 1000
        t = c["timings"]
        per = lambda s: f"{s / k * 1000:.2f}"
        lines.append(f"| {r['kind']} | {c['articles']} | {r['words']} | {per(r['floor'])} | {per(t.get('load', 0))} | "
                     f"{per(t.get('analyze', 0))} | {per(t.get('group', 0))} | {per(t.get('render', 0))} | "
                     f"{per(t.get('write', 0))} | {per(c['seconds'])} | {c['articles'] / c['seconds']:.0f} |")
    lines += ["", "After one edit, by stage (seconds; load: reading the corpus, analyse: the edited article, the cache and "
              "the cross-article work — names, summaries, related stories):", "",
              "| corpus | articles | load | analyse | group | render | write | total | peak MB |", "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        t = r["incremental"]["timings"]
        lines.append(f"| {r['kind']} | {r['incremental']['articles']} | " + " | ".join(
            f"{t.get(k, 0):.1f}" for k in ("load", "analyze", "group", "render", "write")) +
            f" | {r['incremental']['seconds']:.1f} | {r['incremental']['peak_mb']:.0f} |")
    sites = [r for r in rows if "parts_mb" in r]
    if sites:
        lines += ["", "The built site by folder (MB):", ""]
        for r in sites:
            lines.append(f"- {r['kind']} {r['cold']['articles']}: " + ", ".join(
                f"{k} {v}" for k, v in sorted(r["parts_mb"].items(), key=lambda kv: -kv[1])) +
                f"; largest data file {r['largest_data_kb']:.0f} KB")
    lines += targets(rows)
    lines += scaling(rows)
    return "\n".join(lines)


def scaling(rows: list[dict]) -> list[str]:
    """Issue 13's part 3: each stage of the cold digest (and the warm and one-edit builds, and peak memory) at
    the smallest and the largest real-length corpus, side by side, their ratio, and that ratio over the ratio
    of articles: 1.0 is linear, above it a stage grows faster than the corpus. The largest row's peak memory
    against the 2 GB bound set for 100,000 articles."""
    real = sorted((r for r in rows if r["kind"] == "real"), key=lambda r: r["cold"]["articles"])
    if len(real) < 2 or real[0]["cold"]["articles"] == real[-1]["cold"]["articles"]:
        return []
    small, large = real[0], real[-1]
    n_small, n_large = small["cold"]["articles"], large["cold"]["articles"]
    growth = n_large / n_small
    figures = [(f"cold: {k}", lambda r, k=k: r["cold"]["timings"].get(k, 0.0))
               for k in ("load", "analyze", "group", "render", "write")]
    figures += [("cold digest", lambda r: r["cold"]["seconds"]), ("cold peak MB", lambda r: r["cold"]["peak_mb"]),
                ("rebuild, nothing changed", lambda r: r["warm"]["seconds"]),
                ("after one edit", lambda r: r["incremental"]["seconds"]),
                ("after one edit, peak MB", lambda r: r["incremental"]["peak_mb"])]
    lines = ["", f"Scaling, {n_small} → {n_large} real-length articles (×{growth:.1f}); per article: the ratio over "
             "the articles' (1.0 linear):", "",
             f"| figure | {n_small} | {n_large} | ratio | per article |", "|---|---|---|---|---|"]
    for what, figure in figures:
        a, b = figure(small), figure(large)
        ratio = b / a if a else float("nan")
        lines.append(f"| {what} | {a:.1f} | {b:.1f} | {ratio:.1f} | {ratio / growth:.2f} |")
    peak = max(large["cold"]["peak_mb"], large["incremental"]["peak_mb"], large["warm"]["peak_mb"])
    if n_large >= 100_000:
        lines += ["", f"Peak memory at {n_large} articles: {peak:.0f} MB against the 2,000 MB bound: "
                  f"{'met' if peak <= 2000 else f'NOT met ({peak / 2000:.1f}×)'}"]
    return lines


TARGETS = [  # issue 13, at 10,000 real-length articles: (what, the row's figure, limit, unit, at most?)
    ("cold digest", lambda r: r["cold"]["seconds"], 120, "s", True),
    ("articles per second, cold", lambda r: r["cold"]["articles"] / r["cold"]["seconds"], 85, "/s", False),
    ("cold digest peak memory", lambda r: r["cold"]["peak_mb"], 1500, "MB", True),
    ("rebuild, nothing changed", lambda r: r["warm"]["seconds"], 5, "s", True),
    ("rebuild after one edit", lambda r: r["incremental"]["seconds"], 3, "s", True),
    ("whole site (make site)", lambda r: r.get("site_seconds"), 300, "s", True),
    ("whole site peak memory", lambda r: r.get("site_peak_mb"), 2000, "MB", True),
    ("built site", lambda r: r.get("site_mb"), 600, "MB", True),
    ("largest HTML page", lambda r: r.get("largest_page_kb"), 1024, "KB", True),
]


def targets(rows: list[dict]) -> list[str]:
    """Issue 13's targets against the real-length row nearest 10,000 articles (they are set for that), with the
    whole site if it has one."""
    real = [r for r in rows if r["kind"] == "real"]
    if not real:
        return []
    r = min(real, key=lambda r: (abs(r["articles_in"] - 10_000), "pages" not in r))  # the row nearest 10,000
    lines = ["", f"Targets of issue 13 (set for 10,000 real-length articles) against the real row of "
             f"{r['cold']['articles']} articles:", "", "| target | limit | measured | |", "|---|---|---|---|"]
    for what, figure, limit, unit, at_most in TARGETS:
        value = figure(r)
        if value is None:
            lines.append(f"| {what} | {'≤' if at_most else '≥'} {limit} {unit} | not measured (a digest-only row) | |")
            continue
        met = value <= limit if at_most else value >= limit
        gap = value / limit if at_most else limit / value
        lines.append(f"| {what} | {'≤' if at_most else '≥'} {limit} {unit} | {value:.1f} {unit} | "
                     f"{'met' if met else f'NOT met ({gap:.1f}×)'} |")
    return lines


YARDSTICK = r"""
import re, time
text = "Казахстан и Россия обсудили поставки газа, 12 ноября 2025 года в Астане. " * 200
words = re.compile(r"\w+")
started = time.perf_counter()
for _ in range(1000):
    counts = {}
    for word in words.findall(text):
        counts[word.lower()] = counts.get(word.lower(), 0) + 1
    sorted(counts.items())
print(time.perf_counter() - started)
"""


def yardstick() -> float:
    """Seconds this machine takes now for a fixed piece of Python work (regex, string and dict work, as the
    digest does), best of three, in a fresh interpreter: runs hours apart differ by up to ±20 % here, and
    the same work timed at a run's start and end says how much of a difference between rows is the machine."""
    return min(float(subprocess.run([PY, "-c", YARDSTICK], capture_output=True, text=True, check=True).stdout)
               for _ in range(3))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes with the whole site")
    parser.add_argument("--digest-only", default="", help="corpus sizes for the digest stage only")
    parser.add_argument("--no-site", action="store_true", help="digest stage only for every size")
    parser.add_argument("--kinds", default="real,short", help="real-length articles, the earlier short ones, or both")
    args = parser.parse_args()
    rows = []
    before = yardstick()
    kinds = [k for k in args.kinds.split(",") if k]
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            for size in [int(s) for s in args.sizes.split(",") if s]:
                rows.append(run(size, Path(tmp), with_site=not args.no_site, kind=kind))
                print(f"done: {kind} {size}", file=sys.stderr)
            for size in [int(s) for s in args.digest_only.split(",") if s]:
                rows.append(run(size, Path(tmp), with_site=False, kind=kind))
                print(f"done: {kind} {size}", file=sys.stderr)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; yardstick (a fixed piece of Python "
          f"work, best of 3) {before:.3f} s before the run, {yardstick():.3f} s after it")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
