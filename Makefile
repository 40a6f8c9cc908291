# Wijkwijzer: `make site` builds the Utrecht site into site/, `make test` runs every test.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
RELEASE_BIN := .build/release/wijkwijzer

.PHONY: site test deps release check resources clean deploy-test

## site: install missing system packages, build the release binary, generate site/
site: deps release
	$(RELEASE_BIN) build

## test: every test (unit, golden, bad input, determinism, the real site)
test: deps deploy-test
	python3 scripts/embed-resources.py --check
	$(SWIFT) build --build-tests
	$(SWIFT) test

## check: report every problem in the content, write nothing (warnings fail too)
check: deps release
	$(RELEASE_BIN) check --strict

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
	rm -rf .build site

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
