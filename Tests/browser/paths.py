"""Where the browser suite finds the site, axe-core and its output folder (environment variables override)."""

from __future__ import annotations

import functools
import os
import pathlib

import pytest

from site_pages import SitePages

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]


def _setting(name: str, default: str) -> pathlib.Path:
    path = pathlib.Path(os.environ.get(name) or default)
    return path if path.is_absolute() else REPOSITORY / path


SITE_ROOT = _setting("WIJKWIJZER_SITE", "test-output/site")
OUTPUT = _setting("WIJKWIJZER_TEST_OUTPUT", "test-output")
AXE_SCRIPT = _setting("WIJKWIJZER_AXE", ".cache/axe/axe.min.js")


@functools.cache
def site_pages() -> SitePages:
    """The generated site; a usage error (not a skip) when it has not been built."""
    if not (SITE_ROOT / "index.html").is_file():
        raise pytest.UsageError(
            f"no generated site at {SITE_ROOT}; `make browser-test` builds it (or set WIJKWIJZER_SITE)")
    return SitePages(SITE_ROOT)
