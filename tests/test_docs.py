"""Every command-line option and every make target is documented in the README."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_build_option_is_documented():
    source = (ROOT / "build_digest.py").read_text(encoding="utf-8")
    options = re.findall(r'add_argument\("(--[a-z-]+)"', source)
    assert options
    for option in options:
        assert f"`{option}" in README, f"{option} is not documented in README.md"


def test_every_make_target_is_documented():
    targets = re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert {"install", "serve", "site", "test"} <= set(targets)
    for target in targets:
        assert f"make {target}" in README, f"make {target} is not documented in README.md"


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")
