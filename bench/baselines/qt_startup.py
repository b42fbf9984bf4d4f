"""A bare PySide6 window, as a whole process: the floor the app's start-up is compared with.

    python qt_startup.py --child STAGE      STAGE: python | import | app | window

Each stage stops at a later point and prints ``READY <epoch> <stage> [painted=True|False]`` there:
``python`` the interpreter alone, ``import`` after importing QtWidgets, ``app`` after the QApplication,
``window`` once a QMainWindow holding a QTableView over 10,000 rows x 5 columns has painted its viewport.
The parent (bench/startup.py and others) takes the epoch just before spawning, so READY - spawn is the
start-up time. Only the child exists here: the benchmarks are the parents.
"""

import sys
import time

ROWS, COLUMNS = 10_000, 5


def ready(stage: str, **extra: object) -> None:
    fields = "".join(f" {key}={value}" for key, value in extra.items())
    print(f"READY {time.time():.6f} {stage}{fields}", flush=True)


def window() -> None:
    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])

    class Rows(QAbstractTableModel):
        titles = ("ID", "Member", "Place", "Time", "Kind")

        def __init__(self) -> None:
            super().__init__()
            self.rows = [(str(n), f"M{n % 300 + 1:04d}", "1", f"2025-12-{n % 28 + 1:02d} {n % 12 + 8:02d}:{n % 60:02d}",
                          "in" if n % 2 else "out") for n in range(ROWS)]

        def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else COLUMNS

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return self.titles[section]
            return super().headerData(section, orientation, role)

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    main = QMainWindow()
    main.setWindowTitle("check-ins")
    view = QTableView()
    view.setWordWrap(False)
    view.setModel(Rows())
    view.horizontalHeader().setStretchLastSection(True)
    probe = Painted()
    view.viewport().installEventFilter(probe)
    main.setCentralWidget(view)
    main.resize(1024, 640)
    main.show()
    give_up = time.monotonic() + 5
    while not probe.seen and time.monotonic() < give_up:
        app.processEvents()
        time.sleep(0.001)
    ready("window", painted=probe.seen)


def child(stage: str) -> int:
    if stage == "python":
        ready(stage)
        return 0
    from PySide6 import QtWidgets

    if stage == "import":
        ready(stage)
    elif stage == "app":
        QtWidgets.QApplication(sys.argv[:1])
        ready(stage)
    elif stage == "window":
        window()
    else:
        print(f"unknown stage {stage!r}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--child":
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(child(sys.argv[2]))
