"""Toolbars that never hide an action behind Qt's "»" (issue 15, small screens).

A QToolBar too narrow for its actions folds the last ones into an extension menu a host never opens. Here
a screen's bar is cut into parts (a navigator, the main actions, the secondary ones): side by side when the
window is wide enough for all of them, one under the other when it is not (a 1024×600 laptop), so that
each part always has the whole width. Re-decided on every resize and whenever a part's wish changes (an
action added, an Undo whose text grew).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget


class ToolRows(QWidget):
    def __init__(self, parts: Sequence[QWidget], parent: QWidget | None = None, *, stretch_after: int = -1) -> None:
        """``parts`` in order; ``stretch_after``: index of the part after which the row leaves its free space
        (-1: at the end), e.g. a navigator on the left and the actions on the right."""
        super().__init__(parent)
        self.parts = list(parts)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for index, part in enumerate(self.parts):
            # Left-aligned: stacked, a part keeps its own width (a navigator does not stretch across the screen).
            self._layout.addWidget(part, 0, Qt.AlignmentFlag.AlignLeft)
            part.installEventFilter(self)
            if index == stretch_after:
                self._layout.addStretch(1)
        if stretch_after < 0:
            self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @property
    def stacked(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.TopToBottom

    def wanted_width(self) -> int:
        shown = [p for p in self.parts if not p.isHidden()]
        return sum(p.sizeHint().width() for p in shown) + self._layout.spacing() * max(0, len(shown) - 1)

    def _decide(self, width: int) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if width >= self.wanted_width()
                     else QBoxLayout.Direction.TopToBottom)
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._decide(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched in self.parts:
            self._decide(self.width())  # an action added or renamed: does everything still fit on one row?
        return False
