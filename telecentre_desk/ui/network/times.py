"""Instants of the sync tables (UTC text) shown in the place's time, French style: 26/11/2026 10:05."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from telecentre_desk.common import clock
from telecentre_desk.ui.rows_model import RowsTableModel

Row = TypeVar("Row")


def local_text(stamp: str | None, tz: ZoneInfo) -> str:
    if not stamp:
        return ""
    try:
        return f"{clock.ts_parse(stamp).astimezone(tz):%d/%m/%Y %H:%M}"
    except ValueError:
        return stamp  # shown as stored rather than hidden


class LocalTimeRowsModel(RowsTableModel[Row]):
    """Rows whose instants show in the place's time zone, given with the rows (the place may change it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = ZoneInfo("UTC")  # no row shown yet: set_rows() gives the place's zone with the rows

    def set_rows(self, rows: Sequence[Row], tz: ZoneInfo) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._tz = tz
        self.endResetModel()
