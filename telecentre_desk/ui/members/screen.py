"""The Members screen: search, filters, the table, and the actions on the selected member."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.enums import MemberStatus
from telecentre_desk.members import listing
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui import dialogs, file_prompts
from telecentre_desk.ui.members.filter_proxy import MemberFilterProxy
from telecentre_desk.ui.members.labels import categories, selectable_statuses
from telecentre_desk.ui.members.table_model import MemberColumn, MembersTableModel
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import ACTOR, Store
from telecentre_desk.ui.table_view import fit_columns, make_table
from telecentre_desk.ui.tool_rows import ToolRows

if TYPE_CHECKING:
    from telecentre_desk.ui.frontdesk.sale_dialog import SaleDialog
    from telecentre_desk.ui.members.card_dialog import MemberCardDialog
    from telecentre_desk.ui.members.member_dialog import MemberDialog
    from telecentre_desk.ui.operations import Job

# What the list shows (members, their current plan, "today" of the place): reloaded only when these change.
LIST_READS = ("members", "plans", "place")



class MembersScreen(QWidget):
    """Lists the place's members; New, Edit and Deactivate act through the Store."""

    message = Signal(str)  # what an import or an export did, for the status bar

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.model = MembersTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, email, company or number…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code, label in selectable_statuses():
            self.status_filter.addItem(label, code)
        self.category_filter = QComboBox(self)
        self.category_filter.addItem(self.tr("All categories"), None)
        for code, label in categories():
            self.category_filter.addItem(label, code)

        self.table = make_table(self.proxy, self)
        self.table.sortByColumn(MemberColumn.LAST_NAME, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel(self)

        self.new_action = QAction(self.tr("New member…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        # Enter edits only while the table has the focus; elsewhere it belongs to the focused field.
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.edit_action)
        self.deactivate_action = QAction(self.tr("Deactivate…"), self)
        self.deactivate_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.deactivate_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.deactivate_action)
        self.card_action = QAction(self.tr("Card…"), self)
        self.card_action.setToolTip(self.tr("Everything about the member: plan and its change, carnet, badge, "
                                            "visits, bookings, invoices"))
        self.card_action.setShortcut(QKeySequence("Ctrl+Shift+M"))  # Ctrl+I issues an invoice: docs/shortcuts.md
        self.card_action.triggered.connect(self._on_card_action_triggered)
        self.table.addAction(self.card_action)
        self.badge_menu: QMenu | None = None  # the badge actions, set by ui/badges/members_hook.py
        self.card_dialog: MemberCardDialog | None = None
        self.sale_dialog: SaleDialog | None = None
        self.history_action = QAction(self.tr("Visits…"), self)
        self.history_action.setToolTip(self.tr("The member's visits here and at the other places of the network"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self._on_history_action_triggered)
        self.table.addAction(self.history_action)
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.card_action, self.edit_action, self.deactivate_action,
                            self.history_action])
        self.visitor_log_action = QAction(self.tr("Visitor log…"), self)
        self.visitor_log_action.setToolTip(self.tr("Visitors and guests: who, whose guest, when, how long"))
        self.visitor_log_action.triggered.connect(self._on_visitor_log_action_triggered)
        self.import_action = QAction(self.tr("Import…"), self)
        self.import_action.setToolTip(self.tr("Add or update members from a spreadsheet (CSV from Excel or "
                                              "LibreOffice)"))
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.setToolTip(self.tr("Save the members shown as a spreadsheet for Excel"))
        # The lists and files beside the member's actions, or under them on a narrow window (never behind "»").
        # The badge and privacy hooks add their buttons to the first toolbar (findChild).
        files_bar = QToolBar(self)
        files_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        files_bar.addActions([self.visitor_log_action, self.import_action, self.export_action])
        self.addAction(self.new_action)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.category_filter, 1)
        layout = QVBoxLayout(self)
        # The actions on their own row: at 1024 px the search keeps its width and no action hides behind "»".
        layout.addWidget(ToolRows([toolbar, files_bar], self))
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_current_index_changed)
        self.category_filter.currentIndexChanged.connect(self._on_category_filter_current_index_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.deactivate_action.triggered.connect(self._on_deactivate_action_triggered)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        # Read again for what the list shows, at once while shown, else at its next show (ui/operations/watch.py).
        self.watch = ChangeWatch(store, self, LIST_READS, self._on_store_changed)
        self._columns_fitted = False
        self.refresh()

    def refresh(self) -> None:
        """Reload the rows, keeping the selected member selected."""
        selected = self.selected_member()
        # A plain-SQL read model: the first paint happens before the ORM is loaded.
        rows = self._store.read(listing.list_members, parent_widget=self)
        if rows is None:
            return
        self.model.set_rows(rows)
        if not self._columns_fitted:
            # Fit once, to the first real rows; later the user's own widths are kept.
            fit_columns(self.table, stretch=MemberColumn.EMAIL)
            self._columns_fitted = bool(rows)
        if selected is not None:
            self.select_member(selected.id)
        self._update_count()
        self._on_selection_changed()

    def selected_member(self) -> MemberInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.member_at(self.proxy.mapToSource(rows[0]).row())

    def select_member(self, member_id: str) -> bool:
        """Select and show the member's row; False when filtered out or unknown."""
        row = self.model.row_of(member_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("1 member") if total == 1 else self.tr("%1 members").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 members shown").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    @Slot(object)
    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()  # an invoice run, a mail, a booking never come here: the list stays as it is

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    @Slot(int)
    def _on_status_filter_current_index_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())

    @Slot(int)
    def _on_category_filter_current_index_changed(self, _index: int) -> None:
        self.proxy.set_category(self.category_filter.currentData())

    @Slot()
    def _on_selection_changed(self) -> None:
        member = self.selected_member()
        self.edit_action.setEnabled(member is not None)
        self.card_action.setEnabled(member is not None)
        self.history_action.setEnabled(member is not None)
        inactive = member is not None and member.status == MemberStatus.INACTIVE.value
        self.deactivate_action.setText(self.tr("Reactivate") if inactive else self.tr("Deactivate…"))
        self.deactivate_action.setEnabled(member is not None and member.status != MemberStatus.ERASED.value)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._on_card_action_triggered()

    @Slot()
    def _on_card_action_triggered(self) -> None:
        self.open_card()

    def open_card(self) -> MemberCardDialog | None:
        """The selected member's card, non-modal (the host keeps it open beside the desk)."""
        from telecentre_desk.ui.members.card_dialog import MemberCardDialog

        member = self.selected_member()
        if member is None:
            return None
        dialog = MemberCardDialog(self._store, member.id, badge_menu=self.badge_menu, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.edit_requested.connect(self._on_card_edit_requested)
        dialog.sell_requested.connect(self._on_card_sell_requested)
        dialog.show()
        self.card_dialog = dialog
        return dialog

    @Slot()
    def _on_visitor_log_action_triggered(self) -> None:
        from telecentre_desk.ui.members.visitor_log_dialog import VisitorLogDialog

        self.visitor_log_dialog = VisitorLogDialog(self._store, today=self._store.place.today(), parent=self)
        self.visitor_log_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.visitor_log_dialog.show()

    @Slot(str)
    def _on_card_edit_requested(self, uid: str) -> None:
        if self.select_member(uid):
            self._on_edit_action_triggered()

    @Slot(str)
    def _on_card_sell_requested(self, uid: str) -> None:
        from telecentre_desk.ui.frontdesk.sale_dialog import SaleDialog

        member = self.selected_member() if self.select_member(uid) else None
        if member is None:
            return
        dialog = SaleDialog(self._store, members=[member], member_id=member.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.sale_dialog = dialog

    @Slot()
    def _on_new_action_triggered(self) -> None:
        from telecentre_desk.ui.members.member_dialog import MemberDialog  # loads the services: not at start

        self._open_dialog(MemberDialog(self._store, parent=self))

    @Slot()
    def _on_edit_action_triggered(self) -> None:
        from telecentre_desk.ui.members.member_dialog import MemberDialog

        member = self.selected_member()
        if member is not None:
            self._open_dialog(MemberDialog(self._store, member=member, parent=self))

    @Slot()
    def _on_history_action_triggered(self) -> None:
        from telecentre_desk.ui.members.history_dialog import HistoryDialog

        member = self.selected_member()
        if member is None:
            return
        self.history_dialog = HistoryDialog(self._store, member, self._store.place.tz, parent=self)
        self.history_dialog.open()

    def _open_dialog(self, dialog: MemberDialog) -> None:
        # open(), not exec(): window-modal without a nested event loop, and testable.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.member_saved.connect(self._on_dialog_member_saved)
        dialog.open()

    @Slot(str)
    def _on_dialog_member_saved(self, member_id: str) -> None:
        if not self.select_member(member_id):
            # A new member hidden by the filters would look lost: clear them and show the row.
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
            self.select_member(member_id)

    @Slot()
    def _on_deactivate_action_triggered(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        from telecentre_desk.members import service as members

        uid = member.id
        if member.status == MemberStatus.INACTIVE.value:
            self._store.run(lambda s: members.edit_member(s, uid, actor=ACTOR, status="active"),
                            parent_widget=self, changes=OpChanges(members=True))
            return
        question = self.tr("Deactivate %1 (%2)?\n\nTheir subscriptions end today and they are no longer "
                           "billed. Their history and invoices are kept.")
        question = question.replace("%1", member.full_name).replace("%2", member.display_number)
        if dialogs.ask(self, self.tr("Deactivate member"), question):
            self._store.run(lambda s: members.deactivate_member(s, uid, actor=ACTOR), parent_widget=self,
                            changes=OpChanges(members=True))  # and their subscriptions

    @Slot()
    def _on_import_action_triggered(self) -> None:
        from telecentre_desk.ui.members.import_dialog import MemberImportDialog  # the import's core: when asked

        path = file_prompts.open_file(self, self.tr("Import members"),
                                      self.tr("Spreadsheets (*.csv *.txt);;All files (*)"))
        if path is None:
            return
        dialog = MemberImportDialog(self._store, path=path, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.message)
        dialog.open()

    def shown_members(self) -> list[MemberInfo]:
        """The members the table shows, filters applied, in its order."""
        proxy = self.proxy
        return [self.model.member_at(proxy.mapToSource(proxy.index(row, 0)).row()) for row in range(proxy.rowCount())]

    @Slot()
    def _on_export_action_triggered(self) -> None:
        self.export_members()

    def export_members(self) -> Job | None:
        """Save the members shown as a CSV (0600) on the window's runner: a big list, a slow disk or a network
        folder never holds the desk; progress in the status bar, a failure said there in one line."""
        from telecentre_desk.common.spreadsheet import write_sheet
        from telecentre_desk.members.spreadsheet_export import member_rows
        from telecentre_desk.ui.operations import Operation

        suggested = Path.home() / (self.tr("members") + ".csv")
        path = file_prompts.save_file(self, self.tr("Export the members (CSV for Excel)"), suggested,
                                      self.tr("CSV (*.csv)"))
        if path is None:
            return None
        shown = self.shown_members()  # what the table shows now, filters applied: plain data for the job
        said = self.tr("%1 members saved to %2").replace("%1", str(len(shown))).replace("%2", str(path))
        return self._store.runner.submit(Operation(
            "files", self.tr("Writing %1…").replace("%1", path.name),
            lambda _ticket: write_sheet(path, member_rows(shown)),
            on_success=lambda _result: self.message.emit(said), owner=self, cancellable=False))
