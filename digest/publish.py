"""Build the static site atomically: `mkdocs build --strict` into a temporary folder, then swap.

    python -m digest.publish [--site DIR]

A failed build (a broken link or another warning of MkDocs', a broken template) leaves the previous
site/ exactly as it was. Problems with articles are listed and do not fail it (`make check` is the strict
gate for them).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def publish(site_dir: Path, config_file: Path = ROOT / "mkdocs.yml") -> int:
    """Build into a sibling temporary folder and swap it in only when the build succeeded."""
    site_dir = site_dir.resolve()
    building = site_dir.with_name(f".{site_dir.name}.building")
    previous = site_dir.with_name(f".{site_dir.name}.previous")
    for leftover in (building, previous):
        shutil.rmtree(leftover, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file),
                             "-d", str(building)], env=env)
    if result.returncode != 0:
        shutil.rmtree(building, ignore_errors=True)
        print(f"site: build failed; {site_dir} is unchanged", file=sys.stderr)
        return 1
    if site_dir.exists():
        site_dir.rename(previous)
    building.rename(site_dir)
    shutil.rmtree(previous, ignore_errors=True)
    print(f"site: built into {site_dir}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and publish."""
    parser = argparse.ArgumentParser(prog="python -m digest.publish", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="where the site goes (default: site/)")
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="MkDocs configuration")
    args = parser.parse_args(argv)
    return publish(args.site, args.config)


if __name__ == "__main__":
    sys.exit(main())
