#!/usr/bin/env python3
"""Build the digest's Markdown pages from the article corpus.

    python build_digest.py [--corpus DIR] [--docs DIR] [--json FILE] [--strict] [--quiet] [--workers N]
                           [--cache FILE | --no-cache]

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
    parser.add_argument("--quiet", action="store_true", help="no progress and no summary line; problems only")
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
