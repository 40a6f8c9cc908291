"""axe-core 4.x in Chromium: the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices,
on every kind of page in every language: zero violations."""

from pool import result as pool_result
from sample_load import AXE_TAGS

_versions: set[str] = set()


def test_axe_finds_no_violation(sample_results, sample_page, report):
    """axe-core's answer, measured for every selected page by all browsers at once on the page's
    one load (sample_load.py), at desktop size."""
    result = pool_result(pool_result(sample_results, sample_page), "axe")
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
