"""Aide › Guide de l'accueil: the French host's guide shipped with the app (resources/guide/guide_fr.html)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from telecentre_desk.ui import assets

GUIDE = "guide_fr.html"  # the guide is written for French hosts; an English window shows it too


def guide_folder() -> str:
    """Where the guide and its pictures are: the compiled resources, or the clone's resources/ folder."""
    return ":/guide" if assets.compiled() else str(assets.SOURCE / "guide")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Host's guide"))
        self.resize(760, 560)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Host's guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([guide_folder()])
        self.browser.setSource(GUIDE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
