"""The floor plan: drawn on first show, live on every scan, arranged by dragging, members moved by dragging."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings
from pytestqt.qtbot import QtBot

from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.spaces.info import read_desks, read_spaces
from telecentre_desk.spaces.state import DeskState
from telecentre_desk.ui import file_prompts as prompts
from telecentre_desk.ui import sound
from telecentre_desk.ui.floorplan.states import LOOKS
from telecentre_desk.ui.main_window import MainWindow
from telecentre_desk.ui.store import Store
from tests.ui.conftest import DialogRecorder
from tests.ui.floorplan.conftest import Place, desk, drag, open_plan, painted_colour

FREE, OCCUPIED = LOOKS[DeskState.FREE].fill.name(), LOOKS[DeskState.OCCUPIED].fill.name()


def test_rooms_and_desks_never_drawn_are_laid_out_once_and_kept(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    assert sorted(r.info.name for r in screen.scene.rooms.values()) == ["Open space", "Salle Tarnon"]
    with unit_of_work(place.engine) as session:
        spaces, desks = read_spaces(dbapi(session)), read_desks(dbapi(session))
    assert all(None not in (s.plan_x, s.plan_y, s.plan_w, s.plan_h) for s in spaces)
    positions = {d.name: (d.plan_x, d.plan_y) for d in desks}
    assert len(set(positions.values())) == 3  # each desk on its own cell
    room = next(r for r in screen.scene.rooms.values() if r.info.name == "Open space")
    for name in ("A1", "A2", "A3"):  # inside their room, under its name
        item = desk(screen, name)
        assert room.sceneBoundingRect().contains(item.sceneBoundingRect())
        assert (item.pos().x(), item.pos().y()) == positions[name]


def test_a_scan_turns_the_desk_occupied_and_the_check_out_frees_it(qtbot: QtBot, store: Store, place: Place,
                                                                  settings_store: QSettings, db_path: Path) -> None:
    sound.ENABLED.write(settings_store, False)  # no Qt Multimedia in this test: the tones have their own
    window = MainWindow(store, db_path=db_path, settings_store=settings_store, first_screen="floor_plan")
    qtbot.addWidget(window)
    window.show()
    plan = window.floor_plan_screen
    qtbot.waitUntil(lambda: plan.loaded)
    a1 = desk(plan, "A1")
    assert a1.state == DeskState.FREE and painted_colour(plan, a1) == FREE
    assert plan.legend.labels[DeskState.FREE].text() == "Free: 3"

    window.front_desk_screen.handle_scan(place.badge["Marie"])  # the scanner; nobody touches the plan

    a1 = desk(plan, "A1")
    assert a1.state == DeskState.OCCUPIED
    assert a1.lines == ["A1", "Marie Dupont", "since 10:00"]  # the frozen clock: 09:00 UTC, 10:00 in Florac
    assert "Marie Dupont" in a1.toolTip() and "arrived at 10:00" in a1.toolTip()
    assert painted_colour(plan, a1) == OCCUPIED
    assert plan.legend.labels[DeskState.OCCUPIED].text() == "Occupied: 1"

    window.front_desk_screen.handle_scan(place.badge["Marie"])  # within the repeat window: nothing changes
    assert desk(plan, "A1").state == DeskState.OCCUPIED
    from telecentre_desk.common import clock
    from tests.conftest import FROZEN_NOW

    clock.set_clock(lambda: FROZEN_NOW.replace(hour=15))
    window.front_desk_screen.handle_scan(place.badge["Marie"])  # leaving
    assert desk(plan, "A1").state == DeskState.FREE and painted_colour(plan, desk(plan, "A1")) == FREE
    window.front_desk_screen.shutdown()


def test_dragging_a_desk_saves_its_position(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    screen.arrange_action.setChecked(True)
    a1 = desk(screen, "A1")
    before = a1.pos()
    start = a1.sceneBoundingRect().center()
    with qtbot.waitSignal(store.changed):
        drag(qtbot, screen, start, start + QPointF(0, 150))
    moved = desk(screen, "A1").pos()
    assert moved.y() > before.y() and moved.x() == before.x()

    again = open_plan(qtbot, store)  # the screen opened anew reads the position back
    assert desk(again, "A1").pos() == moved


def test_a_desk_stays_inside_its_room(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    screen.arrange_action.setChecked(True)
    a1 = desk(screen, "A1")
    room = a1.room.sceneBoundingRect()
    drag(qtbot, screen, a1.sceneBoundingRect().center(), room.topLeft() + QPointF(-400, -400))
    assert room.contains(desk(screen, "A1").sceneBoundingRect())


def test_in_live_mode_desks_do_not_move(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    a2 = desk(screen, "A2")
    before = a2.pos()
    drag(qtbot, screen, a2.sceneBoundingRect().center(), a2.sceneBoundingRect().center() + QPointF(0, 150))
    assert desk(screen, "A2").pos() == before


def test_a_member_dragged_onto_a_free_desk_moves_there(qtbot: QtBot, store: Store, place: Place,
                                                       recorded_dialogs: DialogRecorder) -> None:
    from telecentre_desk.desk.frontdesk import FrontDesk

    with FrontDesk(place.engine) as front:
        front.scan(place.badge["Marie"])  # A1
        front.scan(place.badge["Chloé"])  # A2
    screen = open_plan(qtbot, store)
    a1, a3 = desk(screen, "A1"), desk(screen, "A3")
    with qtbot.waitSignal(screen.message) as said:
        drag(qtbot, screen, a1.sceneBoundingRect().center(), a3.sceneBoundingRect().center())
    assert said.args == ["Marie Dupont moved from A1 to A3"]
    assert (desk(screen, "A1").state, desk(screen, "A3").state) == (DeskState.FREE, DeskState.OCCUPIED)
    assert desk(screen, "A3").lines[1] == "Marie Dupont"

    drag(qtbot, screen, desk(screen, "A3").sceneBoundingRect().center(),
         desk(screen, "A2").sceneBoundingRect().center())  # onto Chloé: refused, said why
    assert recorded_dialogs.errors == [("Not saved", "Desk A2 is taken by Chloé Thévenot")]
    assert desk(screen, "A3").lines[1] == "Marie Dupont" and desk(screen, "A2").lines[1] == "Chloé Thévenot"


def test_out_of_service_from_the_context_menu(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    menu = screen.menus.menu_for("desk", desk(screen, "A2").uid)
    out = next(a for a in menu.actions() if a.text() == "Out of service")
    out.setChecked(True)
    assert desk(screen, "A2").state == DeskState.OUT_OF_SERVICE
    assert desk(screen, "A2").lines == ["A2", "Out of service"]
    assert screen.legend.labels[DeskState.OUT_OF_SERVICE].text() == "Out of service: 1"


def test_rename_a_desk_by_double_click(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    point = screen.view.mapFromScene(desk(screen, "A3").sceneBoundingRect().center())
    qtbot.mouseDClick(screen.view.viewport(), pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton,
                      pos=point)
    dialog = screen.menus.last_dialog
    assert dialog is not None and dialog.windowTitle() == "Rename desk"
    dialog.name.setText("A2")  # taken: refused under the field, the dialog stays
    dialog.accept()
    assert dialog.isVisible() and "already has a desk named 'A2'" in dialog.general_error.text()
    dialog.name.setText("Fenêtre")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert sorted(d.info.name for d in screen.scene.desks.values()) == ["A1", "A2", "Fenêtre"]


def test_a_resident_is_chosen_by_name(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    screen.menus.choose_resident(desk(screen, "A1").uid)
    dialog = screen.menus.last_dialog
    dialog.search.setText("chloe")  # accents and case do not matter
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert desk(screen, "A1").lines == ["A1", "Free, resident's desk", "Chloé Thévenot"]


def test_a_room_and_a_desk_are_added(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    screen.menus.add_room()
    dialog = screen.menus.last_dialog
    dialog.name.setText("Atelier")
    dialog.kind.setCurrentIndex(dialog.kind.findData("workshop"))
    dialog.capacity.setValue(2)
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    room = next(r for r in screen.scene.rooms.values() if r.info.name == "Atelier")
    others = [r.sceneBoundingRect() for r in screen.scene.rooms.values() if r is not room]
    assert not any(room.sceneBoundingRect().intersects(o) for o in others)  # placed where nothing is
    room.setSelected(True)
    assert screen.menus.add_desk_action.isEnabled()
    screen.menus.add_desk_action.trigger()
    dialog = screen.menus.last_dialog
    dialog.name.setText("W1")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    w1 = desk(screen, "W1")
    assert w1.room.info.name == "Atelier" and w1.room.sceneBoundingRect().contains(w1.sceneBoundingRect())


def test_the_layout_goes_out_and_a_corrupt_file_is_refused(qtbot: QtBot, store: Store, place: Place, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           recorded_dialogs: DialogRecorder) -> None:
    screen = open_plan(qtbot, store)
    exported = tmp_path / "plan.json"
    monkeypatch.setattr(prompts, "save_file", lambda *_args: exported)
    screen.menus.export_action.trigger()
    assert '"place": "FLO"' in exported.read_text(encoding="utf-8")
    before = {uid: item.pos() for uid, item in screen.scene.desks.items()}

    corrupt = tmp_path / "broken.json"
    corrupt.write_text('{"format": "telecentre-desk/floor-plan", "version": 1, "rooms": [{"name": ', encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *_args: corrupt)
    screen.menus.import_action.trigger()
    assert recorded_dialogs.errors == [
        ("Not saved", "broken.json: this file is damaged or is not a floor plan layout")]
    assert {uid: item.pos() for uid, item in screen.scene.desks.items()} == before

    screen.arrange_action.setChecked(True)
    a1 = desk(screen, "A1")
    drag(qtbot, screen, a1.sceneBoundingRect().center(), a1.sceneBoundingRect().center() + QPointF(0, 150))
    assert desk(screen, "A1").pos() != before[a1.uid]
    monkeypatch.setattr(prompts, "open_file", lambda *_args: exported)
    with qtbot.waitSignal(screen.message):
        screen.menus.import_action.trigger()
    assert {uid: item.pos() for uid, item in screen.scene.desks.items()} == before


def test_new_desks_never_land_on_each_other(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    screen.menus.add_room()
    dialog = screen.menus.last_dialog
    dialog.name.setText("Atelier")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    for name in ("W1", "W2", "W3"):  # an empty room has one cell: the room grows for the next ones
        room = next(r for r in screen.scene.rooms.values() if r.info.name == "Atelier")
        room.setSelected(True)
        screen.menus.add_desk_action.trigger()
        dialog = screen.menus.last_dialog
        assert dialog.focusWidget() is dialog.name  # typing goes into the name at once
        dialog.name.setText(name)
        with qtbot.waitSignal(dialog.saved):
            dialog.accept()
        qtbot.waitUntil(lambda n=name: any(d.info.name == n for d in screen.scene.desks.values()))
    added = [desk(screen, name) for name in ("W1", "W2", "W3")]
    boxes = [item.sceneBoundingRect() for item in added]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert all(item.room.sceneBoundingRect().contains(item.sceneBoundingRect()) for item in added)


def test_a_drag_is_undone_and_redone(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    screen.arrange_action.setChecked(True)
    before = desk(screen, "A1").pos()
    start = desk(screen, "A1").sceneBoundingRect().center()
    assert not screen.undo_action.isEnabled()
    with qtbot.waitSignal(store.changed):
        drag(qtbot, screen, start, start + QPointF(0, 150))
    moved = desk(screen, "A1").pos()
    assert moved != before and screen.undo_action.isEnabled()
    assert "A1" in screen.undo_action.text()
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert desk(screen, "A1").pos() == before
    assert desk(open_plan(qtbot, store), "A1").pos() == before  # saved, not only drawn
    with qtbot.waitSignal(store.changed):
        screen.redo_action.trigger()
    assert desk(screen, "A1").pos() == moved
