"""The main window: navigation on the left, one screen at a time, the place in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from telecentre_desk import __version__
from telecentre_desk.places.info import PlaceInfo
from telecentre_desk.ui import dialogs, settings
from telecentre_desk.ui.accessibility import install_accessible_names
from telecentre_desk.ui.backup.hook import BackupHook
from telecentre_desk.ui.badges.actions import BadgeActions
from telecentre_desk.ui.badges.members_hook import MembersBadgeHook
from telecentre_desk.ui.frontdesk.answers import answer_for
from telecentre_desk.ui.frontdesk.scan_notice import ScanNotice
from telecentre_desk.ui.frontdesk.screen import FrontDeskScreen
from telecentre_desk.ui.icons import icon
from telecentre_desk.ui.lazy_page import LazyPage
from telecentre_desk.ui.mail.actions import MailActions
from telecentre_desk.ui.members.screen import MembersScreen
from telecentre_desk.ui.operations.progress import OperationProgress
from telecentre_desk.ui.placeholder import PlaceholderPage
from telecentre_desk.ui.privacy.members_hook import MembersPrivacyHook
from telecentre_desk.ui.scanner import settings as scanner_settings
from telecentre_desk.ui.scanner.wedge import WedgeListener, keep_listening_while_hidden
from telecentre_desk.ui.store import Store

if TYPE_CHECKING:
    from telecentre_desk.desk.frontdesk import FrontDesk
    from telecentre_desk.ui.bookings.screen import BookingsScreen
    from telecentre_desk.ui.floorplan.screen import FloorPlanScreen
    from telecentre_desk.ui.invoices.screen import InvoicesScreen
    from telecentre_desk.ui.operations.changes import OpChanges
    from telecentre_desk.ui.plans.screen import PlansScreen

APP_TITLE = "Télécentre Desk"  # a name, not translated
DEFAULT_SCREEN = "front_desk"  # the host's home screen

# (key, title, what the later issue brings or None for a real screen), in navigation order.
SCREENS: tuple[tuple[str, str, str | None], ...] = (
    ("front_desk", QT_TRANSLATE_NOOP("MainWindow", "Front desk"), None),
    ("members", QT_TRANSLATE_NOOP("MainWindow", "Members"), None),
    ("plans", QT_TRANSLATE_NOOP("MainWindow", "Plans"), None),
    ("floor_plan", QT_TRANSLATE_NOOP("MainWindow", "Floor plan"), None),
    ("bookings", QT_TRANSLATE_NOOP("MainWindow", "Bookings"), None),
    ("occupancy", QT_TRANSLATE_NOOP("MainWindow", "Occupancy"), None),
    ("invoices", QT_TRANSLATE_NOOP("MainWindow", "Invoices"), None),
    ("network", QT_TRANSLATE_NOOP("MainWindow", "Network"), None),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), None),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Builds the screens from the Store; remembers its geometry and last screen in QSettings."""

    def __init__(self, store: Store, *, db_path: Path, settings_store: QSettings,
                 first_screen: str | None = None, remember_state: bool = True, badge_key: Path | None = None,
                 secret_files: dict[str, Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings_store
        self._remember_state = remember_state
        # Rendered once: each icon shows in the navigation, the Go menu and its placeholder.
        self._icons = {key: icon(key) for key, _title, _coming in SCREENS}
        self.members_screen = MembersScreen(store, self)
        self.plans_page = LazyPage(self._make_plans_screen, self)  # built when first shown (issue 10: start)
        self.front_desk_screen = FrontDeskScreen(store, desk_factory=self._open_front_desk,
                                                 settings_store=settings_store, parent=self)
        # The floor plan, the bookings and the statistics are built the first time the host opens them:
        # their imports and first reads never delay the window's first paint (docs/architecture.md).
        self.floor_plan_page = LazyPage(self._make_floor_plan_screen, self)
        # Scans do not go through the Store: the plan repaints its desks on each one the desk records.
        self.front_desk_screen.gateway.presence_changed.connect(self._on_gateway_presence_changed)
        self.front_desk_screen.gateway.recorded.connect(self._on_gateway_presence_changed)
        self.bookings_page = LazyPage(self._make_bookings_screen, self)
        self.occupancy_page = LazyPage(self._make_occupancy_screen, self)
        self.invoices_page = LazyPage(self._make_invoices_screen, self)
        # Invoices by e-mail: actions on the Invoices screen, settings and log in the Place menu, and a quiet
        # retry of the mail that waited (the place offline) every 10 minutes while the window runs.
        self.mail_actions = MailActions(store, self._selected_invoice_ids, self)
        self.mail_actions.message.connect(self._on_screen_message)
        self.mail_actions.start_periodic_retry()
        self._db_path = db_path
        self.network_page = LazyPage(self._make_network_screen, self)
        self.reports_page = LazyPage(self._make_reports_screen, self)
        # Scans typed by a USB scanner anywhere in the application (a screen, a dialog, a menu) go to the front
        # desk; when it is not what the host looks at, a notice that takes no focus shows the answer.
        self.wedge = WedgeListener(self, thresholds=scanner_settings.read_thresholds(settings_store),
                                   application_wide=True)
        self.scan_notice = ScanNotice(self)
        self.kiosk_window: QWidget | None = None
        self.wedge.scanned.connect(self._on_wedge_scanned)
        # The key file's rule is paths.AppPaths.badge_key: beside the database.
        self.badge_actions = BadgeActions(store, key_path=badge_key or db_path.with_name(db_path.name + ".badge-key"),
                                          selected=self.members_screen.selected_member, parent=self)
        self.badge_actions.message.connect(self._on_badge_actions_message)
        self.members_badges = MembersBadgeHook(self.members_screen, self.badge_actions)
        self.members_screen.message.connect(self._on_screen_message)  # what an import or export did
        # Backups (issue 13): Place > Backups, a warning in the status bar, the daily backup while the window runs.
        key_path = badge_key or db_path.with_name(db_path.name + ".badge-key")
        self.backups = BackupHook(self, db_path, secret_files or {"badge-key": key_path}, store.runner)
        self.members_privacy = MembersPrivacyHook(self.members_screen, store)  # RGPD: export, erase
        self.members_privacy.message.connect(self._on_screen_message)

        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(190)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        self._keys: list[str] = []
        for key, title, coming in SCREENS:
            page: QWidget
            if key == "front_desk":
                page = self.front_desk_screen
            elif key == "members":
                page = self.members_screen
            elif key == "plans":
                page = self.plans_page
            elif key == "floor_plan":
                page = self.floor_plan_page
            elif key == "bookings":
                page = self.bookings_page
            elif key == "occupancy":
                page = self.occupancy_page
            elif key == "invoices":
                page = self.invoices_page
            elif key == "network":
                page = self.network_page
            elif key == "reports":
                page = self.reports_page
            else:
                page = PlaceholderPage(title=_tr(title), text=_tr(coming or ""), icon=self._icons[key],
                                       parent=self)
            item = QListWidgetItem(self._icons[key], _tr(title))
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
            self.stack.addWidget(page)
            self._keys.append(key)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.place_label = QLabel(self)
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(db_path)), self)
        self.db_label.setToolTip(str(db_path))
        self.statusBar().addWidget(self.place_label, 1)
        # The runner's progress: a label, a bar and Cancel (its shortcut Ctrl+Shift+C), never the keyboard's focus.
        self.operation_progress = OperationProgress(store.runner, self)
        self.statusBar().addPermanentWidget(self.operation_progress)
        store.runner.message.connect(self._on_runner_message)
        # While a job runs, its line takes the database path's room (the path stays in the Help and tooltips).
        self.operation_progress.shown.connect(self._on_operation_progress_shown)
        # On a 1024 px screen the status bar cannot hold every line whole: the backup warning (its tooltip has
        # the whole text) gives way before the running job's line.
        self.backups.warning_label.setMinimumWidth(1)
        self.statusBar().addPermanentWidget(self.backups.warning_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        if remember_state:  # a real run (not the startup probe)
            self.backups.start()

        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        store.changed.connect(self._on_store_changed)
        self._show_place()
        install_accessible_names()
        geometry = settings.WINDOW_GEOMETRY.read(self._settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._size_for_the_screen()
        # Always the front desk (or what the caller asks for): a host starting the day must not land on the
        # last screen used the evening before (issue 15). LAST_SCREEN is still written, for diagnostics only.
        self.show_screen(first_screen or DEFAULT_SCREEN)

    def _size_for_the_screen(self) -> None:
        """1200×740 on a usual screen; maximised on a small one (a 1024×600 laptop), never larger than it."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else QSize(1200, 740)
        if available.width() < 1200 or available.height() < 740:
            self.resize(available)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(1200, 740)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (key, title, _coming) in enumerate(SCREENS, start=1):
            action = go_menu.addAction(self._icons[key], _tr(title))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_screen(k))
        place_menu = self.menuBar().addMenu(self.tr("&Place"))
        self.edit_place_action = QAction(self.tr("&Edit place details…"), self)
        self.edit_place_action.triggered.connect(self._on_edit_place_action_triggered)
        place_menu.addAction(self.edit_place_action)
        self.desk_settings_action = QAction(self.tr("&Desk settings…"), self)
        self.desk_settings_action.triggered.connect(self._on_desk_settings_action_triggered)
        place_menu.addAction(self.desk_settings_action)
        place_menu.addAction(self.mail_actions.settings_action)
        place_menu.addAction(self.mail_actions.log_action)
        place_menu.addAction(self.backups.action)
        place_menu.addSeparator()
        self.camera_action = QAction(self.tr("&Camera…"), self)
        self.camera_action.triggered.connect(self._on_camera_action_triggered)
        place_menu.addAction(self.camera_action)
        self.kiosk_action = QAction(self.tr("&Kiosk mode"), self)
        self.kiosk_action.triggered.connect(self._on_kiosk_action_triggered)
        place_menu.addAction(self.kiosk_action)
        self.menuBar().addMenu(self.members_badges.menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("Host's &guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self._on_guide_action_triggered)
        help_menu.addAction(self.guide_action)
        self.about_action = QAction(self.tr("&About Télécentre Desk"), self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(self.about_action)

    @property
    def current_screen(self) -> str:
        return self._keys[self.stack.currentIndex()]

    def show_screen(self, key: str) -> None:
        """Show the screen named ``key`` (an unknown key, e.g. from old settings, shows the front desk)."""
        row = self._keys.index(key) if key in self._keys else self._keys.index(DEFAULT_SCREEN)
        self.nav.setCurrentRow(row)
        self.stack.setCurrentIndex(row)

    def _show_place(self) -> None:
        place: PlaceInfo | None = self._store.place.place
        name = place.name if place is not None else ""
        self.setWindowTitle(f"{APP_TITLE} — {name}" if name else APP_TITLE)
        self.place_label.setText(f"{name} ({place.code})" if place is not None else "")

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    @Slot(object)
    def _on_store_changed(self, changes: OpChanges) -> None:
        if changes.place:
            self._show_place()

    @Slot()
    def _on_edit_place_action_triggered(self) -> None:
        from telecentre_desk.ui.places.place_dialog import PlaceDialog  # loads the services: not at start

        place = self._store.place.place
        if place is not None:
            dialog = PlaceDialog(self._store, place=place, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    @property
    def floor_plan_screen(self) -> FloorPlanScreen:
        return self.floor_plan_page.page  # type: ignore[return-value]

    @property
    def plans_screen(self) -> PlansScreen:
        return self.plans_page.page  # type: ignore[return-value]

    def _make_plans_screen(self, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.plans.screen import PlansScreen

        return PlansScreen(self._store, parent)

    @property
    def bookings_screen(self) -> BookingsScreen:
        return self.bookings_page.page  # type: ignore[return-value]

    def _make_floor_plan_screen(self, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.floorplan.screen import FloorPlanScreen

        screen = FloorPlanScreen(self._store, parent)
        screen.message.connect(self._on_screen_message)
        return screen

    def _make_bookings_screen(self, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.bookings.screen import BookingsScreen

        screen = BookingsScreen(self._store, parent)
        screen.message.connect(self._on_screen_message)
        return screen

    @Slot()
    def _on_gateway_presence_changed(self) -> None:
        if self.floor_plan_page.built:  # an unbuilt plan reads the states when it is first shown
            self.floor_plan_screen.refresh_states()

    def _make_occupancy_screen(self, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.occupancy.screen import OccupancyScreen  # QtCharts: not at start

        screen = OccupancyScreen(self._store, settings_store=self._settings, parent=parent)
        screen.message.connect(self._on_screen_message)
        return screen

    def _make_network_screen(self, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.network.screen import NetworkScreen

        screen = NetworkScreen(self._store, db_path=self._db_path, settings_store=self._settings, parent=parent)
        screen.message.connect(self._on_screen_message)
        return screen

    def _make_reports_screen(self, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.reports.screen import TodayScreen

        screen = TodayScreen(self._store, parent)
        screen.open_screen.connect(self._on_dashboard_open_screen)
        return screen

    @Slot(str)
    def _on_dashboard_open_screen(self, key: str) -> None:
        from telecentre_desk.ui.reports.screen import BACKUPS

        if key == BACKUPS:
            self.backups.open_settings()  # the last backup's block: its dialog, not the front desk
        else:
            self.show_screen(key)

    @property
    def invoices_screen(self) -> InvoicesScreen:
        return self.invoices_page.page  # type: ignore[return-value]

    def _make_invoices_screen(self, parent: QWidget) -> QWidget:
        from telecentre_desk.ui.invoices.screen import InvoicesScreen  # the billing read models: not at start

        screen = InvoicesScreen(self._store, parent)
        screen.message.connect(self._on_screen_message)
        screen.add_actions(self.mail_actions.actions)
        return screen

    def _selected_invoice_ids(self) -> list[int]:
        return self.invoices_screen.selected_invoice_ids() if self.invoices_page.built else []

    def _open_front_desk(self) -> FrontDesk:
        from telecentre_desk.desk.frontdesk import FrontDesk  # SQLAlchemy: after the first paint

        return FrontDesk(self._store.engine)

    @Slot(str)
    def _on_wedge_scanned(self, text: str) -> None:
        kiosk = self.kiosk_window
        if kiosk is not None and isValid(kiosk) and kiosk.isVisible():
            kiosk.scan(text, source="scanner")  # a scan typed in the kiosk's PIN dialog, say
            return
        # The screen stays as it is (the host may be typing in a form): the answer goes to the front desk,
        # and to a notice when the front desk is hidden or covered by a dialog.
        result = self.front_desk_screen.handle_scan(text)
        if result is not None and not self._front_desk_in_view():
            self.scan_notice.show_answer(answer_for(result))

    def _front_desk_in_view(self) -> bool:
        return (self.current_screen == "front_desk" and self.isVisible()
                and QApplication.activeModalWidget() is None and QApplication.activeWindow() in (self, None))

    @Slot(str)
    def _on_badge_actions_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    @Slot(bool)
    def _on_operation_progress_shown(self, shown: bool) -> None:
        self.db_label.setVisible(not shown)

    @Slot(str, bool)
    def _on_runner_message(self, text: str, _error: bool) -> None:
        self.statusBar().showMessage(text, 10_000)

    @Slot(str)
    def _on_screen_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    @Slot()
    def _on_desk_settings_action_triggered(self) -> None:
        dialog = self.front_desk_screen.open_settings(self)
        dialog.scanner_changed.connect(self.wedge.set_thresholds)

    @Slot()
    def _on_camera_action_triggered(self) -> None:
        from telecentre_desk.ui.camera.camera_dialog import CameraDialog  # Qt Multimedia: only when asked for

        dialog = CameraDialog(settings_store=self._settings, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_kiosk_action_triggered(self) -> None:
        from telecentre_desk.ui.kiosk.launcher import open_kiosk

        # Hides this window until the host leaves kiosk mode with the PIN.
        self.kiosk_window = open_kiosk(store=self._store, settings_store=self._settings, main_window=self)
        if self.kiosk_window is not None:
            # Hidden under the kiosk, this window's listener still takes scans typed in the kiosk's dialogs.
            keep_listening_while_hidden(self)
            self.kiosk_window.left_kiosk.connect(lambda: keep_listening_while_hidden(self, False))

    @Slot()
    def _on_guide_action_triggered(self) -> None:
        from telecentre_desk.ui.help_dialog import GuideDialog

        self.guide_dialog = GuideDialog(self)
        self.guide_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide_dialog.show()  # non-modal: read beside the window

    @Slot()
    def _on_about_action_triggered(self) -> None:
        text = self.tr("<h3>Télécentre Desk %1</h3><p>The front desk of a rural shared workplace of the "
                       "SoLozère network: members, plans, check-in, invoices. It works fully offline.</p>"
                       "<p>Licence: EUPL-1.2</p>").replace("%1", __version__)
        dialogs.show_about(self, self.tr("About Télécentre Desk"), text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember_state:
            settings.WINDOW_GEOMETRY.write(self._settings, self.saveGeometry())
            settings.LAST_SCREEN.write(self._settings, self.current_screen)
        self.front_desk_screen.shutdown()
        self.scan_notice.hide()  # its own window: it would outlive this one on screen for its 8 s
        self.mail_actions.wait()  # a message being sent is finished, never left half sent
        self.backups.stop()  # a backup being written is finished (a half one would only be a .partial file)
        if self.network_page.built:
            self.network_page.page.shutdown()  # a sync running: stopped at the next place, waited for
        self._store.runner.shutdown()  # any other job: stopped at its next step, waited for
        super().closeEvent(event)
