"""Icons shipped in telecentre_desk/resources, read with importlib.resources and checked to render."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

logger = logging.getLogger(__name__)

NAMES = ("app", "front_desk", "members", "plans", "floor_plan", "bookings", "occupancy", "invoices", "network",
         "reports")
_SIZES = (16, 24, 32, 48, 64, 96)  # pre-rendered so HiDPI screens get sharp pixels


def icon(name: str) -> QIcon:
    """The named icon; an empty QIcon (and a log line) when it is missing or does not render."""
    try:
        data = resources.files("telecentre_desk").joinpath("resources", f"{name}.svg").read_bytes()
    except OSError as exc:
        logger.warning("icon %s is missing: %s", name, exc)
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        logger.warning("icon %s is not a valid SVG", name)
        return QIcon()
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
