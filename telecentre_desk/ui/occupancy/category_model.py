"""The indicators by member category, one row each and a total row, for the table under the charts."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from telecentre_desk.occupancy.stats import Figures, OccupancyReport
from telecentre_desk.ui.members.labels import category_label
from telecentre_desk.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class CategoryColumn(IntEnum):
    CATEGORY = 0
    VISITS = 1
    MEMBERS = 2
    PERSON_DAYS = 3
    HOURS = 4
    NEW_MEMBERS = 5


_HEADERS = {
    CategoryColumn.CATEGORY: QT_TRANSLATE_NOOP("CategoryTableModel", "Category"),
    CategoryColumn.VISITS: QT_TRANSLATE_NOOP("CategoryTableModel", "Visits"),
    CategoryColumn.MEMBERS: QT_TRANSLATE_NOOP("CategoryTableModel", "People"),
    CategoryColumn.PERSON_DAYS: QT_TRANSLATE_NOOP("CategoryTableModel", "Person-days"),
    CategoryColumn.HOURS: QT_TRANSLATE_NOOP("CategoryTableModel", "Hours"),
    CategoryColumn.NEW_MEMBERS: QT_TRANSLATE_NOOP("CategoryTableModel", "New members"),
}

TOTAL = "__total__"  # the last row; the table is not sortable, so it stays last


class CategoryTableModel(RowsTableModel["tuple[str, Figures]"]):

    CONTEXT = "CategoryTableModel"
    HEADERS = _HEADERS
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Figures]] = []

    def set_report(self, report: OccupancyReport | None) -> None:
        self.beginResetModel()
        if report is None or report.empty:
            self._rows = []
        else:
            rows = sorted(report.by_category.items(), key=lambda kv: category_label(kv[0]).casefold())
            self._rows = [*rows, (TOTAL, report.totals)]
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code, figures = self._rows[index.row()]
        column = CategoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(code, figures, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CategoryColumn.CATEGORY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and code == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _value(figures: Figures, column: CategoryColumn) -> float:
        return {CategoryColumn.VISITS: figures.visits, CategoryColumn.MEMBERS: figures.unique_members,
                CategoryColumn.PERSON_DAYS: figures.person_days, CategoryColumn.HOURS: figures.hours,
                CategoryColumn.NEW_MEMBERS: figures.new_members}[column]

    def _display(self, code: str, figures: Figures, column: CategoryColumn) -> str:
        if column == CategoryColumn.CATEGORY:
            return QCoreApplication.translate("CategoryTableModel", "Total") if code == TOTAL else category_label(code)
        value = self._value(figures, column)
        if column in (CategoryColumn.PERSON_DAYS, CategoryColumn.HOURS):
            return QLocale().toString(float(value), "f", 1)
        return QLocale().toString(int(value))
