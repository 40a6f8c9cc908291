"""Right-to-left: every page of a right-to-left language (Arabic) has dir="rtl" on <html>; phone
numbers, postcodes, times and e-mail addresses inside it read left-to-right, isolated; and Latin
text that is Dutch data (names of places, streets, buurten, roles) is marked as such."""

import functools
import re

from paths import REPOSITORY

HTML_TAG = re.compile(r"<html\b([^>]*)>")


def test_every_page_declares_its_language_and_direction(site):
    rtl = set(site.rtl_languages())
    assert rtl, "no right-to-left language in the site (Arabic is expected)"
    wrong = []
    for page in site.pages:
        head = (site.root / page.path).read_text(encoding="utf-8")[:600]
        match = HTML_TAG.search(head)
        attributes = match.group(1) if match else ""
        expected = "rtl" if page.language in rtl else "ltr"
        if f'dir="{expected}"' not in attributes or 'lang="' not in attributes:
            wrong.append(f"{page.label}: <html{attributes}> (expected lang and dir=\"{expected}\")")
    assert not wrong, "\n".join(wrong)


def test_numbers_times_postcodes_and_email_read_left_to_right(browser, rtl_sample_page, report):
    browser.open(rtl_sample_page.url_path, width=390, height=844)
    result = browser.run("ltr_data")
    assert result["htmlDir"] == "rtl" and result["direction"] == "rtl", f"{rtl_sample_page.label}: {result}"
    lines = [f"{rtl_sample_page.label}: {w['kind']} '{w['value']}' in {w['element']} is {w['direction']}, not isolated ltr"
             for w in result["wrong"]]
    assert not lines, "\n".join(lines)


@functools.cache
def _translator_words(lang: str) -> frozenset[str]:
    """Latin words that the translators wrote into this language's own strings and pages: proper
    names they chose to keep (Veilig Thuis, buurtteam), which WCAG 3.1.2 leaves unmarked."""
    words: set[str] = set()
    sources = list(REPOSITORY.glob(f"translations/{lang}.yaml")) + list(REPOSITORY.glob(f"content/**/{lang}.md"))
    for source in sources:
        text = source.read_text(encoding="utf-8")
        if source.suffix == ".yaml":
            text = "\n".join(re.findall(r"^\s+(?:text|zero|one|two|few|many|other):\s*(.*)$", text, re.M))
        words.update(w.lower() for w in re.findall(r"[A-Za-z\u00C0-\u024F]{2,}", text))
    return frozenset(words)


# An e-mail or web address (with or without https://), or a postcode, is no language's word.
ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^https?://|^www\.[\w-]+(\.[\w-]+)+$|^[1-9]\d{3} ?[A-Z]{2}$")


def test_dutch_data_is_marked_dutch(browser, rtl_sample_page):
    browser.open(rtl_sample_page.url_path)
    lang = browser.driver.execute_script("return document.documentElement.lang")
    allowed = _translator_words(lang)
    unmarked = []
    for piece in browser.run("latin_text"):
        text = piece["text"]
        if ADDRESS.match(text):
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z\u00C0-\u024F]{2,}", text)}
        if words - allowed:
            unmarked.append(f"{rtl_sample_page.label}: '{text}' in {piece['element']} has lang=\"{lang}\"")
    assert not unmarked, (f"{len(unmarked)} piece(s) of Latin text without lang (screen readers read them as {lang}):\n"
                          + "\n".join(unmarked))
