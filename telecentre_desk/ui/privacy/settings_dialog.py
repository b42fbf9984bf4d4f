"""Retention settings (with the CNIL reference) and the members to review, from the Members screen.

Keep a member with a reason (audited; they leave the list for another period), or erase them with the
erase dialog. The settings print on nothing but the notice; they live in the database like the others.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.privacy.settings import CNIL_REFERENCE, PrivacySettings
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.rows_model import AnyIndex, RowsTableModel
from telecentre_desk.ui.store import ACTOR, Store
from telecentre_desk.ui.table_view import make_table

_HEADERS = {0: QT_TRANSLATE_NOOP("InactiveModel", "Number"), 1: QT_TRANSLATE_NOOP("InactiveModel", "Last activity")}


class InactiveModel(RowsTableModel[Any]):
    CONTEXT = "InactiveModel"
    HEADERS = _HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index) or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.row_at(index.row())
        if index.column() == 0:
            return row.number
        day = row.last_activity
        return f"{day[8:10]}/{day[5:7]}/{day[:4]}" if day else "—"


class PrivacyDialog(QDialog):
    erase_requested = Signal(str)  # the member's uid: the hook opens the erase dialog

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from telecentre_desk.privacy import settings

        self._store = store
        self.setWindowTitle(self.tr("Personal data: retention and review"))
        current = store.query(settings.load_for, parent_widget=self) or PrivacySettings()
        self.retention = QSpinBox(self)
        self.retention.setRange(1, 120)
        self.retention.setValue(current.retention_months)
        self.retention.setSuffix(self.tr(" months"))
        self.inactive = QSpinBox(self)
        self.inactive.setRange(1, 240)
        self.inactive.setValue(current.inactive_months)
        self.inactive.setSuffix(self.tr(" months"))
        reference = QLabel(CNIL_REFERENCE, self)
        reference.setWordWrap(True)
        self.presence = QLabel(self.tr(
            "Each member's daily presence is kept until its month is invoiced and settled between places, then "
            "replaced by anonymous counts per day, hour and category: reports of past periods keep their "
            "figures, the member's history no longer shows those days."), self)
        self.presence.setWordWrap(True)
        self.kept = QLabel(self)
        self.kept.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Keep scan events"), self.retention)
        form.addRow("", reference)
        form.addRow(self.tr("Daily presence"), self.presence)
        form.addRow("", self.kept)
        form.addRow(self.tr("Review members inactive for"), self.inactive)
        self.model = InactiveModel(self)
        self.table = make_table(self.model, self)
        self.table.horizontalHeader().setStretchLastSection(True)  # "Dernière activité" was cut at its edge
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason to keep (e.g. honorary member)"))
        self.keep_button = QPushButton(self.tr("Keep"), self)
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        actions = QHBoxLayout()
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.keep_button)
        actions.addWidget(self.erase_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Members to review (no visit, plan or registration for that long):"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.reason.textChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # The members to review: their last visit, whether they were kept, the months chosen here.
        self.watch = ChangeWatch(store, self, ("members", "presence", "settings"), self._on_store_changed)
        self.resize(560, 480)
        self.refresh()

    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        from telecentre_desk.privacy import review

        rows = self._store.query(review.inactive_members, parent_widget=self)
        self.model.set_rows(rows or [])
        self._update_buttons()
        self._show_kept()

    def _show_kept(self) -> None:
        from telecentre_desk.privacy import retention

        states = self._store.query(retention.kept_months, parent_widget=self) or []
        if not states:
            self.kept.setText(self.tr("No month past the retention is held per member."))
            return
        reasons = {"draft": self.tr("open drafts"), "not_invoiced": self.tr("not invoiced"),
                   "not_exported": self.tr("not exported to the network yet"),
                   "waiting_for": self.tr("not settled with %1"), "pending_sync": self.tr("import waiting for %1")}
        parts = []
        for state in states:
            kind, _sep, code = state.reason.partition(":")
            reason = reasons.get(kind, kind).replace("%1", code)
            parts.append(f"{state.month[5:7]}/{state.month[:4]} ({reason})")
        self.kept.setText(self.tr("Still held per member: %1").replace("%1", ", ".join(parts)))

    def _selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.keep_button.setEnabled(chosen and bool(self.reason.text().strip()))
        self.erase_button.setEnabled(chosen)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    @Slot()
    def _on_keep_button_clicked(self) -> None:
        from telecentre_desk.privacy import review

        member, reason = self._selected(), self.reason.text().strip()
        if member is None:
            return
        uid = member.id
        if self._store.run(lambda s: review.keep_member(s, uid, reason=reason, actor=ACTOR), parent_widget=self,
                           changes=OpChanges(members=True)).ok:
            self.reason.clear()

    @Slot()
    def _on_erase_button_clicked(self) -> None:
        member = self._selected()
        if member is not None:
            self.erase_requested.emit(member.id)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        from telecentre_desk.privacy import settings

        retention, inactive = self.retention.value(), self.inactive.value()
        result = self._store.run(lambda s: settings.change_for(s, actor=ACTOR, retention_months=retention,
                                                               inactive_months=inactive), parent_widget=self,
                                 changes=OpChanges(settings=True))
        if result.ok:
            self.accept()
