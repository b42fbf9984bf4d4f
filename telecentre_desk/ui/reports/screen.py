"""*Bilans*: the host's day at a glance, each block with a button to the screen that explains it.

Read through the Store from ``reports.today`` when the screen is shown and after every write while it is shown.
The "last backup" block is a named slot (``last_backup_block``): hidden until a backup module registers a reader.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.money import format_eur
from telecentre_desk.reports.today import TodayDashboard, read_today
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import Store

BACKUPS = "backups"  # not a screen: the window opens its Place > Backups dialog
LIST_LIMIT = 5  # names shown under a count; the linked screen has the rest

# What the dashboard reads: the day's visits, members and their plans, bills and payments, the network.
TODAY_READS = ("presence", "members", "invoices", "plans", "place", "sync")


class DashboardBlock(QGroupBox):
    """A title, a big figure, a few lines of detail and one button to the screen behind the figure."""

    open_screen = Signal(str)

    def __init__(self, title: str, button_text: str, screen: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value = QLabel("—", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.button = QPushButton(button_text, self)
        self.button.setAccessibleName(button_text)
        self.button.clicked.connect(lambda: self.open_screen.emit(screen))
        self.value.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        layout.addWidget(self.button)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class TodayScreen(QWidget):
    """The dashboard; ``open_screen`` asks the window to show another screen by its key."""

    open_screen = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.board: TodayDashboard | None = None
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.today_block = DashboardBlock(self.tr("Today"), self.tr("Open the front desk"), "front_desk", self)
        self.week_block = DashboardBlock(self.tr("This week"), self.tr("Open the occupancy"), "occupancy", self)
        self.carnets_block = DashboardBlock(self.tr("Carnets running out"), self.tr("Open the members"),
                                            "members", self)
        self.overdue_block = DashboardBlock(self.tr("Invoices overdue"), self.tr("Open the invoices"),
                                            "invoices", self)
        self.sync_block = DashboardBlock(self.tr("Last synchronisation"), self.tr("Open the network"),
                                         "network", self)
        # Backups have a dialog, not a screen: the key BACKUPS asks the window for Place > Backups.
        self.last_backup_block = DashboardBlock(self.tr("Last backup"), self.tr("Open the backups…"), BACKUPS, self)
        self.last_backup_block.setObjectName("last_backup_block")
        self.blocks = (self.today_block, self.week_block, self.carnets_block, self.overdue_block, self.sync_block,
                       self.last_backup_block)
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addWidget(self.title, 0, 0, 1, 3)
        for index, block in enumerate(self.blocks):
            block.open_screen.connect(self.open_screen)
            grid.addWidget(block, 1 + index // 3, index % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)  # 1024x600: the blocks scroll rather than being cut
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        # Read again at each show; while on show, for a change set touching what it reads.
        self.watch = ChangeWatch(store, self, TODAY_READS, self._on_store_changed, reloads_on_show=True)

    def refresh(self) -> None:
        board = self._store.read(read_today, parent_widget=self)
        if board is None:
            return
        self.board = board
        day = QLocale().toString(board.day, QLocale.FormatType.LongFormat)
        self.title.setText(self.tr("Today, %1").replace("%1", day))
        self.today_block.show_value(
            self.tr("%n visit(s)", "", board.visits_today),
            self.tr("%n person(s) in now", "", board.present_now))
        self.week_block.show_value(
            self.tr("%n visit(s)", "", board.week_visits),
            self.tr("Last week by the same day: %n visit(s)", "", board.last_week_visits))
        names = []
        for carnet in board.low_carnets[:LIST_LIMIT]:
            left = self.tr("%n half day(s) left", "", round(carnet.days_left * 2))
            names.append(f"{carnet.name} ({left})")
        self.carnets_block.show_value(self.tr("%n carnet(s)", "", len(board.low_carnets)), "\n".join(names))
        lines = [f"{i.number} — {i.member_name} — {format_eur(i.due_cents)}" for i in board.overdue[:LIST_LIMIT]]
        value = self.tr("%n invoice(s)", "", len(board.overdue))
        if board.overdue:
            value += f"\n{format_eur(board.overdue_cents)}"
        self.overdue_block.show_value(value, "\n".join(lines))
        self.sync_block.show_value(self._when(board.last_sync, self.tr("Never")))
        self.last_backup_block.show_value(self._when(board.last_backup, self.tr("Never")))

    def _when(self, value: dt.datetime | None, never: str) -> str:
        if value is None:
            return never
        # The place's wall time (a naive datetime: Qt would otherwise show it in the computer's zone).
        local = value.astimezone(self._store.place.tz).replace(tzinfo=None)
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()  # on show only: the watch keeps a hidden screen's changes for its next show
