"""First-run setup of the local place, and later edits of its details, in one dialog."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlmodel import Session

from telecentre_desk.places import service as places
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.places.place_form import PlaceForm
from telecentre_desk.ui.store import ACTOR, Store


class PlaceDialog(QDialog):
    """Sets up the place when ``place`` is None (first run), else edits it."""

    def __init__(self, store: Store, *, place: PlaceInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._place = place
        self.saved: PlaceInfo | None = None
        self.general_error = error_label(self)
        self.errors = FormErrors(self.general_error)
        self.form = PlaceForm(self.errors, parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if place is None:
            self.setWindowTitle(self.tr("Set up this place"))
            intro = QLabel(self.tr("<b>Welcome to Télécentre Desk.</b><br>This database does not belong to "
                                   "a place yet. Tell us which place this desk runs: its name shows at "
                                   "the desk, its legal details print on invoices."), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.ok_button.setText(self.tr("Create the place"))
        else:
            self.setWindowTitle(self.tr("Place details"))
            self.form.set_place(place)
        layout.addWidget(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.form.code.textChanged.connect(self._on_required_text_changed)
        self.form.edits["name"].textChanged.connect(self._on_required_text_changed)
        self._on_required_text_changed()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @Slot()
    def _on_required_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.form.place_code() and self.form.edits["name"].text().strip()))

    def accept(self) -> None:
        """Save through the places service; on a refused value stay open with the error shown."""
        self.errors.clear()
        fields = self.form.values()
        if self._place is None:
            code = self.form.place_code()
            given = {k: v for k, v in fields.items() if v is not None}

            def save(session: Session) -> PlaceInfo:
                return places.init_place(session, code=code, actor=ACTOR, **given)
        else:
            def save(session: Session) -> PlaceInfo:
                return places.edit_place(session, actor=ACTOR, **fields)

        result = self._store.run(save, parent_widget=self, on_failure=self.errors.show)
        if result.ok and result.value is not None:
            self.saved = result.value
            super().accept()
