"""The day's last scans, newest first: recorded check-ins and check-outs, and this session's refusals.

Refusals are recorded nowhere (docs/badges.md), so the list keeps the ones seen since the window
opened in memory, and merges them with the recorded events each time it refreshes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from telecentre_desk.desk.result import ScanResult
from telecentre_desk.ui.frontdesk.answers import Tone, refusal_text

if TYPE_CHECKING:
    from telecentre_desk.desk.presence import RecentEvent

AnyIndex = QModelIndex | QPersistentModelIndex
MAX_ROWS = 30
TONE_ROLE = Qt.ItemDataRole.UserRole + 1

# Darker than the panel's colours: these are text on a white list, not backgrounds.
_TEXT_COLOURS = {Tone.WELCOME: "#1b6e3d", Tone.GOODBYE: "#1f5187", Tone.REFUSED: "#a3221b",
                 Tone.WARNING: "#7a5a00"}
_SOURCES = {
    "auto": QT_TRANSLATE_NOOP("RecentScansModel", "automatic, at closing time"),
    "manual": QT_TRANSLATE_NOOP("RecentScansModel", "by the host"),
    "webcam": QT_TRANSLATE_NOOP("RecentScansModel", "webcam"),
}
_UNKNOWN = QT_TRANSLATE_NOOP("RecentScansModel", "unknown code")
_REFUSED = QT_TRANSLATE_NOOP("RecentScansModel", "%1: %2")  # who: why (French puts a space before the colon)


@dataclass(frozen=True, slots=True)
class RecentScan:
    at: dt.datetime
    tone: Tone
    text: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecentScansModel", text)


def from_event(event: RecentEvent) -> RecentScan:
    arrow = "→" if event.direction == "in" else "←"
    text = f"{arrow} {event.display_number} {event.name}"
    if event.source in _SOURCES:
        text += f" ({_tr(_SOURCES[event.source])})"
    return RecentScan(event.at, Tone.WELCOME if event.direction == "in" else Tone.GOODBYE, text)


def from_refusal(result: ScanResult) -> RecentScan:
    who = result.name or result.display_number or _tr(_UNKNOWN)
    if result.name and result.display_number:
        who = f"{result.display_number} {result.name}"
    text = _tr(_REFUSED).replace("%1", who).replace("%2", refusal_text(result.reason))
    return RecentScan(result.at or dt.datetime.now(dt.UTC), Tone.REFUSED, f"✕ {text}")


class RecentScansModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RecentScan] = []
        self._refusals: list[RecentScan] = []
        self._tz: ZoneInfo | dt.tzinfo = dt.UTC

    def add_refusal(self, result: ScanResult) -> None:
        """Remember a refusal of this session; it shows at the next ``set_events``."""
        self._refusals = [from_refusal(result), *self._refusals][:MAX_ROWS]

    def prepend(self, scan: RecentScan) -> None:
        """The newest scan on top, the oldest dropped past ``MAX_ROWS``: an insert, not a reset."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, scan)
        self.endInsertRows()
        if len(self._rows) > MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), MAX_ROWS, len(self._rows) - 1)
            del self._rows[MAX_ROWS:]
            self.endRemoveRows()

    def set_events(self, events: Sequence[RecentEvent], tz: ZoneInfo, *, since: dt.datetime) -> None:
        """Recorded events of the day merged with the refusals since ``since`` (the day's start)."""
        rows = [from_event(e) for e in events] + [r for r in self._refusals if r.at >= since]
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.at, reverse=True)[:MAX_ROWS]
        self._tz = tz
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.at.astimezone(self._tz):%H:%M}  {row.text}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(_TEXT_COLOURS.get(row.tone, "#000000"))
        if role == TONE_ROLE:
            return row.tone.value
        return None
