"""The plans table: the catalogue with prices excluding VAT, as the host sells it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from telecentre_desk.common.money import format_eur, format_rate
from telecentre_desk.plans.info import PlanInfo
from telecentre_desk.ui.plans.labels import kind_label
from telecentre_desk.ui.rows_model import RowsTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class PlanColumn(IntEnum):
    CODE = 0
    NAME = 1
    KIND = 2
    PRICE = 3
    VAT = 4
    DAYS = 5
    ON_SALE = 6


_HEADERS = {
    PlanColumn.CODE: QT_TRANSLATE_NOOP("PlansTableModel", "Code"),
    PlanColumn.NAME: QT_TRANSLATE_NOOP("PlansTableModel", "Name"),
    PlanColumn.KIND: QT_TRANSLATE_NOOP("PlansTableModel", "Kind"),
    PlanColumn.PRICE: QT_TRANSLATE_NOOP("PlansTableModel", "Price excl. VAT"),
    PlanColumn.VAT: QT_TRANSLATE_NOOP("PlansTableModel", "VAT"),
    PlanColumn.DAYS: QT_TRANSLATE_NOOP("PlansTableModel", "Days"),
    PlanColumn.ON_SALE: QT_TRANSLATE_NOOP("PlansTableModel", "On sale"),
}

PLAN_CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the plan's code, its key for the services
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # amounts sort as numbers

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMERIC = (PlanColumn.PRICE, PlanColumn.VAT, PlanColumn.DAYS)


class PlansTableModel(RowsTableModel["PlanInfo"]):
    """Read-only rows; ``set_rows`` replaces them all."""

    CONTEXT = "PlansTableModel"
    HEADERS = _HEADERS

    def plan_at(self, row: int) -> PlanInfo:
        return self._rows[row]

    def row_of(self, code: str) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.code == code), None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        plan = self._rows[index.row()]
        column = PlanColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(plan, column)
        if role == SORT_ROLE:
            return self._sort_key(plan, column)
        if role == PLAN_CODE_ROLE:
            return plan.code
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(_RIGHT.value)
        if role == Qt.ItemDataRole.ForegroundRole and not plan.active:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and column == PlanColumn.NAME and plan.description:
            return plan.description
        return None

    @staticmethod
    def _display(plan: PlanInfo, column: PlanColumn) -> str:
        if column == PlanColumn.CODE:
            return plan.code
        if column == PlanColumn.NAME:
            return plan.name
        if column == PlanColumn.KIND:
            return kind_label(plan.kind)
        if column == PlanColumn.PRICE:
            return format_eur(plan.price_cents)
        if column == PlanColumn.VAT:
            return format_rate(plan.vat_rate_bp)
        if column == PlanColumn.DAYS:
            return str(plan.units) if plan.units else ""
        yes, no = QT_TRANSLATE_NOOP("PlansTableModel", "Yes"), QT_TRANSLATE_NOOP("PlansTableModel", "No")
        return QCoreApplication.translate("PlansTableModel", yes if plan.active else no)

    @classmethod
    def _sort_key(cls, plan: PlanInfo, column: PlanColumn) -> Any:
        if column == PlanColumn.PRICE:
            return plan.price_cents
        if column == PlanColumn.VAT:
            return plan.vat_rate_bp
        if column == PlanColumn.DAYS:
            return plan.units or 0
        return cls._display(plan, column)

    def header_alignment(self, column: int) -> int | None:
        return int(_RIGHT.value) if column in _NUMERIC else None
