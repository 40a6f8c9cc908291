"""axe-core 4.x in Chromium: the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices,
on every kind of page in every language: zero violations."""

import pytest

from pool import result as pool_result
from pool import selected

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

_versions: set[str] = set()


@pytest.fixture(scope="session")
def axe_results(pool, axe_source, request):
    """axe-core's answer for every selected page, measured by all browsers at once. Each page's
    visit (its requests and main text) is kept for the privacy and JavaScript tests."""

    def check(browser, page):
        pool.visits[page.url_path] = browser.visit(page.url_path)
        browser.driver.execute_script(axe_source)
        return browser.driver.execute_async_script(RUN_AXE, AXE_TAGS)

    return pool.map(check, selected(request.session, ("test_axe_finds_no_violation",), "sample_page"))


def test_axe_finds_no_violation(axe_results, sample_page, report):
    result = pool_result(axe_results, sample_page)
    assert "error" not in result, result.get("error")
    assert result["version"].startswith("4."), f"axe-core {result['version']} is not 4.x"
    assert result["passes"] > 10, "axe checked almost nothing: is the page empty?"
    if result["version"] not in _versions:
        _versions.add(result["version"])
        report.append(f"axe-core {result['version']} with tags {', '.join(AXE_TAGS)}")
    lines = []
    for rule in result["violations"]:
        for node in rule["nodes"]:
            summary = " ".join(node["summary"].split())
            lines.append(f"{sample_page.label}: {rule['id']} ({rule['impact']}): {rule['help']}\n"
                         f"    element: {node['target']}  {node['html']}\n    {summary}")
    assert not lines, f"{len(lines)} axe violation(s):\n" + "\n".join(lines)
