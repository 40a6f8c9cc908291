# Wijkwijzer: `make site` builds the Utrecht site into site/, `make test` runs every test.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
RELEASE_BIN := .build/release/wijkwijzer

.PHONY: site test scale deps release check resources clean fuzz fuzz-build

## site: install missing system packages, build the release binary, generate site/
site: deps release
	$(RELEASE_BIN) build

## test: every test (unit, golden, bad and hostile input, fuzz corpus, killed builds, the real site,
## and a generated 20,000-page site). The killed-build and 20,000-page tests run the release binary;
## in `make test` the latter's peak RSS is held to TEST_SCALE_MAX_RSS_MB (a ceiling against regressions).
SCALE_PAGES ?= 20000
TEST_SCALE_MAX_RSS_MB ?= 300
SCALE_MAX_RSS_MB ?= 150

test: deps release
	python3 scripts/embed-resources.py --check
	$(SWIFT) build --build-tests
	WIJKWIJZER_BINARY=$(RELEASE_BIN) WIJKWIJZER_SCALE_PAGES=$(SCALE_PAGES) WIJKWIJZER_SCALE_MAX_RSS_MB=$(TEST_SCALE_MAX_RSS_MB) \
		$(SWIFT) test --skip-build

## scale: the 20,000-page build alone, held to the benchmark's memory bound (SCALE_MAX_RSS_MB, 150 MB).
scale: deps release
	$(SWIFT) build --build-tests
	WIJKWIJZER_BINARY=$(RELEASE_BIN) WIJKWIJZER_SCALE_PAGES=$(SCALE_PAGES) WIJKWIJZER_SCALE_MAX_RSS_MB=$(SCALE_MAX_RSS_MB) \
		$(SWIFT) test --skip-build --filter ScaleTests

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
	rm -rf .build .build-fuzz site
