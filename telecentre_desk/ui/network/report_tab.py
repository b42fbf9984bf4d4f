"""The network report tab: a period, the figures per place and per commune, CSV and PDF for the funders.

Read on the UI thread through ``network.report.network_report`` (the local place's presence and the other
places' daily presence as their last export carried it), like the Occupancy screen reads its period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QToolBar, QVBoxLayout, QWidget

from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.common.errors import DeskError
from telecentre_desk.network.report import NetworkReport, network_report
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.ui import dialogs
from telecentre_desk.ui import file_prompts as prompts
from telecentre_desk.ui.accessibility import make_help_text
from telecentre_desk.ui.network.figures_model import CommuneFiguresModel, FigureColumn, PlaceFiguresModel
from telecentre_desk.ui.occupancy.period import PeriodChooser, PeriodKind
from telecentre_desk.ui.operations import Job, Operation
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.settings import Setting
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.table_view import fit_columns, make_table

PERIOD_KIND: Setting[str] = Setting("network/report_period_kind", PeriodKind.MONTH.value, str,
                                    validator=lambda v: v in {k.value for k in PeriodKind})

# What the network report reads: every place's days (this one's from its visits) and members' communes.
REPORT_READS = ("sync", "presence", "members", "place")


class NetworkReportTab(QWidget):
    message = Signal(str)  # what an export did, for the status bar

    def __init__(self, store: Store, *, settings_store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings_store
        self.report: NetworkReport | None = None
        self.place: PlaceInfo | None = store.place.place
        self.period = PeriodChooser(today=store.place.today(),
                                    kind=PeriodKind(PERIOD_KIND.read(settings_store)), parent=self)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        top = QToolBar(self)
        top.addWidget(self.period)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)

        self.places_model = PlaceFiguresModel(self)
        self.places_table = make_table(self.places_model, self)
        self.places_table.setSortingEnabled(False)  # the local place first, the total last
        self.communes_model = CommuneFiguresModel(self)
        self.communes_table = make_table(self.communes_model, self)
        self.communes_table.setSortingEnabled(False)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #6b4500;")
        self.method_label = QLabel(self)
        self.method_label.setWordWrap(True)
        make_help_text(self.method_label)  # quieter, still 7:1 (a disabled label read 2.6:1)
        places_box = QGroupBox(self.tr("By place"), self)
        QVBoxLayout(places_box).addWidget(self.places_table)
        communes_box = QGroupBox(self.tr("By commune"), self)
        QVBoxLayout(communes_box).addWidget(self.communes_table)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(places_box, 3)
        layout.addWidget(communes_box, 2)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.method_label)

        self.period.period_changed.connect(self._on_period_period_changed)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        # Read again at each show; while on show, for a change set touching what it reads.
        self.watch = ChangeWatch(store, self, REPORT_READS, self._on_store_changed, reloads_on_show=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        start, end = self.period.bounds()
        self.report = self._store.read(lambda conn: network_report(conn, start=start, end=end), parent_widget=self)
        report = self.report
        self.places_model.set_report(report)
        self.communes_model.set_report(report)
        self.csv_button.setEnabled(report is not None)
        self.pdf_button.setEnabled(report is not None)
        french = core_i18n.current_language() == "fr"
        notes = [] if report is None else [n.french() if french else n.english() for n in report.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        if report is not None:
            self.method_label.setText(self.tr(
                "Each place's presence as its last export carried it. A person counts once per commune and "
                "for the network. Half day: at most %1 min (this place's setting, applied to every place). "
                "Occupancy: people present, at most the desks, over desks × open days.").replace(
                "%1", str(report.half_day_minutes)))
        fit_columns(self.places_table, stretch=FigureColumn.FIRST)
        fit_columns(self.communes_table, stretch=FigureColumn.SECOND)

    @Slot(object, object)
    def _on_period_period_changed(self, _start: dt.date, _end: dt.date) -> None:
        PERIOD_KIND.write(self._settings, self.period.current_kind.value)
        self.refresh()

    def _on_store_changed(self, _changes: OpChanges) -> None:
        self.refresh()  # on show only: the watch keeps a hidden screen's changes for its next show

    def _suggested(self, suffix: str) -> Path:
        stem = self.tr("network-report")
        if self.report is not None:
            stem += f"-{self.report.start:%Y-%m-%d}-{self.report.end:%Y-%m-%d}"
        return Path.home() / f"{stem}.{suffix}"

    @Slot()
    def _on_csv_button_clicked(self) -> None:
        from telecentre_desk.network.export import write_report_csv

        report = self.report
        path = prompts.save_file(self, self.tr("Export the network report (CSV for Excel)"), self._suggested("csv"),
                                 self.tr("CSV (*.csv)"))
        if report is not None and path is not None:
            self._export(lambda: write_report_csv(report, path), path)

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        from telecentre_desk.network.pdf_report import write_pdf  # reportlab: only when asked for

        report, place = self.report, self.place
        path = prompts.save_file(self, self.tr("Export the network report (PDF)"), self._suggested("pdf"),
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
