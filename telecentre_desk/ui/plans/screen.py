"""The Plans screen: the catalogue, with New, Edit and the on-sale toggle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.plans.info import PlanInfo, read_plans
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.plans.table_model import SORT_ROLE, PlanColumn, PlansTableModel
from telecentre_desk.ui.store import ACTOR, Store
from telecentre_desk.ui.table_view import fit_columns, make_table

if TYPE_CHECKING:
    from telecentre_desk.ui.plans.plan_dialog import PlanDialog


class PlansScreen(QWidget):
    """Every plan of the place, on sale or not; plans are never deleted (invoices refer to them)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.model = PlansTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = make_table(self.proxy, self)
        self.table.sortByColumn(PlanColumn.KIND, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel(self)
        self.title = QLabel(self.tr("Plans and passes sold at this place. Prices exclude VAT."), self)

        self.new_action = QAction(self.tr("New plan…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.edit_action)
        self.sale_action = QAction(self.tr("Take off sale"), self)
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action, self.sale_action])
        self.addAction(self.new_action)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(toolbar)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.sale_action.triggered.connect(self._on_sale_action_triggered)
        # The plans and how many members hold each: at once while shown, else at its next show.
        self.watch = ChangeWatch(store, self, ("plans", "members", "place"), self._on_store_changed)
        self._columns_fitted = False
        self.refresh()

    def refresh(self) -> None:
        """Reload the catalogue, keeping the selected plan selected."""
        selected = self.selected_plan()
        rows = self._store.read(read_plans, parent_widget=self)
        if rows is None:
            return
        self.model.set_rows(rows)
        if not self._columns_fitted:
            fit_columns(self.table, stretch=PlanColumn.NAME)
            self._columns_fitted = bool(rows)
        if selected is not None:
            self.select_plan(selected.code)
        on_sale = sum(1 for p in rows if p.active)
        self.count_label.setText(self.tr("%1 plans, %2 on sale").replace("%1", str(len(rows)))
                                 .replace("%2", str(on_sale)))
        self._on_selection_changed()

    def selected_plan(self) -> PlanInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.plan_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_plan(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @Slot(object)
    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()

    @Slot()
    def _on_selection_changed(self) -> None:
        plan = self.selected_plan()
        self.edit_action.setEnabled(plan is not None)
        self.sale_action.setEnabled(plan is not None)
        on_sale = plan is None or plan.active
        self.sale_action.setText(self.tr("Take off sale") if on_sale else self.tr("Put on sale"))

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._on_edit_action_triggered()

    @Slot()
    def _on_new_action_triggered(self) -> None:
        from telecentre_desk.ui.plans.plan_dialog import PlanDialog  # loads the services: not at start

        self._open_dialog(PlanDialog(self._store, parent=self))

    @Slot()
    def _on_edit_action_triggered(self) -> None:
        from telecentre_desk.ui.plans.plan_dialog import PlanDialog

        plan = self.selected_plan()
        if plan is not None:
            self._open_dialog(PlanDialog(self._store, plan=plan, parent=self))

    def _open_dialog(self, dialog: PlanDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.plan_saved.connect(self._on_dialog_plan_saved)
        dialog.open()

    @Slot(str)
    def _on_dialog_plan_saved(self, code: str) -> None:
        self.select_plan(code)

    @Slot()
    def _on_sale_action_triggered(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        from telecentre_desk.plans import service as plans

        code, active = plan.code, not plan.active
        # Taking a plan off sale keeps current subscribers on it; it only leaves the New member list.
        self._store.run(lambda s: plans.edit_plan(s, code, actor=ACTOR, active=active), parent_widget=self,
                        changes=OpChanges(plans=True))
