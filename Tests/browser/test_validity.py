"""The Nu HTML Checker on every generated HTML file (one Java start, begun when the tests were collected)."""

import os

import nu_checker


def test_every_page_is_valid_html(site, nu_run, report):
    assert nu_run.files, "the site has no HTML file"
    messages = nu_run.messages()
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    warnings = [m for m in messages if m.get("type") == "info" and m.get("subType") == "warning"]
    report.append(f"Nu HTML Checker {nu_checker.version()}: {len(nu_run.files)} HTML files, "
                  f"{len(errors)} errors, {len(warnings)} warnings")
    lines = [f"{os.path.relpath(m.get('url', '').removeprefix('file:'), site.root)}:{m.get('lastLine', '?')}:"
             f"{m.get('firstColumn', '?')}: {m.get('message')}  [{m.get('extract', '').strip()[:80]}]" for m in errors]
    assert not errors, f"{len(errors)} Nu HTML Checker error(s):\n" + "\n".join(lines)
