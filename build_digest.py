#!/usr/bin/env python3
"""Build the digest's Markdown pages from the article corpus.

    python build_digest.py [--corpus DIR] [--docs DIR] [--json FILE] [--strict] [--quiet] [--workers N]
                           [--cache FILE | --no-cache]
    python build_digest.py --explain FILE      why FILE got its topics, paragraph by paragraph
    python build_digest.py --lint-taxonomy     vocabulary listed twice or that nothing can match

The same build runs inside `mkdocs build` and `mkdocs serve` (see digest/mkdocs_hook.py).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from digest.build import CACHE, DEFAULT_CORPUS, DEFAULT_DOCS, DEFAULT_TAXONOMY, DEFAULT_TEMPLATES, build_digest
from digest.progress import Progress
from digest.errors import DigestError


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the build, turn errors into a clean message and exit code."""
    parser = argparse.ArgumentParser(description="Build the Kazakhstan–Russia digest pages.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of article files (default: corpus/)")
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="MkDocs docs folder to write into (default: docs/)")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE", help="also write the whole analysis to FILE")
    parser.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY, help="topic taxonomy (default: taxonomy.yml)")
    parser.add_argument("--templates", type=Path, default=DEFAULT_TEMPLATES, help="Jinja templates (default: templates/)")
    parser.add_argument("--strict", action="store_true", help="exit non-zero when any article has a problem")
    parser.add_argument("--cache", type=Path, default=None, metavar="FILE",
                        help="analysis cache (default: .digest-cache/analysis.sqlite beside the docs folder)")
    parser.add_argument("--no-cache", action="store_true", help="analyse every article again, remember nothing")
    parser.add_argument("--workers", type=int, default=None, help="processes for analysis (default: every core)")
    parser.add_argument("--explain", type=Path, default=None, metavar="FILE",
                        help="print why FILE (an article) got its topics, paragraph by paragraph; build nothing")
    parser.add_argument("--lint-taxonomy", action="store_true",
                        help="check the taxonomy's vocabulary (duplicates, entries nothing can match); build nothing")
    parser.add_argument("--quiet", action="store_true", help="no progress and no summary line; problems only")
    args = parser.parse_args(argv)
    if args.explain is not None or args.lint_taxonomy:
        return inspect(args)
    if not args.corpus.is_dir():
        print(f"error: corpus folder {args.corpus} does not exist — pass --corpus DIR", file=sys.stderr)
        return 1
    try:
        def log(line: str) -> None:
            if not (args.quiet and line.startswith("digest:")):
                print(line, file=sys.stderr)

        report = build_digest(args.corpus, args.docs, args.taxonomy, args.templates, args.json, args.strict,
                              log=log, cache_path=None if args.no_cache else args.cache or args.docs.resolve().parent / CACHE,
                              workers=args.workers, progress=Progress(quiet=args.quiet))
    except DigestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the previous pages are unchanged", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — no traceback for users; the pages stay as they were
        print(f"internal error: {type(exc).__name__}: {exc} — the previous pages are unchanged; "
              "please report this", file=sys.stderr)
        return 2
    return 1 if args.strict and report.failing else 0


def inspect(args: argparse.Namespace) -> int:
    """--explain FILE and --lint-taxonomy: print, build nothing."""
    from digest.analyze import build_analyzers
    from digest.classify import lint_taxonomy
    from digest.config import load_taxonomy
    from digest.explain import explain_file
    try:
        tools = build_analyzers(load_taxonomy(args.taxonomy))
        if args.lint_taxonomy:
            found = lint_taxonomy(tools.classifier)
            for line in found:
                print(f"{args.taxonomy}: warning: {line}")
            print(f"{args.taxonomy}: {len(found)} problem(s) in the vocabulary")
            if found:
                return 1
        if args.explain is not None:
            if not args.explain.is_file():
                print(f"error: {args.explain} is not a file — pass an article, e.g. --explain corpus/a.txt",
                      file=sys.stderr)
                return 1
            inside = args.explain.resolve().is_relative_to(args.corpus.resolve())
            print(explain_file(args.explain, args.corpus if inside else args.explain.parent, args.taxonomy, tools),
                  end="")
    except DigestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
