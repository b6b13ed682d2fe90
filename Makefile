# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck install clean

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

test: lint typecheck
	$(BIN)/python -m pytest

clean:
	rm -rf out build *.egg-info .pytest_cache .mypy_cache .ruff_cache
