"""What some tests need from the machine: Debian programs (the README lists them) and a root that may mount.

By hand, a developer without them gets a skip that says what to install. In CI (``CI=true``, set by
``.ci/run``, which installs every one of them and runs as root) the same absence fails the test: a check that
CI is meant to run never turns into a silent skip there.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def missing(reason: str) -> None:
    """Skip by hand, fail in CI (where .ci/run provides what the test needs)."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: .ci/run provides it before the suite", pytrace=False)
    pytest.skip(reason)


def program(name: str, package: str) -> str:
    """The path of ``name``, from the Debian package ``package``."""
    found = shutil.which(name)
    if found is None:
        missing(f"{name} is not installed (sudo apt-get install {package})")
    return found  # type: ignore[return-value]  # missing() never returns


def pdf_text(path: Path) -> str:
    """The PDF's text as poppler's pdftotext reads it, whitespace collapsed."""
    out = subprocess.run([program("pdftotext", "poppler-utils"), "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, timeout=60).stdout
    return re.sub(r"\s+", " ", out.decode("utf-8"))


@contextlib.contextmanager
def tmpfs(mount: Path, *options: str) -> Iterator[Path]:
    """A tmpfs mounted on the empty folder ``mount`` (``size=2m``, ``ro``...), unmounted afterwards."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        missing("mounting a file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options or ("defaults",)), "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        missing(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        gc.collect()  # a failed transaction's traceback may still hold a connection (and its mmap) open
        if subprocess.run(["umount", str(mount)], check=False).returncode != 0:
            subprocess.run(["umount", "--lazy", str(mount)], check=True)  # never leave a mount behind
