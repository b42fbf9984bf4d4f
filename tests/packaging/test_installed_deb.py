"""The .deb, installed into a throw-away root, runs as a host would (packaging/linux/test_deb.sh).

Needs a built package (``make package``, a few minutes). On a developer's machine these tests are skipped when
there is none, so a fresh clone's ``make test`` does not build one. Under CI (``CI=true``) they never skip:
``.ci/run`` builds the package before the suite, and a missing ``.deb`` or tool fails them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from telecentre_desk import system_libs
from tests.system_tools import missing

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("dpkg-deb", "Xvfb", "desktop-file-validate", "appstreamcli")


def _deb(*tools: str) -> Path:
    """The newest built .deb, with the tools the test needs; else skipped (by hand) or failed (CI)."""
    debs = sorted((ROOT / "build").glob("telecentre-desk_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        missing("no .deb built (make package)")
    absent = [tool for tool in tools if shutil.which(tool) is None]
    if absent:
        missing(f"{', '.join(absent)} not installed (dpkg, xvfb, desktop-file-utils, appstream)")
    return debs[-1]


def test_the_installed_deb_runs_paints_and_validates() -> None:
    deb = _deb(*TOOLS)
    display = str(90 + os.getpid() % 9)  # not a developer's display
    done = subprocess.run([str(ROOT / "packaging" / "linux" / "test_deb.sh"), str(deb), display],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    for step in ("telecentre-desk 0.", "Factur-X attached", "ok (painted)", "desktop ok", "metainfo ok"):
        assert step in done.stdout


def test_the_deb_depends_on_what_the_window_links_against() -> None:
    depends = subprocess.run(["dpkg-deb", "-f", str(_deb("dpkg-deb")), "Depends"], capture_output=True, text=True,
                             check=True).stdout
    assert {d.strip() for d in depends.split(",")} == set(system_libs.XCB_WINDOW_LIBS.values())
