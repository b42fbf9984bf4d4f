"""The main window: navigation, placeholders, status bar, menus, remembered state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from telecentre_desk import __version__
from telecentre_desk.ui.main_window import SCREENS, MainWindow
from telecentre_desk.ui.members.member_dialog import MemberDialog
from telecentre_desk.ui.placeholder import PlaceholderPage
from telecentre_desk.ui.places.place_dialog import PlaceDialog
from telecentre_desk.ui.plans.plan_dialog import PlanDialog
from telecentre_desk.ui.store import Store


def make_window(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path) -> MainWindow:
    window = MainWindow(store, db_path=db_path, settings_store=settings_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_title_status_bar_and_first_screen(qtbot: QtBot, store: Store, settings_store: QSettings,
                                           db_path: Path) -> None:
    window = make_window(qtbot, store, settings_store, db_path)
    assert window.windowTitle() == "Télécentre Desk — Télécentre de Florac"
    assert window.place_label.text() == "Télécentre de Florac (FLO)"
    assert str(db_path) in window.db_label.text()
    assert window.current_screen == "front_desk"  # the host's home screen
    assert window.stack.currentWidget() is window.front_desk_screen
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Front desk", "Members", "Plans", "Floor plan", "Bookings", "Occupancy", "Invoices", "Network", "Reports"]
    assert all(not window.nav.item(i).icon().isNull() for i in range(window.nav.count()))


def test_screens_of_later_issues_show_a_placeholder(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                    db_path: Path) -> None:
    window = make_window(qtbot, store, settings_store, db_path)
    for row, (key, _title, coming) in enumerate(SCREENS):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert window.current_screen == key
        if coming is None:
            assert not isinstance(page, PlaceholderPage)
        else:
            assert isinstance(page, PlaceholderPage)
            assert page.title.text() == window.nav.item(row).text()
            assert page.text.text().startswith("Coming with the")
            qtbot.waitUntil(page.text.isVisible)
            # The wrapped sentence gets the height it needs: no line cut in half.
            assert page.text.height() >= page.text.heightForWidth(page.text.width())


def test_geometry_is_remembered_but_the_window_opens_on_the_front_desk(qtbot: QtBot, store: Store,
                                                                       settings_store: QSettings,
                                                                       db_path: Path) -> None:
    window = make_window(qtbot, store, settings_store, db_path)
    window.show_screen("reports")
    window.resize(700, 500)  # inside the offscreen screen (800x600): restoreGeometry clamps to it
    window.close()
    again = make_window(qtbot, store, settings_store, db_path)
    assert again.current_screen == "front_desk"  # never the last screen used (issue 15)
    assert again.stack.currentWidget() is again.front_desk_screen
    assert (again.width(), again.height()) == (700, 500)


def test_an_unknown_remembered_screen_falls_back_to_the_front_desk(qtbot: QtBot, store: Store,
                                                            settings_store: QSettings, db_path: Path) -> None:
    settings_store.setValue("main_window/last_screen", "screen-of-a-newer-version")
    window = make_window(qtbot, store, settings_store, db_path)
    assert window.current_screen == "front_desk"


def test_ctrl_n_creates_on_the_screen_shown(qtbot: QtBot, store: Store, settings_store: QSettings,
                                            db_path: Path) -> None:
    window = make_window(qtbot, store, settings_store, db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_screen("plans")
    window.plans_screen.table.setFocus()
    qtbot.keyClick(window.plans_screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(PlanDialog) is not None)
    assert window.findChild(MemberDialog) is None
    dialog = window.findChild(PlanDialog)
    dialog.reject()
    dialog.deleteLater()


def test_edit_place_updates_the_title(qtbot: QtBot, store: Store, settings_store: QSettings,
                                      db_path: Path) -> None:
    window = make_window(qtbot, store, settings_store, db_path)
    window.edit_place_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PlaceDialog) is not None)
    dialog = window.findChild(PlaceDialog)
    dialog.form.edits["name"].setText("Espace de Florac")
    dialog.accept()
    assert window.windowTitle() == "Télécentre Desk — Espace de Florac"
    assert window.place_label.text() == "Espace de Florac (FLO)"


def test_about_names_the_version(qtbot: QtBot, store: Store, settings_store: QSettings, db_path: Path,
                                 recorded_dialogs) -> None:
    window = make_window(qtbot, store, settings_store, db_path)
    window.about_action.trigger()
    [(title, text)] = recorded_dialogs.about
    assert title == "About Télécentre Desk"
    assert __version__ in text


def test_a_first_start_on_a_small_screen_fits_it(qtbot: QtBot, store: Store, settings_store: QSettings,
                                                 db_path: Path) -> None:
    """No saved geometry and a screen smaller than 1200×740 (offscreen: 800×600, a 1024×600 laptop here):
    the window is maximised within the screen instead of running off its edges."""
    from PySide6.QtGui import QGuiApplication

    window = MainWindow(store, db_path=db_path, settings_store=settings_store, remember_state=False)
    qtbot.addWidget(window)
    available = QGuiApplication.primaryScreen().availableGeometry().size()
    assert available.width() < 1200  # the premise: a small screen
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= available.width() and window.height() <= available.height()
