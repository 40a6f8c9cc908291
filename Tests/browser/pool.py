"""A few Chromiums working through a list of pages side by side (one per core), and what they found.

Loading pages and running axe-core is the suite's cost; with two browsers it is shared over both
cores. The tests stay one per page: each reads its page's result from the pool's tables."""

from __future__ import annotations

import concurrent.futures
import queue
from typing import Any, Callable

from browser import Browser


class Failed:
    """An exception a worker met, handed to the test of that page."""

    def __init__(self, error: BaseException):
        self.error = error


class BrowserPool:
    def __init__(self, base_url: str, size: int):
        with concurrent.futures.ThreadPoolExecutor(size) as starting:
            self.browsers = list(starting.map(lambda _: Browser(base_url), range(size)))
        # What each page did when it loaded at desktop size with JavaScript: its requests and
        # main text (None when not needed). Recorded by whichever test loaded it first, so a page
        # loads once for all.
        self.visits: dict[str, Any] = {}

    def quit(self) -> None:
        for browser in self.browsers:
            browser.quit()

    def map(self, work: Callable[[Browser, Any], Any], items: list) -> dict:
        """Runs `work(browser, item)` for every item, on all browsers at once; returns item → result
        (or `Failed`)."""
        free: queue.Queue[Browser] = queue.Queue()
        for browser in self.browsers:
            free.put(browser)

        def one(item):
            browser = free.get()
            try:
                return work(browser, item)
            except Exception as error:  # the page's own test reports it
                return Failed(error)
            finally:
                free.put(browser)

        with concurrent.futures.ThreadPoolExecutor(len(self.browsers)) as workers:
            return dict(zip(items, workers.map(one, items)))

    def visit_all(self, paths: list[str], *, read_text: bool) -> None:
        """Visits every page not visited yet, or visited without reading the text it now needs (see `visits`)."""
        def done(path: str) -> bool:
            visit = self.visits.get(path)
            return visit is not None and not (read_text and isinstance(visit, dict) and visit["main_text"] is None)

        todo = [path for path in dict.fromkeys(paths) if not done(path)]
        self.visits.update(self.map(lambda browser, path: browser.visit(path, read_text=read_text), todo))


def result(table: dict, key):
    """The result for `key`, re-raising what went wrong while it was measured."""
    value = table[key]
    if isinstance(value, Failed):
        raise value.error
    return value


def selected(session, test_names: tuple[str, ...], *argnames: str) -> list:
    """The parameters (one value, or a tuple of several) of the selected tests of those names,
    in order: what a pool should measure up front for them."""
    values = []
    for item in session.items:
        if getattr(item, "originalname", None) in test_names and hasattr(item, "callspec"):
            params = tuple(item.callspec.params[name] for name in argnames)
            values.append(params[0] if len(params) == 1 else params)
    return list(dict.fromkeys(values))
