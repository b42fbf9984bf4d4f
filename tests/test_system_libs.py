"""make run names the missing system libraries and the exact Debian packages, before Qt fails obscurely."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from telecentre_desk import system_libs

README = Path(__file__).resolve().parents[1] / "README.md"
MAKEFILE = README.with_name("Makefile")


def test_a_missing_library_is_named_with_its_package() -> None:
    missing = system_libs.missing_libraries({"libxcb.so.1": "libxcb1", "libnot-there-at-all.so.9": "libnot-there9"})
    assert missing == {"libnot-there-at-all.so.9": "libnot-there9"}
    text = system_libs.report(missing)
    assert "libnot-there-at-all.so.9" in text and "sudo apt-get install libnot-there9\n" in text


def test_the_list_covers_what_the_xcb_plugin_links_against() -> None:
    plugin = Path(__import__("PySide6").__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or not sys.platform.startswith("linux"):
        pytest.skip("no xcb plugin in this PySide6")
    libs = Path(plugin).parents[2] / "lib"
    linked = set()
    for target in (plugin, libs / "libQt6XcbQpa.so.6"):
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True, check=True).stdout
        linked |= {line.split()[0] for line in out.splitlines() if "xcb" in line.split()[0] or "xkb" in line.split()[0]}
    linked = {name for name in linked if not name.startswith("libQt6")}
    assert linked <= set(system_libs.XCB_WINDOW_LIBS), linked - set(system_libs.XCB_WINDOW_LIBS)


def test_the_readme_shows_the_same_install_line_and_make_run_checks() -> None:
    [line] = [x.strip() for x in README.read_text(encoding="utf-8").splitlines()
              if x.strip().startswith("sudo apt-get install")]
    assert set(line.split()[3:]) == {"python3-venv", "make", *system_libs.XCB_WINDOW_LIBS.values()}
    run_rule = MAKEFILE.read_text().split("\nrun:")[1].split("\n\n")[0]
    assert "telecentre_desk.system_libs" in run_rule


def test_the_check_passes_on_this_machine_or_says_what_to_install() -> None:
    done = subprocess.run([sys.executable, "-m", "telecentre_desk.system_libs"], capture_output=True, text=True)
    assert done.returncode == (1 if system_libs.missing_libraries() else 0)
    assert done.returncode == 0 or "sudo apt-get install" in done.stderr
