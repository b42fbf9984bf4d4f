"""The Invoices screen ("Factures"): the month's invoices and credit notes, filters, a detail panel, actions.

It opens on the current month, read in plain SQL through the Store's read connection
(billing/listing.py: ~15 ms for a month, ~100 ms for ten years), and paints before SQLAlchemy is
needed; the services load when an action first runs. The actions live in ``actions.py``; this
module is the layout, the filters and the selection. The composition root plugs other actions in
with ``add_actions`` (e-mail sending) and reads ``selected_invoice_ids``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.billing.listing import InvoiceRow, list_invoices, list_members_brief, read_detail
from telecentre_desk.billing.month import Month
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.ui.invoices import labels
from telecentre_desk.ui.invoices.actions import InvoiceActions
from telecentre_desk.ui.invoices.detail import DetailPanel
from telecentre_desk.ui.invoices.month_filter import MonthFilter, today_month
from telecentre_desk.ui.invoices.table_model import InvoiceColumn, InvoicesTableModel
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.table_view import COLUMN_PADDING, make_table
from telecentre_desk.ui.tool_rows import ToolRows

# Widths from sample texts, not from the rows: measuring 36,000 rows would cost more than reading them.
_SAMPLES = {
    InvoiceColumn.NUMBER: "FLO-AV-2026-0000",
    InvoiceColumn.DATE: "00/00/0000",
    InvoiceColumn.PERIOD: "septembre 2026",
    InvoiceColumn.EXCL_VAT: "-0 000,00 €",
    InvoiceColumn.VAT: "-0 000,00 €",
    InvoiceColumn.INCL_VAT: "-0 000,00 €",
    InvoiceColumn.STATUS: "● Credit note",
    InvoiceColumn.BALANCE: "-0 000,00 €",
}
# On a small screen (a 1024 px laptop) the VAT and the amounts before VAT give way, in this order, then the
# period while one month is listed (the month is written above the list), so the member's name and what is
# still due stay in view without a sideways scroll; the invoice's lines below show the amounts. They come
# back when the window is wide enough.
GIVE_WAY = (InvoiceColumn.VAT, InvoiceColumn.EXCL_VAT, InvoiceColumn.PERIOD)
MEMBER_MIN_WIDTH = 190


class InvoicesScreen(QWidget):
    message = Signal(str)  # what an action did, for the status bar

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._stale = True  # read at the first show, and again after a change made while hidden
        self._detail_row: InvoiceRow | None = None
        self.place: PlaceInfo | None = store.place.place
        self.model = InvoicesTableModel(self)

        self.month_filter = MonthFilter(today_month(self.today), self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code in labels.STATUSES:
            self.status_filter.addItem(labels.status_icon(code), labels.status_label(code), code)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search a number or a member…"))
        self.search.setClearButtonEnabled(True)

        self.table: QTableView = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().setSortIndicator(InvoiceColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.detail = DetailPanel(self)
        self.count_label = QLabel(self)
        self.outcome_label = QLabel(self)
        self.outcome_label.setWordWrap(True)

        self.invoice_actions = InvoiceActions(self, store)
        # The month's work on one toolbar; printing, "More" and the e-mail actions on another, beside it on a wide
        # window and under it on a narrow one: every action on show at 1024 px, none behind Qt's "»".
        self.main_toolbar = QToolBar(self)
        self.main_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.main_toolbar.addActions(self.invoice_actions.toolbar_actions())
        self.toolbar = QToolBar(self)  # add_actions() puts more here
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(self.invoice_actions.output_actions())
        more = self.invoice_actions.more_button(self.toolbar)
        self.toolbar.addWidget(more)
        self._extra: list[QAction] = []
        self.addActions(self.invoice_actions.all_actions())
        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.addAction(self.search_action)

        filters = QHBoxLayout()
        filters.addWidget(self.month_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        # The detail under the list: the table keeps the window's width for its nine columns.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.outcome_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(ToolRows([self.main_toolbar, self.toolbar], self))
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.month_filter.changed.connect(self._on_month_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.search.textChanged.connect(self._on_filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.detail.lines.selectionModel().selectionChanged.connect(self._on_line_selection_changed)
        store.changed.connect(self._on_store_changed)
        self.invoice_actions.update_for_selection()

    # --- public API ------------------------------------------------------------------------------
    def add_actions(self, actions: list[QAction]) -> None:
        """Offer more actions on the selected invoices (toolbar, context menu), e.g. sending by e-mail.

        Their shortcuts work while this screen has the focus if their context is
        ``WidgetWithChildrenShortcut``; the caller sets it (the action may live in a menu too).
        """
        if not self._extra:
            self.toolbar.addSeparator()
        for action in actions:
            self._extra.append(action)
            self.toolbar.addAction(action)
            self.addAction(action)

    def selected_invoice_ids(self) -> list[int]:
        """The local ids (invoice.id) of the selected rows, in the table's order."""
        return [row.id for row in self.selected_rows()]

    # --- reading ---------------------------------------------------------------------------------
    @property
    def today(self) -> dt.date:
        """Today at the place (its time zone decides when the day turns, and when an invoice is overdue)."""
        return self._store.place.today()

    @property
    def month(self) -> Month | None:
        """The month listed, None for all months."""
        return self.month_filter.selected

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the listed month (or all) again, keeping the selection and the current invoice."""
        selected, current = set(self.selected_invoice_ids()), self.current_row()
        month, today = self.month, self.today

        def read(conn):
            return list_invoices(conn, today=today, month=month), list_members_brief(conn)

        found = self._store.read(read, parent_widget=self)
        if found is None:
            return
        self._stale = False
        rows, members = found
        self.model.set_rows(rows, members=members, place_code=self.place.code if self.place else "")
        self._reselect(selected, current.id if current else None)
        self._update_count()
        self._show_detail(force=True)
        self.invoice_actions.update_for_selection()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        self._widths = {column: metrics.horizontalAdvance(sample) + 2 * COLUMN_PADDING
                        for column, sample in _SAMPLES.items()}
        for column, width in self._widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(InvoiceColumn.MEMBER, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)  # its width is what the columns share

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Hide the columns of GIVE_WAY, in order, while the others leave the member less than its minimum."""
        available = self.table.viewport().width()
        hidden: set[int] = set()
        for column in GIVE_WAY:
            if column == InvoiceColumn.PERIOD and self.month is None:
                break  # all months listed: the period tells them apart
            if sum(w for c, w in self._widths.items() if c not in hidden) + MEMBER_MIN_WIDTH <= available:
                break
            hidden.add(column)
        for column in GIVE_WAY:
            self.table.setColumnHidden(column, column in hidden)

    def _update_count(self) -> None:
        shown = self.model.visible_rows()
        drafts = sum(1 for row in shown if row.number is None)
        due = sum(row.balance_cents for row in shown if row.balance_cents > 0)
        if len(shown) != self.model.total_count:
            text = self.tr("%1 of %2 invoices").replace("%1", str(len(shown))).replace(
                "%2", str(self.model.total_count))
        else:
            text = self.tr("1 invoice") if len(shown) == 1 else self.tr("%1 invoices").replace("%1", str(len(shown)))
        text += " · " + (self.tr("1 draft") if drafts == 1 else self.tr("%1 drafts").replace("%1", str(drafts)))
        text += " · " + self.tr("due: %1").replace("%1", labels.money_text(due))
        self.count_label.setText(text)

    # --- selection -------------------------------------------------------------------------------
    def selected_rows(self) -> list[InvoiceRow]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def current_row(self) -> InvoiceRow | None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.row_at(index.row())
        selected = self.selected_rows()
        return selected[0] if selected else None

    def select_invoice(self, invoice_id: int) -> bool:
        """Select and show one invoice; False when it is not listed (another month, filtered out)."""
        row = self.model.row_of(invoice_id)
        if row is None:
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _reselect(self, ids: set[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        if current is not None:
            self.select_invoice(current)
        rows_flag = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for number, row in enumerate(self.model.visible_rows()):
            if row.id in ids and row.id != current:
                selection.select(self.model.index(number, 0), rows_flag)

    def _show_detail(self, *, force: bool = False) -> None:
        row = self.current_row()
        if not force and row == self._detail_row:
            return  # the selection and the current row both announce the same change
        self._detail_row = row
        detail = None
        if row is not None:
            detail = self._store.read(lambda conn: read_detail(conn, row.id), parent_widget=self)
        self.detail.show_invoice(row, detail, self.model.member_text(row) if row else "")

    # --- slots -----------------------------------------------------------------------------------
    @Slot(object)
    def _on_store_changed(self, changes: OpChanges) -> None:
        if not changes.touches("invoices", "members", "place"):  # a booking, a scan's day, the floor plan
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot(object)
    def _on_month_filter_changed(self, _month: Month | None) -> None:
        self._fit_columns()
        self.refresh()

    @Slot()
    def _on_filters_changed(self) -> None:
        self.model.set_filter(status=self.status_filter.currentData(), search=self.search.text())
        self._update_count()
        self._show_detail()
        self.invoice_actions.update_for_selection()

    @Slot()
    def _on_search_action_triggered(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def _on_selection_changed(self) -> None:
        self._show_detail()
        self.invoice_actions.update_for_selection()

    @Slot()
    def _on_line_selection_changed(self) -> None:
        self.invoice_actions.update_for_selection()

    @Slot()
    def _on_current_row_changed(self) -> None:
        self._show_detail()

    @Slot(QPoint)
    def _on_table_context_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.invoice_actions.context_actions())
        if self._extra:
            menu.addSeparator()
            menu.addActions(self._extra)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))
