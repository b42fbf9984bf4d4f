"""The read-only, sortable table every list screen uses, set up once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Extra width per column: resizeColumnsToContents fits text to the pixel, which reads cramped.
COLUMN_PADDING = 14


def make_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """Rows selected whole, one at a time, no in-place editing, sorted by header clicks."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(40)
    return table


def fit_columns(table: QTableView, *, stretch: int) -> None:
    """Size each column to its contents with some air; ``stretch`` takes the width left, or gives it up.

    The stretching column is the one whose text survives eliding best (an e-mail, a name), so that
    a narrow window never hides a whole column behind a horizontal scroll bar.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    for column in range(header.count()):
        if column != stretch:
            header.resizeSection(column, header.sectionSize(column) + COLUMN_PADDING)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
