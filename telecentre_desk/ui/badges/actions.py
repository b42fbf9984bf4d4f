"""Issue, reissue, revoke, preview and print badges for the member selected on the Members screen.

Every change goes through the Store (one unit of work, audited by the core). Printing writes the
PDF inside the unit of work, as the CLI does: a badge issued for the sheet is kept only if the file
was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.badges import prompts
from telecentre_desk.ui.badges.preview_dialog import BadgePreviewDialog
from telecentre_desk.ui.operations import Job, OpChanges, Operation
from telecentre_desk.ui.store import ACTOR, Store

if TYPE_CHECKING:
    from sqlmodel import Session

    from telecentre_desk.badges.service import IssuedBadge
    from telecentre_desk.common.errors import DeskError

SelectedMember = Callable[[], MemberInfo | None]


def has_active_badge(session: Session, member_id: str) -> bool:
    from telecentre_desk.badges import service as badges

    return any(state.status == "active" for state in badges.badge_history(session, member_id))


JOB_KIND = "badges"


class BadgeActions(QObject):
    """The QActions, enabled for the selected member; ``message`` reports what was done (status bar)."""

    message = Signal(str)

    def __init__(self, store: Store, *, key_path: Path, selected: SelectedMember, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._key_path = key_path
        self._selected = selected
        self._parent = parent
        self.issue_action = QAction(self.tr("Issue badge…"), self)
        self.preview_action = QAction(self.tr("Show badge…"), self)
        self.revoke_action = QAction(self.tr("Revoke badge…"), self)
        self.print_action = QAction(self.tr("Print badge…"), self)
        self.print_all_action = QAction(self.tr("Print badges of all active members…"), self)
        self.issue_action.triggered.connect(self._on_issue_action_triggered)
        self.preview_action.triggered.connect(self._on_preview_action_triggered)
        self.revoke_action.triggered.connect(self._on_revoke_action_triggered)
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.print_all_action.triggered.connect(self._on_print_all_action_triggered)
        self.update_for(None)

    @property
    def actions(self) -> list[QAction]:
        return [self.issue_action, self.preview_action, self.revoke_action, self.print_action,
                self.print_all_action]

    def update_for(self, member: MemberInfo | None) -> None:
        """Enable what makes sense for ``member`` (badges are for active members only)."""
        usable = member is not None and member.status == "active"
        for action in (self.issue_action, self.preview_action, self.revoke_action, self.print_action):
            action.setEnabled(usable)

    def _key(self, session: Session) -> bytes:
        from telecentre_desk.badges import service as badges

        return badges.place_key(session, self._key_path)

    @Slot()
    def _on_issue_action_triggered(self) -> None:
        from telecentre_desk.badges import service as badges

        member = self._selected()
        if member is None:
            return
        if self._store.query(lambda s: has_active_badge(s, member.id), parent_widget=self._parent):
            question = self.tr("%1 already has a badge. Issue a new one?\n\nThe current badge stops working "
                               "at once, here and at every place after the next sync. Do this for a lost or "
                               "stolen badge.").replace("%1", member.full_name)
            if not dialogs.ask(self._parent, self.tr("Reissue badge"), question):
                return
        result = self._store.run(lambda s: badges.issue_badge(s, member.id, key=self._key(s), actor=ACTOR),
                                 parent_widget=self._parent, changes=OpChanges(members=True))
        if result.ok and result.value is not None:
            self.message.emit(self.tr("Badge no. %1 issued to %2").replace("%1", str(result.value.serial))
                              .replace("%2", member.full_name))
            self.show_preview(result.value)

    @Slot()
    def _on_preview_action_triggered(self) -> None:
        from telecentre_desk.badges import service as badges

        member = self._selected()
        if member is None:
            return

        def current(session: Session) -> IssuedBadge | None:
            if not has_active_badge(session, member.id):
                return None
            return badges.badges_to_print(session, [member.id], key=self._key(session), actor=ACTOR)[0]

        badge = self._store.query(current, parent_widget=self._parent)
        if badge is None:
            dialogs.show_error(self._parent, self.tr("No badge"),
                               self.tr("%1 has no active badge: issue one first.").replace("%1", member.full_name))
            return
        self.show_preview(badge)

    def show_preview(self, badge: IssuedBadge) -> BadgePreviewDialog:
        dialog = BadgePreviewDialog(badge, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.print_requested.connect(lambda: self.print_badges([badge.member_id], badge.display_number))
        dialog.open()
        return dialog

    @Slot()
    def _on_revoke_action_triggered(self) -> None:
        from telecentre_desk.badges import service as badges

        member = self._selected()
        if member is None:
            return
        text = self.tr("Revoke every badge of %1 (%2)? They stop working at once.\n\nReason (kept in the "
                       "audit log):").replace("%1", member.full_name).replace("%2", member.display_number)
        reason = prompts.ask_reason(self._parent, self.tr("Revoke badge"), text)
        if reason is None:
            return
        result = self._store.run(lambda s: badges.revoke_badge(s, member.id, actor=ACTOR, reason=reason or None),
                                 parent_widget=self._parent, changes=OpChanges(members=True))
        if result.ok:
            self.message.emit(self.tr("Badge of %1 revoked").replace("%1", member.full_name))

    @Slot()
    def _on_print_action_triggered(self) -> None:
        member = self._selected()
        if member is not None:
            self.print_badges([member.id], member.display_number)

    @Slot()
    def _on_print_all_action_triggered(self) -> None:
        self.print_badges(None, self._store.place.today().isoformat())  # the place's day, not UTC's

    @property
    def busy(self) -> bool:
        return self._store.runner.busy(JOB_KIND)

    def print_badges(self, member_ids: list[str] | None, name_hint: str) -> Job | None:
        """Save the A4 sheet(s) for these members, or every active member, on the window's runner (a sheet of
        every member takes seconds); None when cancelled at the file dialog or another sheet is being made."""
        from telecentre_desk import transactions
        from telecentre_desk.badges import service as badges
        from telecentre_desk.badges import sheet

        suggested = Path(QDir.homePath()) / f"badges-{name_hint}.pdf"
        path = prompts.save_file(self._parent, self.tr("Save the badge sheet"), suggested,
                                 self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        def write(session: Session) -> tuple[int, int]:
            printed = badges.badges_to_print(session, member_ids, key=self._key(session), actor=ACTOR)
            return len(printed), sheet.write_sheet(printed, path)

        def said(result: tuple[int, int]) -> None:
            count, pages = result
            self.message.emit(self.tr("%n badge(s) on %1: %2", "", count).replace(
                "%1", self.tr("%n page(s)", "", pages)).replace("%2", str(path)))

        def failed(error: DeskError) -> bool:
            dialogs.show_error(self._parent, self.tr("Not saved"), error.message)  # the host waits on it
            return True

        engine = self._store.engine
        return self._store.runner.submit(Operation(
            JOB_KIND, self.tr("Making the badge sheet…"), lambda _ticket: transactions.write(engine, write),
            changes=OpChanges(members=True), on_success=said, on_failure=failed, owner=self))
