"""A desk moved to another room and an empty room deleted from the plan (issue 15): each undone by the plan's
Ctrl+Z back to exactly what was stored, a room with desks refused in words, the question's default is No."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from telecentre_desk.db.uow import dbapi, unit_of_work
from telecentre_desk.spaces.info import read_desks, read_spaces
from telecentre_desk.ui import dialogs
from telecentre_desk.ui.store import Store
from tests.ui.conftest import DialogRecorder
from tests.ui.floorplan.conftest import Place, desk, open_plan

REAL_ASK = dialogs.ask  # before the autouse fixture replaces it with a recorder


def stored(engine: Engine) -> tuple[list, list]:
    with unit_of_work(engine) as session:
        conn = dbapi(session)
        return read_spaces(conn), read_desks(conn)


def action(menu: QMenu, text: str):
    for item in menu.actions():
        if item.text() == text:
            return item
        if item.menu() is not None and (found := action(item.menu(), text)) is not None:
            return found
    return None


def test_a_desk_moved_to_another_room_is_undone_exactly(qtbot: QtBot, store: Store, place: Place) -> None:
    screen = open_plan(qtbot, store)
    before = stored(place.engine)
    menu = screen.menus.menu_for("desk", desk(screen, "A2").uid)
    with qtbot.waitSignal(screen.message) as said:
        action(menu, "Salle Tarnon").trigger()
    assert said.args == ["Move of desk A2 to Salle Tarnon"]
    moved = desk(screen, "A2")
    assert moved.info.space_name == "Salle Tarnon"
    assert moved.room.sceneBoundingRect().contains(moved.sceneBoundingRect())  # drawn inside its new room
    assert screen.undo_action.text() == "Undo move of desk A2 to Salle Tarnon"
    assert screen.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert stored(place.engine) == before
    assert desk(screen, "A2").info.space_name == "Open space"
    with qtbot.waitSignal(store.changed):
        screen.redo_action.trigger()
    assert desk(screen, "A2").info.space_name == "Salle Tarnon"
    menu.close()


def test_an_empty_room_is_deleted_after_asking_and_comes_back(qtbot: QtBot, store: Store, place: Place,
                                                              recorded_dialogs: DialogRecorder) -> None:
    screen = open_plan(qtbot, store)
    before = stored(place.engine)
    room = next(uid for uid, item in screen.scene.rooms.items() if item.info.name == "Salle Tarnon")
    recorded_dialogs.answers = [False]  # No: nothing happens
    screen.menus.delete_room(room)
    assert recorded_dialogs.questions[0][0] == "Delete room"
    assert stored(place.engine) == before and not screen.undo_action.isEnabled()
    recorded_dialogs.answers = [True]
    with qtbot.waitSignal(screen.message):
        screen.menus.delete_room(room)
    assert room not in screen.scene.rooms
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert stored(place.engine) == before  # the same room, its kind, capacity and place on the plan
    assert room in screen.scene.rooms


def test_a_room_with_desks_is_refused_in_words(qtbot: QtBot, store: Store, place: Place,
                                               recorded_dialogs: DialogRecorder) -> None:
    screen = open_plan(qtbot, store)
    before = stored(place.engine)
    room = next(uid for uid, item in screen.scene.rooms.items() if item.info.name == "Open space")
    recorded_dialogs.answers = [True]
    screen.menus.delete_room(room)
    assert recorded_dialogs.errors == [("Not saved", "Room 'Open space' still has 3 desks: move or remove them "
                                                     "first")]
    assert stored(place.engine) == before and not screen.undo_action.isEnabled()


def test_the_delete_question_says_no_on_enter(qtbot: QtBot) -> None:
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(str(box.standardButton(box.defaultButton())))
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert REAL_ASK(None, "Delete room", "Delete the room Salle Tarnon?") is False
    assert seen == [str(QMessageBox.StandardButton.No)]


def test_a_removed_desk_comes_back_with_ctrl_z(qtbot: QtBot, store: Store, place: Place,
                                               recorded_dialogs: DialogRecorder) -> None:
    screen = open_plan(qtbot, store)
    before = stored(place.engine)
    recorded_dialogs.answers = [True]
    with qtbot.waitSignal(store.changed):
        screen.menus.remove_desk(desk(screen, "A3").uid)
    assert "A3" not in [item.info.name for item in screen.scene.desks.values()]
    assert screen.undo_action.text() == "Undo removal of desk A3"
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert stored(place.engine) == before
    assert desk(screen, "A3").info.space_name == "Open space"


def test_a_resident_removed_by_mistake_gets_the_desk_back(qtbot: QtBot, store: Store, place: Place) -> None:
    from telecentre_desk.spaces import service as spaces

    with unit_of_work(place.engine) as session:
        spaces.set_desk(session, "A1", fixed_member=place.uid["Chloé"])
    screen = open_plan(qtbot, store)
    before = stored(place.engine)
    with qtbot.waitSignal(store.changed):
        screen.menus.remove_resident(desk(screen, "A1").uid)
    assert desk(screen, "A1").info.fixed_member is None
    assert screen.undo_action.text() == "Undo removal of resident Chloé Thévenot from desk A1"
    with qtbot.waitSignal(store.changed):
        screen.undo_action.trigger()
    assert stored(place.engine) == before
