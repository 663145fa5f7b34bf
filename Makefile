# The digest's commands. `make serve` and `make test` set everything up on a fresh machine.
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

CHROMIUM := /usr/bin/chromium

.PHONY: install serve site digest check test quality golden clean

install: $(VENV)/.installed  ## create .venv and install the pinned dependencies

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

serve: install  ## build the digest and serve the site at http://127.0.0.1:8000 with live reload
	$(VENV)/bin/mkdocs serve --livereload --dirty -a 127.0.0.1:8000

site: install  ## build the static site into site/ (atomically: a failed build leaves site/ as it was)
	$(PY) -m digest.publish

check: install  ## build the digest with --strict: any problem with an article fails (for CI)
	$(PY) build_digest.py --strict

digest: install  ## only write the generated Markdown into docs/ (and print problems)
	$(PY) build_digest.py

test: install $(CHROMIUM)  ## run every test (the browser tests use Debian's chromium; installed if missing)
	$(PY) -m pytest

quality: install  ## print the quality figures: paragraph topics P/R, key-fact coverage
	$(PY) -m digest.evaluate all -v

golden: install  ## regenerate the golden Markdown of the seeds (on purpose only)
	$(PY) -m tests.golden

$(CHROMIUM):  ## Debian's Chromium for the browser tests (Playwright drives it; no browser is downloaded)
	@test "$$(id -u)" = 0 || { echo "chromium is missing: run 'sudo apt-get install chromium' (Debian)"; exit 1; }
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

clean:
	rm -rf site test-output docs/index.md docs/timeline.md docs/topics docs/articles docs/digest.json docs/.digest-manifest
