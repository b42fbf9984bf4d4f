"""The front desk, the host's home screen: the answer to each scan, who is in, the last scans, and the
host's own actions (check in by name, a visitor, an override)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from telecentre_desk.common import clock
from telecentre_desk.desk.result import Decision, ScanResult
from telecentre_desk.members.info import MemberInfo
from telecentre_desk.ui import dialogs, sound
from telecentre_desk.ui.form_errors import error_label
from telecentre_desk.ui.frontdesk import prompts
from telecentre_desk.ui.frontdesk.answers import answer_for, refusal_text
from telecentre_desk.ui.frontdesk.feedback import FeedbackPanel
from telecentre_desk.ui.frontdesk.gateway import DeskFactory, DeskGateway
from telecentre_desk.ui.frontdesk.lists import DeskLists
from telecentre_desk.ui.frontdesk.member_search import MemberSearch
from telecentre_desk.ui.frontdesk.night_notice import NightNotice
from telecentre_desk.ui.frontdesk.settings_dialog import DeskSettingsDialog
from telecentre_desk.ui.frontdesk.visitor_dialog import VisitorDialog
from telecentre_desk.ui.operations.changes import OpChanges
from telecentre_desk.ui.settings import Setting
from telecentre_desk.ui.sound import Sounds
from telecentre_desk.ui.store import Store

if TYPE_CHECKING:
    from telecentre_desk.ui.frontdesk.sale_dialog import SaleDialog

# What the desk reads (who is in, the last scans, the members it searches, the place's hours, whether it has
# desks to assign and their names): it reloads only after a change touching one of these (ui/operations/changes.py).
DESK_READS = ("members", "presence", "place", "plans", "spaces")


HOST_NAME: Setting[str] = Setting("front_desk/host_name", "", str)
NOTICE_DISMISSED: Setting[str] = Setting("front_desk/night_notice_dismissed", "", str)
MINUTE_MS = 60_000
SELL_SHORTCUT = "Ctrl+Shift+S"


class FrontDeskScreen(QWidget):
    """Scans arrive through ``handle_scan`` (the window's wedge listener); the rest is the host's."""

    def __init__(self, store: Store, *, desk_factory: DeskFactory, settings_store: QSettings,
                 sounds: Sounds | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings_store
        # The accepted and refused tones (Place > Camera… switches them); Qt Multimedia loads on the first one.
        self.sounds = sounds if sounds is not None else Sounds(enabled=sound.ENABLED.read(settings_store), parent=self)
        self.gateway = DeskGateway(store, desk_factory, self)
        self._loaded = False
        self._closed = False
        self._day: dt.date | None = None
        self._refused: ScanResult | None = None  # the refusal on screen, for the override button
        self._members: list[MemberInfo] = []
        self._last_member_id: str | None = None

        self.night_notice = NightNotice(self)
        self.feedback = FeedbackPanel(self)
        self.search = MemberSearch(self)
        self.search.setPlaceholderText(self.tr("Check in or out by name or number (forgotten badge)…"))
        self.check_button = QPushButton(self.tr("Check in / out"), self)
        self.visitor_button = QPushButton(self.tr("Sign in a visitor…"), self)
        self.sell_button = QPushButton(self.tr("Sell…"), self)
        # A wrong arrival or departure (the wrong badge, a date in the future) taken back by the host, audited.
        self.undo_button = QPushButton(self.tr("Undo last check-in/out…"), self)
        self.undo_button.setToolTip(self.tr("The selected member's, or else the last answered member's, latest "
                                            "check-in or check-out is removed (kept in the audit log)"))
        self.sell_button.setShortcut(QKeySequence(SELL_SHORTCUT))
        self.sell_button.setToolTip(self.tr("A pass, a carnet or an extra, invoiced now or with the month (%1)")
                                    .replace("%1", QKeySequence(SELL_SHORTCUT).toString(
                                        QKeySequence.SequenceFormat.NativeText)))
        self.search_error = error_label(self)

        self.lists = DeskLists(self)
        # Short names for what tests and benchmarks (bench/gui_memory.py) reach into.
        self.presence, self.presence_proxy = self.lists.presence, self.lists.presence_proxy
        self.presence_table, self.presence_title = self.lists.presence_table, self.lists.presence_title
        self.recent, self.check_out_button = self.lists.recent, self.lists.check_out_button
        self.select_member = self.lists.select_member

        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addWidget(self.check_button)
        actions.addSpacing(12)
        actions.addWidget(self.visitor_button)
        actions.addWidget(self.sell_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.night_notice)
        layout.addWidget(self.feedback)
        layout.addLayout(actions)
        layout.addWidget(self.search_error)
        layout.addWidget(self.lists, 1)
        self.lists.add_button(self.undo_button)

        self._minute = QTimer(self)
        self._minute.setInterval(MINUTE_MS)
        self._minute.timeout.connect(self._on_minute_timeout)
        self.gateway.answered.connect(self._on_gateway_answered)
        self.gateway.presence_changed.connect(self._on_gateway_presence_changed)
        self.gateway.recorded.connect(self._on_gateway_recorded)
        self.feedback.override_requested.connect(self._on_feedback_override_requested)
        self.search.member_chosen.connect(self._on_search_member_chosen)
        self.search.not_found.connect(self._on_search_not_found)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.visitor_button.clicked.connect(self._on_visitor_button_clicked)
        self.sell_button.clicked.connect(self._on_sell_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.lists.check_out_requested.connect(self._on_lists_check_out_requested)
        self.night_notice.dismissed.connect(self._on_night_notice_dismissed)
        store.changed.connect(self._on_store_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Loaded just after the first paint (or at the first scan): the desk's connection brings
        # SQLAlchemy, which the window's first paint must not wait for (docs/architecture.md).
        if not self._loaded:
            QTimer.singleShot(0, self.ensure_loaded)

    @property
    def loaded(self) -> bool:
        return self._loaded

    def open_settings(self, parent: QWidget) -> DeskSettingsDialog:
        """The desk settings dialog, opened window-modal; its ``scanner_changed`` tells the new timings."""
        self.ensure_loaded()
        dialog = DeskSettingsDialog(self._store, self.gateway, self._settings, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ensure_loaded(self) -> None:
        if self._loaded or self._closed:
            return
        self._loaded = True
        self.gateway.auto_checkout()
        self._load_members()
        self.refresh()
        self._minute.start()

    def shutdown(self) -> None:
        """Stop the timer and close the desk's connection (the window is closing)."""
        self._closed = True
        self._minute.stop()
        self.gateway.close()

    def handle_scan(self, text: str, *, source: str = "scanner") -> ScanResult | None:
        self.ensure_loaded()
        return self.gateway.scan(text, source=source, parent=self)

    def refresh(self) -> None:
        """Who is in and the day's last scans, from the database; the morning notice on a new day."""
        self.feedback.run_after_paint()  # a scan's change set still queued goes first, or it would land after
        ctx = self.gateway.context
        self.lists.set_presence(self.gateway.who_is_in(), ctx.tz)
        start = clock.day_bounds_utc(self.gateway.today(), ctx.tz)[0]
        self.lists.set_recent(self.gateway.recent_events(), ctx.tz, since=start)
        if self._day != self.gateway.today():
            self._day = self.gateway.today()
            self._show_night_notice()

    def _load_members(self) -> None:
        from telecentre_desk.members import service as members

        rows = self._store.query(lambda s: members.list_members(s, status="active"), parent_widget=self)
        self._members = rows or []
        self.search.set_members(self._members)

    def _show_night_notice(self) -> None:
        if NOTICE_DISMISSED.read(self._settings) == self._day.isoformat():
            self.night_notice.setVisible(False)
            return
        self.night_notice.show_checkouts(self.gateway.night_checkouts(), self.gateway.context.tz)

    @property
    def after_paint_pending(self) -> bool:
        """A scan's tone or list change still waits for its answer to be painted (tests wait on it)."""
        return self.feedback.after_paint_pending

    @Slot(object)
    def _on_gateway_answered(self, result: ScanResult) -> None:
        # The answer is painted in the frame that follows Enter; the tone (the first loads Qt Multimedia) and
        # the lists come right after that paint, in the next frame (bench/scan_gui.py, issue 10).
        self.feedback.show_answer(answer_for(result))
        if not result.repeat:
            self.feedback.after_paint(lambda: self.sounds.play(result.accepted))
        self._refused = result if result.decision == Decision.DENIED else None
        self._last_member_id = result.member_id or self._last_member_id  # the one the Sell dialog proposes
        if result.decision == Decision.DENIED:
            tz = self.gateway.context.tz  # the refusal joins the last scans
            self.feedback.after_paint(lambda: self.lists.apply_scan(result, tz, source=""))

    @Slot(object, str)
    def _on_gateway_recorded(self, result: ScanResult, source: str) -> None:
        if source == "manual":
            # The host's own click (check in by name, a visitor, an override) is not on a scan's one-frame
            # budget, and the host looks at the list they just acted on: applied at once.
            self.feedback.run_after_paint()
            self._apply_recorded(result, source)
        else:
            self.feedback.after_paint(lambda: self._apply_recorded(result, source))

    def _apply_recorded(self, result: ScanResult, source: str) -> None:
        if self._day != self.gateway.today():
            self.refresh()  # the first scan of a new day: new lists, maybe a morning notice
        else:
            self.lists.apply_scan(result, self.gateway.context.tz, source=source)

    @Slot()
    def _on_gateway_presence_changed(self) -> None:
        self.refresh()

    @Slot(object)
    def _on_store_changed(self, changes: OpChanges) -> None:
        # An invoice run, a mail, a booking or a backup leave the desk's lists as they were: no reload.
        if self._loaded and changes.touches(*DESK_READS):
            # The host changed something (hours, a member, a visitor): the desk reads its place again.
            self.gateway.reload()
            self._load_members()
            self.refresh()

    @Slot()
    def _on_minute_timeout(self) -> None:
        self.gateway.auto_checkout()  # refreshes through presence_changed when it closed a visit
        if self._day != self.gateway.today():
            self.refresh()  # past midnight: a new day, a new list and maybe a morning notice

    @Slot()
    def _on_feedback_override_requested(self) -> None:
        refused = self._refused
        if refused is None or refused.member_id is None:
            return
        answer = prompts.ask_override(self, refused.name or "", refusal_text(refused.reason),
                                      host=HOST_NAME.read(self._settings))
        if answer is None:
            return
        HOST_NAME.write(self._settings, answer.host)
        self.gateway.check_in(refused.member_id, parent=self, host=answer.host, override_reason=answer.reason)

    @Slot(str)
    def _on_search_member_chosen(self, member_id: str) -> None:
        self.search_error.setVisible(False)
        self.gateway.check_in(member_id, parent=self)

    @Slot(str)
    def _on_search_not_found(self, text: str) -> None:
        self.search_error.setText(self.tr("No single active member matches “%1”: pick one in the list.")
                                  .replace("%1", text))
        self.search_error.setVisible(True)

    @Slot()
    def _on_check_button_clicked(self) -> None:
        self.search.choose()

    @Slot(str)
    def _on_lists_check_out_requested(self, member_id: str) -> None:
        self.gateway.check_in(member_id, parent=self)

    @Slot()
    def _on_visitor_button_clicked(self) -> None:
        dialog = VisitorDialog(self._store, members=self._members, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.visitor_registered.connect(self._on_visitor_registered)
        dialog.open()

    @Slot()
    def _on_sell_button_clicked(self) -> SaleDialog:
        from telecentre_desk.ui.frontdesk.sale_dialog import SaleDialog  # the billing core: when first asked

        self.ensure_loaded()
        member_id = self.lists.selected_member_id() or self._last_member_id
        dialog = SaleDialog(self._store, members=self._members, member_id=member_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.visitor_registered.connect(self._on_visitor_registered)
        dialog.open()
        return dialog

    @Slot()
    def _on_undo_button_clicked(self) -> None:
        self.ensure_loaded()
        member_id = self.lists.selected_member_id() or self._last_member_id
        if member_id is None:
            dialogs.show_error(self, self.tr("Nothing to undo"), self.tr("Select a member in the list, or scan first."))
            return
        name = self._member_name(member_id)
        if not dialogs.ask(self, self.tr("Undo the last check-in or check-out"),
                           self.tr("Remove %1's latest check-in or check-out? It stays in the audit log.")
                           .replace("%1", name)):
            return
        self.gateway.undo_last(member_id, parent=self, host=HOST_NAME.read(self._settings) or None)

    def _member_name(self, member_id: str) -> str:
        member = next((m for m in self._members if m.id == member_id), None)
        return f"{member.first_name} {member.last_name}" if member is not None else member_id

    @Slot(str)
    def _on_visitor_registered(self, member_id: str) -> None:
        self.gateway.check_in(member_id, parent=self)

    @Slot()
    def _on_night_notice_dismissed(self) -> None:
        if self._day is not None:
            NOTICE_DISMISSED.write(self._settings, self._day.isoformat())
