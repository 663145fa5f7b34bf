# The digest's commands. `make serve` and `make test` set everything up on a fresh machine.
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

CHROMIUM := /usr/bin/chromium

.PHONY: install serve site digest check test stress-test mutation quality golden clean browser

install: $(VENV)/.installed  ## create .venv and install the pinned dependencies

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

serve: install  ## build the digest and serve the site at http://127.0.0.1:8000 with live reload
	$(VENV)/bin/mkdocs serve --livereload --dirty -a 127.0.0.1:8000

site: install  ## build the static site into site/ (atomically: a failed build leaves site/ as it was)
	$(PY) -m digest.publish

check: install  ## lint the taxonomy, then build the digest with --strict: any problem with an article fails (for CI)
	$(PY) build_digest.py --lint-taxonomy
	$(PY) build_digest.py --strict

digest: install  ## only write the generated Markdown into docs/ (and print problems)
	$(PY) build_digest.py

test: install browser  ## run every test (the browser tests use Debian's chromium; installed if missing)
	DIGEST_REQUIRE_BROWSER=1 $(PY) -m pytest

stress-test: install browser  ## the whole suite 3 times in a row while both cores are kept busy
	DIGEST_REQUIRE_BROWSER=1 $(PY) -m tests.stress

mutation: install  ## mutation testing (mutmut) of dates.py and the summary/figure code: prints the share killed
	$(PY) -m tests.mutation

quality: install  ## print the quality figures: seeds (paragraph topics, key facts, dates) and the development set's article topics
	$(PY) -m digest.evaluate all -v

golden: install  ## regenerate the golden Markdown of the seeds (on purpose only)
	$(PY) -m tests.golden

browser: install  ## a Chromium for the browser tests: Debian's here (no browser is downloaded), Playwright's on GitHub's runners
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	elif [ -n "$$GITHUB_ACTIONS" ]; then $(PY) -m playwright install --with-deps chromium; \
	else echo "chromium is missing: run 'sudo apt-get install chromium' (Debian)"; exit 1; fi

clean:
	rm -rf site test-output docs/index.md docs/timeline.md docs/topics docs/articles docs/data docs/.digest-manifest
