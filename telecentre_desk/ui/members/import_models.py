"""The two tables of the member import: the file as read (with its mapping) and the errors found in it."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from telecentre_desk.common.spreadsheet import Sheet
from telecentre_desk.members.import_mapping import column_label
from telecentre_desk.members.spreadsheet_import import RowError
from telecentre_desk.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the file's line number of a preview row
MAPPED_ROLE = Qt.ItemDataRole.UserRole + 2  # the field a preview column goes to, None when not imported


class ErrorColumn(IntEnum):
    LINE = 0
    COLUMN = 1
    PROBLEM = 2


_ERROR_BACKGROUND = QColor("#f9dedc")  # the error red of form_errors, light enough to read text on
_ERROR_HEADERS = {
    ErrorColumn.LINE: QT_TRANSLATE_NOOP("ErrorsModel", "Line"),
    ErrorColumn.COLUMN: QT_TRANSLATE_NOOP("ErrorsModel", "Column"),
    ErrorColumn.PROBLEM: QT_TRANSLATE_NOOP("ErrorsModel", "Problem"),
}


class PreviewModel(QAbstractTableModel):
    """Row 0 holds the mapping combos (set as index widgets by the dialog); then one row per row of the file,
    its line number in the vertical header. Columns not imported are greyed; cells with an error are red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sheet: Sheet | None = None
        self._mapping: list[str | None] = []
        self._cell_errors: dict[tuple[int, int], str] = {}  # (row, column) -> message; column -1: the whole row
        self._row_of_line: dict[int, int] = {}

    @property
    def sheet(self) -> Sheet | None:
        return self._sheet

    def set_sheet(self, sheet: Sheet, mapping: Sequence[str | None]) -> None:
        self.beginResetModel()
        self._sheet = sheet
        self._mapping = list(mapping)
        self._cell_errors = {}
        self._row_of_line = {r.line: i + 1 for i, r in enumerate(sheet.rows)}
        self.endResetModel()

    def set_mapping(self, mapping: Sequence[str | None]) -> None:
        self._mapping = list(mapping)
        self._changed_all()

    def set_errors(self, errors: Sequence[RowError]) -> None:
        """Mark the cells the errors name (a whole row when the error names no column)."""
        labels = {} if self._sheet is None else {
            column_label(self._sheet.header, i): i for i in range(len(self._sheet.header))}
        self._cell_errors = {}
        for error in errors:
            row = self._row_of_line.get(error.line)
            if row is not None:
                key = (row, labels.get(error.column, -1))
                self._cell_errors[key] = "\n".join(filter(None, (self._cell_errors.get(key), error.message)))
        self._changed_all()

    def row_of_line(self, line: int) -> int | None:
        return self._row_of_line.get(line)

    def column_of(self, label: str) -> int | None:
        if self._sheet is None:
            return None
        return next((i for i in range(len(self._sheet.header)) if column_label(self._sheet.header, i) == label), None)

    def _changed_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._sheet is None else len(self._sheet.rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._sheet is None else len(self._sheet.header)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._sheet is None or not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        mapped = self._mapping[column] if column < len(self._mapping) else None
        if role == MAPPED_ROLE:
            return mapped
        if row == 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # One line per cell: an address on two lines reads "Le Mas ⏎ route de ...".
            return self._sheet.rows[row - 1].cell(column).replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")
        if role == LINE_ROLE:
            return self._sheet.rows[row - 1].line
        error = self._cell_errors.get((row, column)) or self._cell_errors.get((row, -1))
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(_ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and error and (row, column) in self._cell_errors:
            # Still seen when the row is selected, which paints over the background.
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or self._sheet.rows[row - 1].cell(column) or None
        if role == Qt.ItemDataRole.ForegroundRole and mapped is None:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._sheet is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_label(self._sheet.header, section) if 0 <= section < len(self._sheet.header) else None
        if section == 0:
            return QCoreApplication.translate("MemberImport", "Field")
        return str(self._sheet.rows[section - 1].line) if 0 < section <= len(self._sheet.rows) else None


class ErrorsModel(RowsTableModel[RowError]):
    CONTEXT = "ErrorsModel"
    HEADERS = _ERROR_HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        error = self._rows[index.row()]
        column = ErrorColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {ErrorColumn.LINE: error.line, ErrorColumn.COLUMN: error.column,
                    ErrorColumn.PROBLEM: error.message}[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == ErrorColumn.PROBLEM:
            return error.message
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ErrorColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
