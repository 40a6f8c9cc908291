#!/usr/bin/env python3
"""Puts axe-core's axe.min.js at the given path, taken from PyPI's axe-playwright-python wheel.

That wheel ships axe-core 4.x (4.12.1 in version 0.1.8) as a plain file; no Playwright is
installed or run. PyPI's axe-selenium-python ships a 2018 axe-core without the WCAG 2.1/2.2
rules, so it is not used. Usage: scripts/fetch-axe.py .cache/axe/axe.min.js
"""

import pathlib
import subprocess
import sys
import tempfile
import zipfile

WHEEL = "axe-playwright-python==0.1.8"
MEMBER = "axe_playwright_python/axe.min.js"


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    target = pathlib.Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", folder, WHEEL],
                       check=True)
        wheels = sorted(pathlib.Path(folder).glob("axe_playwright_python-*.whl"))
        if not wheels:
            print(f"pip did not download {WHEEL}", file=sys.stderr)
            return 1
        script = zipfile.ZipFile(wheels[0]).read(MEMBER)
    if not script.startswith(b"/*! axe v4."):
        print(f"{MEMBER} in {wheels[0].name} is not axe-core 4.x", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".part")
    temporary.write_bytes(script)
    temporary.replace(target)
    print(f"{target}: {script.splitlines()[0].decode(errors='replace')[4:].strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
