"""Import members from a spreadsheet: pick the file, say which column is which field, check, import.

The file is read and checked by the core (members/spreadsheet_import.py) before anything is written;
each problem is listed with the file's line number, and a double click on it shows the row. "Import"
is offered only when the check found nothing wrong; the writing runs on a worker thread with a
progress bar, in one transaction, and the Members list refreshes after it through the Store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telecentre_desk.common.errors import DeskError
from telecentre_desk.members import import_mapping
from telecentre_desk.members.spreadsheet_import import Action, ImportPlan, check_sheet, read_member_sheet, summary
from telecentre_desk.ui import dialogs, file_prompts
from telecentre_desk.ui.members.import_models import ErrorColumn, ErrorsModel, PreviewModel
from telecentre_desk.ui.operations import Job, OpChanges, Operation, Ticket
from telecentre_desk.ui.store import ACTOR, Store
from telecentre_desk.ui.table_view import COLUMN_PADDING, fit_columns, make_table

_CONTEXT = "MemberImport"
FIELD_LABELS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("MemberImport", "Number"),
    "last_name": QT_TRANSLATE_NOOP("MemberImport", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("MemberImport", "First name"),
    "email": QT_TRANSLATE_NOOP("MemberImport", "Email"),
    "phone": QT_TRANSLATE_NOOP("MemberImport", "Phone"),
    "category": QT_TRANSLATE_NOOP("MemberImport", "Category"),
    "company_name": QT_TRANSLATE_NOOP("MemberImport", "Company"),
    "siren": QT_TRANSLATE_NOOP("MemberImport", "SIREN"),
    "address": QT_TRANSLATE_NOOP("MemberImport", "Address"),
    "postcode": QT_TRANSLATE_NOOP("MemberImport", "Postcode"),
    "city": QT_TRANSLATE_NOOP("MemberImport", "City"),
    "joined_on": QT_TRANSLATE_NOOP("MemberImport", "Member since"),
    "notes": QT_TRANSLATE_NOOP("MemberImport", "Notes"),
}
_MAX_COLUMN_WIDTH = 280  # a long address or note is elided; its tooltip shows it whole
_ENCODINGS = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16"}


class MemberImportDialog(QDialog):
    """Window-modal; ``imported`` carries the one-line summary once the members are written."""

    imported = Signal(str)

    def __init__(self, store: Store, *, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._path: Path | None = None
        self._combos: list[QComboBox] = []
        self._job: Job | None = None  # the import being written, on the window's runner
        self.plan: ImportPlan | None = None  # the last check, None when the mapping changed since
        self.setWindowTitle(self.tr("Import members from a spreadsheet"))
        self.resize(980, 640)

        self.choose_button = QPushButton(self.tr("Choose a file…"), self)
        self.file_label = QLabel(self.tr("A CSV file saved by Excel or LibreOffice (separator ; or ,)."), self)
        self.file_label.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.mapping_hint = QLabel(self.tr("Choose the member field of each column in the first row; columns left "
                                       "“not imported” are greyed."), self)
        self.mapping_hint.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.errors_model = ErrorsModel(self)
        self.errors = make_table(self.errors_model, self)
        self.errors.setSortingEnabled(False)
        self.errors.setToolTip(self.tr("Double-click a problem to show its row."))
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        checking = QHBoxLayout()
        checking.addWidget(self.check_button)
        checking.addWidget(self.summary_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_hint)
        layout.addWidget(self.preview, 3)
        layout.addLayout(checking)
        layout.addWidget(self.errors, 2)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.errors.doubleClicked.connect(self._on_errors_double_clicked)
        self._update_buttons()
        if path is not None:
            self.load(path)

    # -- the file and its mapping ----------------------------------------------------------------------

    def load(self, path: Path) -> bool:
        """Read ``path`` and guess its mapping; False (with the reason shown) when it cannot be read."""
        try:
            sheet = read_member_sheet(path)
        except DeskError as exc:
            dialogs.show_error(self, self.tr("Cannot read the file"), exc.message)
            return False
        self._path = path
        self.plan = None
        self.errors_model.set_rows([])
        self.summary_label.clear()
        mapping = import_mapping.guess_mapping(sheet.header)
        self.preview_model.set_sheet(sheet, mapping)
        self._make_combos(mapping)
        separator = {";": ";", ",": ",", "\t": self.tr("tab")}.get(sheet.delimiter, sheet.delimiter)
        rows = self.tr("1 row") if len(sheet.rows) == 1 else self.tr("%1 rows").replace("%1", str(len(sheet.rows)))
        self.file_label.setText(self.tr("<b>%1</b> · %2 · separator %3 · header on line %4 · %5").replace(
            "%1", path.name).replace("%2", _ENCODINGS.get(sheet.encoding, sheet.encoding)).replace(
            "%3", separator).replace("%4", str(sheet.header_line)).replace("%5", rows))
        self._fit_preview_columns()
        self._update_buttons()
        return True

    def _make_combos(self, mapping: list[str | None]) -> None:
        self._combos = []
        for column, field in enumerate(mapping):
            combo = QComboBox(self.preview)
            # As wide as a short field name: the longest one ("— not imported —") would widen every column.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            combo.addItem(self.tr("— not imported —"), None)
            for name in import_mapping.FIELDS:
                combo.addItem(QCoreApplication.translate(_CONTEXT, FIELD_LABELS[name]), name)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
            self.preview.setIndexWidget(self.preview_model.index(0, column), combo)
            self._combos.append(combo)
        if self._combos:  # the first row holds the combos: as high as they are
            self.preview.setRowHeight(0, max(self.preview.rowHeight(0), self._combos[0].sizeHint().height() + 4))

    def _fit_preview_columns(self) -> None:
        """Wide enough for the contents and the combo, within reason; the file may scroll sideways."""
        header = self.preview.horizontalHeader()
        self.preview.resizeColumnsToContents()
        for column, combo in enumerate(self._combos):
            wanted = max(header.sectionSize(column), combo.sizeHint().width()) + COLUMN_PADDING
            header.resizeSection(column, min(wanted, _MAX_COLUMN_WIDTH))
        header.setStretchLastSection(True)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self._combos]

    def set_field(self, column: int, field: str | None) -> None:
        """Map ``column`` to ``field`` as the host would with its combo."""
        self._combos[column].setCurrentIndex(self._combos[column].findData(field))

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        changed = self.sender()
        field = changed.currentData() if isinstance(changed, QComboBox) else None
        if field is not None:  # a field comes from one column: the column that had it lets it go
            for combo in self._combos:
                if combo is not changed and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.preview_model.set_mapping(self.mapping())
        self.preview_model.set_errors([])
        self.plan = None
        self.errors_model.set_rows([])
        self.summary_label.setText(self.tr("The columns changed: check again."))
        self._update_buttons()

    # -- checking and importing ------------------------------------------------------------------------

    def check(self) -> ImportPlan | None:
        """Check every row against the database (nothing is written) and list the problems."""
        sheet = self.preview_model.sheet
        if sheet is None:
            return None
        mapping = self.mapping()
        plan = self._store.read(lambda conn: check_sheet(conn, sheet, mapping), parent_widget=self)
        if plan is None:
            return None
        self.plan = plan
        self.errors_model.set_rows(plan.errors)
        self.preview_model.set_errors(plan.errors)
        fit_columns(self.errors, stretch=ErrorColumn.PROBLEM)
        self.summary_label.setText(summary(plan) if plan.errors or plan.rows else "")
        self._update_buttons()
        return plan

    def _to_write(self) -> int:
        if self.plan is None:
            return 0
        return self.plan.count(Action.CREATE) + self.plan.count(Action.UPDATE)

    def _update_buttons(self) -> None:
        busy = self._job is not None
        count = self._to_write()
        ready = self.plan is not None and not self.plan.errors and count > 0
        self.import_button.setEnabled(ready and not busy)
        if count:
            text = self.tr("Import 1 member") if count == 1 else self.tr("Import %1 members").replace("%1", str(count))
        else:
            text = self.tr("Import")
        self.import_button.setText(text)
        self.check_button.setEnabled(self.preview_model.sheet is not None and not busy)
        self.choose_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        for combo in self._combos:
            combo.setEnabled(not busy)

    @Slot()
    def _on_choose_button_clicked(self) -> None:
        path = file_prompts.open_file(self, self.tr("Import members"),
                                      self.tr("Spreadsheets (*.csv *.txt);;All files (*)"))
        if path is not None:
            self.load(path)

    @Slot()
    def _on_check_button_clicked(self) -> None:
        self.check()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        sheet = self.preview_model.sheet
        if sheet is None or self.plan is None or self.plan.errors:
            return
        try:
            engine = self._store.engine
        except DeskError as exc:
            dialogs.show_error(self, self.tr("Not imported"), exc.message)
            return
        job = self._store.runner.submit(Operation(
            "import", self.tr("Importing members…"),
            _import_work(engine, sheet, self.mapping(), source=self._path.name if self._path else None),
            changes=OpChanges(members=True), on_success=self._on_job_succeeded, on_failure=self._on_job_failed,
            on_done=self._on_job_done, owner=self,
            cancellable=False))  # one transaction: all the members or none, nothing to stop between
        if job is None:  # an import already runs (said in the status bar)
            return
        job.progressed.connect(self._on_job_progressed)
        self.progress.setRange(0, self._to_write())
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._job = job
        self._update_buttons()

    @Slot(int, int)
    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_job_done(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _on_job_succeeded(self, plan: ImportPlan) -> None:
        self.plan = plan
        if not plan.written:  # the members changed since the check: show what is wrong now
            self.errors_model.set_rows(plan.errors)
            self.preview_model.set_errors(plan.errors)
            self.summary_label.setText(summary(plan))
            return
        text = summary(plan)
        self.imported.emit(text)
        self.accept()

    def _on_job_failed(self, error: DeskError) -> bool:
        dialogs.show_error(self, self.tr("Not imported"), error.message)
        return True

    def reject(self) -> None:
        if self._job is None:  # never close while the import writes: the host waits on its outcome
            super().reject()

    @Slot(QModelIndex)
    def _on_errors_double_clicked(self, index: QModelIndex) -> None:
        error = self.errors_model.row_at(index.row())
        self.show_line(error.line, error.column)

    def show_line(self, line: int, column: str = "") -> bool:
        """Select and scroll to the preview row of the file's ``line``; False when it has no row there."""
        row = self.preview_model.row_of_line(line)
        if row is None:
            return False
        target = self.preview_model.index(row, self.preview_model.column_of(column) or 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.preview.selectionModel().setCurrentIndex(target, flags)
        self.preview.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


_PROGRESS_STEPS = 100  # at most this many progress signals, whatever the file's size


def _import_work(engine, sheet, mapping: list[str | None], *, source: str | None):
    """The checked import as a job: written in one unit of work on the runner's thread (members/spreadsheet_import)."""
    from telecentre_desk import transactions

    def work(ticket: Ticket) -> ImportPlan:
        from telecentre_desk.members.spreadsheet_import import import_members

        def progress(done: int, total: int) -> None:
            if done == total or done % max(1, total // _PROGRESS_STEPS) == 0:
                ticket(done, total)

        return transactions.write(engine, lambda session: import_members(
            session, sheet, mapping, actor=ACTOR, source=source, progress=progress))

    return work
