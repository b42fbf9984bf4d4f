"""A page of the main window built the first time it is shown, so its imports (QtCharts, the services)
and its first read never delay the window's first paint (docs/architecture.md, "Fast start")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from telecentre_desk.ui.accessibility import name_controls


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._factory(self)
            name_controls(self._page)  # built after its window was shown: named here (ui/accessibility.py)
            self.layout().addWidget(self._page)
            self._page.show()
        return self._page

    @property
    def built(self) -> bool:
        return self._page is not None

    def showEvent(self, event: QShowEvent) -> None:
        _ = self.page  # built on first show; the page's own showEvent follows
        super().showEvent(event)
