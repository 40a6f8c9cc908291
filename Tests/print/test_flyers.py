"""Every flyer (every wijk x every language) printed by headless Chromium: exactly one A4 page,
its QR code decodes to the wijk page in that language, no navigation in print, Arabic laid out
right to left. Writes a Dutch and an Arabic flyer as PNG to test-output/ for review.

Self-contained: builds the site with `wijkwijzer flyers --pdf` into a temporary folder (the build
date pinned), then checks the PDFs with poppler-utils (pdfinfo, pdftoppm, pdftotext, pdffonts)
and zbarimg. `make print-test` installs what is missing.
"""
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output"
BUILD_DATE_EPOCH = "1795651200"  # 2026-11-26, the date the golden pages use
A4_POINTS = (595.28, 841.89)


def site_config():
    """Base URL and language prefixes from content/site.yaml, wijk ids from content/wijken/."""
    text = (ROOT / "content" / "site.yaml").read_text(encoding="utf-8")
    base_url = re.search(r"^base_url:\s*(\S+)", text, re.M).group(1).rstrip("/")
    prefixes = re.findall(r"^\s+prefix:\s*(\S+)", text, re.M)
    wijken = sorted(path.stem for path in (ROOT / "content" / "wijken").glob("*.yaml"))
    return base_url, prefixes, wijken


BASE_URL, PREFIXES, WIJKEN = site_config()
FLYERS = [(prefix, wijk) for prefix in PREFIXES for wijk in WIJKEN]


def run(*arguments, **options):
    return subprocess.run(arguments, check=True, capture_output=True, text=True, **options)


def wijkwijzer_binary():
    binary = pathlib.Path(os.environ.get("WIJKWIJZER", ROOT / ".build" / "debug" / "wijkwijzer"))
    if not binary.exists():
        run("swift", "build", "--product", "wijkwijzer", cwd=ROOT)
    return binary


@pytest.fixture(scope="module")
def printed():
    """Builds the site and prints every flyer once; yields the folder with site/ and print/."""
    for tool in ("pdfinfo", "pdftoppm", "pdftotext", "pdffonts", "zbarimg"):
        assert shutil.which(tool), f"{tool} is missing: run `make print-test` (it installs poppler-utils and zbar-tools)"
    folder = pathlib.Path(tempfile.mkdtemp(prefix="wijkwijzer-print-"))
    environment = dict(os.environ, SOURCE_DATE_EPOCH=BUILD_DATE_EPOCH)
    result = subprocess.run(
        [str(wijkwijzer_binary()), "flyers", "--pdf", "--root", str(ROOT),
         "--output", str(folder / "site"), "--pdf-output", str(folder / "print")],
        capture_output=True, text=True, env=environment)
    assert result.returncode == 0, result.stderr
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def pdf_path(folder, prefix, wijk):
    return folder / "print" / prefix / "flyers" / wijk / f"flyer-{wijk}-{prefix}.pdf"


SCAN_DPI = 150


def scan(pdf, work):
    """The printed page as a 150 dpi grayscale image (PGM: zbarimg reads it, and so can we)."""
    stem = work / pdf.stem
    run("pdftoppm", "-r", str(SCAN_DPI), "-gray", "-singlefile", str(pdf), str(stem))
    return pathlib.Path(f"{stem}.pgm")


def decode_qr(image):
    """The text of every QR code zbarimg finds in the image."""
    found = subprocess.run(["zbarimg", "-q", "--xml", str(image)], capture_output=True, text=True)
    tree = ElementTree.fromstring(found.stdout or "<barcodes/>")
    return [element.text for element in tree.iter("{http://zbar.sourceforge.net/2008/barcode}data")]


FINDER_MIDDLE_ROW = (True, False, True, True, True, False, True)


def qr_width_mm(image):
    """The printed width of the QR code without its quiet zone: its top row is the top edges of
    two finder patterns, two dark runs of 7 modules with 7 to 27 modules between them
    (versions 1 to 6), whose middle rows read dark-light-dark-dark-dark-light-dark."""
    data = image.read_bytes()
    header = data.split(maxsplit=4)
    width, height = int(header[1]), int(header[2])
    pixels = header[4][-width * height:]

    def is_finder(left, top, size):
        module = size / 7
        middle = top + int(3.5 * module)
        if middle >= height:
            return False
        row = pixels[middle * width:(middle + 1) * width]
        return all((row[int(left + (i + 0.5) * module)] < 128) == dark for i, dark in enumerate(FINDER_MIDDLE_ROW))

    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        runs, x = [], 0
        while x < width:
            if row[x] < 128:
                start = x
                while x < width and row[x] < 128:
                    x += 1
                runs.append((start, x - start))
            x += 1
        for first, (start, length) in enumerate(runs):
            if length < 10:
                continue
            for other_start, other_length in runs[first + 1:]:
                span = other_start + other_length - start
                if (abs(other_length - length) <= 2 and 21 * length / 7 <= span <= 41 * length / 7
                        and is_finder(start, y, length) and is_finder(other_start, y, other_length)):
                    return span / SCAN_DPI * 25.4
    return 0.0


def test_there_is_a_flyer_for_every_wijk_and_language(printed):
    pdfs = sorted((printed / "print").rglob("*.pdf"))
    assert len(pdfs) == len(WIJKEN) * len(PREFIXES) == 50
    for prefix, wijk in FLYERS:
        assert (printed / "site" / prefix / "flyers" / wijk / "index.html").exists()
        assert pdf_path(printed, prefix, wijk).exists()


@pytest.mark.parametrize("prefix,wijk", FLYERS, ids=[f"{p}-{w}" for p, w in FLYERS])
def test_flyer_prints_on_exactly_one_a4_page(printed, prefix, wijk):
    info = run("pdfinfo", str(pdf_path(printed, prefix, wijk))).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - A4_POINTS[0]) < 1.5 and abs(height - A4_POINTS[1]) < 1.5, info


@pytest.fixture(scope="module")
def scans(printed):
    work = printed / "scans"
    work.mkdir()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(FLYERS, pool.map(lambda flyer: scan(pdf_path(printed, *flyer), work), FLYERS)))


def test_every_qr_code_decodes_to_the_wijk_page_in_that_language(scans):
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        decoded = dict(zip(scans, pool.map(decode_qr, scans.values())))
    wrong = {
        f"{prefix}/{wijk}": found for (prefix, wijk), found in decoded.items()
        if found != [f"{BASE_URL}/{prefix}/wijken/{wijk}/"]
    }
    assert not wrong, f"QR codes that do not decode to their wijk page: {wrong}"


def test_every_qr_code_is_printed_at_least_25_mm_wide(scans):
    """The code itself, quiet zone excluded, so a cheap phone camera can read it from a flyer."""
    widths = {f"{prefix}/{wijk}": round(qr_width_mm(image), 1) for (prefix, wijk), image in scans.items()}
    narrow = {flyer: width for flyer, width in widths.items() if width < 25}
    assert not narrow, f"QR codes narrower than 25 mm: {narrow}"


@pytest.mark.parametrize("prefix", PREFIXES)
def test_print_shows_the_flyer_without_navigation(printed, prefix):
    text = run("pdftotext", "-layout", str(pdf_path(printed, prefix, "overvecht")), "-").stdout
    # The language switcher (it names "Makkelijk Nederlands") and the footer menu are not printed.
    assert "Makkelijk Nederlands" not in text
    assert "Flyers" not in text
    # Dutch is on every flyer: alone on the Dutch ones, beside the reader's language on the others.
    assert "geen afspraak" in text
    assert "+31 30 099" in text
    assert f"{BASE_URL}/{prefix}/wijken/overvecht/" in text


def words_with_positions(pdf):
    """(word, x of its left edge) for every word on the page, from pdftotext's bounding boxes."""
    html = run("pdftotext", "-bbox", str(pdf), "-").stdout
    return [(match.group(2), float(match.group(1)))
            for match in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


def test_arabic_flyer_is_right_to_left_and_dutch_left_to_right(printed):
    arabic = pdf_path(printed, "ar", "overvecht")
    fonts = run("pdffonts", str(arabic)).stdout
    assert "Arabic" in fonts, f"no Arabic font in the PDF (install fonts-noto-core):\n{fonts}"
    words = words_with_positions(arabic)
    middle = A4_POINTS[0] / 2
    # The Arabic title starts at the right; the QR caption's column is at the left (the end side).
    # pdftotext gives Arabic words in visual order (letters reversed); accept either.
    title = [x for word, x in words if word in ("فريق", "فريق"[::-1])]
    assert title and title[0] > middle, words[:20]
    dutch_title = [x for word, x in words if word == "buurtteam"]
    assert dutch_title and dutch_title[0] > middle, "the Dutch title lines up with the Arabic one"
    dutch = pdf_path(printed, "nl", "overvecht")
    dutch_words = words_with_positions(dutch)
    assert [x for word, x in dutch_words if word == "buurtteam"][0] < middle


def test_renders_a_dutch_and_an_arabic_flyer_for_review(printed):
    OUTPUT.mkdir(exist_ok=True)
    for prefix in ("nl", "ar"):
        target = OUTPUT / f"flyer-overvecht-{prefix}"
        run("pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf_path(printed, prefix, "overvecht")), str(target))
        assert target.with_suffix(".png").stat().st_size > 10_000
        shutil.copy(pdf_path(printed, prefix, "overvecht"), OUTPUT / f"flyer-overvecht-{prefix}.pdf")
