"""Fixtures of the browser suite: the built site, a server on 127.0.0.1, one Chromium, axe-core, a report."""

from __future__ import annotations

import functools
import http.server
import os
import pathlib
import threading
import time

import pytest

import nu_checker
import sample_load
from browser import Browser
from pool import BrowserPool, selected
from paths import AXE_SCRIPT, OUTPUT, site_pages
from site_pages import SitePages

REPORT = pytest.StashKey[list]()
STARTED = pytest.StashKey[float]()
NU_RUN = pytest.StashKey[nu_checker.Run]()


def pytest_configure(config):
    config.stash[REPORT] = []
    config.stash[STARTED] = time.monotonic()


def pytest_generate_tests(metafunc):
    """Page lists are known only once the site is built, so tests get them here."""
    pages = site_pages()
    lists = {
        "sample_page": pages.sample(),
        "rtl_sample_page": [p for p in pages.sample() if p.language in pages.rtl_languages()],
        # The pages whose requests the browser's log is read for: the sample (every kind of page
        # in every language), or with WIJKWIJZER_PRIVACY_PAGES=all every page (2–3 minutes more).
        "privacy_page": pages.pages if os.environ.get("WIJKWIJZER_PRIVACY_PAGES") == "all" else pages.sample(),
    }
    for name, values in lists.items():
        if name in metafunc.fixturenames:
            metafunc.parametrize(name, values, ids=[p.label for p in values])


def pytest_collection_finish(session):
    """Starts the Nu HTML Checker at once when its test is selected, so it runs beside the browser."""
    if any(item.name.startswith("test_every_page_is_valid_html") for item in session.items):
        pages = site_pages()
        session.config.stash[NU_RUN] = nu_checker.Run([str(pages.root / page.path) for page in pages.pages])


@pytest.fixture(scope="session")
def nu_run(pytestconfig) -> nu_checker.Run:
    return pytestconfig.stash[NU_RUN]


@pytest.fixture(scope="session")
def site() -> SitePages:
    return site_pages()


@pytest.fixture(scope="session")
def server(site: SitePages):
    """The site on http://127.0.0.1:<free port>/, as Python's http.server serves it."""

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site.root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def pool(server: str):
    """Two headless Chromiums (WIJKWIJZER_BROWSERS to change), one per core of this machine."""
    browsers = BrowserPool(server, max(1, int(os.environ.get("WIJKWIJZER_BROWSERS") or 2)))
    yield browsers
    browsers.quit()


@pytest.fixture(scope="session")
def browser(pool: BrowserPool) -> Browser:
    """One Chromium, for tests that drive it step by step."""
    return pool.browsers[0]


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.is_file():
        raise pytest.UsageError(f"no axe-core at {AXE_SCRIPT}; `make browser-test` fetches it (or set WIJKWIJZER_AXE)")
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_results(pool, request) -> dict:
    """axe-core and the phone measurements of every selected sample page, one load each (see sample_load.py)."""
    wants_axe = bool(selected(request.session, sample_load.AXE_TESTS, "sample_page"))
    axe = request.getfixturevalue("axe_source") if wants_axe else None
    return sample_load.measure(pool, request.session, axe)


@pytest.fixture(scope="session")
def output_folder() -> pathlib.Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def report(pytestconfig) -> list:
    """Lines for the closing summary (and test-output/browser-report.txt)."""
    return pytestconfig.stash[REPORT]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = [line() if callable(line) else line for line in config.stash.get(REPORT, [])]
    elapsed = time.monotonic() - config.stash.get(STARTED, time.monotonic())
    if not lines:
        return
    lines = lines + [f"browser suite: {elapsed:.0f} s"]
    terminalreporter.section("Wijkwijzer browser report")
    for line in lines:
        terminalreporter.write_line(line)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "browser-report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def pytest_sessionfinish(session, exitstatus):
    run = session.config.stash.get(NU_RUN, None)
    if run is not None:
        run.stop()
    # pytest's "no tests collected" (exit code 5) must fail loudly, never pass as empty.
    if session.testscollected == 0:
        print("\nerror: the browser suite collected no test", flush=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
