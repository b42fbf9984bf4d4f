"""Members › Visitor log…: visitors and guests (who, whose guest, when, how long), searchable, exportable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.reports.visitor_log import VisitorVisit, read_visitor_log, write_visitor_log
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.members.card_dialog import _fill, _table

DAYS_SHOWN = 30  # the last month by default


class VisitorLogDialog(QDialog):
    def __init__(self, store, *, today: dt.date, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._store = store
        self.visits: list[VisitorVisit] = []
        self.setWindowTitle(self.tr("Visitor log"))
        self.resize(760, 480)
        start = today - dt.timedelta(days=DAYS_SHOWN)
        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, number or inviting member…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export (CSV)…"), self)
        self.table = _table(self, self.tr("Visitor log"), [self.tr("Day"), self.tr("In"), self.tr("Out"),
                                                           self.tr("Time spent"), self.tr("Visitor"),
                                                           self.tr("Guest of")])
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.end)
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.refresh()
        self.search.setFocus()

    def period(self) -> tuple[dt.date, dt.date]:
        first, last = self.start.date().toPython(), self.end.date().toPython()
        return min(first, last), max(first, last)  # type: ignore[type-var, return-value]

    @Slot()
    def refresh(self) -> None:
        start, end = self.period()
        search = self.search.text()
        self.visits = self._store.read(lambda conn: read_visitor_log(conn, start=start, end=end, search=search),
                                       parent_widget=self) or []
        rows = []
        for v in self.visits:
            spent = "" if v.minutes is None else f"{v.minutes // 60} h {v.minutes % 60:02d}"
            who = f"{v.first_name} {v.last_name} ({v.number})"
            kind = self.tr("guest") if v.kind == "guest" else self.tr("visitor")
            rows.append([f"{v.arrival:%d/%m/%Y}", f"{v.arrival:%H:%M}",
                         "" if v.departure is None else f"{v.departure:%H:%M}", spent, f"{who} — {kind}",
                         v.guest_of or ""])
        _fill(self.table, rows)
        self.count.setText(self.tr("%n visit(s)", "", len(self.visits)))

    @Slot()
    def _on_export_button_clicked(self) -> None:
        start, end = self.period()
        path = file_prompts.save_file(self, self.tr("Export the visitor log"),
                                      Path.home() / f"visiteurs-{start:%Y%m%d}-{end:%Y%m%d}.csv",
                                      self.tr("Spreadsheets (*.csv)"))
        if path is None:
            return
        search = self.search.text()
        self._store.read(lambda conn: write_visitor_log(conn, path, start=start, end=end, search=search),
                         parent_widget=self)
