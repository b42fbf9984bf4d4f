"""Write resources/windows/telecentre-desk.ico from resources/icons/app.svg (committed; rerun when the icon changes).

Qt renders the SVG at 256 px and its ``ico`` image plugin writes it (Qt's writer keeps one image per file;
Windows scales the 256 px one down for the Start menu and the taskbar).
Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_windows_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SIZES = (256,)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(RESOURCES / "icons" / "app.svg"))
    target = RESOURCES / "windows" / "telecentre-desk.ico"
    target.parent.mkdir(exist_ok=True)
    writer = QImageWriter(str(target), b"ico")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not writer.write(image):
            print(f"cannot write {target}: {writer.errorString()}", file=sys.stderr)
            return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
