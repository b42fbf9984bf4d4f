"""The settlement tab: for a month, what each place owes another for its members' visits there, and the net.

Read on the UI thread through ``network.settlement.settlement`` (the network visits this database knows:
its own desk's scans of other places' members, and its members' visits elsewhere brought by the sync).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.billing.month import Month
from telecentre_desk.network.settlement import Settlement, settlement
from telecentre_desk.ui import dialogs
from telecentre_desk.ui import file_prompts as prompts
from telecentre_desk.ui.accessibility import make_help_text
from telecentre_desk.ui.network.settlement_models import BalanceColumn, BalancesModel, PairColumn, PairsModel
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.table_view import fit_columns, make_table

# What the settlement reads: the network's days and rates, this place's visits, members, plans and bills.
SETTLEMENT_READS = ("sync", "settings", "presence", "members", "plans", "invoices", "place")


class SettlementTab(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.result: Settlement | None = None
        today = store.place.today()
        self.previous = QToolButton(self)
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous month"))
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next month"))
        self.month_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:"), self))
        top.addWidget(self.previous)
        top.addWidget(self.month_edit)
        top.addWidget(self.next)
        top.addStretch(1)
        top.addWidget(self.csv_button)

        self.pairs_model = PairsModel(self)
        self.pairs_table = make_table(self.pairs_model, self)
        self.pairs_table.setSortingEnabled(False)
        self.balances_model = BalancesModel(self)
        self.balances_table = make_table(self.balances_model, self)
        self.balances_table.setSortingEnabled(False)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #6b4500;")
        pairs_box = QGroupBox(self.tr("Network visits by pair of places"), self)
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.addWidget(self.empty_label)
        pairs_layout.addWidget(self.pairs_table)
        balances_box = QGroupBox(self.tr("What each pair of places settles"), self)
        QVBoxLayout(balances_box).addWidget(self.balances_table)
        explain = QLabel(self.tr(
            "Under the rule \"home place bills\", the home place bills its members for their days at the other "
            "place and owes that place its network day rate for each of those days; under \"visited place bills\" "
            "the visited place billed them itself and nothing is owed. Amounts excluding VAT."), self)
        explain.setWordWrap(True)
        make_help_text(explain)  # quieter, still 7:1 (a disabled label read 2.6:1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(pairs_box, 3)
        layout.addWidget(balances_box, 2)
        layout.addWidget(self.warnings_label)
        layout.addWidget(explain)

        self.month_edit.dateChanged.connect(self._on_month_edit_date_changed)
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next.clicked.connect(self._on_next_clicked)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        # Read again at each show; while on show, for a change set touching what it reads.
        self.watch = ChangeWatch(store, self, SETTLEMENT_READS, self._on_store_changed, reloads_on_show=True)

    @property
    def month(self) -> Month:
        date = self.month_edit.date()
        return Month(date.year(), date.month())

    def set_month(self, month: Month) -> None:
        self.month_edit.setDate(QDate(month.year, month.month, 1))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        month = self.month
        self.result = self._store.read(lambda conn: settlement(conn, month), parent_widget=self)
        result = self.result
        self.pairs_model.set_rows(result.pairs if result else [])
        self.balances_model.set_rows(result.balances if result else [])
        self.csv_button.setEnabled(result is not None)
        empty = result is not None and not result.pairs
        self.empty_label.setVisible(empty)
        self.pairs_table.setVisible(not empty)
        if empty:
            self.empty_label.setText(self.tr("No network visit is known for %1: nothing to settle.").replace(
                "%1", self.month_edit.text()))
        warnings = result.warnings if result else []
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        fit_columns(self.pairs_table, stretch=PairColumn.VISITED)
        fit_columns(self.balances_table, stretch=BalanceColumn.NET)

    def _shift(self, months: int) -> None:
        self.month_edit.setDate(self.month_edit.date().addMonths(months))

    @Slot(QDate)
    def _on_month_edit_date_changed(self, _date: QDate) -> None:
        self.refresh()

    @Slot()
    def _on_previous_clicked(self) -> None:
        self._shift(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self._shift(1)

    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()  # on show only: the watch keeps a hidden screen's changes for its next show

    @Slot()
    def _on_csv_button_clicked(self) -> None:
        from telecentre_desk.common.errors import DeskError
        from telecentre_desk.network.export import write_settlement_csv

        result = self.result
        stem = self.tr("settlement")
        suggested = Path.home() / f"{stem}-{self.month}.csv"
        path = prompts.save_file(self, self.tr("Export the settlement (CSV for Excel)"), suggested,
                                 self.tr("CSV (*.csv)"))
        if result is None or path is None:
            return
        try:
            write_settlement_csv(result, path)
        except DeskError as exc:
            dialogs.show_error(self, self.tr("Not exported"), exc.message)
            return
        self.message.emit(self.tr("Saved to %1").replace("%1", str(path)))
