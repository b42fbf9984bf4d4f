"""First-run setup of the local place, and later edits of its details, in one dialog.

Above the form, the "ready to invoice" check: what the law requires on an invoice that is still
missing, in words, with a button that takes the host to the first missing field.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from telecentre_desk.places import service as places
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.ui.form_errors import FormErrors, error_label
from telecentre_desk.ui.operations.changes import OpChanges
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
        layout.addWidget(self._readiness_box())
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.resize(640, 680)
        self.form.code.textChanged.connect(self._on_required_text_changed)
        self.form.edits["name"].textChanged.connect(self._on_required_text_changed)
        self.form.changed.connect(self._on_form_changed)
        self._on_required_text_changed()
        self._on_form_changed()

    def _readiness_box(self) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        self.readiness = QLabel(box)
        self.readiness.setWordWrap(True)
        self.readiness.setObjectName("readiness")
        self.fix_button = QPushButton(self.tr("Fill in what is missing"), box)
        self.fix_button.setAutoDefault(False)
        self.fix_button.clicked.connect(self._on_fix_button_clicked)
        row.addWidget(self.readiness, 1)
        row.addWidget(self.fix_button)
        return box

    @Slot()
    def _on_form_changed(self) -> None:
        gaps = self.form.gaps()
        if not gaps:
            self.readiness.setText(self.tr("<b>Ready to invoice.</b> Every mention the law requires on an invoice "
                                           "is filled in."))
        else:
            items = "".join(f"<li>{html.escape(gap.label)}</li>" for gap in gaps)
            self.readiness.setText(self.tr("<b>Not ready to invoice yet.</b> An invoice must also show:")
                                   + f"<ul style='margin:0'>{items}</ul>")
        self.fix_button.setVisible(bool(gaps))

    @Slot()
    def _on_fix_button_clicked(self) -> None:
        gaps = self.form.gaps()
        if gaps:
            self.focus_field(gaps[0].field)

    def focus_field(self, name: str) -> None:
        """Scroll to a field and put the cursor in it (the "fix it" buttons of other screens use it too)."""
        row = self.form.row_widget(name)
        self.scroll.ensureWidgetVisible(row)
        editor = self.form.edits.get(name)
        (editor or row).setFocus()

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

        # A first place: every screen had nothing to read before it. Later: its name, zone, hours, closures.
        changes = OpChanges.everything() if self._place is None else OpChanges(place=True)
        result = self._store.run(save, parent_widget=self, on_failure=self.errors.show, changes=changes)
        if result.ok and result.value is not None:
            self.saved = result.value
            super().accept()
