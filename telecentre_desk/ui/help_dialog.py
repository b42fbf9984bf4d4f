"""Aide › Guide de l'accueil: the French host's guide shipped with the app (resources/guide_fr.html)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE = "guide_fr.html"  # the guide is written for French hosts; an English window shows it too


def guide_folder() -> Path:
    return Path(str(resources.files("telecentre_desk").joinpath("resources")))


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Host's guide"))
        self.resize(760, 560)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Host's guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide_folder())])
        self.browser.setSource(GUIDE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
