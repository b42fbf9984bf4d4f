"""Finding text a host cannot read: labels cut by their own size (issue 15, "clipped messages")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableView, QWidget


def _cut(label: QLabel) -> bool:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        need_h = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        need_w = label.minimumSizeHint().width()
        return label.height() + 1 < need_h or label.width() + 1 < need_w
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    lines = text.count("\n") + 1
    return (label.width() - margins.left() - margins.right() + 1 < widest
            or label.height() + 1 < metrics.height() * lines)


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit and that have no tooltip to tell it."""
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.isVisible() and not label.toolTip() and _cut(label):
            found.append(f"{type(label.window()).__name__}: {label.text()[:70]!r} "
                         f"({label.width()}x{label.height()})")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and not button.toolTip() and \
                button.width() + 1 < button.minimumSizeHint().width():
            found.append(f"{type(button.window()).__name__}: button {button.text()!r} ({button.width()})")
    return found


def elided_cells(table: QTableView, column: int) -> list[str]:
    """Texts of ``column`` that the table shows cut: wider than their section, or past the viewport's edge."""
    model = table.model()
    header = table.horizontalHeader()
    size = header.sectionSize(column)
    right = header.sectionViewportPosition(column) + size
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if table.sizeHintForIndex(index).width() > size or right > table.viewport().width():
            found.append(f"{index.data()!r} needs {table.sizeHintForIndex(index).width()} px, has {size} "
                         f"(ends at {right} of {table.viewport().width()})")
    return found
