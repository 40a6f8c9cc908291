"""One load of each sample page with JavaScript for everything measured on it: its requests and
main text at desktop size, axe-core, then each phone screen (the emulated screen changes size on
the loaded page, as when a phone turns, and the page lays itself out again).

Loading a page costs Chromium about as much as checking it, so a sample page loads once here
(and once more without JavaScript). Each part is measured only for the tests selected, and a
failure in one part is handed to that part's tests only."""

from __future__ import annotations

from pool import BrowserPool, Failed, selected

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
  .then((result) => done({
    version: axe.version,
    passes: result.passes.length,
    violations: result.violations.map((rule) => ({
      id: rule.id, impact: rule.impact, help: rule.help,
      nodes: rule.nodes.map((node) => ({ target: node.target.join(" "), html: node.html.slice(0, 160),
                                         summary: node.failureSummary })),
    })),
  }))
  .catch((error) => done({ error: String(error) }));
"""

AXE_TESTS = ("test_axe_finds_no_violation",)
PHONE_TESTS = ("test_no_sideways_scrolling", "test_text_at_200_percent_fits", "test_tap_targets_are_large_enough")


def measure(pool: BrowserPool, session, axe_source: str | None) -> dict:
    """page → {"axe": result, (width, height): phone result}, for the selected tests' pages
    (each value may be `Failed`). The visits (requests, main text) go to `pool.visits`."""
    axe_pages = selected(session, AXE_TESTS, "sample_page") if axe_source else []
    screens: dict = {}
    for page, width, height in selected(session, PHONE_TESTS, "sample_page", "width", "height"):
        screens.setdefault(page, []).append((width, height))
    pages = list(dict.fromkeys([*axe_pages, *screens]))

    def part(work):
        try:
            return work()
        except Exception as error:  # the tests of that part report it
            return Failed(error)

    def load(browser, page):
        pool.visits[page.url_path] = browser.visit(page.url_path)
        results: dict = {}
        if page in axe_pages:
            def run_axe():
                browser.driver.execute_script(axe_source)
                return browser.driver.execute_async_script(RUN_AXE, AXE_TAGS)
            results["axe"] = part(run_axe)
        for width, height in screens.get(page, []):
            def on_phone():
                browser.emulate({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
                return {
                    "layout": browser.run("overflow", 1),
                    "targets": browser.run("tap_targets"),
                    "zoomed": browser.run("overflow", 2),
                }
            results[(width, height)] = part(on_phone)
        return results

    return pool.map(load, pages)
