"""The .deb, installed into a throw-away root, runs as a host would (packaging/linux/test_deb.sh).

Needs a built package (``make package``, several minutes): skipped when there is none, so a fresh clone's
``make test`` does not build one; ``make package-test`` runs the script directly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from telecentre_desk import system_libs

ROOT = Path(__file__).resolve().parents[2]
DEBS = sorted((ROOT / "build").glob("telecentre-desk_*.deb"), key=lambda p: p.stat().st_mtime)


@pytest.mark.skipif(not DEBS, reason="no .deb built (make package)")
@pytest.mark.skipif(not all(shutil.which(t) for t in ("dpkg-deb", "Xvfb", "desktop-file-validate", "appstreamcli")),
                    reason="dpkg-deb, Xvfb, desktop-file-utils and appstream are needed")
def test_the_installed_deb_runs_paints_and_validates() -> None:
    display = str(90 + os.getpid() % 9)  # not a developer's display
    done = subprocess.run([str(ROOT / "packaging" / "linux" / "test_deb.sh"), str(DEBS[-1]), display],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    for step in ("telecentre-desk 0.", "Factur-X attached", "ok (painted)", "desktop ok", "metainfo ok"):
        assert step in done.stdout


@pytest.mark.skipif(not DEBS or not shutil.which("dpkg-deb"), reason="no .deb built (make package)")
def test_the_deb_depends_on_what_the_window_links_against() -> None:
    depends = subprocess.run(["dpkg-deb", "-f", str(DEBS[-1]), "Depends"], capture_output=True, text=True,
                             check=True).stdout
    assert {d.strip() for d in depends.split(",")} == set(system_libs.XCB_WINDOW_LIBS.values())
