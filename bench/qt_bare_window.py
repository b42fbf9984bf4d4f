"""Our own bare Qt baseline for bench/startup.py: the least a Qt window with data costs to appear.

A QMainWindow holding a QTableView over a 10,000-row model, shown; when the table's viewport has
painted, ``READY <epoch>`` is printed (the contract of telecentre_desk/ui/probe.py) and the process
exits. Imports only PySide6: it is what is being timed.

Run:  .venv/bin/python bench/qt_bare_window.py   (QT_QPA_PLATFORM=offscreen or xcb)
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ROWS = 10_000


class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        return None


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"READY {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(Rows(table))
    window.setCentralWidget(table)
    window.resize(1000, 700)
    probe = FirstPaint(window)
    table.viewport().installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
