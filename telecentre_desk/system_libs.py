"""Does this Linux machine have the system libraries the window needs? If not, which Debian packages to install.

PySide6's wheels carry Qt itself but not the X11 client libraries its ``xcb`` platform plugin links against;
without one of them Qt only says "could not load the Qt platform plugin xcb". The list below is what
``ldd`` shows for ``PySide6/Qt/plugins/platforms/libqxcb.so`` and ``libQt6XcbQpa.so.6`` (PySide6 6.11, Debian
12), minus what every Debian system has (libc, zlib, glib, dbus...), each with the package that ships it.
``make run`` runs ``python -m telecentre_desk.system_libs`` before opening the window; the ``.deb`` depends on
the same packages (packaging/). Qt-free, so it can run before Qt is imported.
"""

from __future__ import annotations

import ctypes
import sys

# soname -> Debian package (bookworm; same names on Ubuntu 22.04+)
XCB_WINDOW_LIBS: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    # Qt Multimedia (the kiosk camera, the scan sounds) loads PulseAudio's client library.
    "libpulse.so.0": "libpulse0",
}


def missing_libraries(libs: dict[str, str] | None = None) -> dict[str, str]:
    """The sonames the dynamic loader cannot find here, with their package (empty when all load)."""
    missing = {}
    for soname, package in (XCB_WINDOW_LIBS if libs is None else libs).items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing[soname] = package
    return missing


def install_line(packages: list[str] | None = None) -> str:
    """The one apt-get line that installs every package the window needs (the README shows the same)."""
    wanted = sorted(set(XCB_WINDOW_LIBS.values()) if packages is None else packages)
    return "sudo apt-get install " + " ".join(wanted)


def report(missing: dict[str, str]) -> str:
    names = ", ".join(sorted(missing))
    return (f"The window needs system libraries that are missing here: {names}.\n"
            f"Install them (Debian/Ubuntu) with:\n\n    {install_line(sorted(set(missing.values())))}\n\n"
            "then run the same command again. (The command-line tool works without them.)")


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0  # Windows and macOS wheels carry everything the window needs
    missing = missing_libraries()
    if missing:
        print(report(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
