"""Put the RGPD actions on the Members screen: a *Personal data* button and the table's context menu.

Kept outside the Members screen (like the badge hook), so the actions can move to a member card later.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from telecentre_desk.common.enums import MemberStatus
from telecentre_desk.ui import file_prompts
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.privacy.erase_dialog import EraseDialog
from telecentre_desk.ui.privacy.settings_dialog import PrivacyDialog
from telecentre_desk.ui.store import Store

if TYPE_CHECKING:
    from telecentre_desk.ui.operations import Job


class MembersPrivacyHook(QObject):
    message = Signal(str)  # what was done, for the status bar
    scrubbed = Signal(object)  # the files were scrubbed after an erasure (storage.ScrubResult)

    def __init__(self, screen: MembersScreen, store: Store) -> None:
        super().__init__(screen)
        self._screen = screen
        self._store = store
        self.export_action = QAction(self.tr("Export personal data…"), self)
        self.export_action.setToolTip(self.tr("Everything held about the member (right of access): JSON and PDF"))
        self.erase_action = QAction(self.tr("Erase personal data…"), self)
        self.erase_action.setToolTip(self.tr("Right to erasure: anonymise the member everywhere"))
        self.review_action = QAction(self.tr("Retention and review…"), self)
        self.review_action.setToolTip(self.tr("How long scan events are kept; members inactive for long"))
        self.menu = QMenu(self.tr("Personal data"), screen)
        self.menu.addActions([self.export_action, self.erase_action])
        self.menu.addSeparator()
        self.menu.addAction(self.review_action)
        self.button = QToolButton(screen)
        self.button.setText(self.tr("Personal data"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar = screen.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addWidget(self.button)
        separator = QAction(screen.table)
        separator.setSeparator(True)
        screen.table.addActions([separator, self.export_action, self.erase_action])
        screen.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.erase_action.triggered.connect(self._on_erase_action_triggered)
        self.review_action.triggered.connect(self._on_review_action_triggered)
        self.review_dialog: PrivacyDialog | None = None
        screen.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        screen.proxy.modelReset.connect(self._on_selection_changed)
        self.dialog: EraseDialog | None = None
        self.scrub_job: Job | None = None
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(self) -> None:
        member = self._screen.selected_member()
        self.export_action.setEnabled(member is not None)
        self.erase_action.setEnabled(member is not None and member.status != MemberStatus.ERASED.value)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        self.export_data()

    def export_data(self) -> Job | None:
        """The member's data (right of access), JSON and PDF, both 0600, read and written on the window's
        runner: the PDF takes a moment, the desk keeps answering. A failure is one line in the status bar."""
        from telecentre_desk import transactions
        from telecentre_desk.privacy import access, access_pdf
        from telecentre_desk.ui.operations import Operation

        member = self._screen.selected_member()
        if member is None:
            return None
        suggested = Path.home() / f"donnees-{member.display_number}.json"
        path = file_prompts.save_file(self._screen, self.tr("Export the member's personal data"), suggested,
                                      self.tr("JSON (*.json)"))
        if path is None:
            return None
        uid, pdf, engine = member.id, path.with_suffix(".pdf"), self._store.engine

        def export(_ticket: object) -> None:
            data = transactions.read(engine, lambda s: access.member_data(s, uid))
            access.write_json(data, path)
            access_pdf.write_pdf(data, pdf)

        said = self.tr("Personal data saved to %1 and %2").replace("%1", str(path)).replace("%2", str(pdf))
        return self._store.runner.submit(Operation(
            "files", self.tr("Writing %1…").replace("%1", path.name), export,
            on_success=lambda _result: self.message.emit(said), owner=self, cancellable=False))

    @Slot()
    def _on_review_action_triggered(self) -> None:
        self.review_dialog = PrivacyDialog(self._store, parent=self._screen)
        self.review_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_dialog.erase_requested.connect(self._on_review_dialog_erase_requested)
        self.review_dialog.open()

    @Slot(str)
    def _on_review_dialog_erase_requested(self, uid: str) -> None:
        from telecentre_desk.members import service as members

        member = self._store.query(lambda s: members.get_member(s, uid), parent_widget=self._screen)
        if member is not None:
            self.open_erase(member, parent=self.review_dialog)

    @Slot()
    def _on_erase_action_triggered(self) -> None:
        member = self._screen.selected_member()
        if member is not None:
            self.open_erase(member, parent=self._screen)

    def open_erase(self, member, *, parent) -> None:
        from telecentre_desk.privacy import erasure

        uid = member.id
        situation = self._store.query(lambda s: erasure.erasure_situation(s, uid), parent_widget=self._screen)
        if situation is None:
            return
        self.dialog = EraseDialog(self._store, member, situation.notes, parent=parent or self._screen)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.erased.connect(self._on_dialog_erased)
        self.dialog.open()

    @Slot(str)
    def _on_dialog_erased(self, number: str) -> None:
        from telecentre_desk.privacy import storage
        from telecentre_desk.ui.operations import Operation

        self.dialog = None
        # Checkpoint, VACUUM, truncated log: seconds on a big file, and longer while another program reads,
        # so not on the UI thread. An interruption leaves the pending flag: the daily purge finishes it.
        engine = self._store.engine
        self.scrub_job = self._store.runner.submit(Operation(
            "privacy", self.tr("Wiping the erased data from the database file…"),
            lambda _ticket: storage.scrub_files(engine), on_success=self.scrubbed.emit, owner=self,
            cancellable=False, when_busy="queue"))
        self.message.emit(self.tr("Personal data of %1 erased").replace("%1", number))
