"""Screenshots for a reviewer: the home, a team page and an easy-read information page in Dutch and
in each right-to-left language, 390 px wide, written to test-output/screenshots/."""

import struct

import pytest

from paths import site_pages


def _shots():
    pages = site_pages()
    languages = (["nl"] if "nl" in pages.languages else pages.languages[:1]) + pages.rtl_languages()
    sample = pages.sample()
    shots = []
    for language in languages:
        for kind, name in (("home", "home"), ("buurtteams/*", "team"), ("info/*", "easy-read")):
            page = next(p for p in sample if p.language == language and p.kind == kind)
            shots.append(pytest.param(page, f"{language}-{name}-390.png", id=f"{language}-{name}"))
    return shots


@pytest.mark.parametrize("page, file_name", _shots())
def test_screenshot_at_390_px(browser, output_folder, page, file_name):
    target = output_folder / "screenshots" / file_name
    browser.screenshot(page.url_path, 390, target)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 390 and height > 844, f"{file_name} is {width}×{height}"
