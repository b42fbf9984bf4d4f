"""The settlement's tables: each pair (home place, visited place) with its amount, and each couple's net balance."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from telecentre_desk.common.money import format_eur
from telecentre_desk.network.settlement import Balance, PairSettlement
from telecentre_desk.ui.rows_model import AnyIndex, RowsTableModel

_CONTEXT = "SettlementModels"
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
AMBER = QColor("#6b4500")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class PairColumn(IntEnum):
    HOME = 0
    VISITED = 1
    MEMBERS = 2
    VISITS = 3
    DAYS = 4
    RATE = 5
    RULE = 6
    AMOUNT = 7


_RULES = {
    "home": QT_TRANSLATE_NOOP("SettlementModels", "home place bills"),
    "visited": QT_TRANSLATE_NOOP("SettlementModels", "visited place bills"),
}
_TO_AGREE = QT_TRANSLATE_NOOP("SettlementModels", "to agree: no network rate")
_NOTHING_OWED = QT_TRANSLATE_NOOP("SettlementModels", "nothing owed")
_NO_RATE = QT_TRANSLATE_NOOP("SettlementModels", "none")


class PairsModel(RowsTableModel[PairSettlement]):
    CONTEXT = _CONTEXT
    HEADERS: ClassVar[dict[int, str]] = {
        PairColumn.HOME: QT_TRANSLATE_NOOP("SettlementModels", "Home place"),
        PairColumn.VISITED: QT_TRANSLATE_NOOP("SettlementModels", "Visited place"),
        PairColumn.MEMBERS: QT_TRANSLATE_NOOP("SettlementModels", "Members"),
        PairColumn.VISITS: QT_TRANSLATE_NOOP("SettlementModels", "Visits"),
        PairColumn.DAYS: QT_TRANSLATE_NOOP("SettlementModels", "Visit-days"),
        PairColumn.RATE: QT_TRANSLATE_NOOP("SettlementModels", "Rate excl. VAT"),
        PairColumn.RULE: QT_TRANSLATE_NOOP("SettlementModels", "Home place's rule"),
        PairColumn.AMOUNT: QT_TRANSLATE_NOOP("SettlementModels", "Owed excl. VAT"),
    }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        pair = self._rows[index.row()]
        column = PairColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pair, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == PairColumn.AMOUNT and pair.amount_cents is None:
            return AMBER
        if role == Qt.ItemDataRole.TextAlignmentRole and PairColumn.MEMBERS <= column <= PairColumn.RATE:
            return _RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PairColumn.AMOUNT:
            return _RIGHT
        return None

    @staticmethod
    def _display(pair: PairSettlement, column: PairColumn) -> str:
        locale = QLocale()
        if column == PairColumn.HOME:
            return f"{pair.home_name} ({pair.home})"
        if column == PairColumn.VISITED:
            return f"{pair.visited_name} ({pair.visited})"
        if column == PairColumn.MEMBERS:
            return locale.toString(pair.members)
        if column == PairColumn.VISITS:
            return locale.toString(pair.visits)
        if column == PairColumn.DAYS:
            return locale.toString(pair.visit_days)
        if column == PairColumn.RATE:
            return _tr(_NO_RATE) if pair.rate_cents is None else format_eur(pair.rate_cents)
        if column == PairColumn.RULE:
            return _tr(_RULES[pair.rule]) if pair.rule in _RULES else pair.rule
        if pair.amount_cents is None:
            return _tr(_TO_AGREE)
        if pair.amount_cents == 0:
            return _tr(_NOTHING_OWED)
        return format_eur(pair.amount_cents)

    def header_alignment(self, column: int) -> int | None:
        return _RIGHT if column >= PairColumn.MEMBERS and column != PairColumn.RULE else None


class BalanceColumn(IntEnum):
    PLACES = 0
    A_OWES_B = 1
    B_OWES_A = 2
    NET = 3


class BalancesModel(RowsTableModel[Balance]):
    CONTEXT = _CONTEXT
    HEADERS: ClassVar[dict[int, str]] = {
        BalanceColumn.PLACES: QT_TRANSLATE_NOOP("SettlementModels", "Places"),
        BalanceColumn.A_OWES_B: QT_TRANSLATE_NOOP("SettlementModels", "One way"),
        BalanceColumn.B_OWES_A: QT_TRANSLATE_NOOP("SettlementModels", "The other way"),
        BalanceColumn.NET: QT_TRANSLATE_NOOP("SettlementModels", "Net balance"),
    }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        balance = self._rows[index.row()]
        column = BalanceColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BalanceColumn.PLACES:
                return f"{balance.place_a} — {balance.place_b}"
            if column == BalanceColumn.A_OWES_B:
                return f"{balance.place_a} → {balance.place_b}  {format_eur(balance.a_owes_b_cents)}"
            if column == BalanceColumn.B_OWES_A:
                return f"{balance.place_b} → {balance.place_a}  {format_eur(balance.b_owes_a_cents)}"
            if balance.debtor is None:
                return _tr(QT_TRANSLATE_NOOP("SettlementModels", "even"))
            return _tr(QT_TRANSLATE_NOOP("SettlementModels", "%1 owes %2 %3")).replace("%1", balance.debtor).replace(
                "%2", balance.creditor or "").replace("%3", format_eur(balance.net_cents))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BalanceColumn.A_OWES_B, BalanceColumn.B_OWES_A):
            return _RIGHT
        return None

    def header_alignment(self, column: int) -> int | None:
        return _RIGHT if column in (BalanceColumn.A_OWES_B, BalanceColumn.B_OWES_A) else None
