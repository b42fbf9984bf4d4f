"""The sync tab: the shared folder, the "Synchronise" button, and what came of the syncs.

The sync itself runs on the window's one background runner (ui/operations/), shown here with a progress bar
and a Cancel button that never take the keyboard focus (and in the status bar); the window keeps answering
scans meanwhile. Its tables are plain-SQL reads (``sync/status.py``) through
the Store, refreshed when a sync ends and whenever the data changes while the tab is on show.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError
from telecentre_desk.sync.status import LogEntry, SyncStatus, read_log, read_status
from telecentre_desk.sync.store import trust_rows
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.network import folder as shared_folder
from telecentre_desk.ui.network.log_model import ENTRY_ROLE, LogColumn, SyncLogModel
from telecentre_desk.ui.network.peers_model import PeerColumn, PeersTableModel
from telecentre_desk.ui.network.summary import Level, SummaryWriter
from telecentre_desk.ui.network.times import local_text
from telecentre_desk.ui.network.trust_box import TrustBox
from telecentre_desk.ui.operations import Job, OpChanges, Operation, Ticket
from telecentre_desk.ui.operations.watch import ChangeWatch
from telecentre_desk.ui.store import Store
from telecentre_desk.ui.table_view import fit_columns, make_table

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from telecentre_desk.sync.service import RunReport

logger = logging.getLogger(__name__)

# service.run's shape: (engine, folder, *, progress, cancelled) -> RunReport
RunSync = Callable[..., Any]
JOB_KIND = "sync"
# Members, visits, plans, bookings and invoices of other places may come in with a sync.
SYNC_CHANGES = OpChanges(members=True, presence=True, plans=True, bookings=True, spaces=True, invoices=True,
                         sync=True)
SYNC_SHORTCUT = "Ctrl+Shift+Y"  # one meaning per shortcut across the app: docs/shortcuts.md
LOG_LIMIT = 500  # the newest entries; the CLI's `sync status --json` and the database keep the rest
# The log's filter buttons: (key, kinds read, label); None reads every kind.
LOG_FILTERS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("all", None), ("conflicts", ("conflict",)), ("refused", ("rejected",)))
_LEVEL_STYLE = {Level.OK: "color: #1e6b34;", Level.WARNING: "color: #6b4500;", Level.ERROR: "color: #b3261e;"}

# What the tab reads: the other places, their keys and trust, the sync log, the network settings.
SYNC_READS = ("sync", "settings", "place")


class SyncPanel(QWidget):
    message = Signal(str)  # for the status bar
    sync_finished = Signal()  # after a sync (done, failed or stopped) and the tables read again

    def __init__(self, store: Store, *, db_path: Path, settings_store: QSettings, run_sync: RunSync | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._db_path = db_path
        self._settings = settings_store
        self._run_sync = run_sync
        self.job: Job | None = None
        self._exporting = False
        self.status: SyncStatus | None = None
        self.log_filter = "all"
        self._summaries = SummaryWriter(self)
        self.tz = store.place.tz

        # The folder, and the network settings beside it: both are set once and rarely touched.
        self.folder_edit = QLineEdit(shared_folder.read_shared_folder(settings_store, db_path), self)
        self.folder_edit.setPlaceholderText(self.tr("A network drive, a synced cloud folder or a USB stick"))
        self.folder_edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.settings_button = QPushButton(self.tr("Network settings…"), self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Shared folder:"), self))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addSpacing(12)
        folder_row.addWidget(self.settings_button)

        self.sync_button = QPushButton(self.tr("Synchronise"), self)
        font = QFont(self.sync_button.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.sync_button.setFont(font)
        self.sync_button.setMinimumHeight(46)
        self.sync_button.setMinimumWidth(200)
        self.sync_button.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.sync_button.setToolTip(self.tr("Read the other places' exports, then write this place's (%1)")
                                    .replace("%1", QKeySequence(SYNC_SHORTCUT).toString(
                                        QKeySequence.SequenceFormat.NativeText)))
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.step_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        # Never the keyboard's: a badge's Enter typed during the sync cannot press it (mouse, or the status
        # bar's Cancel shortcut).
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.setAutoDefault(False)
        progress_box = QVBoxLayout()
        progress_box.setSpacing(2)
        progress_box.addWidget(self.step_label)
        progress_box.addWidget(self.progress)
        action_row = QHBoxLayout()
        action_row.addWidget(self.sync_button)
        action_row.addSpacing(8)
        action_row.addLayout(progress_box, 1)
        action_row.addWidget(self.cancel_button)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.own_label = QLabel(self)
        self.trust_box = TrustBox(store, self)

        self.peers_model = PeersTableModel(self)
        self.peers_table = make_table(self.peers_model, self)
        self.peers_table.setSortingEnabled(False)  # by code, as read
        peers_box = QGroupBox(self.tr("Places of the network"), self)
        peers_layout = QVBoxLayout(peers_box)
        peers_layout.addWidget(self.own_label)
        peers_layout.addWidget(self.peers_table)

        self.log_model = SyncLogModel(self)
        self.log_table = make_table(self.log_model, self)
        self.log_table.setSortingEnabled(False)  # newest first, as read
        self.filter_buttons: dict[str, QPushButton] = {}
        self.filter_group = QButtonGroup(self)
        filter_row = QHBoxLayout()
        for key, _kinds in LOG_FILTERS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setChecked(key == self.log_filter)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            filter_row.addWidget(button)
            button.clicked.connect(functools.partial(self._on_filter_button_clicked, key))
        filter_row.addStretch(1)
        hint = QLabel(self.tr("Double-click an entry to read it whole."), self)
        hint.setEnabled(False)
        filter_row.addWidget(hint)
        self._label_filters()
        log_box = QGroupBox(self.tr("Sync log"), self)
        log_layout = QVBoxLayout(log_box)
        log_layout.addLayout(filter_row)
        log_layout.addWidget(self.log_table)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(peers_box)
        splitter.addWidget(log_box)
        splitter.setStretchFactor(0, 1)  # a handful of places; the log grows with every sync
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addLayout(action_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.trust_box)
        layout.addWidget(splitter, 1)

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.folder_edit.editingFinished.connect(self._on_folder_edit_editing_finished)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.log_table.doubleClicked.connect(self._on_log_table_double_clicked)
        self.trust_box.accepted.connect(self._on_trust_box_accepted)
        # Read again at each show; while on show, for a change set touching what it reads.
        self.watch = ChangeWatch(store, self, SYNC_READS, self._on_store_changed, reloads_on_show=True)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # Reading ------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # scans and other screens' changes do not all pass through the Store

    def refresh(self) -> None:
        kinds = dict(LOG_FILTERS)[self.log_filter]
        read = self._store.read(lambda conn: (read_status(conn), read_log(conn, limit=LOG_LIMIT, kinds=kinds),
                                              trust_rows(conn)), parent_widget=self)
        if read is None:
            return
        self.status, entries, keys = read
        self.trust_box.set_rows(keys)
        self.peers_model.set_rows(self.status.peers, self.tz)
        self.log_model.set_rows(entries, self.tz)
        self._label_filters()
        if self.status.last_export_sequence:
            self.own_label.setText(self.tr("This place (%1): export %2 written on %3.").replace(
                "%1", self.status.local_code).replace("%2", str(self.status.last_export_sequence)).replace(
                "%3", local_text(self.status.last_export_at, self.tz)))
        else:
            self.own_label.setText(self.tr("This place (%1) has not exported yet.").replace(
                "%1", self.status.local_code))
        fit_columns(self.peers_table, stretch=PeerColumn.LAST_ERROR)
        fit_columns(self.log_table, stretch=LogColumn.MESSAGE)

    def _label_filters(self) -> None:
        conflicts = self.status.conflicts if self.status else 0
        refused = self.status.rejected if self.status else 0
        self.filter_buttons["all"].setText(self.tr("All"))
        self.filter_buttons["conflicts"].setText(self.tr("Conflicts (%1)").replace("%1", str(conflicts)))
        self.filter_buttons["refused"].setText(self.tr("Refused (%1)").replace("%1", str(refused)))

    def _on_filter_button_clicked(self, key: str) -> None:
        self.log_filter = key
        self.filter_buttons[key].setChecked(True)
        self.refresh()

    def show_summary(self, text: str, level: Level) -> None:
        self.summary_label.setStyleSheet(_LEVEL_STYLE[level])
        self.summary_label.setText(text)

    # The folder ---------------------------------------------------------------------------------------

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        chosen = shared_folder.choose_folder(self, self.tr("The network's shared folder"), self.folder_edit.text())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))
            self._remember_folder()

    @Slot()
    def _on_folder_edit_editing_finished(self) -> None:
        self._remember_folder()

    def _remember_folder(self) -> None:
        shared_folder.write_shared_folder(self._settings, self._db_path, self.folder_edit.text().strip())

    @Slot()
    def _on_settings_button_clicked(self) -> None:
        from telecentre_desk.ui.network.settings_dialog import NetworkSettingsDialog  # the services: when asked

        dialog = NetworkSettingsDialog(self._store, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog  # for tests

    # The sync -----------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    @Slot()
    def _on_sync_button_clicked(self) -> None:
        if self.job is not None:
            return
        text = self.folder_edit.text().strip()
        if not text:
            self.show_summary(self.tr("Choose the shared folder first: where the places of the network leave "
                                      "their exports."), Level.ERROR)
            return
        folder = Path(text)
        if not folder.is_dir():
            self.show_summary(self.tr("The shared folder %1 cannot be reached: is the USB stick or the network "
                                      "drive connected? Nothing was changed.").replace("%1", text), Level.ERROR)
            return
        self._remember_folder()
        try:
            engine = self._store.engine
        except DeskError as exc:
            dialogs.show_error(self, self.tr("Not synchronised"), exc.message)
            return
        job = self._store.runner.submit(Operation(
            JOB_KIND, self.tr("Synchronising with the network…"), _sync_work(engine, folder, self._run_sync),
            changes=SYNC_CHANGES, on_success=self._on_job_succeeded, on_failure=self._on_job_failed,
            on_bug=self._on_job_crashed, on_done=self._on_job_done, owner=self,
            stopping_text=self.tr("Stopping after the place being read…")))
        if job is None:  # one sync at a time (the runner said so in the status bar)
            return
        self.job = job
        self._exporting = False
        job.reported.connect(self._on_job_reported)
        self._set_busy(True)
        self.step_label.setText(self.tr("Starting…"))

    def _set_busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.folder_edit.setReadOnly(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the first step says how many there are
        if not busy:
            self.step_label.clear()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None and self._store.runner.cancel(JOB_KIND):
            self.cancel_button.setEnabled(False)
            self.step_label.setText(self.tr("Stopping after the place being read…"))

    @Slot(int, int, str)
    def _on_job_reported(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        exporting = self._exporting
        # service.run imports then exports with the same callback; the import's last call is (n, n, ""),
        # every other call of it has done < total: what follows is the export. (Queued signals keep their order.)
        if not exporting and done >= total:
            self._exporting = True
        if self.job is not None and self.job.cancel_requested:
            return  # keep "Stopping…" on show
        if exporting:
            step = self.tr("Writing this place's export…")
        elif done < total:
            step = self.tr("Reading the export of %1 (%2 of %3)…").replace("%1", what).replace(
                "%2", str(done + 1)).replace("%3", str(total))
        else:
            step = self.tr("The other places' exports are read.")
        self.step_label.setText(step)

    def _on_job_succeeded(self, report: RunReport) -> None:
        cancelled = self.job is not None and self.job.cancel_requested
        text, level = self._summaries.text(report, cancelled=cancelled)
        self.show_summary(text, level)
        self.message.emit(text)

    def _on_job_failed(self, error: DeskError) -> bool:
        self.show_summary(self.tr("Not synchronised: %1. What was read before is kept; nothing is lost.")
                          .replace("%1", error.message.rstrip(".")), Level.ERROR)
        return True

    def _on_job_crashed(self, _exc: BaseException) -> None:  # the runner then hands it to the crash hook
        self.show_summary(self.tr("The sync stopped on an unexpected error."), Level.ERROR)

    def _on_job_done(self) -> None:
        self.job = None
        self._set_busy(False)
        self.refresh()  # the runner announced what the sync touched; this tab reads its tables again
        self.sync_finished.emit()

    @Slot(str)
    def _on_trust_box_accepted(self, code: str) -> None:
        self.show_summary(self.tr("The key of %1 is accepted: its exports are read at the next sync.").replace(
            "%1", code), Level.OK)
        self.refresh()

    def _on_store_changed(self, _changes: OpChanges) -> None:
        if self.job is None:  # a running sync's tab is read again when it ends
            self.refresh()

    @Slot()
    def shutdown(self) -> None:
        """Stop a running sync at the next place and wait for it (the window is closing)."""
        if self.job is not None:
            self._store.runner.cancel(JOB_KIND)
            self._store.runner.wait(JOB_KIND)

    @Slot(QModelIndex)
    def _on_log_table_double_clicked(self, index: QModelIndex) -> None:
        from telecentre_desk.ui.network.log_dialog import LogEntryDialog

        entry: LogEntry | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        dialog = LogEntryDialog(entry, tz=self.tz, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.entry_dialog = dialog  # for tests


def _sync_work(engine: Engine, folder: Path, run_sync: RunSync | None) -> Callable[[Ticket], RunReport]:
    """The sync as a job: ``sync.service.run`` checks out its own pooled connection on the runner's thread."""

    def work(ticket: Ticket) -> RunReport:
        from telecentre_desk.backup import busy

        run = run_sync
        if run is None:
            from telecentre_desk.sync.service import run  # SQLAlchemy: on the job's thread, not at start
        try:
            with busy.hold_engine(engine, "sync"):  # a restore waits for it
                return run(engine, folder, progress=ticket, cancelled=ticket.cancelled)
        except OSError as exc:  # the folder vanished between two files: an expected failure, said plainly
            logger.warning("sync failed: %s", exc)
            raise DeskError(str(exc)) from exc

    return work
