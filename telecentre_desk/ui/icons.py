"""Icons compiled from resources/icons (ui/assets.py), checked to render."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from telecentre_desk.ui import assets

logger = logging.getLogger(__name__)

NAMES = ("app", "front_desk", "members", "plans", "floor_plan", "bookings", "occupancy", "invoices", "network",
         "reports")
_SIZES = (16, 24, 32, 48, 64, 96)  # pre-rendered so HiDPI screens get sharp pixels


def icon(name: str) -> QIcon:
    """The named icon; an empty QIcon (and a log line) when it is missing or does not render."""
    try:
        data = assets.read_bytes(f"icons/{name}.svg")
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
