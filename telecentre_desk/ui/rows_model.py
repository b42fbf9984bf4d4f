"""The common part of the read-only list tables: rows of plain data, counts, translated headers.

Each table (members, plans, who is in, categories) keeps its own ``data()``: what a cell shows is
the table's business; how many rows and columns there are and what the headers say is not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set ``CONTEXT`` (the translation context) and ``HEADERS`` (column -> untranslated
    header, marked with QT_TRANSLATE_NOOP), and fill ``_rows`` inside a model reset."""

    CONTEXT: ClassVar[str]
    HEADERS: ClassVar[Mapping[int, str]]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` instead (a model reset: views keep their columns, lose their selection)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def valid(self, index: AnyIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)

    def header_alignment(self, column: int) -> int | None:
        """The alignment of a column's header (numbers to the right), None for the default."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == _ALIGNMENT:
            return self.header_alignment(section)
        return None
