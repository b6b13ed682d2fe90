# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck install clean browser bench

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds/ --out out/
	@echo
	@echo "Results are in out/:"
	@echo "  out/graph.html    interactive graph (open it in a browser; works offline)"
	@echo "  out/kg.ttl        the events as RDF Turtle"
	@echo "  out/events.jsonl  one JSON record per event"
	@echo "  out/store/        the Oxigraph store: try  $(BIN)/kg relations NATO Russia --store out"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Headless Chromium (the Debian package) for the HTML browser tests; installed when missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

test: lint typecheck browser
	$(BIN)/python -m pytest

# Benchmarks (not part of `make test`): every bench/bench_*.py in turn, each printing its tables.
# Quick subsets by default; `make bench BENCH_FULL=1` runs the full sizes (long). See bench/README.md.
bench: $(STAMP)
	@set -e; for script in bench/bench_*.py; do \
		echo; echo "=== $$script"; \
		KG_BENCH_FULL=$(BENCH_FULL) $(BIN)/python $$script; \
	done

clean:
	rm -rf out build *.egg-info .pytest_cache .mypy_cache .ruff_cache
