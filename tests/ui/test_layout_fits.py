"""Every screen and dialog at 1024×600 (a small laptop) and 1920×1080: no label's text cut without a tooltip."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from telecentre_desk.__main__ import main as desk_main
from telecentre_desk.common import i18n as core_i18n
from telecentre_desk.db.migrate import open_database
from telecentre_desk.ui import i18n
from telecentre_desk.ui.accessibility import contrast, unnamed_controls
from telecentre_desk.ui.main_window import SCREENS, MainWindow
from telecentre_desk.ui.store import Store
from tests.ui.layout_check import clipped_texts, elided_cells

SIZES = [(1024, 600), (1920, 1080)]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert desk_main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """French is longer than English: the window is checked in French."""
    translations = i18n.install(qapp, "fr")
    previous = core_i18n.set_language("fr")
    yield
    core_i18n.set_language(previous)
    translations.remove(qapp)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Path, tmp_path: Path, french: None) -> Iterator[MainWindow]:
    db = tmp_path / "desk.sqlite"
    shutil.copy(demo_db, db)
    engine = open_database(db)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    main = MainWindow(Store(engine), db_path=db, settings_store=settings, remember_state=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.front_desk_screen.shutdown()
    main.close()
    engine.dispose()


def settle(qtbot: QtBot) -> None:
    qtbot.wait(60)  # layouts and the lazy pages' first reads
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    cut: list[str] = []
    for key, _title, _coming in SCREENS:
        window.show_screen(key)
        settle(qtbot)
        cut += [f"{key}: {text}" for text in clipped_texts(window)]
    assert cut == []


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_toolbar_hides_an_action_behind_its_fold(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    """Every toolbar action stays on show: Qt's "»" extension hides actions a host never finds (issue 15)."""
    window.resize(*size)
    folded: list[str] = []
    for key, _title, _coming in SCREENS:
        window.show_screen(key)
        settle(qtbot)
        for bar in window.findChildren(QToolBar):
            extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if bar.isVisible() and extension is not None and extension.isVisible():
                hidden = [a.text() for a in bar.actions() if a.isVisible() and (w := bar.widgetForAction(a)) is not None
                          and not w.isVisible()]
                folded.append(f"{key}: {bar.width()} px, folded {hidden}")
    assert folded == [], "\n".join(folded)


def _dialogs(window: MainWindow) -> list[tuple[str, Callable[[], QDialog]]]:
    from telecentre_desk.places.info import read_local_place
    from telecentre_desk.ui.floorplan.edit_dialogs import DeskDialog, RoomDialog
    from telecentre_desk.ui.frontdesk.prompts import OverrideDialog
    from telecentre_desk.ui.frontdesk.sale_dialog import SaleDialog
    from telecentre_desk.ui.frontdesk.visitor_dialog import VisitorDialog
    from telecentre_desk.ui.members.card_dialog import MemberCardDialog
    from telecentre_desk.ui.members.member_dialog import MemberDialog
    from telecentre_desk.ui.places.place_dialog import PlaceDialog
    from telecentre_desk.ui.plans.plan_dialog import PlanDialog

    store = window._store
    members = window.members_screen.shown_members()
    place = store.read(read_local_place)
    return [
        ("member", lambda: MemberDialog(store, parent=window)),
        ("member edit", lambda: MemberDialog(store, member=members[0], parent=window)),
        ("member card", lambda: MemberCardDialog(store, members[0].id, parent=window)),
        ("plan", lambda: PlanDialog(store, parent=window)),
        ("room", lambda: RoomDialog(store, rect=(0, 0, 420, 300), parent=window)),
        ("place", lambda: PlaceDialog(store, place=place, parent=window)),
        ("sale", lambda: SaleDialog(store, members=members, parent=window)),
        ("visitor", lambda: VisitorDialog(store, members=members, parent=window)),
        ("override", lambda: OverrideDialog("Marie Dupont", "No plan covers today", parent=window)),
        ("desk", lambda: DeskDialog(store, room=None, parent=window)),
    ]


def test_a_refusal_in_a_dialog_is_read_whole(qtbot: QtBot, window: MainWindow) -> None:
    from telecentre_desk.places.info import read_local_place
    from telecentre_desk.ui.places.place_dialog import PlaceDialog

    dialog = PlaceDialog(window._store, place=window._store.read(read_local_place), parent=window)
    dialog.show()
    dialog.form.edits["siret"].setText("73282932000075")  # a wrong check digit
    dialog.accept()
    settle(qtbot)
    assert dialog.isVisible()
    assert any(label.isVisible() and "SIRET" in label.text() for label in dialog.findChildren(QLabel))
    assert clipped_texts(dialog) == []
    dialog.close()


def test_every_dialog_fits(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 600)
    cut: list[str] = []
    for name, make in _dialogs(window):
        dialog = make()
        dialog.show()
        settle(qtbot)
        cut += [f"{name}: {text}" for text in clipped_texts(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert cut == []


def test_every_control_has_a_name_for_screen_readers(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    unnamed: list[str] = []
    for key, _title, _coming in SCREENS:
        window.show_screen(key)
        settle(qtbot)
        unnamed += [f"{key}: {what}" for what in unnamed_controls(window)]
    for name, make in _dialogs(window):
        dialog = make()
        dialog.show()
        settle(qtbot)
        unnamed += [f"{name}: {what}" for what in unnamed_controls(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert unnamed == [], "\n".join(unnamed)


def test_one_meaning_per_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    for key, _title, _coming in SCREENS:  # every lazy page built, with its actions
        window.show_screen(key)
    settle(qtbot)
    local = (Qt.ShortcutContext.WidgetShortcut,)
    seen: dict[str, set[str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() in local:
            continue
        for sequence in action.shortcuts():
            seen.setdefault(sequence.toString(), set()).add(action.text().replace("&", "").rstrip("…"))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            seen.setdefault(button.shortcut().toString(), set()).add(button.text().replace("&", "").rstrip("…"))
    # Ctrl+N is "New" on every screen (docs/shortcuts.md); every other key has one meaning.
    clashes = {keys: texts for keys, texts in seen.items() if len(texts) > 1 and keys != "Ctrl+N"}
    assert clashes == {}
    assert seen["Ctrl+Shift+S"] == {"Vendre"}  # the window is in French here


def test_help_texts_are_readable(qtbot: QtBot, window: MainWindow) -> None:
    palette = window.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    assert contrast(placeholder, palette.color(QPalette.ColorRole.Base)) >= 4.5
    window.show_screen("occupancy")
    settle(qtbot)
    for card in window.occupancy_page.page.cards.values():
        detail = card.detail
        assert contrast(detail.palette().color(detail.foregroundRole()),
                        card.palette().color(QPalette.ColorRole.Base)) >= 4.5
    # Every text of the Network screen, hints included (its log hint was a disabled label: 2.6:1).
    # Every tab (the report's method and the settlement's rule were disabled labels too) and its settings dialog.
    window.show_screen("network")
    settle(qtbot)
    screen = window.network_page.page
    faint: list[str] = []

    def read_labels(root: QWidget) -> None:
        for label in root.findChildren(QLabel):
            if label.isVisible() and label.text():
                group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
                ratio = contrast(label.palette().color(group, label.foregroundRole()),
                                 label.palette().color(group, QPalette.ColorRole.Window))
                if ratio < 4.5:
                    faint.append(f"{label.text()[:50]!r}: {ratio:.1f}:1")

    for index in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(index)
        settle(qtbot)
        read_labels(window.network_page)
    screen.tabs.setCurrentIndex(0)
    screen.sync_panel.settings_button.click()
    dialog = screen.sync_panel.settings_dialog
    qtbot.waitExposed(dialog)
    read_labels(dialog)
    dialog.close()
    assert faint == []


def test_a_list_with_the_focus_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    from telecentre_desk.ui.accessibility import AccessibleNames

    table, search = window.members_screen.table, window.members_screen.search
    AccessibleNames.on_focus_changed(search, table)  # what QApplication.focusChanged reports on a Tab
    assert "border: 2px solid palette(highlight)" in table.styleSheet()
    AccessibleNames.on_focus_changed(table, search)
    assert "palette(highlight)" not in table.styleSheet()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_who_is_in_shows_whole_names(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    """Seen on a 1024 px laptop: "Nicolas L…". Names stay whole, also when a longer one arrives after the
    columns were fitted to the first (short) one; the plan gives up the width, with a tooltip."""
    from telecentre_desk.db.uow import unit_of_work
    from telecentre_desk.members import service as members
    from telecentre_desk.ui.frontdesk.presence_model import PresenceColumn

    window.resize(*size)
    window.show_screen("front_desk")
    desk = window.front_desk_screen
    desk.ensure_loaded()
    desk.sounds.set_enabled(False)  # no Qt Multimedia (and its loading messages) in a layout test
    with unit_of_work(window._store.engine) as session:
        added = [members.add_member(session, first_name=first, last_name=last)
                 for first, last in (("Jean", "Roux"), ("Nicolas", "Lefebvre-Dumoulin"),
                                     ("Marie-Christine", "Vandenberghe"))]
    settle(qtbot)  # the window laid out: from here only the rows change (a relayout would re-measure anyway)
    for member in added:
        assert desk.gateway.check_in(member.id, parent=desk, override_reason="layout test") is not None
        settle(qtbot)
    table = desk.presence_table
    assert desk.presence_proxy.rowCount() >= 3
    assert elided_cells(table, PresenceColumn.NAME) == []
    assert elided_cells(table, PresenceColumn.NUMBER) == []
    plan_cells = [desk.presence_proxy.index(row, PresenceColumn.PLAN) for row in range(desk.presence_proxy.rowCount())]
    assert all(cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data() for cell in plan_cells if cell.data())
