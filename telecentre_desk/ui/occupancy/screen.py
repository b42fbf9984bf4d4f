"""The Occupancy screen: a period, the funders' indicators as cards, two charts, a table by category, exports.

The numbers come from ``occupancy.stats.occupancy_report`` (presence per day: ~20 ms for a year of
1,000,000 events), read on the UI thread when the screen shows and when the period changes. A period
with nobody in shows "no data" instead of empty charts and divisions by zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError
from telecentre_desk.occupancy.stats import OccupancyReport, occupancy_report
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.ui import dialogs
from telecentre_desk.ui import file_prompts as prompts
from telecentre_desk.ui.occupancy.cards import IndicatorCard
from telecentre_desk.ui.occupancy.category_model import CategoryColumn, CategoryTableModel
from telecentre_desk.ui.occupancy.charts import CategoryChart
from telecentre_desk.ui.occupancy.heatmap import HeatMap
from telecentre_desk.ui.occupancy.period import PeriodChooser, PeriodKind
from telecentre_desk.ui.operations import Job, Operation
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.settings import Setting
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.table_view import fit_columns, make_table

PERIOD_KIND: Setting[str] = Setting("occupancy/period_kind", PeriodKind.MONTH.value, str,
                                    validator=lambda v: v in {k.value for k in PeriodKind})

# What the report reads: visits and closed months, members' categories, desks and rooms, hours and closures.
OCCUPANCY_READS = ("presence", "members", "spaces", "place")


class OccupancyScreen(QWidget):
    message = Signal(str)  # what an export did, for the status bar

    def __init__(self, store: Store, *, settings_store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings_store
        self.report: OccupancyReport | None = None
        self.place: PlaceInfo | None = store.place.place
        today = store.place.today()
        self.period = PeriodChooser(today=today, kind=PeriodKind(PERIOD_KIND.read(settings_store)), parent=self)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)

        definitions = {
            "visits": (self.tr("Visits"), self.tr("Arrivals (check-ins) on the local days of the period.")),
            "people": (self.tr("People"), self.tr("Members present at least once in the period.")),
            "person_days": (self.tr("Person-days"),
                            self.tr("Each member's day of presence counts 1, or 0.5 when it lasted at most the "
                                    "half-day limit of the desk settings.")),
            "rate": (self.tr("Occupancy rate"),
                     self.tr("Occupied desk-days / (desks × open days). A day's occupied desks are the desks used "
                             "that day plus one per person seated nowhere, at most the number of desks.")),
            "hours": (self.tr("Hours of presence"), self.tr("Presence in hours; a visit across midnight counts "
                                                            "on both days.")),
            "new": (self.tr("New members"), self.tr("Members who joined in the period.")),
        }
        self.cards = {key: IndicatorCard(caption, definition, self) for key, (caption, definition)
                      in definitions.items()}
        self.chart = CategoryChart(self)
        self.heat_map = HeatMap(self)
        self.model = CategoryTableModel(self)
        self.table: QTableView = make_table(self.model, self)
        self.table.setSortingEnabled(False)  # categories by name, the total last
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        # A toolbar: in a narrow window the export buttons fold into its » menu instead of widening it.
        top = QToolBar(self)
        top.addWidget(self.period)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        heat_title = QLabel(self.tr("<b>Peak hours</b> (average number of people present)"), self)
        grid = QGridLayout()
        grid.addWidget(self.chart, 0, 0, 2, 1)
        grid.addWidget(heat_title, 0, 1)
        grid.addWidget(self.heat_map, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(cards)
        inner.addLayout(grid, 3)
        inner.addWidget(self.table, 2)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.pages, 1)

        self.period.period_changed.connect(self._on_period_period_changed)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        # Read again at each show; while on show, for a change set touching what it reads.
        self.watch = ChangeWatch(store, self, OCCUPANCY_READS, self._on_store_changed, reloads_on_show=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Scans do not pass through the Store: coming back to the screen reads the period again.
        self.refresh()

    def refresh(self) -> None:
        start, end = self.period.bounds()
        self.report = self._store.read(lambda conn: occupancy_report(conn, start=start, end=end), parent_widget=self)
        self._show(self.report)

    def _show(self, report: OccupancyReport | None) -> None:
        empty = report is None or report.empty
        self.pages.setCurrentIndex(1 if empty else 0)
        self.csv_button.setEnabled(report is not None)
        self.pdf_button.setEnabled(report is not None)
        self.model.set_report(report)
        if report is None:
            self.empty_label.setText(self.tr("The statistics cannot be read."))
            return
        if empty:
            self.empty_label.setText(self.tr("No data for this period (%1): nobody was recorded present.")
                                     .replace("%1", self.period.summary.toolTip()))
            return
        locale, totals = QLocale(), report.totals
        self.cards["visits"].show_value(locale.toString(totals.visits))
        self.cards["people"].show_value(locale.toString(totals.unique_members))
        self.cards["person_days"].show_value(locale.toString(totals.person_days, "f", 1))
        self.cards["hours"].show_value(locale.toString(totals.hours, "f", 1))
        self.cards["new"].show_value(locale.toString(totals.new_members))
        if report.occupancy_rate is None:
            self.cards["rate"].show_value("—", self.tr("no desk or no open day in this period"))
        else:
            detail = self.tr("%1 desk-days of %2 (%3 desks × %4 open days)")
            for marker, value in (("%1", report.occupied_desk_days), ("%2", report.desks * report.open_days),
                                  ("%3", report.desks), ("%4", report.open_days)):
                detail = detail.replace(marker, locale.toString(value))
            self.cards["rate"].show_value(locale.toString(report.occupancy_rate * 100, "f", 1) + "\u202f%", detail)
        self.chart.set_report(report)
        self.heat_map.set_grid(report.peak_hours)
        fit_columns(self.table, stretch=CategoryColumn.CATEGORY)

    @Slot(object, object)
    def _on_period_period_changed(self, _start: dt.date, _end: dt.date) -> None:
        PERIOD_KIND.write(self._settings, self.period.current_kind.value)
        self.refresh()

    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()  # on show only: the watch keeps a hidden screen's changes for its next show

    def _suggested(self, suffix: str) -> Path:
        report = self.report
        stem = self.tr("occupancy")
        if report is not None:
            stem += f"-{report.start:%Y-%m-%d}-{report.end:%Y-%m-%d}"
        return Path.home() / f"{stem}.{suffix}"

    @Slot()
    def _on_csv_button_clicked(self) -> None:
        from telecentre_desk.occupancy.export import write_csv

        report = self.report
        path = prompts.save_file(self, self.tr("Export the statistics (CSV for Excel)"), self._suggested("csv"),
                                 self.tr("CSV (*.csv)"))
        if report is not None and path is not None:
            self._export(lambda: write_csv(report, path), path)

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        from telecentre_desk.occupancy.pdf_report import write_pdf  # reportlab: only when asked for

        report, place = self.report, self.place
        path = prompts.save_file(self, self.tr("Export the occupancy report (PDF)"), self._suggested("pdf"),
                                 self.tr("PDF (*.pdf)"))
        if report is None or path is None:
            return
        identity = [] if place is None else place.identity_lines()
        self._export(lambda: write_pdf(report, path, identity=identity), path)

    def _export(self, write: Callable[[], None], path: Path) -> Job | None:
        """Write the file on the window's runner (a PDF takes a moment): the desk keeps answering scans."""

        def failed(error: DeskError) -> bool:
            dialogs.show_error(self, self.tr("Not exported"), error.message)  # the host waits on it
            return True

        return self._store.runner.submit(Operation(
            "files", self.tr("Writing %1…").replace("%1", path.name), lambda _ticket: write(),
            on_success=lambda _result: self.message.emit(self.tr("Saved to %1").replace("%1", str(path))),
            on_failure=failed, owner=self))

