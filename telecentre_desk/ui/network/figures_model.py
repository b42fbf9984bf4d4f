"""The network report's tables: one row per place (or per commune), the network total last, in bold."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont

from telecentre_desk.network.report import NetworkFigures, NetworkReport
from telecentre_desk.ui.rows_model import AnyIndex, RowsTableModel

_CONTEXT = "NetworkFiguresModel"
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class FigureColumn(IntEnum):
    FIRST = 0  # the place, or the commune
    SECOND = 1  # its commune, or its places
    VISITS = 2
    PEOPLE = 3
    PERSON_DAYS = 4
    HOURS = 5
    OPEN_DAYS = 6
    DESKS = 7
    RATE = 8


_FIGURE_HEADERS = {
    FigureColumn.VISITS: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Visits"),
    FigureColumn.PEOPLE: QT_TRANSLATE_NOOP("NetworkFiguresModel", "People"),
    FigureColumn.PERSON_DAYS: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Person-days"),
    FigureColumn.HOURS: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Hours"),
    FigureColumn.OPEN_DAYS: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Open days"),
    FigureColumn.DESKS: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Desks"),
    FigureColumn.RATE: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Occupancy rate"),
}
_TOTAL = QT_TRANSLATE_NOOP("NetworkFiguresModel", "Network total")
_UNKNOWN = QT_TRANSLATE_NOOP("NetworkFiguresModel", "unknown")


@dataclass(frozen=True, slots=True)
class FigureRow:
    first: str
    second: str
    figures: NetworkFigures
    total: bool = False


def figure_text(figures: NetworkFigures, column: FigureColumn) -> str:
    locale = QLocale()
    if column == FigureColumn.VISITS:
        return locale.toString(figures.visits)
    if column == FigureColumn.PEOPLE:
        return locale.toString(figures.unique_users)
    if column == FigureColumn.PERSON_DAYS:
        return locale.toString(figures.person_days, "f", 1)
    if column == FigureColumn.HOURS:
        return locale.toString(figures.hours, "f", 1)
    if column == FigureColumn.OPEN_DAYS:
        return locale.toString(figures.open_days)
    if column == FigureColumn.DESKS:
        return QCoreApplication.translate(_CONTEXT, _UNKNOWN) if figures.desks is None else locale.toString(
            figures.desks)
    if figures.occupancy_rate is None:
        return "—"
    return locale.toString(figures.occupancy_rate * 100, "f", 1) + "\u202f%"


class _FiguresModel(RowsTableModel[FigureRow]):
    CONTEXT = _CONTEXT
    HEADERS: ClassVar[dict[int, str]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        row = self._rows[index.row()]
        column = FigureColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FigureColumn.FIRST:
                return row.first
            if column == FigureColumn.SECOND:
                return row.second
            return figure_text(row.figures, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FigureColumn.VISITS:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and row.total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def header_alignment(self, column: int) -> int | None:
        return _RIGHT if column >= FigureColumn.VISITS else None


class PlaceFiguresModel(_FiguresModel):
    HEADERS: ClassVar[dict[int, str]] = {
        FigureColumn.FIRST: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Place"),
        FigureColumn.SECOND: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Commune"),
        **_FIGURE_HEADERS,
    }

    def set_report(self, report: NetworkReport | None) -> None:
        if report is None:
            self.set_rows([])
            return
        rows = [FigureRow(f"{p.name} ({p.code})", " ".join(x for x in (p.postcode, p.city) if x), p.figures)
                for p in report.places]
        self.set_rows([*rows, FigureRow(QCoreApplication.translate(_CONTEXT, _TOTAL), "", report.total, True)])


class CommuneFiguresModel(_FiguresModel):
    HEADERS: ClassVar[dict[int, str]] = {
        FigureColumn.FIRST: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Commune"),
        FigureColumn.SECOND: QT_TRANSLATE_NOOP("NetworkFiguresModel", "Places"),
        **_FIGURE_HEADERS,
    }

    def set_report(self, report: NetworkReport | None) -> None:
        if report is None:
            self.set_rows([])
            return
        rows = [FigureRow(c.label, ", ".join(c.places), c.figures) for c in report.communes]
        self.set_rows([*rows, FigureRow(QCoreApplication.translate(_CONTEXT, _TOTAL), "", report.total, True)])
