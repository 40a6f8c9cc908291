"""Shared fixtures: the Utrecht site built once with a pinned build date (2026-11-26).

`make python-test` builds the site and passes its folder in WIJKWIJZER_SITE; run alone,
pytest builds it here with the debug binary (`swift build --product wijkwijzer`)."""
import os
import pathlib
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD_EPOCH = "1795651200"  # 2026-11-26T00:00:00Z
PREFIXES = ["nl", "makkelijk", "tr", "ar", "pl"]


@pytest.fixture(scope="session")
def site():
    given = os.environ.get("WIJKWIJZER_SITE")
    if given:
        return pathlib.Path(given)
    subprocess.run(["swift", "build", "--product", "wijkwijzer"], cwd=ROOT, check=True)
    binary = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/wijkwijzer"
    output = pathlib.Path(tempfile.mkdtemp(prefix="wijkwijzer-pytest-")) / "site"
    subprocess.run([binary, "build", "--quiet", "--root", str(ROOT), "--output", str(output)], check=True,
                   env={**os.environ, "SOURCE_DATE_EPOCH": BUILD_EPOCH})
    return output


def team_ids():
    return sorted(path.stem for path in (ROOT / "content" / "teams").glob("*.yaml"))


def wijk_ids():
    return sorted(path.stem for path in (ROOT / "content" / "wijken").glob("*.yaml"))
